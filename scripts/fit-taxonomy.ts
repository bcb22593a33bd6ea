/**
 * `npm run fit`: fits the topic decision model (feature weights, a shared
 * bias, per-topic cuts) on the labeled dev corpus and writes it, as data, to
 * lambdas/taxonomy/model.ts. Before writing, it measures the same fitting
 * procedure with repeated k-fold cross-validation (fit on k−1 folds, score the
 * held fold) and records those figures next to the in-sample fit score: the
 * fit score flatters, the cross-validated one is what held-out news will see.
 *
 * The model is a logistic regression over the salience features of every
 * (article, topic) pair whose topic the body names, with L2 shrinkage (strong
 * on the per-topic offsets: a topic seen a handful of times must not get a cut
 * of its own from noise), then one probability threshold chosen to maximize
 * an F-score that leans towards precision.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClassifierSettings } from '../lambdas/core/classify';
import type { TopicModel } from '../lambdas/taxonomy/model';
import { loadCorpus, loadSeed, type CorpusItem } from './topic-corpus';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_FILE = resolve(repoRoot, 'lambdas/taxonomy/model.ts');

export interface FitOptions {
  /** L2 penalty on feature weights and on per-topic offsets. */
  l2Weights: number;
  l2Topics: number;
  /** β of the F-score the threshold maximizes; below 1 favours precision. */
  beta: number;
  folds: number;
  repeats: number;
  /**
   * The threshold is swept over out-of-fold probabilities of the training
   * items (this many inner folds), not over in-sample ones: in-sample
   * probabilities are overconfident and their F-curve is flat, so the chosen
   * threshold jumped with every refit. 1: in-sample.
   */
  innerFolds: number;
  /** Seed of the first cross-validation round's folds (round r uses seed + r). */
  foldSeed?: number;
}

export const DEFAULT_FIT: FitOptions = { l2Weights: 0.3, l2Topics: 20, beta: 0.55, folds: 5, repeats: 10, innerFolds: 10 };

/** One (article, topic) pair the body names. */
export interface Row {
  item: number;
  topic: string;
  x: number[];
  y: 0 | 1;
  /** Evidence texts, strongest first; passing ones (list, menu, institution) marked with ~. */
  evidence: string[];
}

export interface Dataset {
  items: CorpusItem[];
  rows: Row[];
  features: readonly string[];
  topicIds: readonly string[];
}

export async function buildDataset(items: CorpusItem[], settings?: ClassifierSettings): Promise<Dataset> {
  // Decode and parse as analyze() does, without classifying: the shipped model may be stale while refitting.
  const { decode } = await import('../lambdas/core/decode');
  const { parse } = await import('../lambdas/core/parse');
  const { topicCandidates, FEATURE_NAMES, TOPIC_IDS } = await import('../lambdas/core/classify');
  const rows: Row[] = [];
  items.forEach((item, index) => {
    const fileName = item.id + '.txt';
    const article = parse(decode(Buffer.from(item.text, 'utf8'), { fileName }).text, { fileName });
    for (const c of topicCandidates(article, settings)) {
      const body = c.occurrences.filter((o) => o.inBody).sort((a, b) => b.value - a.value);
      const evidence = [...new Set(body.map((o) => (o.value < 0.99 * o.weight ? '~' : '') + article.body.slice(o.start, o.end)))].slice(0, 6);
      rows.push({ item: index, topic: c.id, x: c.features, y: item.labels.includes(c.id) ? 1 : 0, evidence });
    }
  });
  return { items, rows, features: FEATURE_NAMES, topicIds: TOPIC_IDS };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b in place (Gaussian elimination, partial pivoting); A is small and positive definite. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

interface Fitted {
  weights: number[];
  bias: number;
  topicOffset: Record<string, number>;
  threshold: number;
}

/** Logistic regression by Newton's method: θ = [bias, weights..., topic offsets...]. */
function fitLogistic(rows: readonly Row[], features: number, topicIds: readonly string[], options: FitOptions): Omit<Fitted, 'threshold'> {
  const topicAt = new Map(topicIds.map((t, i) => [t, i]));
  const dim = 1 + features + topicIds.length;
  const theta = new Array<number>(dim).fill(0);
  const penalty = (j: number) => (j === 0 ? 1e-6 : j <= features ? options.l2Weights : options.l2Topics);
  const design = rows.map((r) => {
    const v = new Array<number>(dim).fill(0);
    v[0] = 1;
    r.x.forEach((value, i) => (v[1 + i] = value));
    v[1 + features + topicAt.get(r.topic)!] = 1;
    return v;
  });
  for (let iter = 0; iter < 50; iter++) {
    const grad = theta.map((t, j) => penalty(j) * t);
    const hess = Array.from({ length: dim }, (_, j) => Array.from({ length: dim }, (_, k) => (j === k ? penalty(j) : 0)));
    design.forEach((v, n) => {
      let z = 0;
      for (let j = 0; j < dim; j++) z += v[j]! * theta[j]!;
      const p = sigmoid(z);
      const w = p * (1 - p);
      for (let j = 0; j < dim; j++) {
        if (v[j] === 0) continue;
        grad[j]! += (p - rows[n]!.y) * v[j]!;
        for (let k = 0; k < dim; k++) if (v[k] !== 0) hess[j]![k]! += w * v[j]! * v[k]!;
      }
    });
    const step = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j < dim; j++) {
      theta[j]! -= step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-8) break;
  }
  return {
    bias: theta[0]!,
    weights: theta.slice(1, 1 + features),
    topicOffset: Object.fromEntries(topicIds.map((t, i) => [t, theta[1 + features + i]!])),
  };
}

