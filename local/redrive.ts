/**
 * Moves dead letters back to their source queue: receive, send, delete only
 * what was sent. Plain SQS calls, so it works on the emulator (fauxqs has no
 * StartMessageMoveTask) and on real SQS alike. Each message is moved at most
 * once per run, so a handler that dead-letters it again cannot loop it here.
 */
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface RedriveOptions {
  sqs: SQSClient;
  dlqUrl: string;
  sourceUrl: string;
  /** Count what would move; receive nothing. */
  dryRun?: boolean;
  /** Stop after this many messages (default: everything there now). */
  maxMessages?: number;
  /** Long-poll seconds per receive; real SQS may answer a short poll empty while messages exist. */
  waitTimeSeconds?: number;
  onProgress?: (moved: number) => void;
}

export interface RedriveResult {
  /** Messages moved (0 in a dry run). */
  moved: number;
  /** Messages in the DLQ when the run began (SQS's approximate count). */
  waiting: number;
  /** Messages received but not sent (kept in the DLQ). */
  failed: number;
  dryRun: boolean;
}

export async function redriveDeadLetters(options: RedriveOptions): Promise<RedriveResult> {
  const { sqs, dlqUrl, sourceUrl } = options;
  const attrs = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  const waiting = Number(attrs.Attributes?.ApproximateNumberOfMessages ?? 0);
  if (options.dryRun) return { moved: 0, waiting, failed: 0, dryRun: true };

  const limit = options.maxMessages ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  let moved = 0;
  let failed = 0;
  let emptyReceives = 0;
  while (moved + failed < limit && emptyReceives < 2) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlqUrl,
        MaxNumberOfMessages: Math.min(10, limit - moved - failed),
        WaitTimeSeconds: options.waitTimeSeconds ?? 1,
        // Long enough to send and delete; an interrupted run leaves them in the DLQ.
        VisibilityTimeout: 60,
        MessageAttributeNames: ['All'],
      }),
    );
    const fresh = (received.Messages ?? []).filter((m) => !seen.has(m.MessageId!));
    if (fresh.length === 0) {
      emptyReceives += 1;
      continue;
    }
    emptyReceives = 0;
    for (const m of fresh) seen.add(m.MessageId!);
    const sentIds = await sendBatch(sqs, sourceUrl, fresh);
    const sent = fresh.filter((_, i) => sentIds.has(String(i)));
    if (sent.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: dlqUrl,
          Entries: sent.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
    moved += sent.length;
    failed += fresh.length - sent.length;
    options.onProgress?.(moved);
  }
  return { moved, waiting, failed, dryRun: false };
}

async function sendBatch(sqs: SQSClient, queueUrl: string, messages: Message[]): Promise<Set<string>> {
  const result = await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: messages.map((m, i) => ({
        Id: String(i),
        MessageBody: m.Body ?? '',
        ...(m.MessageAttributes && Object.keys(m.MessageAttributes).length > 0
          ? { MessageAttributes: m.MessageAttributes }
          : {}),
      })),
    }),
  );
  return new Set((result.Successful ?? []).map((s) => s.Id!));
}
