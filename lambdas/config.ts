/**
 * Resource names and settings shared by the CDK stack (lib/), the Lambda
 * handlers (through environment variables) and the local runtime (local/).
 * Change a setting here and every place that runs the pipeline follows.
 */

export interface QueueSettings {
  /** Physical name used by the local runtime; CloudFormation names the deployed queue. */
  readonly name: string;
  readonly dlqName: string;
  /** Lambda event source batch size. */
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount: number;
  /** Upper bound of concurrent handler invocations for this queue. */
  readonly maxConcurrency: number;
  /** Days a message may sit in the dead-letter queue before SQS drops it. */
  readonly dlqRetentionDays: number;
}

export interface FunctionSettings {
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

export const pipelineConfig = {
  /** Stack name for `cdk deploy` and for `--stack` lookups. */
  stackName: 'Newsdrop',
  /** Region the local runtime claims to be; a deployed stack uses the caller's. */
  localRegion: 'us-east-1',
  bucket: {
    localName: 'newsdrop-articles',
    /** Newsroom uploads. The pipeline never writes here (no recursive triggers). */
    incomingPrefix: 'incoming/',
    /** Normalized article text written by ingest, read by enrich. */
    processedPrefix: 'processed/',
    /** Larger objects become TOO_LARGE failure records without being downloaded. */
    maxObjectBytes: 5 * 1024 * 1024,
    processedExpirationDays: 365,
    noncurrentVersionExpirationDays: 90,
  },
  table: {
    localName: 'newsdrop-records',
  },
  queues: {
    ingest: {
      name: 'newsdrop-ingest',
      dlqName: 'newsdrop-ingest-dlq',
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      maxReceiveCount: 3,
      maxConcurrency: 10,
      dlqRetentionDays: 14,
    } satisfies QueueSettings,
    enrich: {
      name: 'newsdrop-enrich',
      dlqName: 'newsdrop-enrich-dlq',
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      maxReceiveCount: 3,
      maxConcurrency: 10,
      dlqRetentionDays: 14,
    } satisfies QueueSettings,
  },
  functions: {
    ingest: { memoryMb: 1024, timeoutSeconds: 30 } satisfies FunctionSettings,
    enrich: { memoryMb: 512, timeoutSeconds: 30 } satisfies FunctionSettings,
  },
  /** Downstream change events (article reached ENRICHED or FAILED). */
  events: {
    localTopicName: 'newsdrop-article-events',
  },
  /** Environment variables through which handlers learn resource names. */
  env: {
    bucket: 'NEWSDROP_BUCKET',
    table: 'NEWSDROP_TABLE',
    enrichQueueUrl: 'NEWSDROP_ENRICH_QUEUE_URL',
    eventsTopicArn: 'NEWSDROP_EVENTS_TOPIC_ARN',
    maxObjectBytes: 'NEWSDROP_MAX_OBJECT_BYTES',
  },
} as const;

/**
 * Lambda's guidance for SQS sources: the visibility timeout must cover six
 * function timeouts plus the batching window, or messages reappear while a
 * retry of the same batch is still running.
 */
export function visibilityTimeoutSeconds(fn: FunctionSettings, queue: QueueSettings): number {
  return 6 * fn.timeoutSeconds + queue.maxBatchingWindowSeconds;
}

export type PipelineConfig = typeof pipelineConfig;
