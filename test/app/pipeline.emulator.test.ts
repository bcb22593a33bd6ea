/**
 * Ingest → enrich through the real handlers and adapters, with dynalite for
 * DynamoDB and fauxqs for S3, SQS and SNS, all over HTTP. The S3 → SQS
 * notification is built here the way S3 sends it (fauxqs has none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, DeleteMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { createAwsDeps, type AwsDeps } from '../../lambdas/adapters';
import { createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createIngestHandler } from '../../lambdas/handlers/ingest';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import { createReadClient } from '../../client';
import type { EnrichmentMessage } from '../../lambdas/core/records/types';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { articleIdFor, keys } from '../../lambdas/core/records/keys';
import type { ArticleEvent } from '../../lambdas/core/records/types';
import { lambdaContext, s3NotificationBody, sqsEvent, sqsMessage } from '../handlers/sqs-events';
import {
  startDynamo,
  startFauxqsEmulator,
  TEST_CREDENTIALS,
  TEST_REGION,
  type RunningDynamo,
  type RunningFauxqs,
} from '../support/emulators';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const BUCKET = 'newsdrop-articles';
let dynamo: RunningDynamo;
let fauxqs: RunningFauxqs;
let deps: AwsDeps;
let enrichQueueUrl: string;
let eventsQueueUrl: string;
let ingest: ReturnType<typeof createIngestHandler>;
let enrich: ReturnType<typeof createEnrichHandler>;

const FIRST_TEXT = [
  'Samsung to build a solar panel plant in Tashkent',
  '',
  'Samsung will invest $120 million in a solar panel factory in Tashkent, President Shavkat Mirziyoyev said on Monday.',
  '',
  'The plant will produce 60,000 panels annually and supply the national electricity grid with renewable energy.',
].join('\n');

const CORRECTED_TEXT = [
  'Samsung to build a car plant in Tashkent',
  '',
  'Samsung will invest $150 million in a car factory in Tashkent, President Shavkat Mirziyoyev said on Monday.',
  '',
  'The factory will assemble 60,000 vehicles annually for export to Kazakhstan.',
].join('\n');

beforeAll(async () => {
  [dynamo, fauxqs] = await Promise.all([startDynamo(), startFauxqsEmulator()]);
  fauxqs.server.createBucket(BUCKET);
  enrichQueueUrl = fauxqs.server.createQueue('newsdrop-enrich').queueUrl;
  eventsQueueUrl = fauxqs.server.createQueue('article-events').queueUrl;
  const { topicArn } = fauxqs.server.createTopic('newsdrop-article-events');
  fauxqs.server.subscribe({ topic: 'newsdrop-article-events', queue: 'article-events' });
  deps = createAwsDeps({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoints: { dynamodb: dynamo.endpoint, s3: fauxqs.endpoint, sqs: fauxqs.endpoint, sns: fauxqs.endpoint },
    bucket: BUCKET,
    table: dynamo.table,
    enrichQueueUrl,
    eventsTopicArn: topicArn,
  });
  ingest = createIngestHandler({ ...deps, telemetry: createTelemetry('ingest', { logLevel: 'SILENT' }) });
  enrich = createEnrichHandler({ ...deps, telemetry: createTelemetry('enrich', { logLevel: 'SILENT' }) });
});

afterAll(async () => {
  await Promise.all([dynamo?.stop(), fauxqs?.stop()]);
});

async function upload(key: string, text: string, sequencer: string) {
  const bytes = new TextEncoder().encode(text);
  await deps.clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, ContentType: 'text/plain; charset=utf-8' }));
  const result = await ingest(sqsEvent(sqsMessage(`upload-${sequencer}`, s3NotificationBody([{ key, size: bytes.byteLength, sequencer }]))), lambdaContext());
  expect(result.batchItemFailures).toEqual([]);
}

/** The notification alone, as S3 delivers a late or repeated event: the object is not written again. */
async function notify(key: string, size: number, sequencer: string) {
  const result = await ingest(sqsEvent(sqsMessage(`late-${sequencer}`, s3NotificationBody([{ key, size, sequencer }]))), lambdaContext());
  expect(result.batchItemFailures).toEqual([]);
}

