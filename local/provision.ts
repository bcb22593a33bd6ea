/**
 * Creates the pipeline's resources on the emulators through the real SDK
 * clients: bucket, queues with dead-letter queues and redrive policies, the
 * events topic (plus an observer queue), and the table with its GSIs from
 * keys.ts. Idempotent, so a restart over persisted data (`--data`) is fine.
 */
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { recordsTableInput } from './records-table';
import type { AwsClients } from './clients';
import type { LocalSettings, QueueRuntimeSettings } from './settings';

export interface QueuePair {
  url: string;
  arn: string;
  dlqUrl: string;
  dlqArn: string;
}

export interface ProvisionedResources {
  bucket: string;
  table: string;
  ingest: QueuePair;
  enrich: QueuePair;
  eventsTopicArn: string;
  eventsObserverQueueUrl: string;
}

export async function provision(clients: AwsClients, settings: LocalSettings): Promise<ProvisionedResources> {
  const [, ingest, enrich, events] = await Promise.all([
    clients.s3.send(new CreateBucketCommand({ Bucket: settings.bucket })),
    createQueuePair(clients, settings.ingest),
    createQueuePair(clients, settings.enrich),
    createEventsTopic(clients, settings),
    createTable(clients, settings.table),
  ]);
  return {
    bucket: settings.bucket,
    table: settings.table,
    ingest,
    enrich,
    eventsTopicArn: events.topicArn,
    eventsObserverQueueUrl: events.observerUrl,
  };
}

async function createQueue(clients: AwsClients, name: string, attributes: Record<string, string>) {
  const url = (await clients.sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  // Set attributes separately: CreateQueue refuses differing attributes on an existing queue.
  await clients.sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
  const got = await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  return { url, arn: got.Attributes!.QueueArn! };
}

/** A queue with its dead-letter queue and redrive policy (exported for tests that need a fresh pair). */
export async function createQueuePair(clients: AwsClients, queue: QueueRuntimeSettings): Promise<QueuePair> {
  const dlq = await createQueue(clients, queue.dlqName, { MessageRetentionPeriod: String(queue.dlqRetentionSeconds) });
  const main = await createQueue(clients, queue.name, {
    VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: queue.maxReceiveCount }),
  });
  return { url: main.url, arn: main.arn, dlqUrl: dlq.url, dlqArn: dlq.arn };
}

async function createEventsTopic(clients: AwsClients, settings: LocalSettings) {
  const topicArn = (await clients.sns.send(new CreateTopicCommand({ Name: settings.eventsTopicName }))).TopicArn!;
  const observer = await createQueue(clients, settings.eventsObserverQueueName, {});
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: observer.arn,
      Attributes: { RawMessageDelivery: 'true' },
    }),
  );
  return { topicArn, observerUrl: observer.url };
}

async function createTable(clients: AwsClients, table: string): Promise<void> {
  try {
    await clients.dynamodb.send(new CreateTableCommand(recordsTableInput(table)));
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  await waitForTableActive(clients, table);
}

async function waitForTableActive(clients: AwsClients, table: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const described = await clients.dynamodb.send(new DescribeTableCommand({ TableName: table }));
    if (described.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`table ${table} did not become ACTIVE`);
}