function margin(model: Omit<Fitted, 'threshold'>, row: Row): number {
  let z = model.bias + (model.topicOffset[row.topic] ?? 0);
  row.x.forEach((v, i) => (z += model.weights[i]! * v));
  return z;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function fBeta(c: Counts, beta: number): number {
  const b2 = beta * beta;
  const denominator = (1 + b2) * c.tp + b2 * c.fn + c.fp;
  return denominator === 0 ? 0 : ((1 + b2) * c.tp) / denominator;
}

/** Gold labels of the items whose topic the body never names: misses no threshold can recover. */
function unreachable(items: readonly CorpusItem[], rows: readonly Row[], itemSet: ReadonlySet<number>): number {
  const named = new Set(rows.map((r) => `${r.item}\u0000${r.topic}`));
  let n = 0;
  for (const i of itemSet) for (const label of items[i]!.labels) if (!named.has(`${i}\u0000${label}`)) n++;
  return n;
}

/** Probabilities the threshold is chosen on: out-of-fold over inner folds of the training items (see FitOptions.innerFolds). */
function thresholdSample(data: Dataset, rows: readonly Row[], itemSet: ReadonlySet<number>, logistic: Omit<Fitted, 'threshold'>, options: FitOptions): { p: number; y: number }[] {
  if (options.innerFolds <= 1) return rows.map((r) => ({ p: sigmoid(margin(logistic, r)), y: r.y }));
  // Items always in training (the seed) stay in every inner training set too.
  const scoredItems = [...itemSet].filter((i) => !data.items[i]!.alwaysTrain).sort((a, b) => a - b);
  const foldOf = new Map<number, number>();
  shuffled(scoredItems, 7).forEach((item, n) => foldOf.set(item, n % options.innerFolds));
  const out: { p: number; y: number }[] = [];
  for (let f = 0; f < options.innerFolds; f++) {
    const inner = fitLogistic(rows.filter((r) => foldOf.get(r.item) !== f), data.features.length, data.topicIds, options);
    for (const r of rows) if (foldOf.get(r.item) === f) out.push({ p: sigmoid(margin(inner, r)), y: r.y });
  }
  return out;
}

export function fit(data: Dataset, itemSet: ReadonlySet<number>, options: FitOptions = DEFAULT_FIT): Fitted {
  const rows = data.rows.filter((r) => itemSet.has(r.item));
  const logistic = fitLogistic(rows, data.features.length, data.topicIds, options);
  const missed = unreachable(data.items, data.rows, itemSet);
  const scored = thresholdSample(data, rows, itemSet, logistic, options).sort((a, b) => b.p - a.p);
  // Sweep the threshold down the sorted probabilities; keep the best F-β.
  const positives = scored.reduce((s, r) => s + r.y, 0) + missed;
  let tp = 0;
  let fp = 0;
  let best = { score: fBeta({ tp: 0, fp: 0, fn: positives }, options.beta), threshold: 1 };
  for (let i = 0; i < scored.length; i++) {
    if (scored[i]!.y) tp++;
    else fp++;
    if (i + 1 < scored.length && scored[i + 1]!.p === scored[i]!.p) continue;
    const score = fBeta({ tp, fp, fn: positives - tp }, options.beta);
    const next = scored[i + 1]?.p ?? 0;
    if (score > best.score) best = { score, threshold: (scored[i]!.p + next) / 2 };
  }
  return { ...logistic, threshold: best.threshold };
}

export function toModel(fitted: Fitted, data: Dataset, taxonomyVersion: string, report: Record<string, number | string>): TopicModel {
  const logitT = Math.log(fitted.threshold / (1 - fitted.threshold));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    taxonomyVersion,
    features: [...data.features],
    weights: fitted.weights.map(round),
    bias: round(fitted.bias - logitT),
    // Labeled when bias + w·x ≥ cut: the per-topic offset becomes a per-topic threshold.
    cuts: Object.fromEntries(data.topicIds.map((t) => [t, round(-(fitted.topicOffset[t] ?? 0))])),
    fit: report,
  };
}

