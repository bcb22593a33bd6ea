/**
 * Runs a handler against an SQS queue the way Lambda's SQS event source
 * mapping does: long polling, batch size and batching window, AWS-shaped
 * SQSEvent and Context, partial batch responses (only successful messages are
 * deleted), a thrown error or a timeout leaves the whole batch to reappear after
 * the visibility timeout, and at most `maxConcurrency` invocations at once.
 * Dead-lettering after maxReceiveCount is the queue's redrive policy (fauxqs
 * applies it on receive, like SQS).
 */
import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { createLambdaContext } from './lambda-context';
import type { QueueRuntimeSettings } from './settings';

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface EventSourceOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  settings: QueueRuntimeSettings;
  handler: SqsBatchHandler;
  /** Long-poll wait; Lambda uses 20 s. */
  waitTimeSeconds?: number;
  /**
   * Concurrent ReceiveMessage loops (Lambda starts with a handful of pollers). Each returns up to
   * 10 messages per call, so two keep maxConcurrency invocations fed without idle long polls piling up.
   */
  receivers?: number;
  /** Told about handler errors and timeouts (the batch is retried either way). */
  onInvocationError?: (err: unknown, event: SQSEvent) => void;
  /**
   * Where the stats and the active count live (EVENT_SOURCE_COUNTERS slots): shared memory lets
   * another thread read them as they change (eventSourceView). Private when absent.
   */
  counters?: Int32Array;
}

export interface EventSourceStats {
  invocations: number;
  /** Messages whose invocation reported them as processed (deleted). */
  succeeded: number;
  /** Messages left on the queue for a retry (failed item, thrown batch, timeout). */
  failed: number;
  handlerErrors: number;
}

export interface EventSource {
  readonly stats: Readonly<EventSourceStats>;
  /** Invocations running now. */
  readonly active: number;
  /** Stops polling and waits for running invocations to finish and delete their messages. */
  stop(): Promise<void>;
}

/** Slots of the counters array: the four stats, then the invocations running now. */
export const EVENT_SOURCE_COUNTERS = 5;
const [INVOCATIONS, SUCCEEDED, FAILED, HANDLER_ERRORS, ACTIVE] = [0, 1, 2, 3, 4] as const;

/** Stats over a counters array, read live (Atomics: another thread may be writing them). */
export function statsView(counters: Int32Array): Readonly<EventSourceStats> & { readonly active: number } {
  return {
    get invocations() {
      return Atomics.load(counters, INVOCATIONS);
    },
    get succeeded() {
      return Atomics.load(counters, SUCCEEDED);
    },
    get failed() {
      return Atomics.load(counters, FAILED);
    },
    get handlerErrors() {
      return Atomics.load(counters, HANDLER_ERRORS);
    },
    get active() {
      return Atomics.load(counters, ACTIVE);
    },
  };
}

const DEFAULT_RECEIVERS = 2;
/** Pause between zero-wait receives while a batching window is still filling. */
const GATHER_PAUSE_MS = 50;

class HandlerTimeout extends Error {
  constructor(seconds: number) {
    super(`handler timed out after ${seconds} s`);
    this.name = 'HandlerTimeout';
  }
}

