/**
 * The ingest handler with the real adapters over mocked SDK clients: what it
 * writes, in which order, and which messages it reports as failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  ProvisionedThroughputExceededException,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAwsDeps } from '../../lambdas/adapters';
import { createIngestHandler } from '../../lambdas/handlers/ingest';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import { articleIdFor, keys } from '../../lambdas/core/records/keys';
import { articleItem } from '../../lambdas/core/records/mapping';
import type { ArticleRecord } from '../../lambdas/core/records/types';
import { makeParsedRecord } from '../core/records/fixtures';
import { lambdaContext, s3NotificationBody, sqsEvent, sqsMessage } from './sqs-events';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const BUCKET = 'newsdrop-articles';
const TABLE = 'records';
const dynamo = mockClient(DynamoDBClient);
const s3 = mockClient(S3Client);
const sqs = mockClient(SQSClient);
const sns = mockClient(SNSClient);
/** Events as published: the handlers send an invocation's events in PublishBatch requests. */
const publishedEvents = () =>
  sns.commandCalls(PublishBatchCommand).flatMap((call) => call.args[0].input.PublishBatchRequestEntries!.map((entry) => JSON.parse(entry.Message!)));

const ARTICLE_TEXT = [
  'Uzbekistan opens a 100 MW solar power plant',
  '',
  'A solar power plant with a capacity of 100 megawatts opened near Tashkent on Monday. The plant will supply electricity to the national grid.',
  '',
  'The renewable energy project cost $120 million, the energy ministry said.',
].join('\n');

function handler(options: { maxObjectBytes?: number; inlineDocumentMaxBytes?: number } = {}) {
  return createIngestHandler({
    ...createAwsDeps({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      bucket: BUCKET,
      table: TABLE,
      enrichQueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/newsdrop-enrich',
      eventsTopicArn: 'arn:aws:sns:us-east-1:123456789012:newsdrop-article-events',
      backoff: { sleep: async () => {} },
    }),
    telemetry: createTelemetry('test-ingest', { logLevel: 'SILENT' }),
    settings: {
      ...(options.maxObjectBytes === undefined ? {} : { maxObjectBytes: options.maxObjectBytes }),
      ...(options.inlineDocumentMaxBytes === undefined ? {} : { inlineDocumentMaxBytes: options.inlineDocumentMaxBytes }),
    },
    now: () => new Date('2026-06-15T08:00:05.000Z'),
  });
}

/** The table as the mocks see it: article items by id; everything else answers "empty". */
const storedArticles = new Map<string, ArticleRecord>();

function objectBody(text: string | Uint8Array, contentType = 'text/plain') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { Body: { transformToByteArray: async () => bytes } as never, ContentType: contentType, ContentLength: bytes.byteLength };
}

const putItems = () => dynamo.commandCalls(PutItemCommand).map((call) => unmarshall(call.args[0].input.Item as Record<string, AttributeValue>));
const articlePuts = () => putItems().filter((item) => item.SK === keys.article('x').SK);

beforeEach(() => {
  storedArticles.clear();
  dynamo.on(GetItemCommand).callsFake((input) => {
    const key = unmarshall(input.Key) as { PK: string; SK: string };
    const record = [...storedArticles.values()].find((stored) => keys.article(stored.articleId).PK === key.PK);
    if (record === undefined || key.SK !== keys.article(record.articleId).SK) return {};
    return { Item: marshall(articleItem(record), { removeUndefinedValues: true }) };
  });
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(QueryCommand).resolves({ Items: [] });
  dynamo.on(BatchWriteItemCommand).resolves({});
  s3.on(GetObjectCommand).resolves(objectBody(ARTICLE_TEXT));
  s3.on(PutObjectCommand).resolves({});
  sqs.on(SendMessageBatchCommand).resolves({ Failed: [] });
  sns.on(PublishBatchCommand).resolves({ Failed: [] });
});

afterEach(() => {
  dynamo.reset();
  s3.reset();
  sqs.reset();
  sns.reset();
  vi.restoreAllMocks();
});

