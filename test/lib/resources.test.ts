import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { pipelineConfig, visibilityTimeoutSeconds } from '../../lambdas/config';
import { indexes, tableKeys } from '../../lambdas/core/records/keys';
import { handlerEnvironment } from '../../lib/bundling';
import { infraSettings } from '../../lib/settings';
import type { NewsdropStack } from '../../lib/newsdrop-stack';
import { logicalIdOf, synthesizeStack } from './stack-fixture';

/** The highest `Runtime.NODEJS_<n>_X` aws-cdk-lib defines. */
function newestNodeRuntime(): string {
  const versions = Object.keys(Runtime)
    .map((name) => /^NODEJS_(\d+)_X$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
  return (Runtime as unknown as Record<string, Runtime>)[`NODEJS_${Math.max(...versions)}_X`]!.name;
}

let stack: NewsdropStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStack());
});

const { bucket: bucketSettings, queues, functions, env } = pipelineConfig;

function resourceProperties(logicalId: string): Record<string, any> {
  const resource = template.toJSON().Resources[logicalId];
  expect(resource, `resource ${logicalId}`).toBeDefined();
  return resource.Properties;
}

describe('article bucket', () => {
  it('is versioned, SSE-S3 encrypted, fully private and retained', () => {
    const articles = logicalIdOf(stack.storage.bucket);
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(template.toJSON().Resources[articles].DeletionPolicy).toBe('Retain');
  });

  it('logs server access to the separate log bucket', () => {
    expect(resourceProperties(logicalIdOf(stack.storage.bucket)).LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logicalIdOf(stack.storage.accessLogBucket) },
      LogFilePrefix: 'articles/',
    });
  });

  it('expires processed text and noncurrent versions, and aborts stale multipart uploads', () => {
    const rules = resourceProperties(logicalIdOf(stack.storage.bucket)).LifecycleConfiguration.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Prefix: bucketSettings.processedPrefix,
          ExpirationInDays: bucketSettings.processedExpirationDays,
          Status: 'Enabled',
        }),
        expect.objectContaining({
          NoncurrentVersionExpiration: { NoncurrentDays: bucketSettings.noncurrentVersionExpirationDays },
          Status: 'Enabled',
        }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
      ]),
    );
    // Nothing may expire uploads under incoming/: they are the newsroom's originals.
    expect(rules.filter((rule: { ExpirationInDays?: number; Prefix?: string }) => rule.ExpirationInDays && !rule.Prefix)).toEqual([]);
  });

  it.each([
    ['article', () => stack.storage.bucket],
    ['access-log', () => stack.storage.accessLogBucket],
  ])('%s bucket policy denies requests without TLS', (_name, bucketOf) => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalIdOf(bucketOf()) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('access-log bucket is encrypted, private, retained and expires its logs', () => {
    const logBucket = logicalIdOf(stack.storage.accessLogBucket);
    const properties = resourceProperties(logBucket);
    expect(properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ ExpirationInDays: infraSettings.accessLogExpirationDays, Status: 'Enabled' }),
    );
    expect(template.toJSON().Resources[logBucket].DeletionPolicy).toBe('Retain');
  });

  it('sends every ObjectCreated (Put, Post, multipart, Copy) under incoming/ (and nothing else) to the ingest queue', () => {
    template.resourceCountIs('Custom::S3BucketNotifications', 1);
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalIdOf(stack.storage.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: bucketSettings.incomingPrefix }] } },
            QueueArn: { 'Fn::GetAtt': [logicalIdOf(stack.ingestQueue.queue), 'Arn'] },
          },
        ],
      },
    });
  });

  it('lets only S3, from this bucket in this account, send to the ingest queue (SendMessage only)', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalIdOf(stack.ingestQueue.queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectEquals({
            Sid: 'S3UploadNotifications',
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: { 'Fn::GetAtt': [logicalIdOf(stack.ingestQueue.queue), 'Arn'] },
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalIdOf(stack.storage.bucket), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
          }),
        ]),
      },
    });
  });

  it('denies writes under processed/ to every principal but the ingest role', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalIdOf(stack.storage.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:PutObject',
            Condition: { ArnNotEquals: { 'aws:PrincipalArn': [{ 'Fn::GetAtt': [logicalIdOf(stack.ingest.role), 'Arn'] }] } },
          }),
        ]),
      },
    });
  });
});

