import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressText, decompressText } from '../../../lambdas/core/records/text-codec';

function text(length: number, seed: number): string {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const words = ['energy', 'Тошкент', 'solar', '에너지', 'agreement', 'o‘zbek', 'minister', '"quote"', '$12 million'];
  let out = '';
  while (out.length < length) out += words[Math.floor(random() * words.length)] + (random() < 0.1 ? '\n\n' : ' ');
  return out.slice(0, length);
}

describe('text codec', () => {
  it('round-trips texts on both sides of each window the encoder picks', () => {
    for (const length of [0, 1, 1000, 1008, 1009, 2033, 65_520, 65_521, 300_000]) {
      const original = text(length, length);
      expect(decompressText(compressText(original))).toBe(original);
    }
  });

  it('compresses a short article no worse than the default 4 MB window', () => {
    const original = Buffer.from(text(6000, 7), 'utf8');
    const withDefaultWindow = brotliCompressSync(original, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    });
    expect(compressText(original.toString('utf8')).byteLength).toBeLessThanOrEqual(withDefaultWindow.byteLength);
  });
});
