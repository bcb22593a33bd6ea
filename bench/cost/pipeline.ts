/**
 * The real ingest and enrich handlers over the real adapters, on dynalite
 * (DynamoDB) and fauxqs (S3, SQS, SNS) over HTTP, every pipeline client
 * metered. The bench plays S3 (upload + ObjectCreated notification) and
 * Lambda's event source (one invocation per message, timed) with unmetered
 * clients: their requests are the newsroom's and the poller's, priced apart.
 */
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { SNSClient } from '@aws-sdk/client-sns';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, SQSRecord } from 'aws-lambda';
import dynalite from 'dynalite';
import { startFauxqs } from 'fauxqs';
import { createAwsDeps, createClients } from '../../lambdas/adapters';
import { pipelineConfig } from '../../lambdas/config';
import { articleIdFor, keys } from '../../lambdas/core/records/keys';
import { recordsTableInput } from '../../local/records-table';
import { createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createIngestHandler, type SqsBatchHandler } from '../../lambdas/handlers/ingest';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import type { BenchArticle } from './articles';
import { CostMeter, type MeterTotals, type Service } from './meter';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };
const BUCKET = pipelineConfig.bucket.localName;
const TABLE = pipelineConfig.table.localName;

export interface CorpusRun {
  articles: number;
  /** Articles that ended ENRICHED / FAILED. */
  enriched: number;
  failed: number;
  totals: MeterTotals;
  /** Handler wall time summed over all articles (meaningful in an unmetered run only). */
  ingestMs: number;
  enrichMs: number;
  enrichMessages: number;
}

export interface CostPipeline {
  run(articles: BenchArticle[], label: string): Promise<CorpusRun>;
  stop(): Promise<void>;
}

