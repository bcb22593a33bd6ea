/**
 * The S3 → SQS bucket notification fauxqs lacks: every object written under
 * the incoming prefix of the pipeline bucket becomes one S3 event message on
 * the ingest queue, sent over HTTP with the SDK. As from S3 itself, each
 * message holds one object's event; writes arriving close together are sent
 * in one SendMessageBatch (up to ten messages) instead of one call each, which
 * the local pipeline's throughput feels (every emulator request costs CPU in
 * the one process) and no consumer can tell apart.
 * Writes elsewhere (processed/, other buckets) never trigger anything.
 */
import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
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
  /** How long the first of a group of writes waits for others to share its SendMessageBatch. */
  gatherMs?: number;
}

export interface NotificationBridge {
  /** Feed from the emulator's write observer. */
  handleWrite(write: ObjectWritten): void;
  /** Resolves when every notification accepted so far has been sent. */
  flush(): Promise<void>;
  /** Notifications sent so far. */
  readonly sent: number;
}

/** SendMessageBatch takes at most ten messages. */
const BATCH_LIMIT = 10;
/** An S3 event is about 1 KB; ten stay far below SQS's 256 KB per batch, keys being at most 1 KB. */
const DEFAULT_GATHER_MS = 5;

interface Pending {
  write: ObjectWritten;
  body: string;
}

export function createNotificationBridge(options: NotificationBridgeOptions): NotificationBridge {
  const nextSequencer = createSequencer();
  const inFlight = new Set<Promise<void>>();
  const gatherMs = options.gatherMs ?? DEFAULT_GATHER_MS;
  const pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let sent = 0;

  function sendPending(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (pending.length > 0) send(pending.splice(0, BATCH_LIMIT));
  }

  function send(batch: Pending[]): void {
    const sending = options.sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: batch.map((entry, i) => ({ Id: String(i), MessageBody: entry.body })),
        }),
      )
      .then(
        (output) => {
          for (const failed of output.Failed ?? []) {
            const entry = batch[Number(failed.Id)];
            if (entry !== undefined) options.onError?.(new Error(`${failed.Code ?? 'Failed'}: ${failed.Message ?? ''}`), entry.write);
          }
          sent += batch.length - (output.Failed ?? []).length;
        },
        (err: unknown) => {
          for (const entry of batch) options.onError?.(err, entry.write);
        },
      )
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }

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
      pending.push({ write, body: JSON.stringify(toS3Event(record)) });
      if (pending.length >= BATCH_LIMIT) sendPending();
      else timer ??= setTimeout(sendPending, gatherMs);
    },
    async flush() {
      sendPending();
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    get sent() {
      return sent;
    },
  };
}
