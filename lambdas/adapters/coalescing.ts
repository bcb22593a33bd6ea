/**
 * Sends of one Lambda invocation's messages gathered into one call: the
 * messages of an SQS batch run in parallel, and a send waits until every
 * message still running has either asked to send too or finished, then all
 * waiting items go out together (one SendMessageBatch for up to ten articles
 * instead of one each). Each caller still learns whether its own items were
 * sent: a failed flush rejects every caller in it, so each of those messages
 * fails and is redelivered (its redelivery resends; consumers are idempotent).
 */
export class InvocationCoalescer<T> {
  private running: number;
  private waiting: Array<{ items: T[]; resolve: () => void; reject: (error: unknown) => void }> = [];

  /** `running`: the number of messages this invocation runs at once. */
  constructor(
    running: number,
    private readonly flushItems: (items: T[]) => Promise<void>,
  ) {
    this.running = running;
  }

  /** Resolves once `items` are sent together with every other message's. */
  send(items: T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ items, resolve, reject });
      this.flushIfAllWaiting();
    });
  }

  /** A message finished (sent, failed or had nothing to send): the others need not wait for it. */
  finished(): void {
    this.running -= 1;
    this.flushIfAllWaiting();
  }

  private flushIfAllWaiting(): void {
    if (this.waiting.length === 0 || this.waiting.length < this.running) return;
    const callers = this.waiting;
    this.waiting = [];
    this.flushItems(callers.flatMap((caller) => caller.items)).then(
      () => callers.forEach((caller) => caller.resolve()),
      (error: unknown) => callers.forEach((caller) => caller.reject(error)),
    );
  }
}