async function drain(queueUrl: string): Promise<SQSRecord[]> {
  const messages: SQSRecord[] = [];
  for (;;) {
    const output = await deps.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const received = output.Messages ?? [];
    if (received.length === 0) return messages;
    for (const message of received) messages.push(sqsMessage(message.MessageId!, message.Body!));
    await deps.clients.sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: received.map((m, i) => ({ Id: `${i}`, ReceiptHandle: m.ReceiptHandle! })) }),
    );
  }
}

/** Runs every queued enrichment message, one invocation each and all at once, as concurrent Lambdas would. */
async function runQueuedJobs(): Promise<EnrichmentMessage[]> {
  const messages = await drain(enrichQueueUrl);
  const results = await Promise.all(messages.map((message) => enrich(sqsEvent(message), lambdaContext('newsdrop-enrich'))));
  expect(results.flatMap((result) => result.batchItemFailures)).toEqual([]);
  return messages.map((message) => JSON.parse(message.body) as EnrichmentMessage);
}

/** Listing rows through the read client (every shard and the schema-1 index). */
async function listTopic(topicId: string) {
  return (await createReadClient({ dynamodb: deps.clients.dynamodb, tableName: dynamo.table }).byTopic(topicId, { limit: 100 })).items;
}
async function listEntity(entity: string) {
  return (await createReadClient({ dynamodb: deps.clients.dynamodb, tableName: dynamo.table }).byEntity(entity, { limit: 100 })).items;
}

async function publishedEvents(): Promise<ArticleEvent[]> {
  return (await drain(eventsQueueUrl)).map((message) => {
    const envelope = JSON.parse(message.body) as { Message?: string };
    return JSON.parse(envelope.Message ?? message.body) as ArticleEvent;
  });
}

