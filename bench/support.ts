/** Small timing helpers shared by the benchmarks. */
import { createHash } from 'node:crypto';

/** Median microseconds per call of `fn` over `inputs`, after a warm-up pass. */
export function microsPerItem<T>(inputs: T[], fn: (input: T) => unknown, rounds = 5): number {
  for (const input of inputs) fn(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const input of inputs) fn(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / inputs.length);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** The cheapest honest pass over an article: lower-casing plus a content hash. */
export function floor(text: string): string {
  return createHash('sha256').update(text.toLowerCase()).digest('hex');
}

/** Deterministic pseudo-random generator so every run benchmarks the same articles. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits).padStart(8);
}
