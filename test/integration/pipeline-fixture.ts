/** Helpers shared by the integration suites: a local stack tuned for tests, uploads and final-record waits. */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, ReceiveMessageCommand, DeleteMessageBatchCommand, type Message } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { LocalSettingsOverrides } from '../../local/settings';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/stack';
import { waitForArticles, type FinalRecord } from '../../local/wait-for-records';
import type { SqsBatchHandler } from '../../local/event-source';

/** Short visibility timeouts so retries happen within a test; everything else from lambdas/config.ts. */
export const testOverrides: LocalSettingsOverrides = {
  ingest: { visibilityTimeoutSeconds: 1, maxBatchingWindowSeconds: 0 },
  enrich: { visibilityTimeoutSeconds: 1, maxBatchingWindowSeconds: 0 },
};

export function startTestStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  return startLocalStack({ quiet: true, overrides: testOverrides, waitTimeSeconds: 1, ...options });
}

export async function upload(stack: LocalStack, key: string, body: string | Buffer): Promise<{ key: string; etag: string }> {
  const put = await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
  return { key, etag: put.ETag!.replaceAll('"', '') };
}

export async function finalRecord(stack: LocalStack, key: string, etag?: string, timeoutMs = 20_000): Promise<FinalRecord> {
  const { final } = await waitForArticles({
    dynamodb: stack.clients.dynamodb,
    table: stack.table,
    targets: [{ bucket: stack.bucket, key, etag }],
    timeoutMs,
    pollMs: 50,
  });
  const record = final.get(key);
  if (!record) throw new Error(`no final record for ${key} within ${timeoutMs} ms`);
  return record;
}

export async function queueDepth(stack: LocalStack, url: string): Promise<number> {
  const got = await stack.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  const a = got.Attributes ?? {};
  return Number(a.ApproximateNumberOfMessages) + Number(a.ApproximateNumberOfMessagesNotVisible) + Number(a.ApproximateNumberOfMessagesDelayed);
}

/** Receives and deletes everything in a queue (e.g. the events observer queue). */
export async function drainQueue(stack: LocalStack, url: string): Promise<Message[]> {
  const all: Message[] = [];
  for (;;) {
    const got = await stack.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const messages = got.Messages ?? [];
    if (messages.length === 0) return all;
    all.push(...messages);
    await stack.clients.sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: url, Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }),
    );
  }
}

/**
 * Wraps a handler so that records matching `fails` are reported as batch item
 * failures without reaching it; the rest go to the real handler.
 */
export function failingRecords(handler: SqsBatchHandler, fails: (record: SQSRecord) => boolean): SqsBatchHandler {
  return async (event, context) => {
    const failed = event.Records.filter(fails);
    const rest: SQSEvent = { Records: event.Records.filter((r) => !failed.includes(r)) };
    const response = rest.Records.length > 0 ? await handler(rest, context) : undefined;
    return {
      batchItemFailures: [
        ...failed.map((r) => ({ itemIdentifier: r.messageId })),
        ...((response as SQSBatchResponse | undefined)?.batchItemFailures ?? []),
      ],
    };
  };
}