export function startEventSource(options: EventSourceOptions): EventSource {
  const { settings } = options;
  const counters = options.counters ?? new Int32Array(EVENT_SOURCE_COUNTERS);
  const count = (slot: number, by = 1) => Atomics.add(counters, slot, by);
  const stats = statsView(counters);
  const abort = new AbortController();
  const waitTime = options.waitTimeSeconds ?? 20;

  async function receiveBatch(): Promise<Message[]> {
    const batch: Message[] = [];
    // The window opens with the first message, not with the long poll that waited for it.
    let windowEnds = Infinity;
    while (!abort.signal.aborted && batch.length < settings.batchSize) {
      const gathering = batch.length > 0;
      const remainingWindow = windowEnds - Date.now();
      if (gathering && remainingWindow <= 0) break;
      const wait = gathering ? Math.min(waitTime, Math.ceil(remainingWindow / 1000)) : waitTime;
      // A zero-wait receive answers at once even when empty: pause between them while gathering,
      // or the window turns into a busy loop of empty receives.
      if (gathering && remainingWindow < 1000) await sleep(Math.min(GATHER_PAUSE_MS, remainingWindow));
      let received;
      try {
        received = await receive(gathering, windowEnds - Date.now(), wait);
      } catch (err) {
        // Stopping (or a failed poll) while gathering: invoke with what is already received.
        if (gathering) break;
        throw err;
      }
      if (!gathering && (received.Messages ?? []).length > 0) windowEnds = Date.now() + settings.maxBatchingWindowSeconds * 1000;
      batch.push(...(received.Messages ?? []));
      // Lambda invokes as soon as the window closes; with no window, as soon as it has anything.
      if (settings.maxBatchingWindowSeconds <= 0 && batch.length > 0) break;
      if (gathering && (received.Messages ?? []).length === 0 && Date.now() >= windowEnds) break;
    }
    return batch;

    function receive(gathering: boolean, remainingWindow: number, wait: number) {
      return options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: options.queueUrl,
          MaxNumberOfMessages: Math.min(10, settings.batchSize - batch.length),
          WaitTimeSeconds: gathering && remainingWindow < 1000 ? 0 : wait,
          VisibilityTimeout: settings.visibilityTimeoutSeconds,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: abort.signal },
      );
    }
  }

  async function invoke(messages: Message[]): Promise<void> {
    const event: SQSEvent = { Records: messages.map((m) => toSqsRecord(m, options.queueArn, options.region)) };
    const context = createLambdaContext({
      functionName: settings.functionName,
      region: options.region,
      memoryMb: settings.memoryMb,
      timeoutSeconds: settings.functionTimeoutSeconds,
    });
    count(INVOCATIONS);
    let failedIds: Set<string>;
    try {
      const response = await withTimeout(options.handler(event, context), settings.functionTimeoutSeconds);
      failedIds = failedItemIds(response, event);
    } catch (err) {
      count(HANDLER_ERRORS);
      options.onInvocationError?.(err, event);
      failedIds = new Set(event.Records.map((r) => r.messageId));
    }
    const done = messages.filter((m) => !failedIds.has(m.MessageId!));
    count(FAILED, messages.length - done.length);
    if (done.length === 0) return;
    await options.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.queueUrl,
        Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
    count(SUCCEEDED, done.length);
  }

  // Lambda's poller model: a few receivers fill batches, each batch runs as its own invocation, and
  // a receiver only asks for a batch once an invocation slot is free (at most maxConcurrency at once).
  // Receivers hold one slot while gathering, so a batch in hand always has somewhere to run.
  const maxConcurrency = Math.max(1, settings.maxConcurrency);
  const receiverCount = Math.min(maxConcurrency, Math.max(1, options.receivers ?? DEFAULT_RECEIVERS));
  let reservedSlots = 0;
  const slotWaiters: (() => void)[] = [];
  const running = new Set<Promise<void>>();

  async function acquireSlot(): Promise<void> {
    while (reservedSlots >= maxConcurrency && !abort.signal.aborted) {
      await new Promise<void>((resolve) => slotWaiters.push(resolve));
    }
    reservedSlots += 1;
  }
  function releaseSlot(): void {
    reservedSlots -= 1;
    slotWaiters.shift()?.();
  }
  abort.signal.addEventListener('abort', () => {
    for (const wake of slotWaiters.splice(0)) wake();
  });

  async function receiver(): Promise<void> {
    while (!abort.signal.aborted) {
      await acquireSlot();
      if (abort.signal.aborted) {
        releaseSlot();
        break;
      }
      let batch: Message[];
      try {
        batch = await receiveBatch();
      } catch {
        releaseSlot();
        if (abort.signal.aborted) break;
        // The emulator is restarting or unreachable: back off like Lambda's poller.
        await sleep(200);
        continue;
      }
      if (batch.length === 0) {
        releaseSlot();
        continue;
      }
      count(ACTIVE);
      const invocation: Promise<void> = invoke(batch)
        // Deleting failed: the messages reappear and are retried, as on AWS.
        .catch(() => {})
        .finally(() => {
          count(ACTIVE, -1);
          releaseSlot();
          running.delete(invocation);
        });
      running.add(invocation);
    }
  }

  const receivers = Array.from({ length: receiverCount }, () => receiver());

  return {
    stats,
    get active() {
      return stats.active;
    },
    async stop() {
      abort.abort();
      await Promise.allSettled(receivers);
      await Promise.allSettled([...running]);
    },
  };
}

/** Lambda's rule: an unknown, empty or missing identifier fails the whole batch. */
function failedItemIds(response: SQSBatchResponse | void, event: SQSEvent): Set<string> {
  const all = new Set(event.Records.map((r) => r.messageId));
  const failures = response?.batchItemFailures ?? [];
  const ids = new Set<string>();
  for (const failure of failures) {
    const id = failure?.itemIdentifier;
    if (typeof id !== 'string' || !all.has(id)) return all;
    ids.add(id);
  }
  return ids;
}

function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const a = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
      SentTimestamp: a.SentTimestamp ?? String(Date.now()),
      SenderId: a.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(a.MessageGroupId ? { MessageGroupId: a.MessageGroupId } : {}),
      ...(a.MessageDeduplicationId ? { MessageDeduplicationId: a.MessageDeduplicationId } : {}),
      ...(a.SequenceNumber ? { SequenceNumber: a.SequenceNumber } : {}),
    },
    messageAttributes: toRecordAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function toRecordAttributes(attributes: Record<string, MessageAttributeValue> | undefined): SQSMessageAttributes {
  const out: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    out[name] = {
      dataType: value.DataType ?? 'String',
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
      stringListValues: [],
      binaryListValues: [],
    };
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandlerTimeout(seconds)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
