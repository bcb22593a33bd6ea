import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import type { EnrichmentJob } from '../core/enrich/types';
import { retryLeftovers, type BackoffOptions } from './backoff';
import type { JobQueue } from './ports';

/** SendMessageBatch takes at most ten entries. */
export const SQS_BATCH_LIMIT = 10;

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly backoff: BackoffOptions = {},
  ) {}

  async send(jobs: EnrichmentJob[]): Promise<void> {
    for (const batch of chunk(jobs, SQS_BATCH_LIMIT)) {
      const entries: SendMessageBatchRequestEntry[] = batch.map((job, index) => ({
        Id: `${index}`,
        MessageBody: JSON.stringify(job),
      }));
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
