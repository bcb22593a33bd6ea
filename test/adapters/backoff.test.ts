import { describe, expect, it } from 'vitest';
import { backoffDelayMs, LeftoverError, retryLeftovers } from '../../lambdas/adapters/backoff';

describe('backoffDelayMs', () => {
  it('grows exponentially up to the cap, scaled by jitter', () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(0, { baseDelayMs: 10, maxDelayMs: 1000 }, top)).toBe(9);
    expect(backoffDelayMs(3, { baseDelayMs: 10, maxDelayMs: 1000 }, top)).toBe(79);
    expect(backoffDelayMs(20, { baseDelayMs: 10, maxDelayMs: 1000 }, top)).toBe(999);
    expect(backoffDelayMs(5, { baseDelayMs: 10, maxDelayMs: 1000 }, () => 0)).toBe(0);
  });
});

describe('retryLeftovers', () => {
  it('retries only what was left over, sleeping between rounds', async () => {
    const sleeps: number[] = [];
    const seen: number[][] = [];
    await retryLeftovers(
      [1, 2, 3, 4],
      async (pending) => {
        seen.push(pending);
        return pending.slice(0, pending.length - 2);
      },
      { what: 'test', sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, baseDelayMs: 100 },
    );
    expect(seen).toEqual([[1, 2, 3, 4], [1, 2]]);
    expect(sleeps).toEqual([50]);
  });

  it('gives up after maxAttempts with a retryable error', async () => {
    let calls = 0;
    const attempt = retryLeftovers([1], async (pending) => (calls++, pending), { what: 'stuck', maxAttempts: 3, sleep: async () => {} });
    await expect(attempt).rejects.toBeInstanceOf(LeftoverError);
    expect(calls).toBe(3);
  });
});