describe('ingest handler', () => {
  it('decodes form-encoded keys with spaces and Cyrillic', async () => {
    const body = s3NotificationBody([{ key: 'incoming/newsroom/My+Article+%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82.txt' }], { rawKeys: true });
    const decoded = 'incoming/newsroom/My Article Привет.txt';
    await handler()(sqsEvent(sqsMessage('m1', body)), lambdaContext());
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input).toMatchObject({ Bucket: BUCKET, Key: decoded });
    expect(articlePuts()[0]).toMatchObject({ articleId: articleIdFor(BUCKET, decoded), source: { key: decoded } });
  });

  it('reads the exact object version the event names', async () => {
    const key = 'incoming/newsroom/solar.txt';
    await handler()(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key, versionId: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY' }]))), lambdaContext());
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input.VersionId).toBe('3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY');
    expect(articlePuts()[0]).toMatchObject({ source: { versionId: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY', contentType: 'text/plain' } });
  });

  it('writes nothing for a redelivered event of the recorded version, but announces it again (events are at least once)', async () => {
    const key = 'incoming/newsroom/solar.txt';
    const articleId = articleIdFor(BUCKET, key);
    storedArticles.set(articleId, { ...makeParsedRecord({ articleId, source: { key } }), status: 'ENRICHED' });
    const result = await handler()(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key, sequencer: '0055aed6dcd90281e500' }]))), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
    expect(publishedEvents()[0]).toMatchObject({ type: 'article.enriched', articleId });
  });

  it('changes nothing for an event older than the recorded upload', async () => {
    const key = 'incoming/newsroom/solar.txt';
    const articleId = articleIdFor(BUCKET, key);
    storedArticles.set(articleId, makeParsedRecord({ articleId, source: { key, sequencer: '0055AED6DCD90281F0' } }));
    await handler()(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key, sequencer: '0055AED6DCD90281E5' }]))), lambdaContext());
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(0);
  });

  it('records bad input as FAILED with its code, announces it, and does not fail the message', async () => {
    s3.on(GetObjectCommand).resolves(objectBody(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00])));
    const addMetric = vi.spyOn(Metrics.prototype, 'addMetric');
    const addDimension = vi.spyOn(Metrics.prototype, 'addDimension');
    const key = 'incoming/newsroom/archive.txt';
    const result = await handler()(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key }]))), lambdaContext());

    expect(result.batchItemFailures).toEqual([]);
    const [failed] = articlePuts();
    expect(failed).toMatchObject({ status: 'FAILED', version: 1, gsiStatusPK: 'STATUS#FAILED', error: { code: 'BINARY' } });
    expect(putItems().filter((item) => String(item.SK).startsWith(keys.prefixes.topic))).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
    const event = publishedEvents()[0];
    expect(event).toMatchObject({ type: 'article.failed', status: 'FAILED', articleId: articleIdFor(BUCKET, key), error: { code: 'BINARY' } });
    expect(addMetric).toHaveBeenCalledWith('ArticlesFailed', 'Count', 1);
    expect(addDimension).toHaveBeenCalledWith('code', 'BINARY');
  });

  it('records TOO_LARGE from S3\'s own size without reading the body, whatever size the message claims', async () => {
    const key = 'incoming/newsroom/huge.txt';
    const transformToByteArray = vi.fn(async () => new Uint8Array(1001));
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray } as never, ContentType: 'text/plain', ContentLength: 1001 });
    await handler({ maxObjectBytes: 1000 })(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key, size: 10 }]))), lambdaContext());
    expect(transformToByteArray).not.toHaveBeenCalled();
    expect(articlePuts()[0]).toMatchObject({ status: 'FAILED', error: { code: 'TOO_LARGE' }, source: { size: 1001 } });
  });

  it('does not trust a forged size: a small object said to be huge is processed', async () => {
    const key = 'incoming/newsroom/small.txt';
    await handler({ maxObjectBytes: 1000 })(sqsEvent(sqsMessage('m1', s3NotificationBody([{ key, size: 50_000_000 }]))), lambdaContext());
    expect(articlePuts()[0]).toMatchObject({ status: 'PARSED', source: { size: new TextEncoder().encode(ARTICLE_TEXT).byteLength } });
  });

  it('fails only the throttled message of a batch', async () => {
    const throttledKey = 'incoming/newsroom/throttled.txt';
    const throttledPk = keys.article(articleIdFor(BUCKET, throttledKey)).PK;
    dynamo.on(GetItemCommand).callsFake((input) => {
      if (unmarshall(input.Key).PK === throttledPk) {
        throw new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
      }
      return {};
    });
    const result = await handler()(
      sqsEvent(
        sqsMessage('m1', s3NotificationBody([{ key: 'incoming/newsroom/one.txt' }])),
        sqsMessage('m2', s3NotificationBody([{ key: throttledKey }])),
        sqsMessage('m3', s3NotificationBody([{ key: 'incoming/newsroom/three.txt' }])),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    expect(articlePuts().map((item) => item.source.key).sort()).toEqual(['incoming/newsroom/one.txt', 'incoming/newsroom/three.txt']);
  });

  it('reports partial failures across three messages: ok, S3 error, bad input', async () => {
    s3.on(GetObjectCommand, { Key: 'incoming/newsroom/flaky.txt' }).rejects(
      new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'Please reduce your request rate.', $metadata: {} }),
    );
    s3.on(GetObjectCommand, { Key: 'incoming/newsroom/empty.txt' }).resolves(objectBody(''));
    const result = await handler()(
      sqsEvent(
        sqsMessage('ok', s3NotificationBody([{ key: 'incoming/newsroom/fine.txt' }])),
        sqsMessage('retry', s3NotificationBody([{ key: 'incoming/newsroom/flaky.txt' }])),
        sqsMessage('bad', s3NotificationBody([{ key: 'incoming/newsroom/empty.txt' }])),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'retry' }]);
    const statuses = Object.fromEntries(articlePuts().map((item) => [item.source.key, item.status]));
    expect(statuses).toEqual({ 'incoming/newsroom/fine.txt': 'PARSED', 'incoming/newsroom/empty.txt': 'FAILED' });
  });

  it('reports a batch whose every message fails instead of throwing', async () => {
    dynamo.on(GetItemCommand).rejects(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }));
    const result = await handler()(sqsEvent(sqsMessage('only', s3NotificationBody([{ key: 'incoming/a.txt' }]))), lambdaContext());
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'only' }]);
  });

  it('skips s3:TestEvent, keys outside incoming/, folder markers and non-create events; fails a malformed body towards the DLQ', async () => {
    const result = await handler()(
      sqsEvent(
        sqsMessage('test', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET })),
        sqsMessage('processed', s3NotificationBody([{ key: 'processed/abc.json' }])),
        sqsMessage('folder', s3NotificationBody([{ key: 'incoming/newsroom/', size: 0 }])),
        sqsMessage('delete', s3NotificationBody([{ key: 'incoming/x.txt', eventName: 'ObjectRemoved:Delete' }])),
        sqsMessage('garbage', 'not json'),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'garbage' }]);
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('processes every object of a multi-record notification', async () => {
    const body = s3NotificationBody([{ key: 'incoming/a.txt' }, { key: 'incoming/b.txt' }]);
    await handler()(sqsEvent(sqsMessage('m1', body)), lambdaContext());
    expect(articlePuts().map((item) => item.source.key).sort()).toEqual(['incoming/a.txt', 'incoming/b.txt']);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(2);
  });

  it('sends the enrichment messages of a whole batch in one SendMessageBatch', async () => {
    const result = await handler()(
      sqsEvent(
        sqsMessage('m1', s3NotificationBody([{ key: 'incoming/newsroom/one.txt' }])),
        sqsMessage('m2', s3NotificationBody([{ key: 'incoming/newsroom/two.txt' }])),
        sqsMessage('m3', s3NotificationBody([{ key: 'incoming/newsroom/three.txt' }])),
        sqsMessage('skip', s3NotificationBody([{ key: 'processed/x.json' }])),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([]);
    const sends = sqs.commandCalls(SendMessageBatchCommand);
    expect(sends).toHaveLength(1);
    const ids = sends[0]!.args[0].input.Entries!.map((entry) => JSON.parse(entry.MessageBody!).articleId).sort();
    expect(ids).toEqual(['one', 'two', 'three'].map((name) => articleIdFor(BUCKET, `incoming/newsroom/${name}.txt`)).sort());
  });

  it('fails every message whose enrichment message was in a refused batch send (redelivery sends again)', async () => {
    sqs.on(SendMessageBatchCommand).rejects(new Error('SQS unavailable'));
    s3.on(GetObjectCommand, { Key: 'incoming/newsroom/empty.txt' }).resolves(objectBody(''));
    const result = await handler()(
      sqsEvent(
        sqsMessage('m1', s3NotificationBody([{ key: 'incoming/newsroom/one.txt' }])),
        sqsMessage('m2', s3NotificationBody([{ key: 'incoming/newsroom/two.txt' }])),
        sqsMessage('bad', s3NotificationBody([{ key: 'incoming/newsroom/empty.txt' }])),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['m1', 'm2']);
  });

});
