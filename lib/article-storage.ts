import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, type CfnBucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { pipelineConfig } from '../lambdas/config';
import { infraSettings } from './settings';

/**
 * The article bucket (newsroom uploads under `incoming/`, normalized text under `processed/`)
 * and the bucket that receives its server access logs.
 *
 * Encryption is SSE-S3 on purpose: SSE-KMS would make every newsroom uploader and both
 * functions need KMS grants and adds a KMS request per object operation, while the articles are
 * bound for publication anyway. The log bucket must use SSE-S3: S3 server access logging does
 * not deliver to SSE-KMS buckets.
 */
export class ArticleStorage extends Construct {
  readonly bucket: Bucket;
  readonly accessLogBucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { bucket: settings } = pipelineConfig;

    this.accessLogBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: 'expire-access-logs', expiration: Duration.days(infraSettings.accessLogExpirationDays) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    Validations.of(this.accessLogBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the access-log destination; logging its own writes into itself would loop.',
    });

    // CDK configures bucket notifications through a custom resource; owning its role lets us scope
    // the acknowledgement below to exactly this role.
    const notificationsHandlerRole = new Role(this, 'NotificationsHandlerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'CDK custom resource that sets the article bucket notification configuration',
    });
    Validations.of(notificationsHandlerRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'aws-cdk-lib attaches this policy to its S3 notifications custom resource (runs only during deployments); it grants CloudWatch Logs writes only.',
    });

    this.bucket = new Bucket(this, 'Articles', {
      notificationsHandlerRole,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'articles/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-processed-text',
          prefix: settings.processedPrefix,
          expiration: Duration.days(settings.processedExpirationDays),
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(settings.noncurrentVersionExpirationDays),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }

  /**
   * Sends ObjectCreated events of `incoming/` only: ingest writes `processed/`, which must never
   * trigger the pipeline again.
   */
  notifyUploadsTo(queue: IQueue): void {
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue), {
      prefix: pipelineConfig.bucket.incomingPrefix,
    });
  }

  /** `arn:…:bucket/<prefix>*`: object ARNs under one key prefix. */
  objectsUnder(prefix: string): string {
    return this.bucket.arnForObjects(`${prefix}*`);
  }

  /**
   * The cdk-nag finding id for a statement on objects under a prefix, e.g.
   * `AwsSolutions-IAM5[Resource::<StorageArticles1234.Arn>/incoming/*]`.
   */
  prefixWildcardFinding(prefix: string): string {
    const logicalId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    return `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`;
  }
}