/** Predicted labels per item for a fitted model (only rows of `itemSet`). */
export function predict(fitted: Fitted, data: Dataset, itemSet: ReadonlySet<number>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>([...itemSet].map((i) => [i, new Set<string>()]));
  for (const r of data.rows) if (itemSet.has(r.item) && sigmoid(margin(fitted, r)) >= fitted.threshold) out.get(r.item)!.add(r.topic);
  return out;
}

/** Deterministic shuffle (mulberry32) so folds are reproducible. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Folds stratified by language (each language dealt round-robin after a
 * shuffle): every fold holds some of each.
 */
export function folds(items: readonly CorpusItem[], k: number, seed: number): number[][] {
  const out: number[][] = Array.from({ length: k }, () => []);
  const byLang = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!item.alwaysTrain) byLang.set(item.lang, [...(byLang.get(item.lang) ?? []), i]);
  });
  let next = 0;
  for (const lang of [...byLang.keys()].sort()) for (const i of shuffled(byLang.get(lang)!, seed + lang.length)) out[next++ % k]!.push(i);
  return out;
}

/** One cross-validation round: each item's labels and each row's probability, from a model that never saw the item. */
export interface HeldOut {
  labels: Map<number, Set<string>>;
  /** Row index → held-out probability over that fold's threshold (≥ 0.5: labeled). */
  confidence: Map<number, number>;
}

/** Held-out predictions of every item, repeat by repeat. */
export function crossValidate(data: Dataset, options: FitOptions = DEFAULT_FIT): HeldOut[] {
  const all = data.items.map((_, i) => i);
  const repeats: HeldOut[] = [];
  for (let r = 0; r < options.repeats; r++) {
    const round: HeldOut = { labels: new Map(), confidence: new Map() };
    for (const held of folds(data.items, options.folds, (options.foldSeed ?? 1000) + r)) {
      const heldSet = new Set(held);
      const fitted = fit(data, new Set(all.filter((i) => !heldSet.has(i))), options);
      for (const [i, labels] of predict(fitted, data, heldSet)) round.labels.set(i, labels);
      const logitT = Math.log(fitted.threshold / (1 - fitted.threshold));
      data.rows.forEach((row, k) => {
        if (heldSet.has(row.item)) round.confidence.set(k, sigmoid(margin(fitted, row) - logitT));
      });
    }
    repeats.push(round);
  }
  return repeats;
}

