/**
 * `npm run eval -- extraction`: scores HTML main-text extraction on the dev
 * half of the article-extraction-benchmark (../shared/extraction). Each page
 * goes the upload path: gunzip → bytes → decode → parse as HTML; the article
 * body is compared with the human-extracted one by the benchmark's metric
 * (4-token shingles, per-page normalised tp/fp/fn, P and R averaged over pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = resolve(repoRoot, '../shared/extraction');

const USAGE = `Usage: npm run eval -- extraction [--dir PATH] [--json] [--verbose] [--page ID] [--stress MODE] [--readability]
  --dir PATH       benchmark folder with ground-truth.json and html/<id>.html.gz
                   (default: ../shared/extraction relative to the repository root)
  --json           print the report as one JSON object
  --verbose        list every page with its P/R/F1, worst first
  --page ID        print the extracted body of one page (id prefix) and its missing/extra text
  --stress MODE    score pages stripped of what a new site would name differently:
                   names (class and id), semantics (<article>, <main>, <nav>…, itemprop, role), or all
  --readability    also score @mozilla/readability on linkedom (devDependencies) on the same pages
                   and list the pages where it beats newsdrop: their error kinds will recur elsewhere`;

// ------------------------------------------------------------------ metric

/** The benchmark's tokens: runs of Unicode word characters, as Python's `\w+`. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of 4-token shingles; a text of fewer than 4 tokens (even none) is one shingle. */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** tp/fp/fn of one page, normalised to sum to 1. */
export function scorePage(truth: string, predicted: string): PageScore {
  const expected = shingles(tokenize(truth));
  const got = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [key, count] of expected) fn += Math.max(0, count - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 1, fp: 0, fn: 0 };
}

export function pagePrecision(s: PageScore): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function pageRecall(s: PageScore): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

// ------------------------------------------------------------------ report

export type FailureKind = 'dropped body' | 'wrong root' | 'clutter' | 'error';
/** What a page under F1 0.9 lost: text around the article kept, or article text left out. */
export type ShortfallKind = 'extra text' | 'missing text' | 'both';

export interface PageResult {
  id: string;
  url: string;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  truthTokens: number;
  predictedTokens: number;
  ms: number;
  error?: string;
  why?: FailureKind;
  shortfall?: ShortfallKind;
}

export interface ExtractionReport {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  medianMs: number;
  /** Per-page F1 at the minimum, 5th, 10th, 25th percentile and median. */
  f1Quantiles: { min: number; p5: number; p10: number; p25: number; median: number };
  under05: PageResult[];
  under09: PageResult[];
  results: PageResult[];
}

/**
 * Why a page scored under 0.5: its body was (nearly) lost, another block was
 * taken for the article, or the article came with too much around it.
 */
function classify(result: PageResult): FailureKind | undefined {
  if (result.error) return 'error';
  if (result.f1 >= 0.5) return undefined;
  if (result.recall < 0.5) return result.predictedTokens < result.truthTokens * 0.3 ? 'dropped body' : 'wrong root';
  return 'clutter';
}

