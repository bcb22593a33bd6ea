import type { ArticleEvent, EnrichmentMessage } from '../core/records/types';
import type { EventPublisher, JobQueue } from './ports';

interface Waiter<T> {
  items: T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Sends of one Lambda invocation's messages gathered into one call per
 * channel: the messages of an SQS batch run in parallel, and a send waits
 * until every message still running has either asked to send (on any channel
 * — one barrier for all, or two channels would wait on each other) or
 * finished; then every waiting item goes out together (one SendMessageBatch
 * for up to ten articles instead of one each). Each caller still learns
 * whether its own items were sent: a failed flush rejects every caller in it,
 * so each of those messages fails and is redelivered (its redelivery sends
 * again; consumers are idempotent).
 */
export class InvocationCoalescer {
  private running: number;
  private readonly channels: Array<{ waiting: Waiter<unknown>[]; flush: (items: unknown[]) => Promise<void> }> = [];

  /** `running`: the number of messages this invocation runs at once. */
  constructor(running: number) {
    this.running = running;
  }

  /** A send function whose calls are gathered and flushed together by `flush`. */
  channel<T>(flush: (items: T[]) => Promise<void>): (items: T[]) => Promise<void> {
    const channel = { waiting: [] as Waiter<unknown>[], flush: flush as (items: unknown[]) => Promise<void> };
    this.channels.push(channel);
    return (items) =>
      new Promise<void>((resolve, reject) => {
        channel.waiting.push({ items, resolve, reject });
        this.flushIfAllWaiting();
      });
  }

  /** A message finished (sent, failed or had nothing to send): the others need not wait for it. */
  finished(): void {
    this.running -= 1;
    this.flushIfAllWaiting();
  }

  private flushIfAllWaiting(): void {
    const waiting = this.channels.reduce((total, channel) => total + channel.waiting.length, 0);
    if (waiting === 0 || waiting < this.running) return;
    for (const channel of this.channels) {
      const callers = channel.waiting;
      if (callers.length === 0) continue;
      channel.waiting = [];
      channel.flush(callers.flatMap((caller) => caller.items)).then(
        () => callers.forEach((caller) => caller.resolve()),
        (error: unknown) => callers.forEach((caller) => caller.reject(error)),
      );
    }
  }
}

/**
 * The job queue and event publisher of one invocation, each gathering the
 * sends of the batch's messages. Call `finished()` once per message.
 */
export function coalescedSenders(
  running: number,
  ports: { jobs: JobQueue; events: EventPublisher },
): { jobs: JobQueue; events: EventPublisher; finished(): void } {
  const coalescer = new InvocationCoalescer(running);
  const sendJobs = coalescer.channel<EnrichmentMessage>((messages) => ports.jobs.send(messages));
  const publishEvents = coalescer.channel<ArticleEvent>(async (events) => {
    if (ports.events.publishBatch !== undefined) await ports.events.publishBatch(events);
    else for (const event of events) await ports.events.publish(event);
  });
  return {
    jobs: { send: (messages) => sendJobs(messages) },
    events: { publish: (event) => publishEvents([event]) },
    finished: () => coalescer.finished(),
  };
}
