import { PublishBatchCommand, PublishCommand, type PublishBatchRequestEntry, type SNSClient } from '@aws-sdk/client-sns';
import type { ArticleEvent } from '../core/records/types';
import { retryLeftovers, type BackoffOptions } from './backoff';
import type { EventPublisher } from './ports';
import { payloadBatches } from './sqs-job-queue';

// Subscribers filter on type/status without parsing the body.
const attributesOf = (event: ArticleEvent) => ({
  type: { DataType: 'String', StringValue: event.type },
  status: { DataType: 'String', StringValue: event.status },
});

export class SnsEventPublisher implements EventPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
    private readonly backoff: BackoffOptions = {},
  ) {}

  async publish(event: ArticleEvent): Promise<void> {
    await this.client.send(new PublishCommand({ TopicArn: this.topicArn, Message: JSON.stringify(event), MessageAttributes: attributesOf(event) }));
  }

  /** PublishBatch (ten events, 256 KB a request): SNS bills a request, not a message, so ten events cost one. */
  async publishBatch(events: ArticleEvent[]): Promise<void> {
    const bodies = events.map((event) => JSON.stringify(event));
    const byBody = new Map(bodies.map((body, index) => [body, events[index]!]));
    for (const batch of payloadBatches([...byBody.keys()])) {
      const entries: PublishBatchRequestEntry[] = batch.map((body, index) => ({ Id: `${index}`, Message: body, MessageAttributes: attributesOf(byBody.get(body)!) }));
      await retryLeftovers(entries, (pending) => this.sendBatch(pending), { ...this.backoff, what: 'PublishBatch' });
    }
  }

  /** Returns the entries SNS refused with a retryable (server) error. */
  private async sendBatch(entries: PublishBatchRequestEntry[]): Promise<PublishBatchRequestEntry[]> {
    const output = await this.client.send(new PublishBatchCommand({ TopicArn: this.topicArn, PublishBatchRequestEntries: entries }));
    const failed = output.Failed ?? [];
    const permanent = failed.filter((entry) => entry.SenderFault);
    if (permanent.length > 0) {
      throw new Error(`PublishBatch refused ${permanent.length} event(s): ${permanent.map((e) => `${e.Code} ${e.Message ?? ''}`).join('; ')}`);
    }
    const failedIds = new Set(failed.map((entry) => entry.Id));
    return entries.filter((entry) => failedIds.has(entry.Id));
  }
}

/** For deployments without a downstream topic: events are dropped on purpose. */
export class NoEventPublisher implements EventPublisher {
  async publish(): Promise<void> {}
  async publishBatch(): Promise<void> {}
}
