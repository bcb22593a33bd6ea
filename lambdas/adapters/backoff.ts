/**
 * Exponential backoff with full jitter for the partial failures the SDK does
 * not retry by itself (BatchWriteItem's UnprocessedItems, SendMessageBatch's
 * Failed entries): those calls succeed as HTTP requests.
 */
export interface BackoffOptions {
  /** Total attempts including the first. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const defaultBackoff = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 2_000 } as const;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full jitter: uniform in [0, min(max, base·2^attempt)). */
export function backoffDelayMs(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const base = options.baseDelayMs ?? defaultBackoff.baseDelayMs;
  const cap = options.maxDelayMs ?? defaultBackoff.maxDelayMs;
  return Math.floor(random() * Math.min(cap, base * 2 ** attempt));
}

/**
 * Runs `attempt` on the pending work until nothing is left. `attempt` returns
 * the part that was not processed; after `maxAttempts` the leftover is an error.
 */
export async function retryLeftovers<T>(
  work: T[],
  attempt: (pending: T[]) => Promise<T[]>,
  options: BackoffOptions & { what: string },
): Promise<void> {
  const maxAttempts = options.maxAttempts ?? defaultBackoff.maxAttempts;
  const sleep = options.sleep ?? realSleep;
  let pending = work;
  for (let round = 0; pending.length > 0; round++) {
    if (round >= maxAttempts) {
      throw new LeftoverError(`${options.what}: ${pending.length} item(s) still unprocessed after ${maxAttempts} attempts`, pending.length);
    }
    if (round > 0) await sleep(backoffDelayMs(round - 1, options, options.random));
    pending = await attempt(pending);
  }
}

/** Retryable: the message is redelivered and tries again. */
export class LeftoverError extends Error {
  constructor(
    message: string,
    readonly leftover: number,
  ) {
    super(message);
    this.name = 'LeftoverError';
  }
}