function shortfall(result: PageResult): ShortfallKind | undefined {
  if (result.f1 >= 0.9) return undefined;
  const extra = result.precision < 0.9;
  const missing = result.recall < 0.9;
  return extra && missing ? 'both' : missing ? 'missing text' : 'extra text';
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function summarize(results: PageResult[]): ExtractionReport {
  const n = Math.max(1, results.length);
  const precision = results.reduce((s, r) => s + r.precision, 0) / n;
  const recall = results.reduce((s, r) => s + r.recall, 0) / n;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  for (const r of results) {
    const why = classify(r);
    if (why) r.why = why;
    const kind = shortfall(r);
    if (kind) r.shortfall = kind;
  }
  const f1s = results.map((r) => r.f1).sort((a, b) => a - b);
  return {
    pages: results.length,
    precision,
    recall,
    f1: f1(precision, recall),
    accuracy: results.filter((r) => r.exact).length / n,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    f1Quantiles: {
      min: f1s[0] ?? 0, p5: quantile(f1s, 0.05), p10: quantile(f1s, 0.1), p25: quantile(f1s, 0.25), median: quantile(f1s, 0.5),
    },
    under05: results.filter((r) => r.why !== undefined).sort((a, b) => a.f1 - b.f1),
    under09: results.filter((r) => r.shortfall !== undefined).sort((a, b) => a.f1 - b.f1),
    results,
  };
}

const fixed = (x: number) => x.toFixed(3);

export function formatReport(report: ExtractionReport, verbose: boolean): string {
  const lines = [
    `pages: ${report.pages}`,
    `P ${fixed(report.precision)}  R ${fixed(report.recall)}  F1 ${fixed(report.f1)}  accuracy ${fixed(report.accuracy)}`,
    `median time: ${report.medianMs.toFixed(2)} ms per page (decode + parse, one cold pass; npm run bench -- extraction measures it properly)`,
    `per-page F1: min ${fixed(report.f1Quantiles.min)}  p5 ${fixed(report.f1Quantiles.p5)}  p10 ${fixed(report.f1Quantiles.p10)}` +
      `  p25 ${fixed(report.f1Quantiles.p25)}  median ${fixed(report.f1Quantiles.median)}`,
    `pages under F1 0.9: ${report.under09.length}` +
      (report.under09.length > 0 ? ` (${report.under09.map((r) => `${r.id.slice(0, 8)} ${fixed(r.f1)} ${r.shortfall}`).join(', ')})` : ''),
    `pages under F1 0.5: ${report.under05.length}`,
  ];
  for (const r of report.under05) {
    lines.push(`  ${r.id.slice(0, 12)}  F1 ${fixed(r.f1)}  P ${fixed(r.precision)}  R ${fixed(r.recall)}  ${r.why}` +
      `  (${r.predictedTokens}/${r.truthTokens} tokens)${r.error ? ' ' + r.error : ''}  ${r.url}`);
  }
  if (verbose) {
    lines.push('every page, worst first:');
    for (const r of [...report.results].sort((a, b) => a.f1 - b.f1)) {
      lines.push(`  ${r.id.slice(0, 12)}  F1 ${fixed(r.f1)}  P ${fixed(r.precision)}  R ${fixed(r.recall)}  ${r.predictedTokens}/${r.truthTokens}  ${r.url}`);
    }
  }
  return lines.join('\n');
}

/** Pages where Readability scores better by more than 0.005 F1, with what newsdrop lost there. */
export function formatComparison(ours: ExtractionReport, theirs: ExtractionReport): string {
  const byId = new Map(theirs.results.map((r) => [r.id, r]));
  const better = ours.results
    .map((r) => ({ ours: r, theirs: byId.get(r.id)! }))
    .filter((pair) => pair.theirs && pair.theirs.f1 > pair.ours.f1 + 0.005)
    .sort((a, b) => b.theirs.f1 - b.ours.f1 - (a.theirs.f1 - a.ours.f1));
  const lines = [`pages where readability beats newsdrop: ${better.length}`];
  for (const { ours: o, theirs: t } of better) {
    const lost = o.precision < t.precision && o.recall < t.recall ? 'extra and missing text' : o.precision < t.precision ? 'extra text' : 'missing text';
    lines.push(`  ${o.id.slice(0, 12)}  newsdrop F1 ${fixed(o.f1)} (P ${fixed(o.precision)} R ${fixed(o.recall)})  readability F1 ${fixed(t.f1)}  ${lost}  ${o.url}`);
  }
  return lines.join('\n');
}

// -------------------------------------------------------------------- run

interface Truth {
  articleBody: string;
  url?: string;
}

export type Extractor = (bytes: Uint8Array, id: string) => string;

export type StressMode = 'names' | 'semantics' | 'all';
const STRESS_MODES: readonly StressMode[] = ['names', 'semantics', 'all'];
const NAME_ATTRIBUTE = /\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const SEMANTIC_ATTRIBUTE = /\s(?:itemprop|itemtype|role)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const SEMANTIC_TAG = /<(\/?)(?:article|main|header|footer|nav|aside|figure|figcaption)\b/gi;

/**
 * A page as a site the extractor never saw might write it: without the class
 * and id names it chose, or without semantic tags and attributes, or both.
 * What the score loses here is what it owes to this benchmark's vocabulary.
 */
export function stressPage(html: string, mode: StressMode): string {
  let out = html;
  if (mode !== 'semantics') out = out.replace(NAME_ATTRIBUTE, '');
  if (mode !== 'names') out = out.replace(SEMANTIC_TAG, '<$1div').replace(SEMANTIC_ATTRIBUTE, '');
  return out;
}

/** Reads the benchmark: ids in a stable order with their gzip bytes and truth. */
export function readBenchmark(dir: string): { id: string; gz: Buffer; truth: Truth }[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  return Object.keys(truth)
    .sort()
    .filter((id) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map((id) => ({ id, gz: readFileSync(join(dir, 'html', `${id}.html.gz`)), truth: truth[id]! }));
}

/** The upload path: bytes → the project's decode → parse as HTML → the article body. */
export async function newsdropExtractor(stress?: StressMode): Promise<Extractor> {
  const { decode } = await import('../lambdas/core/decode');
  const { parse } = await import('../lambdas/core/parse');
  return (bytes, id) => {
    const text = decode(bytes, { fileName: `${id}.html` }).text;
    return parse(stress ? stressPage(text, stress) : text, { fileName: `${id}.html` }).body;
  };
}

/** Readability 0.6 on linkedom (devDependencies), given the same decoded text. */
export async function readabilityExtractor(stress?: StressMode): Promise<Extractor> {
  const { decode } = await import('../lambdas/core/decode');
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (bytes, id) => {
    const text = decode(bytes, { fileName: `${id}.html` }).text;
    const { document } = parseHTML(stress ? stressPage(text, stress) : text);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  };
}

export function evaluatePages(pages: ReturnType<typeof readBenchmark>, extract: Extractor): PageResult[] {
  return pages.map(({ id, gz, truth }) => {
    const bytes = gunzipSync(gz);
    let predicted = '';
    let error: string | undefined;
    const start = process.hrtime.bigint();
    try {
      predicted = extract(bytes, id);
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 120) : String(err);
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const score = scorePage(truth.articleBody, predicted);
    const precision = pagePrecision(score);
    const recall = pageRecall(score);
    const truthTokens = tokenize(truth.articleBody);
    const predictedTokens = tokenize(predicted);
    return {
      id,
      url: truth.url ?? '',
      precision,
      recall,
      f1: f1(precision, recall),
      exact: truthTokens.join(' ') === predictedTokens.join(' '),
      truthTokens: truthTokens.length,
      predictedTokens: predictedTokens.length,
      ms,
      ...(error ? { error } : {}),
    };
  });
}

/** Missing and extra text of one page, as runs of shingles, for looking at an error by eye. */
function explainPage(truth: string, predicted: string): string {
  const lines = ['--- extracted:', predicted, '--- missing (in truth, not extracted):'];
  const got = new Set(shingles(tokenize(predicted)).keys());
  const want = new Set(shingles(tokenize(truth)).keys());
  const runs = (tokens: string[], other: Set<string>) => {
    const out: string[] = [];
    let run: string[] = [];
    for (let i = 0; i + 4 <= tokens.length; i++) {
      if (!other.has(tokens.slice(i, i + 4).join('\u0000'))) run.push(tokens[i + 3]!);
      else if (run.length) {
        out.push(run.join(' '));
        run = [];
      }
    }
    if (run.length) out.push(run.join(' '));
    return out.filter((r) => r.split(' ').length > 2);
  };
  lines.push(...runs(tokenize(truth), got).map((r) => '  - ' + r.slice(0, 300)));
  lines.push('--- extra (extracted, not in truth):');
  lines.push(...runs(tokenize(predicted), want).map((r) => '  + ' + r.slice(0, 300)));
  return lines.join('\n');
}

function fail(reason: string): never {
  console.error(`eval extraction: ${reason}`);
  process.exit(2);
}

export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const valueOf = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at === -1) return undefined;
    const value = argv[at + 1];
    if (!value || value.startsWith('--')) fail(`${flag} needs a value`);
    return value;
  };
  const known = ['--dir', '--json', '--verbose', '--page', '--stress', '--readability'];
  const withValue = ['--dir', '--page', '--stress'];
  const unknown = argv.filter((a, i) => a.startsWith('--') && !known.includes(a) && !withValue.includes(argv[i - 1]!));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]} (see --help)`);
  const dir = resolve(valueOf('--dir') ?? DEFAULT_DIR);
  if (!existsSync(join(dir, 'ground-truth.json'))) fail(`no ground-truth.json in ${dir}`);
  const pages = readBenchmark(dir);
  if (pages.length === 0) fail(`no pages in ${dir}/html`);
  const stress = valueOf('--stress') as StressMode | undefined;
  if (stress && !STRESS_MODES.includes(stress)) fail(`--stress takes ${STRESS_MODES.join(', ')}`);
  const extract = await newsdropExtractor(stress);

  const pageId = valueOf('--page');
  if (pageId) {
    const page = pages.find((p) => p.id.startsWith(pageId));
    if (!page) fail(`no page ${pageId}`);
    const predicted = extract(gunzipSync(page.gz), page.id);
    const score = scorePage(page.truth.articleBody, predicted);
    console.log(`${page.id} P ${fixed(pagePrecision(score))} R ${fixed(pageRecall(score))} ${page.truth.url ?? ''}`);
    console.log(explainPage(page.truth.articleBody, predicted));
    return;
  }

  process.stderr.write(`eval extraction: ${pages.length} pages${stress ? ` (stress: ${stress})` : ''}…\n`);
  const report = summarize(evaluatePages(pages, extract));
  if (!argv.includes('--readability')) {
    console.log(argv.includes('--json') ? JSON.stringify(report) : formatReport(report, argv.includes('--verbose')));
    return;
  }
  process.stderr.write('eval extraction: readability on the same pages…\n');
  const theirs = summarize(evaluatePages(pages, await readabilityExtractor(stress)));
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ newsdrop: report, readability: theirs }));
    return;
  }
  console.log(formatReport(report, argv.includes('--verbose')));
  console.log(`readability: P ${fixed(theirs.precision)}  R ${fixed(theirs.recall)}  F1 ${fixed(theirs.f1)}`);
  console.log(formatComparison(report, theirs));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
}
