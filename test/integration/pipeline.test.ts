/**
 * The pipeline end to end on the in-process emulators, through real SDK
 * clients over HTTP: S3 upload → bridge → SQS → event source → real ingest and
 * enrich handlers → DynamoDB records and SNS events.
 */
import { createReadClient } from '../../client';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { ArticleEvent } from '../../lambdas/core/records/types';
import { buildS3EventRecord, toS3Event } from '../../local/s3-event';
import { redriveDeadLetters } from '../../local/redrive';
import type { LocalStack } from '../../local/stack';
import { drainQueue, failingRecords, finalRecord, queueDepth, startTestStack, upload } from './pipeline-fixture';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));

let stack: LocalStack;
/** Object keys the ingest stand-in refuses while set (a poison message until "fixed"). */
const poisonKeys = new Set<string>();

beforeAll(async () => {
  stack = await startTestStack({
    overrides: {
      ingest: { visibilityTimeoutSeconds: 2, maxBatchingWindowSeconds: 0, maxReceiveCount: 3 },
      enrich: { visibilityTimeoutSeconds: 5, maxBatchingWindowSeconds: 0 },
    },
    wrapHandlers: (real) => ({
      ingest: failingRecords(real.ingest, (r) => [...poisonKeys].some((key) => r.body.includes(encodeURIComponent(key.split('/').pop()!)))),
      enrich: real.enrich,
    }),
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** Re-sends an S3 notification for an object as S3 would (same sequencer = the same event). */
async function resendNotification(key: string, size: number, eTag: string, sequencer: string) {
  const record = buildS3EventRecord(
    { bucket: stack.bucket, key, size, eTag, eventName: 'ObjectCreated:Put', at: new Date() },
    { region: stack.region, configurationId: 'test', principalId: 'AWS:TEST', sourceIp: '127.0.0.1', sequencer, requestId: 'TEST' },
  );
  await stack.clients.sqs.send(new SendMessageCommand({ QueueUrl: stack.queues.ingest, MessageBody: JSON.stringify(toS3Event(record)) }));
}

describe('local pipeline, end to end', () => {
  it('turns an upload into an ENRICHED record with its source, its text with evidence, and an event', async () => {
    await drainQueue(stack, stack.queues.events);
    const key = 'incoming/wire/Госвизит в Сеул 2026.txt';
    const body = fixture('state-visit.txt');
    const { etag } = await upload(stack, key, body);
    const record = await finalRecord(stack, key, etag);

    expect(record.status).toBe('ENRICHED');
    expect(record.version).toBe(1);
    expect(record.language).toBe('en');
    expect(record.topics?.length).toBeGreaterThan(0);
    expect(record.source).toMatchObject({ bucket: stack.bucket, key, etag, size: body.length });
    expect(record.source.sequencer).toMatch(/^[0-9A-F]{16,}$/);
    // Schema 2: no processed/ object; the text and the evidence live in the record.
    expect(record.processedKey).toBeUndefined();
    const view = await createReadClient({ dynamodb: stack.clients.dynamodb, tableName: stack.table }).getArticle(record.articleId);
    const evidence = view!.article.topics!.flatMap((topic) => topic.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) expect(view!.text!.slice(span.start, span.end)).toBe(span.text);

    await stack.waitForIdle();
    const events = (await drainQueue(stack, stack.queues.events)).map((m) => JSON.parse(m.Body!) as ArticleEvent);
    expect(events.filter((e) => e.articleId === record.articleId).map((e) => e.type)).toContain('article.enriched');
  });

  it('records the same S3 event delivered twice once, as version 1', async () => {
    const key = 'incoming/wire/twice.md';
    const body = fixture('briefing.md');
    const { etag } = await upload(stack, key, body);
    const first = await finalRecord(stack, key, etag);
    await resendNotification(key, body.length, etag, first.source.sequencer);
    await stack.waitForIdle();
    const again = await finalRecord(stack, key, etag);
    expect(again.version).toBe(1);
    expect(again.source.sequencer).toBe(first.source.sequencer);
    expect(again.updatedAt).toBe(first.updatedAt);
  });

  it('keeps the newest upload of a key when an older event arrives late', async () => {
    const key = 'incoming/wire/corrected.txt';
    const v1 = Buffer.from('Draft headline\n\nThe energy minister opened a solar plant in Samarkand on Monday.\n');
    const v2 = Buffer.from('Corrected headline\n\nThe energy minister opened a 100-megawatt solar plant in Samarkand on Tuesday.\n');
    const first = await upload(stack, key, v1);
    const r1 = await finalRecord(stack, key, first.etag);
    const second = await upload(stack, key, v2);
    const r2 = await finalRecord(stack, key, second.etag);
    expect(r2.version).toBe(2);
    expect(r2.title).toBe('Corrected headline');

    await resendNotification(key, v1.length, first.etag, r1.source.sequencer);
    await stack.waitForIdle();
    const after = await finalRecord(stack, key);
    expect(after.version).toBe(2);
    expect(after.source.etag).toBe(second.etag);
    expect(after.title).toBe('Corrected headline');
  });

  it('records each bad input as FAILED with its code', async () => {
    const cases: [string, Buffer, string][] = [
      ['incoming/bad/empty.txt', fixture('empty.txt'), 'EMPTY'],
      ['incoming/bad/not-text.txt', fixture('not-text.txt'), 'BINARY'],
      ['incoming/bad/broken.json', fixture('broken.json'), 'BAD_JSON'],
      ['incoming/bad/huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'TOO_LARGE'],
    ];
    const uploads = await Promise.all(cases.map(([key, body]) => upload(stack, key, body)));
    for (const [i, [key, , code]] of cases.entries()) {
      const record = await finalRecord(stack, key, uploads[i]!.etag);
      expect([key, record.status, record.error?.code]).toEqual([key, 'FAILED', code]);
      expect(record.error?.message).toBeTruthy();
    }
  });

  it('sends a malformed notification to the DLQ instead of dropping it', async () => {
    await stack.clients.sqs.send(new SendMessageCommand({ QueueUrl: stack.queues.ingest, MessageBody: 'this is not an S3 event' }));
    const deadline = Date.now() + 30_000;
    while ((await queueDepth(stack, stack.queues.ingestDlq)) === 0) {
      if (Date.now() > deadline) throw new Error('malformed message never reached the DLQ');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await queueDepth(stack, stack.queues.ingest)).toBe(0);
    const dead = await drainQueue(stack, stack.queues.ingestDlq);
    expect(dead.map((message) => message.Body)).toEqual(['this is not an S3 event']);
  });

  it('dead-letters a poison message after maxReceiveCount, and processes it after a redrive', async () => {
    const key = 'incoming/wire/poison-pill.txt';
    poisonKeys.add(key);
    const { etag } = await upload(stack, key, fixture('uz-latin.txt'));
    const deadline = Date.now() + 30_000;
    while ((await queueDepth(stack, stack.queues.ingestDlq)) === 0) {
      if (Date.now() > deadline) throw new Error('poison message never reached the DLQ');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(stack.eventSources.ingest.stats.failed).toBeGreaterThanOrEqual(3);

    poisonKeys.delete(key); // the "fix" is deployed
    const result = await redriveDeadLetters({ sqs: stack.clients.sqs, dlqUrl: stack.queues.ingestDlq, sourceUrl: stack.queues.ingest, waitTimeSeconds: 0 });
    expect(result.moved).toBe(1);
    const record = await finalRecord(stack, key, etag);
    expect(record.status).toBe('ENRICHED');
    expect(record.language).toBe('uz');
    expect(await queueDepth(stack, stack.queues.ingestDlq)).toBe(0);
  });
});