export function microCounts(items: readonly CorpusItem[], predictions: Map<number, Set<string>>): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  items.forEach((item, i) => {
    const predicted = predictions.get(i);
    if (!predicted) return; // not scored in this view (the seed under cross-validation)
    for (const t of predicted) {
      if (item.labels.includes(t)) c.tp++;
      else c.fp++;
    }
    for (const t of item.labels) if (!predicted.has(t)) c.fn++;
  });
  return c;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function renderModel(model: TopicModel): string {
  const cuts = Object.entries(model.cuts).map(([t, v]) => `    '${t}': ${v},`).join('\n');
  const fitLines = Object.entries(model.fit).map(([k, v]) => `    ${k}: ${JSON.stringify(v)},`).join('\n');
  return `/**
 * The topic decision model: feature weights and per-topic cuts, fitted by
 * \`npm run fit\` (scripts/fit-taxonomy.ts) with k-fold cross-validation on the
 * dev corpus. Generated file: refit instead of editing by hand.
 *
 * A topic with body evidence is labeled when
 *   bias + Σ weights[i] × feature[i] ≥ cuts[topic]
 * and its score is the logistic of the margin (0.5 at the cut).
 */
export interface TopicModel {
  /** Taxonomy version the model was fitted for. */
  taxonomyVersion: string;
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  cuts: Readonly<Record<string, number>>;
  /** How the model was fitted and what cross-validation measured. */
  fit: Readonly<Record<string, number | string>>;
}

export const TOPIC_MODEL: TopicModel = {
  taxonomyVersion: '${model.taxonomyVersion}',
  features: [${model.features.map((f) => `'${f}'`).join(', ')}],
  weights: [${model.weights.join(', ')}],
  bias: ${model.bias},
  cuts: {
${cuts}
  },
  fit: {
${fitLines}
  },
};
`;
}

const USAGE = `Usage: npm run fit -- [--dir PATH] [--no-seed] [--dry-run]
  Fits the topic model on the labeled corpus (default ../shared/corpus/dev),
  reports ${DEFAULT_FIT.repeats}×${DEFAULT_FIT.folds}-fold cross-validated micro P/R/F1 and the in-sample fit score,
  and writes lambdas/taxonomy/model.ts (not with --dry-run). The seed article
  (../shared/seed-article.txt, labels from ../shared/taxonomy.md) is one more
  training example, never scored (--no-seed leaves it out).`;

export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const seed = argv.includes('--no-seed') ? undefined : loadSeed();
  const items = [...loadCorpus(argv), ...(seed ? [seed] : [])];
  console.error(`fit: ${items.length} files${seed ? ' (the seed article included, always in training)' : ''}, extracting features…`);
  const data = await buildDataset(items);
  console.error(`fit: ${data.rows.length} (article, topic) candidates; cross-validating ${DEFAULT_FIT.repeats}×${DEFAULT_FIT.folds}-fold…`);
  const cv = crossValidate(data).map((p) => prf(microCounts(items, p.labels)));
  const mean = (k: 'precision' | 'recall' | 'f1') => cv.reduce((s, r) => s + r[k], 0) / cv.length;
  const all = new Set(items.map((_, i) => i));
  const fitted = fit(data, all);
  const dev = new Set([...all].filter((i) => !items[i]!.alwaysTrain));
  const inSample = prf(microCounts(items, predict(fitted, data, dev)));
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  const { TAXONOMY_VERSION } = await import('../lambdas/core/classify');
  const report = {
    corpusFiles: dev.size,
    seedInTraining: seed ? 'yes' : 'no',
    folds: DEFAULT_FIT.folds,
    repeats: DEFAULT_FIT.repeats,
    cvMicroF1: r3(mean('f1')),
    cvPrecision: r3(mean('precision')),
    cvRecall: r3(mean('recall')),
    fitMicroF1: r3(inSample.f1),
    fitPrecision: r3(inSample.precision),
    fitRecall: r3(inSample.recall),
    threshold: r3(fitted.threshold),
  };
  console.log(`cross-validated micro: P ${report.cvPrecision}  R ${report.cvRecall}  F1 ${report.cvMicroF1}`);
  console.log(`in-sample fit micro:   P ${report.fitPrecision}  R ${report.fitRecall}  F1 ${report.fitMicroF1}  (gap ${r3(report.fitMicroF1 - report.cvMicroF1)})`);
  const model = toModel(fitted, data, TAXONOMY_VERSION, report);
  console.log('weights: ' + model.features.map((f, i) => `${f}=${model.weights[i]}`).join(' ') + ` bias=${model.bias}`);
  if (argv.includes('--dry-run')) return;
  writeFileSync(MODEL_FILE, renderModel(model));
  console.log(`wrote ${MODEL_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`fit: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
