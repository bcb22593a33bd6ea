import { describe, expect, it } from 'vitest';
import { InvocationCoalescer } from '../../lambdas/adapters/coalescing';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('InvocationCoalescer', () => {
  it('sends the items of every running message in one flush, once the last one asks or finishes', async () => {
    const flushes: number[][] = [];
    const coalescer = new InvocationCoalescer<number>(3, async (items) => {
      flushes.push(items);
    });
    const first = coalescer.send([1]);
    await tick();
    expect(flushes).toEqual([]);
    const second = coalescer.send([2, 3]);
    await tick();
    expect(flushes).toEqual([]);
    coalescer.finished(); // the third message had nothing to send
    await Promise.all([first, second]);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('fails every caller of a failed flush, so each of their messages is retried', async () => {
    const coalescer = new InvocationCoalescer<string>(2, async () => {
      throw new Error('SQS unavailable');
    });
    const results = await Promise.allSettled([coalescer.send(['a']), coalescer.send(['b'])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('lets a later send of a still-running message go out on its own once the others are done', async () => {
    const flushes: string[][] = [];
    const coalescer = new InvocationCoalescer<string>(2, async (items) => {
      flushes.push(items);
    });
    await Promise.all([coalescer.send(['a']), coalescer.send(['b'])]);
    coalescer.finished();
    await coalescer.send(['c']);
    expect(flushes).toEqual([['a', 'b'], ['c']]);
  });
});