describe.each([
  ['ingest', () => stack.ingestQueue, queues.ingest, functions.ingest],
  ['enrich', () => stack.enrichQueue, queues.enrich, functions.enrich],
] as const)('%s queue', (_name, workQueueOf, queueSettings, functionSettings) => {
  it('is SSE-SQS encrypted, sized for 256 KB messages and redrives to its DLQ after maxReceiveCount', () => {
    const properties = resourceProperties(logicalIdOf(workQueueOf().queue));
    expect(properties.SqsManagedSseEnabled).toBe(true);
    expect(properties.MaximumMessageSize).toBeGreaterThanOrEqual(64 * 1024);
    expect(properties.MaximumMessageSize).toBe(256 * 1024);
    expect(properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalIdOf(workQueueOf().deadLetterQueue), 'Arn'] },
      maxReceiveCount: queueSettings.maxReceiveCount,
    });
  });

  it('hides a received message for at least six function timeouts plus the batching window', () => {
    const visibility = resourceProperties(logicalIdOf(workQueueOf().queue)).VisibilityTimeout;
    expect(visibility).toBe(visibilityTimeoutSeconds(functionSettings, queueSettings));
    expect(visibility).toBeGreaterThanOrEqual(6 * functionSettings.timeoutSeconds + queueSettings.maxBatchingWindowSeconds);
  });

  it('DLQ is SSE-SQS encrypted and keeps messages for the configured days', () => {
    const properties = resourceProperties(logicalIdOf(workQueueOf().deadLetterQueue));
    expect(properties.SqsManagedSseEnabled).toBe(true);
    expect(properties.MessageRetentionPeriod).toBe(queueSettings.dlqRetentionDays * 24 * 3600);
  });

  it.each([['queue'], ['deadLetterQueue']] as const)('%s denies requests without TLS', (which) => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalIdOf(workQueueOf()[which]) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe.each([
  ['ingest', () => stack.ingest, () => stack.ingestQueue, queues.ingest, functions.ingest],
  ['enrich', () => stack.enrich, () => stack.enrichQueue, queues.enrich, functions.enrich],
] as const)('%s function', (_name, pipelineFunctionOf, workQueueOf, queueSettings, functionSettings) => {
  it('runs on the newest Node.js runtime, ARM64, with configured memory, timeout and active tracing', () => {
    const properties = resourceProperties(logicalIdOf(pipelineFunctionOf().function));
    expect(properties).toMatchObject({
      Runtime: newestNodeRuntime(),
      Architectures: ['arm64'],
      MemorySize: functionSettings.memoryMb,
      Timeout: functionSettings.timeoutSeconds,
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
    });
  });

  it('logs to an explicit log group with retention', () => {
    const logGroup = logicalIdOf(pipelineFunctionOf().logGroup);
    expect(resourceProperties(logicalIdOf(pipelineFunctionOf().function)).LoggingConfig).toEqual({
      LogGroup: { Ref: logGroup },
    });
    expect(resourceProperties(logGroup).RetentionInDays).toBe(30);
  });

  it('learns every resource name through the configured environment variables', () => {
    const variables = resourceProperties(logicalIdOf(pipelineFunctionOf().function)).Environment.Variables;
    expect(variables).toEqual({
      [env.bucket]: { Ref: logicalIdOf(stack.storage.bucket) },
      [env.table]: { Ref: logicalIdOf(stack.records.table) },
      [env.enrichQueueUrl]: { Ref: logicalIdOf(stack.enrichQueue.queue) },
      [env.eventsTopicArn]: { Ref: logicalIdOf(stack.topics.eventsTopic) },
      [env.maxObjectBytes]: String(pipelineConfig.bucket.maxObjectBytes),
      POWERTOOLS_METRICS_NAMESPACE: stack.names.metricsNamespace,
      // No NODE_OPTIONS: --enable-source-maps would cost every cold start; the handlers map logged stacks.
      ...handlerEnvironment,
    });
    expect(variables.NODE_OPTIONS).toBeUndefined();
  });

  it('consumes its queue in batches with partial batch failures and bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(workQueueOf().queue), 'Arn'] },
      FunctionName: { Ref: logicalIdOf(pipelineFunctionOf().function) },
      BatchSize: queueSettings.batchSize,
      MaximumBatchingWindowInSeconds: queueSettings.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: queueSettings.maxConcurrency },
    });
  });

  it('uses its own role with no AWS managed policies', () => {
    const role = resourceProperties(logicalIdOf(pipelineFunctionOf().role));
    expect(role.ManagedPolicyArns).toBeUndefined();
    expect(resourceProperties(logicalIdOf(pipelineFunctionOf().function)).Role).toEqual({
      'Fn::GetAtt': [logicalIdOf(pipelineFunctionOf().role), 'Arn'],
    });
  });
});

