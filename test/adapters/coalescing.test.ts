import { describe, expect, it } from 'vitest';
import { InvocationCoalescer } from '../../lambdas/adapters/coalescing';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('InvocationCoalescer', () => {
  it('sends the items of every running message in one flush, once the last one asks or finishes', async () => {
    const flushes: number[][] = [];
    const coalescer = new InvocationCoalescer(3);
    const send = coalescer.channel<number>(async (items) => {
      flushes.push(items);
    });
    const first = send([1]);
    await tick();
    expect(flushes).toEqual([]);
    const second = send([2, 3]);
    await tick();
    expect(flushes).toEqual([]);
    coalescer.finished(); // the third message had nothing to send
    await Promise.all([first, second]);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('fails every caller of a failed flush, so each of their messages is retried', async () => {
    const coalescer = new InvocationCoalescer(2);
    const send = coalescer.channel<string>(async () => {
      throw new Error('SQS unavailable');
    });
    const results = await Promise.allSettled([send(['a']), send(['b'])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('lets a later send of a still-running message go out on its own once the others are done', async () => {
    const flushes: string[][] = [];
    const coalescer = new InvocationCoalescer(2);
    const send = coalescer.channel<string>(async (items) => {
      flushes.push(items);
    });
    await Promise.all([send(['a']), send(['b'])]);
    coalescer.finished();
    await send(['c']);
    expect(flushes).toEqual([['a', 'b'], ['c']]);
  });

  it('does not deadlock when messages wait on different channels: one barrier flushes both', async () => {
    const flushed: string[] = [];
    const coalescer = new InvocationCoalescer(2);
    const sendJobs = coalescer.channel<string>(async (items) => void flushed.push(`jobs:${items.join()}`));
    const publish = coalescer.channel<string>(async (items) => void flushed.push(`events:${items.join()}`));
    await Promise.all([sendJobs(['j1']), publish(['e1'])]);
    expect(flushed.sort()).toEqual(['events:e1', 'jobs:j1']);
  });
});