describe('pipeline on emulators', () => {
  const key = 'incoming/newsroom/Samsung Ташкент.txt';
  const articleId = articleIdFor(BUCKET, key);
  let firstTopics: string[] = [];

  it('ingests, enriches every kind from one message, and announces ENRICHED exactly once', async () => {
    await upload(key, FIRST_TEXT, '0062E99A88DC407460');
    const parsed = await deps.records.getArticle(articleId);
    expect(parsed).toMatchObject({ status: 'PARSED', version: 1, title: 'Samsung to build a solar panel plant in Tashkent' });
    firstTopics = parsed?.topics?.map((topic) => topic.id) ?? [];
    expect(firstTopics).toContain('energy');

    const messages = await runQueuedJobs();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ articleId, version: 1 });

    const enriched = await deps.records.getArticle(articleId);
    expect(enriched).toMatchObject({ status: 'ENRICHED', version: 1 });
    expect(enriched?.pendingJobs).toBeUndefined();
    const events = await publishedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'article.enriched', articleId, version: 1 });

    expect((await listTopic('energy')).map((item) => item.articleId)).toContain(articleId);
    expect((await listEntity('samsung')).map((item) => item.articleId)).toContain(articleId);
    const view = await createReadClient({ dynamodb: deps.clients.dynamodb, tableName: dynamo.table }).getArticle(articleId);
    expect(view!.text).toContain('Samsung will invest $120 million');
    const evidence = view!.article.topics!.flatMap((topic) => topic.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) expect(view!.text!.slice(span.start, span.end)).toBe(span.text);
  });

  it('moves a corrected re-upload to version 2 and drops the old index items', async () => {
    await upload(key, CORRECTED_TEXT, '0062E99A88DC407470');
    const record = await deps.records.getArticle(articleId);
    expect(record).toMatchObject({ status: 'PARSED', version: 2, title: 'Samsung to build a car plant in Tashkent' });
    await runQueuedJobs();
    expect(await deps.records.getArticle(articleId)).toMatchObject({ status: 'ENRICHED', version: 2 });
    const topics = record?.topics?.map((topic) => topic.id) ?? [];
    const dropped = firstTopics.filter((topic) => !topics.includes(topic));
    expect(dropped).toContain('energy');
    for (const topic of dropped) {
      expect((await listTopic(topic)).map((item) => item.articleId)).not.toContain(articleId);
    }
    for (const topic of topics) {
      expect((await listTopic(topic)).filter((item) => item.articleId === articleId)).toHaveLength(1);
    }
    expect(await publishedEvents()).toMatchObject([{ type: 'article.enriched', version: 2 }]);
  });

  it('ignores the late event of the first upload', async () => {
    await notify(key, 100, '0062E99A88DC407460');
    expect(await deps.records.getArticle(articleId)).toMatchObject({ status: 'ENRICHED', version: 2 });
    expect(await drain(enrichQueueUrl)).toEqual([]);
  });

  it('marks the same text under another key as a duplicate of the first', async () => {
    const copyKey = 'incoming/wire/samsung-copy.txt';
    await upload(copyKey, CORRECTED_TEXT, '0062E99A88DC407480');
    expect(await deps.records.getArticle(articleIdFor(BUCKET, copyKey))).toMatchObject({ status: 'PARSED', duplicateOf: articleId });
    await runQueuedJobs();
    await publishedEvents();
  });

  it('settles two racing events for one key on the newer one, with a consistent index', async () => {
    const raceKey = 'incoming/newsroom/race.txt';
    const raceId = articleIdFor(BUCKET, raceKey);
    const bytes = new TextEncoder().encode(FIRST_TEXT);
    await deps.clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: raceKey, Body: bytes }));
    let pending = [
      sqsMessage('older', s3NotificationBody([{ key: raceKey, size: bytes.byteLength, sequencer: '0062E99A88DC4074A0' }])),
      sqsMessage('newer', s3NotificationBody([{ key: raceKey, size: bytes.byteLength, sequencer: '0062E99A88DC4074B0' }])),
    ];
    // Both messages in one batch run in parallel; failed ones are redelivered, as SQS would.
    for (let delivery = 0; pending.length > 0 && delivery < 3; delivery++) {
      const result = await ingest(sqsEvent(...pending), lambdaContext());
      const failed = new Set(result.batchItemFailures.map((failure) => failure.itemIdentifier));
      pending = pending.filter((message) => failed.has(message.messageId));
    }
    expect(pending).toEqual([]);

    const record = await deps.records.getArticle(raceId);
    expect(record?.source.sequencer).toBe('0062E99A88DC4074B0');
    for (const topic of record?.topics ?? []) {
      const items = (await listTopic(topic.id)).filter((item) => item.articleId === raceId);
      expect(items).toHaveLength(1);
    }
    await runQueuedJobs();
    expect(await deps.records.getArticle(raceId)).toMatchObject({ status: 'ENRICHED', version: record?.version });
    await publishedEvents();
  });

  it('lets late jobs of a replaced version change nothing: no stale items, no event', async () => {
    const lateKey = 'incoming/newsroom/late-jobs.txt';
    const lateId = articleIdFor(BUCKET, lateKey);
    await upload(lateKey, FIRST_TEXT, '0062E99A88DC4074C0');
    const firstJobs = await drain(enrichQueueUrl);
    // Messages carry small documents inline: the late one still holds version 1's text.
    expect(firstJobs.every((message) => (JSON.parse(message.body) as EnrichmentMessage).document?.version === 1)).toBe(true);
    await upload(lateKey, CORRECTED_TEXT, '0062E99A88DC4074D0');
    await runQueuedJobs();
    expect(await publishedEvents()).toMatchObject([{ type: 'article.enriched', articleId: lateId, version: 2 }]);

    const results = await Promise.all(firstJobs.map((message) => enrich(sqsEvent(message), lambdaContext('newsdrop-enrich'))));
    expect(results.flatMap((result) => result.batchItemFailures)).toEqual([]);
    expect(await deps.records.getArticle(lateId)).toMatchObject({ status: 'ENRICHED', version: 2 });
    const collection = await deps.clients.dynamodb.send(
      new QueryCommand({ TableName: dynamo.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: keys.article(lateId).PK } } }),
    );
    // Schema 2: the article's partition holds the article item alone.
    expect((collection.Items ?? []).map((item) => unmarshall(item).SK)).toEqual(['ARTICLE']);
    const samsung = (await listEntity('samsung')).filter((item) => item.articleId === lateId);
    expect(samsung).toHaveLength(1);
    expect(await publishedEvents()).toEqual([]);
  });

  it('records an empty upload as FAILED and announces it', async () => {
    const emptyKey = 'incoming/newsroom/empty.txt';
    await upload(emptyKey, '', '0062E99A88DC407490');
    expect(await deps.records.getArticle(articleIdFor(BUCKET, emptyKey))).toMatchObject({ status: 'FAILED', error: { code: 'EMPTY' } });
    expect(await publishedEvents()).toMatchObject([{ type: 'article.failed', error: { code: 'EMPTY' } }]);
  });
});
