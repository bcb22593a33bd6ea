import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { visibilityTimeoutSeconds, type FunctionSettings, type QueueSettings } from '../lambdas/config';
import { infraSettings } from './settings';

export interface WorkQueueProps {
  readonly queue: QueueSettings;
  /** The consuming function: its timeout sets the visibility timeout. */
  readonly consumer: FunctionSettings;
}

/**
 * A work queue and its dead-letter queue. SSE-SQS encryption: no key to manage and, unlike the
 * AWS-managed SQS KMS key, S3 event notifications can deliver to it.
 */
export class WorkQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: WorkQueueProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(props.queue.dlqRetentionDays),
      maxMessageSizeBytes: infraSettings.maxMessageSizeBytes,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This is the dead-letter queue itself; operators redrive it back to its source queue.',
    });

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(visibilityTimeoutSeconds(props.consumer, props.queue)),
      maxMessageSizeBytes: infraSettings.maxMessageSizeBytes,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.queue.maxReceiveCount },
    });
  }
}
