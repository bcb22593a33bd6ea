/**
 * `npm run eval`: measures the classifier on a labeled corpus (by default the
 * dev corpus at ../shared/corpus/dev). Each file goes through `analyze`, exactly
 * as an uploaded object would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TopicMatch } from '../lambdas/core/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = resolve(repoRoot, '../shared/corpus/dev');

const USAGE = `Usage: npm run eval -- [--dir PATH] [--json] [--verbose]
  --dir PATH   labeled corpus folder of NNN.json files {id, lang, labels, text}
               (default: ../shared/corpus/dev relative to the repository root)
  --json       print the report as one JSON object
  --verbose    list every false positive / false negative with its top evidence`;

export interface CorpusItem {
  id: string;
  lang: string;
  labels: string[];
  text: string;
}

export interface Prediction {
  item: CorpusItem;
  topics: TopicMatch[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  files: number;
  micro: Prf;
  macroF1: number;
  perTopic: Record<string, Prf>;
  perLanguage: Record<string, Prf>;
  negatives: { files: number; labeled: number; labeledIds: string[] };
  errors: { id: string; lang: string; falsePositives: { id: string; score: number; evidence: string[] }[]; falseNegatives: string[] }[];
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  map.set(key, c);
}

export function evaluate(predictions: readonly Prediction[], topicIds: readonly string[]): EvalReport {
  const byTopic = new Map<string, Counts>(topicIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const byLang = new Map<string, Counts>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: EvalReport['errors'] = [];
  const negatives = { files: 0, labeled: 0, labeledIds: [] as string[] };
  for (const { item, topics } of predictions) {
    const gold = new Set(item.labels);
    const predicted = new Set(topics.map((t) => t.id));
    if (gold.size === 0) {
      negatives.files++;
      if (predicted.size > 0) {
        negatives.labeled++;
        negatives.labeledIds.push(item.id);
      }
    }
    const falsePositives: EvalReport['errors'][number]['falsePositives'] = [];
    const falseNegatives: string[] = [];
    for (const t of topics) {
      const field: keyof Counts = gold.has(t.id) ? 'tp' : 'fp';
      bump(byTopic, t.id, field);
      bump(byLang, item.lang, field);
      total[field]++;
      if (field === 'fp') falsePositives.push({ id: t.id, score: t.score, evidence: t.evidence.map((e) => e.text) });
    }
    for (const id of gold) {
      if (predicted.has(id)) continue;
      bump(byTopic, id, 'fn');
      bump(byLang, item.lang, 'fn');
      total.fn++;
      falseNegatives.push(id);
    }
    if (falsePositives.length + falseNegatives.length > 0) errors.push({ id: item.id, lang: item.lang, falsePositives, falseNegatives });
  }
  const perTopic = Object.fromEntries([...byTopic].map(([k, c]) => [k, prf(c)]));
  const perLanguage = Object.fromEntries([...byLang].sort().map(([k, c]) => [k, prf(c)]));
  const supported = Object.values(perTopic).filter((p) => p.support > 0);
  const macroF1 = supported.reduce((s, p) => s + p.f1, 0) / Math.max(1, supported.length);
  return { files: predictions.length, micro: prf(total), macroF1, perTopic, perLanguage, negatives, errors };
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`files: ${report.files}`);
  lines.push('topic                         P      R      F1     support');
  for (const [id, p] of Object.entries(report.perTopic)) lines.push(`${id.padEnd(28)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${p.support}`);
  lines.push('language  P      R      F1     support');
  for (const [lang, p] of Object.entries(report.perLanguage)) lines.push(`${lang.padEnd(8)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${p.support}`);
  lines.push(`micro: P ${pct(report.micro.precision)}  R ${pct(report.micro.recall)}  F1 ${pct(report.micro.f1)}`);
  lines.push(`macro F1 (topics with support): ${pct(report.macroF1)}`);
  const n = report.negatives;
  lines.push(`negatives: ${n.labeled} of ${n.files} got labels${n.labeledIds.length ? ' (' + n.labeledIds.join(', ') + ')' : ''}`);
  if (verbose) {
    for (const e of report.errors) {
      lines.push(`- ${e.id} [${e.lang}]`);
      for (const fp of e.falsePositives) lines.push(`    FP ${fp.id} ${fp.score}: ${fp.evidence.map((t) => JSON.stringify(t)).join(', ')}`);
      for (const fn of e.falseNegatives) lines.push(`    FN ${fn}`);
    }
  }
  return lines.join('\n');
}

export function readCorpus(dir: string): CorpusItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<CorpusItem>;
      if (typeof raw.text !== 'string' || !Array.isArray(raw.labels)) throw new Error(`${f}: expected {id, lang, labels, text}`);
      return { id: String(raw.id ?? f.replace(/\.json$/, '')), lang: String(raw.lang ?? '?'), labels: raw.labels.map(String), text: raw.text };
    });
}

function fail(reason: string): never {
  console.error(`eval: ${reason}`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'extraction') return (await import('./eval-extraction')).main(argv.slice(1));
  if (argv[0] === 'enrichment') return void (process.exitCode = (await import('./eval-enrichment')).main(argv.slice(1)));
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let dir = DEFAULT_DIR;
  const dirAt = argv.indexOf('--dir');
  if (dirAt !== -1) {
    const value = argv[dirAt + 1];
    if (!value || value.startsWith('--')) fail('--dir needs a path');
    dir = resolve(value);
  }
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--dir', '--json', '--verbose'].includes(a) && argv[i - 1] !== '--dir');
  if (unknown.length > 0) fail(`unknown option ${unknown[0]} (see --help)`);
  if (!existsSync(dir)) fail(`corpus not found at ${dir}: the labeled corpus is not part of the repository (default ../shared/corpus/dev next to the clone); pass --dir PATH`);
  const items = readCorpus(dir);
  if (items.length === 0) fail(`no .json files in ${dir}`);

  // Imported here so --help works even where the core does not load.
  const { analyze } = await import('../lambdas/core/analyze');
  const { TOPIC_IDS } = await import('../lambdas/core/classify');
  const predictions = items.map((item) => ({ item, topics: analyze(Buffer.from(item.text, 'utf8'), { fileName: item.id + '.txt' }).topics }));
  const report = evaluate(predictions, TOPIC_IDS);
  console.log(argv.includes('--json') ? JSON.stringify(report) : formatReport(report, argv.includes('--verbose')));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
}
