/**
 * Calls made in the same turn of the event loop gathered into one: the messages of an SQS batch
 * run in parallel, so their reads of the article items (and often their entry writes) are issued
 * together, and one BatchGetItem / BatchWriteItem serves them all instead of one request each.
 * The gathered call runs on the next `setImmediate`, which adds no waiting beyond the current turn.
 *
 * Failure isolation is kept: when the gathered call fails, each caller's part runs again on its
 * own, so only the callers whose own part fails see an error (one throttled key fails its own
 * message, not the batch). The parts must be safe to run twice (reads, unconditional puts).
 */
export interface TickBatcher<I, O> {
  (item: I): Promise<O>;
}

interface Caller<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export function tickBatcher<I, O>(options: {
  /** The gathered call: one result per item, in order. */
  together: (items: I[]) => Promise<O[]>;
  /** One item on its own: with a single caller, and for each caller after a failed gathered call. */
  alone: (item: I) => Promise<O>;
}): TickBatcher<I, O> {
  let callers: Caller<I, O>[] = [];

  async function run(): Promise<void> {
    const gathered = callers;
    callers = [];
    if (gathered.length === 1) {
      const [only] = gathered;
      options.alone(only!.item).then(only!.resolve, only!.reject);
      return;
    }
    let results: O[];
    try {
      results = await options.together(gathered.map((caller) => caller.item));
    } catch {
      for (const caller of gathered) options.alone(caller.item).then(caller.resolve, caller.reject);
      return;
    }
    gathered.forEach((caller, i) => caller.resolve(results[i]!));
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      if (callers.length === 0) setImmediate(() => void run());
      callers.push({ item, resolve, reject });
    });
}
