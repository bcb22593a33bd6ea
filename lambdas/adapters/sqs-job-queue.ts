import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import type { EnrichmentMessage } from '../core/records/types';
import { retryLeftovers, type BackoffOptions } from './backoff';
import type { JobQueue } from './ports';

/** SendMessageBatch takes at most ten entries. */
export const SQS_BATCH_LIMIT = 10;
/** SQS limit for one message and for the sum of a batch's messages. */
export const SQS_PAYLOAD_LIMIT_BYTES = 256 * 1024;

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Message bodies grouped in order into batches of at most ten whose payload
 * stays within SQS's 256 KB (jobs may carry their document inline).
 */
export function payloadBatches(bodies: string[], limitBytes = SQS_PAYLOAD_LIMIT_BYTES): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let currentBytes = 0;
  for (const body of bodies) {
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > limitBytes) throw new Error(`job message of ${bytes} bytes exceeds the SQS limit of ${limitBytes}`);
    if (current.length === SQS_BATCH_LIMIT || currentBytes + bytes > limitBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(body);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * JSON leaves U+FFFE and U+FFFF raw, but SQS refuses them in a body (a sender
 * fault, which would retry an article's text into the DLQ). Outside strings
 * JSON is ASCII, so escaping them keeps the body the same JSON value.
 */
export function sqsSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly backoff: BackoffOptions = {},
  ) {}

  async send(jobs: EnrichmentMessage[]): Promise<void> {
    for (const batch of payloadBatches(jobs.map(sqsSafeJson))) {
      const entries: SendMessageBatchRequestEntry[] = batch.map((body, index) => ({ Id: `${index}`, MessageBody: body }));
      await retryLeftovers(entries, (pending) => this.sendBatch(pending), { ...this.backoff, what: 'SendMessageBatch' });
    }
  }

  /** Returns the entries SQS refused with a retryable (server) error. */
  private async sendBatch(entries: SendMessageBatchRequestEntry[]): Promise<SendMessageBatchRequestEntry[]> {
    const output = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
    const failed = output.Failed ?? [];
    const permanent = failed.filter((entry) => entry.SenderFault);
    if (permanent.length > 0) {
      throw new Error(`SendMessageBatch refused ${permanent.length} job(s): ${permanent.map((e) => `${e.Code} ${e.Message ?? ''}`).join('; ')}`);
    }
    const failedIds = new Set(failed.map((entry) => entry.Id));
    return entries.filter((entry) => failedIds.has(entry.Id));
  }
}
