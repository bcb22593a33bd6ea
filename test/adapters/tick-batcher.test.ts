import { describe, expect, it } from 'vitest';
import { tickBatcher } from '../../lambdas/adapters/tick-batcher';

describe('tickBatcher', () => {
  it('serves the calls of one turn with one gathered call, each caller getting its own result', async () => {
    const gathered: number[][] = [];
    const alone: number[] = [];
    const double = tickBatcher<number, number>({
      together: async (items) => {
        gathered.push(items);
        return items.map((n) => n * 2);
      },
      alone: async (n) => {
        alone.push(n);
        return n * 2;
      },
    });
    const results = await Promise.all([double(1), double(2), double(3)]);
    expect(results).toEqual([2, 4, 6]);
    expect(gathered).toEqual([[1, 2, 3]]);
    expect(alone).toEqual([]);
    // A later turn is a new gathering; a single caller goes alone.
    expect(await double(5)).toBe(10);
    expect(gathered).toHaveLength(1);
    expect(alone).toEqual([5]);
  });

  it('after a failed gathered call, runs each caller alone so only the failing one fails', async () => {
    const read = tickBatcher<string, string>({
      together: async () => {
        throw new Error('throttled');
      },
      alone: async (key) => {
        if (key === 'hot') throw new Error(`throttled ${key}`);
        return key.toUpperCase();
      },
    });
    const results = await Promise.allSettled([read('a'), read('hot'), read('b')]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([
      'A',
      'throttled hot',
      'B',
    ]);
  });
});