function lambdaContext(functionName: string, memoryMb: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${REGION}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: 'bench',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function sqsRecord(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'bench', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${REGION}:000000000000:bench`,
    awsRegion: REGION,
  };
}

/** The notification S3 sends for one PutObject (keys form-encoded). */
function objectCreated(key: string, size: number, sequencer: string): string {
  const encoded = encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: REGION,
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: BUCKET }, object: { key: encoded, size, eTag: 'bench', sequencer } },
      },
    ],
  });
}

function createTable(client: DynamoDBClient) {
  return client.send(new CreateTableCommand(recordsTableInput(TABLE)));
}

function serviceOf(client: unknown): Service {
  if (client instanceof S3Client) return 'S3';
  if (client instanceof DynamoDBClient) return 'DynamoDB';
  if (client instanceof SQSClient) return 'SQS';
  if (client instanceof SNSClient) return 'SNS';
  throw new Error('unknown client');
}

export interface CostPipelineOptions {
  /**
   * Count requests and units. Metering serializes DynamoDB writes and reads
   * every written item twice, so handler times come from an unmetered run.
   */
  metered: boolean;
}

export async function startCostPipeline(options: CostPipelineOptions): Promise<CostPipeline> {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
  const dynamoEndpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
  const fauxqs = await startFauxqs({ port: 0, host: '127.0.0.1', logger: false });
  fauxqs.createBucket(BUCKET);
  const enrichQueueUrl = fauxqs.createQueue(pipelineConfig.queues.enrich.name).queueUrl;
  const { topicArn } = fauxqs.createTopic(pipelineConfig.events.localTopicName);

  const endpoints = { dynamodb: dynamoEndpoint, s3: fauxqs.address, sqs: fauxqs.address, sns: fauxqs.address };
  const raw = createClients({ region: REGION, credentials: CREDENTIALS, endpoints });
  await createTable(raw.dynamodb);
  const meter = new CostMeter(raw.dynamodb, TABLE);
  const deps = createAwsDeps({
    region: REGION,
    credentials: CREDENTIALS,
    endpoints,
    bucket: BUCKET,
    table: TABLE,
    enrichQueueUrl,
    eventsTopicArn: topicArn,
    instrumentClient: (client) => (options.metered ? meter.instrument(serviceOf(client), client as never) : client),
  });
  const silent = (name: string) => createTelemetry(name, { logLevel: 'SILENT' });
  const ingest = createIngestHandler({ ...deps, telemetry: silent('newsdrop-ingest') });
  const enrich = createEnrichHandler({ ...deps, telemetry: silent('newsdrop-enrich') });
  const { ingest: ingestFn, enrich: enrichFn } = pipelineConfig.functions;
  let uploads = 0;
  const ingestBatch = pipelineConfig.queues.ingest.batchSize;
  const enrichBatch = pipelineConfig.queues.enrich.batchSize;

  /** Wall time of one invocation with a batch of messages (Lambda bills the invocation, its messages run in parallel). */
  async function invoke(handler: SqsBatchHandler, records: SQSRecord[], context: Context): Promise<number> {
    const started = performance.now();
    const result = await handler({ Records: records }, context);
    const elapsed = performance.now() - started;
    if (result.batchItemFailures.length > 0) throw new Error(`${context.functionName} failed message(s) ${result.batchItemFailures.map((f) => f.itemIdentifier).join(', ')}`);
    return elapsed;
  }

  async function drainJobs(): Promise<SQSRecord[]> {
    const records: SQSRecord[] = [];
    for (;;) {
      const output = await raw.sqs.send(new ReceiveMessageCommand({ QueueUrl: enrichQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
      const messages = output.Messages ?? [];
      if (messages.length === 0) return records;
      for (const message of messages) records.push(sqsRecord(message.MessageId!, message.Body!));
      await raw.sqs.send(
        new DeleteMessageBatchCommand({ QueueUrl: enrichQueueUrl, Entries: messages.map((m, i) => ({ Id: `${i}`, ReceiptHandle: m.ReceiptHandle! })) }),
      );
    }
  }

  return {
    async run(articles, label) {
      meter.reset();
      const run: CorpusRun = { articles: articles.length, enriched: 0, failed: 0, totals: meter.totals, ingestMs: 0, enrichMs: 0, enrichMessages: 0 };
      // Full batches, as the event source mappings deliver them under load.
      for (let first = 0; first < articles.length; first += ingestBatch) {
        const notifications: SQSRecord[] = [];
        const keysOfBatch: string[] = [];
        for (const article of articles.slice(first, first + ingestBatch)) {
          const key = `${pipelineConfig.bucket.incomingPrefix}${label}/${article.name}`;
          const bytes = Buffer.from(article.text, 'utf8');
          await raw.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, ContentType: 'text/plain; charset=utf-8' }));
          const sequencer = `0062E99A88DC${(++uploads).toString(16).toUpperCase().padStart(8, '0')}`;
          notifications.push(sqsRecord(`upload-${uploads}`, objectCreated(key, bytes.byteLength, sequencer)));
          keysOfBatch.push(key);
        }
        run.ingestMs += await invoke(ingest, notifications, lambdaContext('newsdrop-ingest', ingestFn.memoryMb));
        const jobs = await drainJobs();
        for (let at = 0; at < jobs.length; at += enrichBatch) {
          run.enrichMs += await invoke(enrich, jobs.slice(at, at + enrichBatch), lambdaContext('newsdrop-enrich', enrichFn.memoryMb));
        }
        run.enrichMessages += jobs.length;
        for (const key of keysOfBatch) {
          const stored = await raw.dynamodb.send(
            new GetItemCommand({ TableName: TABLE, Key: { PK: { S: keys.article(articleIdFor(BUCKET, key)).PK }, SK: { S: 'ARTICLE' } }, ConsistentRead: true }),
          );
          const status = stored.Item === undefined ? undefined : unmarshall(stored.Item).status;
          if (status === 'ENRICHED') run.enriched++;
          else if (status === 'FAILED') run.failed++;
          else throw new Error(`${key} ended ${status ?? 'without a record'}`);
        }
      }
      run.totals = meter.totals;
      return run;
    },
    async stop() {
      for (const client of [...Object.values(raw), ...Object.values(deps.clients)]) client.destroy();
      await fauxqs.stop();
      await new Promise<void>((resolve, reject) => dynamo.close((error?: Error) => (error ? reject(error) : resolve())));
    },
  };
}
