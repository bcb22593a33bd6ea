/**
 * The normalized text (an article's `body`, which every evidence, entity and
 * figure offset points into) stored compressed in the table instead of a
 * `processed/` object: Brotli at quality 5 keeps ≈ 43% of news text (deflate
 * ≈ 45%, quality 9 no smaller and 10× slower), and one write unit per KB in
 * the table is cheaper than a $5/M S3 PUT for anything under ≈ 8 KB compressed.
 * Same codec for the writer and the read client: Node's zlib, no dependency.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export const TEXT_ENCODING = 'br' as const;

/**
 * The smallest Brotli window that holds the whole input (at least 2^10, at most the default
 * 2^22): the encoder allocates for its window, and the default 4 MB window made compressing a
 * few KB cost ≈ 2× the CPU for the same output.
 */
function windowBitsFor(byteLength: number): number {
  let bits = constants.BROTLI_MIN_WINDOW_BITS;
  while (bits < constants.BROTLI_DEFAULT_WINDOW && (1 << bits) - 16 < byteLength) bits += 1;
  return bits;
}

export function compressText(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      [constants.BROTLI_PARAM_LGWIN]: windowBitsFor(bytes.byteLength),
    },
  });
}

export function decompressText(bytes: Uint8Array): string {
  return brotliDecompressSync(bytes).toString('utf8');
}

/** JSON values (enrichment results) through the same codec. */
export function compressJson(value: unknown): Uint8Array {
  return compressText(JSON.stringify(value));
}

export function decompressJson<T>(bytes: Uint8Array): T {
  return JSON.parse(decompressText(bytes)) as T;
}
