/**
 * The write path against hostile and careless input (issue 8), through the
 * real handlers and adapters on dynalite and fauxqs: input faults end FAILED
 * once, races settle on the newest upload, duplicates are found under
 * concurrency, change events survive an SNS failure, forged messages are
 * checked against S3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { createAwsDeps, type AwsDeps } from '../../lambdas/adapters';
import type { EventPublisher } from '../../lambdas/adapters/ports';
import { createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createIngestHandler } from '../../lambdas/handlers/ingest';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import { articleIdFor } from '../../lambdas/core/records/keys';
import type { ArticleEvent } from '../../lambdas/core/records/types';
import { lambdaContext, s3NotificationBody, sqsEvent, sqsMessage } from '../handlers/sqs-events';
import { startDynamo, startFauxqsEmulator, TEST_CREDENTIALS, TEST_REGION, type RunningDynamo, type RunningFauxqs } from '../support/emulators';
import { FIELD_LIMITS } from '../../lambdas/core/limits';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const BUCKET = 'newsdrop-articles';
let dynamo: RunningDynamo;
let fauxqs: RunningFauxqs;
let deps: AwsDeps;
let enrichQueueUrl: string;
let failNextPublishes = 0;
const published: ArticleEvent[] = [];
let ingest: ReturnType<typeof createIngestHandler>;
let enrich: ReturnType<typeof createEnrichHandler>;
let sequence = 0x100;
const nextSequencer = () => `0062E99A88DC${(sequence++).toString(16).toUpperCase().padStart(6, '0')}`;

beforeAll(async () => {
  [dynamo, fauxqs] = await Promise.all([startDynamo(), startFauxqsEmulator()]);
  fauxqs.server.createBucket(BUCKET);
  enrichQueueUrl = fauxqs.server.createQueue('newsdrop-enrich').queueUrl;
  deps = createAwsDeps({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoints: { dynamodb: dynamo.endpoint, s3: fauxqs.endpoint, sqs: fauxqs.endpoint, sns: fauxqs.endpoint },
    bucket: BUCKET,
    table: dynamo.table,
    enrichQueueUrl,
  });
  // SNS that fails on demand, after the status write: the injected fault of finding 5.
  const events: EventPublisher = {
    async publish(event) {
      if (failNextPublishes > 0) {
        failNextPublishes -= 1;
        throw Object.assign(new Error('SNS unavailable'), { name: 'InternalErrorException' });
      }
      published.push(event);
    },
  };
  ingest = createIngestHandler({ ...deps, events, telemetry: createTelemetry('ingest', { logLevel: 'SILENT' }) });
  enrich = createEnrichHandler({ ...deps, events, telemetry: createTelemetry('enrich', { logLevel: 'SILENT' }) });
});

afterAll(async () => {
  await Promise.all([dynamo?.stop(), fauxqs?.stop()]);
});

async function put(key: string, body: string | Uint8Array) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  await deps.clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes }));
  return bytes.byteLength;
}

const notification = (key: string, size: number, sequencer: string) => sqsMessage(`n-${sequencer}`, s3NotificationBody([{ key, size, sequencer }]));

/** Delivers messages like SQS: failed ones come back, up to `maxReceives` times in all. Returns the dead letters. */
async function deliver(handler: typeof ingest, messages: SQSRecord[], maxReceives = 3): Promise<SQSRecord[]> {
  let pending = messages;
  for (let receive = 0; receive < maxReceives && pending.length > 0; receive++) {
    const result = await handler(sqsEvent(...pending), lambdaContext());
    const failed = new Set(result.batchItemFailures.map((failure) => failure.itemIdentifier));
    pending = pending.filter((message) => failed.has(message.messageId));
  }
  return pending;
}

async function drainEnrichQueue(): Promise<SQSRecord[]> {
  const messages: SQSRecord[] = [];
  for (;;) {
    const output = await deps.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: enrichQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const received = output.Messages ?? [];
    if (received.length === 0) return messages;
    for (const message of received) messages.push(sqsMessage(message.MessageId!, message.Body!));
    await deps.clients.sqs.send(new DeleteMessageBatchCommand({ QueueUrl: enrichQueueUrl, Entries: received.map((m, i) => ({ Id: `${i}`, ReceiptHandle: m.ReceiptHandle! })) }));
  }
}

const record = (key: string) => deps.records.getArticle(articleIdFor(BUCKET, key));

