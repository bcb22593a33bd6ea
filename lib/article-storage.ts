import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, Grant, PolicyStatement, Role, ServicePrincipal, type IGrantable, type IRole } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  BucketNotificationDestinationType,
  EventType,
  ObjectOwnership,
  type BucketNotificationDestinationConfig,
  type CfnBucket,
  type IBucket,
  type IBucketNotificationDestination,
} from 'aws-cdk-lib/aws-s3';
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
    // OBJECT_CREATED is `s3:ObjectCreated:*`: Put, Post, multipart and Copy (what `newsdrop
    // reprocess` relies on).
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new AccountScopedQueueDestination(queue), {
      prefix: pipelineConfig.bucket.incomingPrefix,
    });
  }

  /**
   * Lets `uploader` create objects under `incoming/<source>/` and nowhere else: one newsroom
   * cannot write as another, nor into `processed/`. A principal of another account (a newsroom
   * system's role) is granted through the bucket policy; its own account must allow the same
   * PutObject in the role's identity policy (docs/deploy.md).
   */
  grantUpload(uploader: IGrantable, source: string): Grant {
    return Grant.addToPrincipalOrResource({
      grantee: uploader,
      actions: ['s3:PutObject'],
      resourceArns: [this.bucket.arnForObjects(`${uploadPrefix(source)}*`)],
      resource: this.bucket,
    });
  }

  /**
   * Only `writers` may create objects under `prefix` (what the pipeline trusts, e.g. `processed/`),
   * whatever identity policies say elsewhere in the account.
   */
  reservePrefixFor(prefix: string, writers: IRole[]): void {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: `OnlyPipelineWrites${prefix.replace(/[^A-Za-z0-9]/g, '')}`,
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.objectsUnder(prefix)],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': writers.map((role) => role.roleArn) } },
      }),
    );
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

/** `incoming/<source>/`; a source is one path segment, so no grant can reach beyond its own folder. */
export function uploadPrefix(source: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(source) || source.includes('..')) {
    throw new Error(`upload source must be one path segment of letters, digits, '.', '_' or '-', got "${source}"`);
  }
  return `${pipelineConfig.bucket.incomingPrefix}${source}/`;
}

/**
 * S3 → SQS delivery allowed only for this bucket in this account. CDK's SqsDestination checks the
 * source bucket ARN alone (bucket names are global: a deleted bucket's name can be re-created
 * in another account) and grants GetQueueAttributes/GetQueueUrl that S3 never uses.
 */
class AccountScopedQueueDestination implements IBucketNotificationDestination {
  constructor(private readonly queue: IQueue) {}

  bind(_scope: Construct, bucket: IBucket): BucketNotificationDestinationConfig {
    const { policyDependable } = this.queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'S3UploadNotifications',
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
        conditions: {
          ArnLike: { 'aws:SourceArn': bucket.bucketArn },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );
    // S3 validates the destination when the notification is written: the policy must exist first.
    return {
      arn: this.queue.queueArn,
      type: BucketNotificationDestinationType.QUEUE,
      dependencies: policyDependable ? [policyDependable] : [],
    };
  }
}
