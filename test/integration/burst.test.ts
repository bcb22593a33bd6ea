/**
 * A burst of uploads with injected handler crashes: every object must end up
 * as an article record or a dead letter (count reconciliation, nothing lost),
 * and after a redrive as a record. The real ingest handler runs; enrichment
 * is acknowledged by a stand-in here (the real one is ~5 jobs of ~70 ms CPU per
 * article: 500 articles would take minutes on 2 cores; pipeline.test.ts and
 * bench/e2e.bench.ts run it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeMessageVisibilityBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import { decodeS3EventKey } from '../../local/s3-event';
import { articleIdFor } from '../../lambdas/core/records/keys';
import { redriveDeadLetters } from '../../local/redrive';
import type { LocalStack } from '../../local/stack';
import { getArticles } from '../../local/wait-for-records';
import { startTestStack, upload } from './pipeline-fixture';
import type { SqsBatchHandler } from '../../local/event-source';

const ARTICLES = Number(process.env.NEWSDROP_BURST_ARTICLES ?? 500);
const CRASH_RATE = 0.1;

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let stack: LocalStack;
let crashesEnabled = true;
const crashes = { before: 0, after: 0 };

function crashing(handler: SqsBatchHandler, random: () => number): SqsBatchHandler {
  return async (event, context) => {
    const roll = crashesEnabled ? random() : 1;
    // Half the crashes happen before any work, half after the writes (the retry must be idempotent).
    if (roll < CRASH_RATE / 2) {
      crashes.before += 1;
      throw new Error('injected crash before processing');
    }
    const response = await handler(event, context);
    if (roll < CRASH_RATE) {
      crashes.after += 1;
      throw new Error('injected crash after processing');
    }
    return response;
  };
}

beforeAll(async () => {
  const random = seeded(20261129);
  stack = await startTestStack({
    overrides: {
      ingest: { visibilityTimeoutSeconds: 3, maxBatchingWindowSeconds: 0, maxReceiveCount: 3 },
      enrich: { visibilityTimeoutSeconds: 3, maxBatchingWindowSeconds: 0 },
    },
    wrapHandlers: (real) => ({
      ingest: crashing(real.ingest, random),
      enrich: async () => ({ batchItemFailures: [] }),
    }),
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** Keys named by the dead letters, leaving them in the queue (received, then made visible again). */
async function peekDeadLetterKeys(stack: LocalStack): Promise<Set<string>> {
  const keys = new Set<string>();
  const handles: string[] = [];
  for (;;) {
    const got = await stack.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: stack.queues.ingestDlq, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }),
    );
    if (!got.Messages?.length) break;
    for (const m of got.Messages) {
      handles.push(m.ReceiptHandle!);
      for (const r of (JSON.parse(m.Body!) as S3Event).Records) keys.add(decodeS3EventKey(r.s3.object.key));
    }
  }
  for (let i = 0; i < handles.length; i += 10) {
    await stack.clients.sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: stack.queues.ingestDlq,
        Entries: handles.slice(i, i + 10).map((h, j) => ({ Id: String(j), ReceiptHandle: h, VisibilityTimeout: 0 })),
      }),
    );
  }
  return keys;
}

function burstBody(i: number): string {
  const places = ['Tashkent', 'Seoul', 'Samarkand', 'Busan', 'Bukhara'];
  return `Dispatch ${i}: energy cooperation\n\nOfficials met in ${places[i % places.length]} on day ${i} to sign a ${10 + (i % 90)}-megawatt solar agreement worth $${i + 1} million.\n`;
}

describe('burst with injected crashes', () => {
  it(`accounts for every one of ${ARTICLES} uploads as a record or a dead letter, then as a record after redrive`, async () => {
    const keys = Array.from({ length: ARTICLES }, (_, i) => `incoming/burst/dispatch ${String(i).padStart(4, '0')}.txt`);
    for (let i = 0; i < keys.length; i += 50) {
      await Promise.all(keys.slice(i, i + 50).map((key, j) => upload(stack, key, burstBody(i + j))));
    }
    await stack.waitForIdle({ timeoutMs: 120_000 });

    const recordIds = new Set((await getArticles(stack.clients.dynamodb, stack.table, keys.map((k) => articleIdFor(stack.bucket, k)))).keys());
    const withoutRecord = keys.filter((k) => !recordIds.has(articleIdFor(stack.bucket, k)));
    const deadKeys = await peekDeadLetterKeys(stack);
    // Reconciliation: each upload is a record or a dead letter (a batch that crashed after writing
    // can be both); nothing is lost.
    expect(withoutRecord.filter((k) => !deadKeys.has(k))).toEqual([]);
    expect(recordIds.size + withoutRecord.length).toBe(ARTICLES);
    expect(crashes.before).toBeGreaterThan(0);
    expect(crashes.after).toBeGreaterThan(0);
    expect(stack.eventSources.ingest.stats.handlerErrors).toBe(crashes.before + crashes.after);

    // The crash is "fixed": an operator redrives, and every upload ends as a record, each exactly version 1.
    crashesEnabled = false;
    const redriven = await redriveDeadLetters({ sqs: stack.clients.sqs, dlqUrl: stack.queues.ingestDlq, sourceUrl: stack.queues.ingest, waitTimeSeconds: 0 });
    expect(redriven.moved).toBe(deadKeys.size);
    await stack.waitForIdle({ timeoutMs: 60_000 });
    const records = await getArticles(stack.clients.dynamodb, stack.table, keys.map((k) => articleIdFor(stack.bucket, k)));
    expect(records.size).toBe(ARTICLES);
    expect([...records.values()].every((r) => r.version === 1)).toBe(true);
  });
});
