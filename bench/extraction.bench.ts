/**
 * HTML main-text extraction: ms per page for newsdrop (decode + parse, the
 * upload path) next to @mozilla/readability on linkedom (parse + Readability)
 * on the same benchmark pages in one run, with both extractors' F1 by the
 * benchmark's metric. Goal (issue 9): newsdrop's median ≤ 1/5 of theirs.
 * Readability and linkedom are devDependencies only: nothing of them reaches
 * a Lambda bundle.
 *
 * Timing: rounds interleave the two extractors page by page and keep each
 * page's fastest run, the stable figure on a busy shared machine.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decode } from '../lambdas/core/decode';
import { parse } from '../lambdas/core/parse';
import { pagePrecision, pageRecall, readBenchmark, scorePage } from '../scripts/eval-extraction';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/extraction');

function newsdrop(bytes: Uint8Array): string {
  return parse(decode(bytes, { fileName: 'page.html' }).text, { fileName: 'page.html' }).body;
}

function readability(bytes: Uint8Array): string {
  // Readability reads a decoded string too: give it the same decode, so only extraction differs.
  const { document } = parseHTML(decode(bytes, { fileName: 'page.html' }).text);
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
}

function safely(extract: (bytes: Uint8Array) => string, bytes: Uint8Array): string {
  try {
    return extract(bytes);
  } catch {
    return '';
  }
}

function millis(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function f1Of(pages: { truth: string; predicted: string }[]): { precision: number; recall: number; f1: number } {
  let precision = 0;
  let recall = 0;
  for (const page of pages) {
    const score = scorePage(page.truth, page.predicted);
    precision += pagePrecision(score);
    recall += pageRecall(score);
  }
  precision /= pages.length;
  recall /= pages.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export async function run(rounds = Number(process.env.BENCH_ROUNDS ?? 5)): Promise<void> {
  if (!existsSync(resolve(DIR, 'ground-truth.json'))) {
    console.log(`extraction: skipped, no benchmark pages at ${DIR}`);
    return;
  }
  const pages = readBenchmark(DIR).map((page) => ({ ...page, bytes: new Uint8Array(gunzipSync(page.gz)) }));
  const ours = pages.map(() => Infinity);
  const theirs = pages.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    pages.forEach((page, i) => {
      // Alternate which runs first so neither always meets a warm cache.
      if ((round + i) % 2 === 0) {
        ours[i] = Math.min(ours[i]!, millis(() => safely(newsdrop, page.bytes)));
        theirs[i] = Math.min(theirs[i]!, millis(() => safely(readability, page.bytes)));
      } else {
        theirs[i] = Math.min(theirs[i]!, millis(() => safely(readability, page.bytes)));
        ours[i] = Math.min(ours[i]!, millis(() => safely(newsdrop, page.bytes)));
      }
    });
  }
  const quality = (extract: (bytes: Uint8Array) => string) =>
    f1Of(pages.map((page) => ({ truth: page.truth.articleBody, predicted: safely(extract, page.bytes) })));
  const ourQuality = quality(newsdrop);
  const theirQuality = quality(readability);
  const perPageRatio = median(pages.map((_, i) => theirs[i]! / ours[i]!));
  const kb = median(pages.map((page) => page.bytes.length / 1024));
  console.log(`${pages.length} pages (median ${kb.toFixed(0)} KB), best of ${rounds} rounds per page, interleaved`);
  console.log('extractor                        median ms/page   mean ms/page   P      R      F1');
  const line = (name: string, times: number[], q: { precision: number; recall: number; f1: number }) =>
    console.log(
      `${name.padEnd(32)} ${median(times).toFixed(2).padStart(14)} ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2).padStart(14)}   ` +
        `${q.precision.toFixed(3)}  ${q.recall.toFixed(3)}  ${q.f1.toFixed(3)}`,
    );
  line('newsdrop (decode + parse)', ours, ourQuality);
  line('readability 0.6 + linkedom', theirs, theirQuality);
  console.log(
    `ratio of medians: newsdrop takes ${(median(ours) / median(theirs)).toFixed(3)} of readability's time ` +
      `(${(median(theirs) / median(ours)).toFixed(1)}× faster; median per-page speed-up ${perPageRatio.toFixed(1)}×; goal ≥ 5×)`,
  );
}

if (process.argv[1]?.endsWith('extraction.bench.ts')) await run();
