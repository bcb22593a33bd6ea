import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { ArticleEvent } from '../core/records/types';
import type { EventPublisher } from './ports';

export class SnsEventPublisher implements EventPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(event: ArticleEvent): Promise<void> {
    await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Message: JSON.stringify(event),
        // Subscribers filter on type/status without parsing the body.
        MessageAttributes: {
          type: { DataType: 'String', StringValue: event.type },
          status: { DataType: 'String', StringValue: event.status },
        },
      }),
    );
  }
}

/** For deployments without a downstream topic: events are dropped on purpose. */
export class NoEventPublisher implements EventPublisher {
  async publish(): Promise<void> {}
}