describe('input faults end FAILED once, never in a DLQ', () => {
  it('keeps the story of a 500 KB author, the author cut to its bound, on the first delivery', async () => {
    const key = 'incoming/hostile/huge-author.json';
    const size = await put(key, JSON.stringify({ title: 'Grid deal', body: 'The energy ministry signed a grid deal.', author: 'a'.repeat(500_000) }));
    expect(await deliver(ingest, [notification(key, size, nextSequencer())], 1)).toEqual([]);
    const stored = await record(key);
    expect(stored?.status).toBe('PARSED');
    expect(JSON.stringify(stored).length).toBeLessThan(16 * 1024);
  });

  it('bounds a 300 KB og:title, and its event stays far below SNS\'s 256 KB', async () => {
    const key = 'incoming/hostile/huge-og-title.html';
    const title = 'Energy '.repeat(45_000);
    const html = `<html><head><meta property="og:title" content="${title}"></head><body><article><p>The energy ministry signed a grid deal with the operator on Monday.</p></article></body></html>`;
    const size = await put(key, html);
    const before = published.length;
    expect(await deliver(ingest, [notification(key, size, nextSequencer())], 1)).toEqual([]);
    expect(await deliver(enrich, await drainEnrichQueue(), 1)).toEqual([]);
    const stored = await record(key);
    expect(stored?.status).toBe('ENRICHED');
    expect(stored?.title).toMatch(/^Energy Energy/);
    expect((stored?.title ?? '').length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(published.length).toBeGreaterThan(before);
    expect(Buffer.byteLength(JSON.stringify(published.slice(before)))).toBeLessThan(8 * 1024);
  });

  it('enriches an article whose figure is above 2^53 ("$12,000 trillion")', async () => {
    const key = 'incoming/hostile/trillions.txt';
    const size = await put(key, 'Derivatives exposure\n\nGlobal derivatives exposure is estimated at $12,000 trillion.');
    expect(await deliver(ingest, [notification(key, size, nextSequencer())], 1)).toEqual([]);
    expect(await deliver(enrich, await drainEnrichQueue(), 1)).toEqual([]);
    expect((await record(key))?.status).toBe('ENRICHED');
  });
});

describe('overwrites, duplicates and events', () => {
  it('keeps the newest of 20 quick overwrites of one key, without dead letters', async () => {
    const key = 'incoming/hostile/overwritten.txt';
    const sequencers: string[] = [];
    let size = 0;
    for (let i = 0; i < 20; i++) {
      size = await put(key, `Overwrite ${i}\n\nThe energy ministry published revision ${i} of the grid plan.`);
      sequencers.push(nextSequencer());
    }
    // Every event arrives at once, newest first (the worst order), in two parallel batches.
    const messages = sequencers.map((sequencer) => notification(key, size, sequencer)).reverse();
    const dead = await Promise.all([deliver(ingest, messages.slice(0, 10)), deliver(ingest, messages.slice(10))]);
    expect(dead.flat()).toEqual([]);
    const stored = await record(key);
    expect(stored?.source.sequencer).toBe(sequencers[19]);
    expect(stored?.title).toBe('Overwrite 19');
    await deliver(enrich, await drainEnrichQueue());
  });

  it('flags the same bytes uploaded under two keys at the same moment as one original and one duplicate', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const text = `Twin ${trial}\n\nThe same wire story about a solar plant, copy ${trial}.`;
      const [a, b] = [`incoming/twins/a-${trial}.txt`, `incoming/twins/b-${trial}.txt`];
      const sizes = await Promise.all([put(a, text), put(b, text)]);
      expect(await deliver(ingest, [notification(a, sizes[0]!, nextSequencer()), notification(b, sizes[1]!, nextSequencer())])).toEqual([]);
      const duplicates = [await record(a), await record(b)].map((stored) => stored?.duplicateOf);
      expect(duplicates.filter((value) => value !== undefined)).toHaveLength(1);
    }
    await deliver(enrich, await drainEnrichQueue());
  });

  it('publishes the FAILED event on redelivery when SNS failed after the status write', async () => {
    const key = 'incoming/hostile/empty-sns-down.txt';
    const size = await put(key, '');
    failNextPublishes = 1;
    const before = published.length;
    const message = notification(key, size, nextSequencer());
    expect(await deliver(ingest, [message], 1)).toEqual([message]);
    expect((await record(key))?.status).toBe('FAILED');
    expect(published.length).toBe(before);
    expect(await deliver(ingest, [message], 1)).toEqual([]);
    expect(published.slice(before)).toMatchObject([{ type: 'article.failed', error: { code: 'EMPTY' } }]);
  });

  it('publishes the ENRICHED event on redelivery when SNS failed after the ENRICHED write', async () => {
    const key = 'incoming/hostile/enriched-sns-down.txt';
    const size = await put(key, 'Grid plan\n\nThe energy ministry approved the grid plan for solar power.');
    await deliver(ingest, [notification(key, size, nextSequencer())], 1);
    const [job] = await drainEnrichQueue();
    failNextPublishes = 1;
    const before = published.length;
    expect(await deliver(enrich, [job!], 1)).toEqual([job]);
    expect((await record(key))?.status).toBe('ENRICHED');
    expect(await deliver(enrich, [job!], 1)).toEqual([]);
    expect(published.slice(before)).toMatchObject([{ type: 'article.enriched', articleId: articleIdFor(BUCKET, key) }]);
  });
});

describe('untrusted messages', () => {
  it('does not let a forged maximum sequencer lock a key: the next real upload is recorded', async () => {
    const key = 'incoming/hostile/forged.txt';
    const size = await put(key, 'Original\n\nThe first story about the grid.');
    await deliver(ingest, [notification(key, size, 'FFFFFFFFFFFFFFFFFF')]);
    // S3 keeps second-resolution times: the real upload comes a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const realSize = await put(key, 'Corrected\n\nThe corrected story about the grid.');
    expect(await deliver(ingest, [notification(key, realSize, nextSequencer())])).toEqual([]);
    expect(await record(key)).toMatchObject({ title: 'Corrected', version: 2 });
    await deliver(enrich, await drainEnrichQueue());
  });

  it('sends unparseable messages of either queue towards the DLQ instead of dropping them', async () => {
    expect(await deliver(ingest, [sqsMessage('garbage', '{"Records": "nope"}')], 3)).toHaveLength(1);
    expect(await deliver(enrich, [sqsMessage('garbage', 'not json')], 3)).toHaveLength(1);
  });
});