describe('records table', () => {
  it('uses the key schema of the key module, on demand, retained and protected from deletion', () => {
    const table = logicalIdOf(stack.records.table);
    const properties = resourceProperties(table);
    expect(properties.KeySchema).toEqual([
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ]);
    expect(properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(properties.Replicas[0].DeletionProtectionEnabled).toBe(true);
    expect(template.toJSON().Resources[table].DeletionPolicy).toBe('Retain');
  });

  it('has point-in-time recovery, KMS encryption at rest, TTL and a new-and-old-images stream', () => {
    const properties = resourceProperties(logicalIdOf(stack.records.table));
    expect(properties.Replicas[0].PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    expect(properties.TimeToLiveSpecification).toEqual({ AttributeName: tableKeys.ttlAttribute, Enabled: true });
    expect(properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it.each(Object.entries(indexes))('has GSI %s keyed as the key module says, with its projection', (name, index) => {
    const properties = resourceProperties(logicalIdOf(stack.records.table));
    const projection = indexes[name as keyof typeof indexes].projection;
    expect(properties.GlobalSecondaryIndexes).toContainEqual({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection:
        projection.type === 'ALL'
          ? { ProjectionType: 'ALL' }
          : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.attributes] },
    });
    expect(properties.AttributeDefinitions).toEqual(
      expect.arrayContaining([
        { AttributeName: index.partitionKey, AttributeType: 'S' },
        { AttributeName: index.sortKey, AttributeType: 'S' },
      ]),
    );
  });

  it('projects whole items only on the small index-item GSIs, not on the article items of byStatus', () => {
    const projections = Object.fromEntries(
      resourceProperties(logicalIdOf(stack.records.table)).GlobalSecondaryIndexes.map(
        (gsi: { IndexName: string; Projection: { ProjectionType: string } }) => [gsi.IndexName, gsi.Projection.ProjectionType],
      ),
    );
    expect(projections).toEqual({
      [indexes.byTopic.indexName]: 'ALL',
      [indexes.byEntity.indexName]: 'ALL',
      [indexes.byStatus.indexName]: 'INCLUDE',
    });
  });

  it('has exactly the indexes of the key module', () => {
    const names = resourceProperties(logicalIdOf(stack.records.table)).GlobalSecondaryIndexes.map(
      (index: { IndexName: string }) => index.IndexName,
    );
    expect(names.sort()).toEqual(Object.values(indexes).map((index) => index.indexName).sort());
  });
});

describe('topics', () => {
  it.each([['eventsTopic'], ['alarmTopic']] as const)('%s is KMS encrypted with the rotating topic key', (which) => {
    expect(resourceProperties(logicalIdOf(stack.topics[which])).KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [logicalIdOf(stack.topics.key), 'Arn'],
    });
    expect(resourceProperties(logicalIdOf(stack.topics.key)).EnableKeyRotation).toBe(true);
  });

  it.each([['eventsTopic'], ['alarmTopic']] as const)('%s denies publishing without TLS', (which) => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: logicalIdOf(stack.topics[which]) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets CloudWatch alarms use the topic key, only from this account', () => {
    const statements = resourceProperties(logicalIdOf(stack.topics.key)).KeyPolicy.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    );
  });

  it('has no subscription unless an alarm email is given', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});
