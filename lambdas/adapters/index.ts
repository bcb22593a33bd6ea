/**
 * Builds the AWS-backed ports. The env-wired Lambda handlers and the local
 * runtime (emulator endpoints) both go through `createAwsDeps`.
 */
import { createClients, type AwsClients, type ClientOptions } from './clients';
import type { BackoffOptions } from './backoff';
import { DynamoDbRecordStore } from './dynamodb-record-store';
import type { PipelinePorts } from './ports';
import { S3ObjectStore } from './s3-object-store';
import { NoEventPublisher, SnsEventPublisher } from './sns-event-publisher';
import { SqsJobQueue } from './sqs-job-queue';

export interface AwsDepsOptions extends ClientOptions {
  bucket: string;
  table: string;
  enrichQueueUrl: string;
  /** Without a topic, article events are not published. */
  eventsTopicArn?: string;
  backoff?: BackoffOptions;
  /** Wraps each client once (e.g. Tracer.captureAWSv3Client). */
  instrumentClient?: <C>(client: C) => C;
}

export interface AwsDeps extends PipelinePorts {
  clients: AwsClients;
}

export function createAwsDeps(options: AwsDepsOptions): AwsDeps {
  const raw = createClients(options);
  const instrument = options.instrumentClient ?? (<C>(client: C) => client);
  const clients: AwsClients = {
    s3: instrument(raw.s3),
    dynamodb: instrument(raw.dynamodb),
    sqs: instrument(raw.sqs),
    sns: instrument(raw.sns),
  };
  return {
    clients,
    objects: new S3ObjectStore(clients.s3, options.bucket),
    records: new DynamoDbRecordStore(clients.dynamodb, options.table, options.backoff),
    jobs: new SqsJobQueue(clients.sqs, options.enrichQueueUrl, options.backoff),
    events: options.eventsTopicArn ? new SnsEventPublisher(clients.sns, options.eventsTopicArn, options.backoff) : new NoEventPublisher(),
  };
}

export type { PipelinePorts, ObjectStore, RecordStore, JobQueue, EventPublisher } from './ports';
export { createClients, type ClientOptions, type AwsClients } from './clients';
