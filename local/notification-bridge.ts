/**
 * The S3 → SQS bucket notification fauxqs lacks: every object written under
 * the incoming prefix of the pipeline bucket becomes one S3 event message on
 * the ingest queue, sent over HTTP with the SDK like S3 would deliver it.
 * Writes elsewhere (processed/, other buckets) never trigger anything.
 */
import { randomUUID } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ObjectWritten } from './observed-s3-store';
import { buildS3EventRecord, createSequencer, toS3Event } from './s3-event';

export interface NotificationBridgeOptions {
  sqs: SQSClient;
  queueUrl: string;
  bucket: string;
  prefix: string;
  region: string;
  configurationId?: string;
  /** Called when a notification could not be sent (S3 would retry; we report). */
  onError?: (err: unknown, write: ObjectWritten) => void;
}

export interface NotificationBridge {
  /** Feed from the emulator's write observer. */
  handleWrite(write: ObjectWritten): void;
  /** Resolves when every notification accepted so far has been sent. */
  flush(): Promise<void>;
  /** Notifications sent so far. */
  readonly sent: number;
}

export function createNotificationBridge(options: NotificationBridgeOptions): NotificationBridge {
  const nextSequencer = createSequencer();
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  return {
    handleWrite(write) {
      if (write.bucket !== options.bucket || !write.key.startsWith(options.prefix)) return;
      // The sequencer is taken at write time, so it orders writes, not sends.
      const record = buildS3EventRecord(write, {
        region: options.region,
        configurationId: options.configurationId ?? 'newsdrop-incoming',
        principalId: 'AWS:LOCALNEWSDROP',
        sourceIp: '127.0.0.1',
        sequencer: nextSequencer(),
        requestId: randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase(),
      });
      const sending = options.sqs
        .send(new SendMessageCommand({ QueueUrl: options.queueUrl, MessageBody: JSON.stringify(toS3Event(record)) }))
        .then(
          () => {
            sent += 1;
          },
          (err: unknown) => options.onError?.(err, write),
        )
        .finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    },
    async flush() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    get sent() {
      return sent;
    },
  };
}
