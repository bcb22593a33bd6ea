/**
 * `npm run eval [-- topics]`: measures topic labels on a labeled corpus (by
 * default the dev corpus at ../shared/corpus/dev). Two views:
 * - cross-validated: the fitting procedure of scripts/fit-taxonomy.ts run
 *   k-fold, each file labeled by a model that never saw it: the figure to
 *   trust for news the classifier has never seen;
 * - shipped: the model in lambdas/taxonomy/model.ts on the same files, through
 *   `analyze` exactly as an uploaded object would go (in-sample: flatters).
 * Then the worst cross-validated misses, each with its evidence.
 */
import type { TopicMatch } from '../lambdas/core/types';
import { buildDataset, crossValidate, DEFAULT_FIT, microCounts, prf as prfOf, type Dataset, type HeldOut } from './fit-taxonomy';
import { loadCorpus, loadSeed, type CorpusItem } from './topic-corpus';

const USAGE = `Usage: npm run eval -- [topics] [--dir PATH] [--json] [--verbose]
  --dir PATH   labeled corpus folder of NNN.json files {id, lang, labels, text}
               (default: ../shared/corpus/dev relative to the repository root)
  --json       print the report as one JSON object
  --verbose    list every cross-validated miss, not only the worst`;

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


/** The worst held-out misses: confident false labels and topics missed, each with what the classifier saw. */
function worstMisses(data: Dataset, round: HeldOut, limit: number): string[] {
  const rowOf = new Map<string, number>(data.rows.map((r, k) => [`${r.item}\u0000${r.topic}`, k]));
  const misses: { badness: number; line: string }[] = [];
  data.items.forEach((item, i) => {
    if (item.alwaysTrain) return;
    const labels = round.labels.get(i) ?? new Set<string>();
    const gold = new Set(item.labels);
    for (const topic of new Set([...labels, ...gold])) {
      if (labels.has(topic) === gold.has(topic)) continue;
      const k = rowOf.get(`${i}\u0000${topic}`);
      const confidence = k === undefined ? 0 : round.confidence.get(k)!;
      const row = k === undefined ? undefined : data.rows[k]!;
      const evidence = row ? row.evidence.map((t) => JSON.stringify(t)).join(', ') : '(topic never named in the body)';
      const features = row ? ' [' + data.features.map((f, j) => `${f}=${row.x[j]!.toFixed(2)}`).join(' ') + ']' : '';
      const kind = gold.has(topic) ? 'FN' : 'FP';
      misses.push({ badness: kind === 'FP' ? confidence : 1 - confidence, line: `${kind} ${item.id} [${item.lang}] ${topic} ${confidence.toFixed(2)}: ${evidence}${features}` });
    }
  });
  return misses
    .sort((a, b) => b.badness - a.badness)
    .slice(0, limit)
    .map((m) => m.line);
}

function seedResult(seed: CorpusItem, topics: readonly TopicMatch[]): string {
  const got = topics.map((t) => t.id);
  const missing = seed.labels.filter((l) => !got.includes(l));
  const extra = got.filter((l) => !seed.labels.includes(l));
  return `seed article (shipped model; in training): ${seed.labels.length - missing.length} of its ${seed.labels.length} topics${missing.length ? ', missing ' + missing.join(', ') : ''}; ${extra.length} other${extra.length ? ': ' + extra.join(', ') : ''}`;
}

function heldOutPredictions(data: Dataset, round: HeldOut): Prediction[] {
  const rowOf = new Map<string, number>(data.rows.map((r, k) => [`${r.item}\u0000${r.topic}`, k]));
  return data.items.flatMap((item, i) => (item.alwaysTrain ? [] : [{
    item,
    topics: [...(round.labels.get(i) ?? [])].map((id) => {
      const row = data.rows[rowOf.get(`${i}\u0000${id}`)!]!;
      return { id, score: round.confidence.get(rowOf.get(`${i}\u0000${id}`)!)!, evidence: row.evidence.map((text) => ({ text, start: 0, end: 0 })) };
    }),
  }]));
}

export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--dir', '--json', '--verbose'].includes(a) && argv[i - 1] !== '--dir');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]} (see --help)`);
  const items = loadCorpus(argv);
  // Imported here so --help works even where the core does not load.
  const { analyze } = await import('../lambdas/core/analyze');
  const { TOPIC_IDS, TAXONOMY_VERSION } = await import('../lambdas/core/classify');
  const shipped = evaluate(
    items.map((item) => ({ item, topics: analyze(Buffer.from(item.text, 'utf8'), { fileName: item.id + '.txt' }).topics })),
    TOPIC_IDS,
  );
  // The seed article trains every fold (as in npm run fit) and is scored on its own.
  const seed = loadSeed();
  const data = await buildDataset(seed ? [...items, seed] : items);
  const rounds = crossValidate(data);
  const seedLine = seed ? seedResult(seed, analyze(Buffer.from(seed.text, 'utf8'), { fileName: 'seed-article.txt' }).topics) : 'seed article: not found';
  const perRound = rounds.map((r) => prfOf(microCounts(items, r.labels)));
  const mean = (k: 'precision' | 'recall' | 'f1') => perRound.reduce((s, r) => s + r[k], 0) / perRound.length;
  const cv = evaluate(heldOutPredictions(data, rounds[0]!), TOPIC_IDS);
  const cvMean = { precision: mean('precision'), recall: mean('recall'), f1: mean('f1'), min: Math.min(...perRound.map((r) => r.f1)), max: Math.max(...perRound.map((r) => r.f1)) };
  // Per language, averaged over the rounds (the table above is one round).
  const roundReports = rounds.map((r) => evaluate(heldOutPredictions(data, r), TOPIC_IDS));
  const languages = Object.keys(cv.perLanguage);
  const langMean = Object.fromEntries(
    languages.map((l) => {
      const avg = (k: 'precision' | 'recall' | 'f1') => roundReports.reduce((sum, r) => sum + (r.perLanguage[l]?.[k] ?? 0), 0) / roundReports.length;
      const f1s = roundReports.map((r) => r.perLanguage[l]?.f1 ?? 0);
      return [l, { precision: avg('precision'), recall: avg('recall'), f1: avg('f1'), min: Math.min(...f1s), max: Math.max(...f1s) }];
    }),
  );
  const negativesLabeled = roundReports.map((r) => r.negatives.labeled);
  const misses = worstMisses(data, rounds[0]!, argv.includes('--verbose') ? Infinity : 15);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ taxonomyVersion: TAXONOMY_VERSION, crossValidated: { ...cv, mean: cvMean, languageMean: langMean, negativesLabeledPerRound: negativesLabeled }, shipped, seed: seedLine, worstMisses: misses }));
    return;
  }
  const out: string[] = [];
  out.push(`taxonomy ${TAXONOMY_VERSION}, ${items.length} files`);
  out.push(`\n== cross-validated (${DEFAULT_FIT.repeats}× ${DEFAULT_FIT.folds}-fold, stratified by language; tables: first round)`);
  out.push(formatReport(cv, false));
  out.push(`CV micro over ${perRound.length} rounds: P ${pct(cvMean.precision)}  R ${pct(cvMean.recall)}  F1 ${pct(cvMean.f1)}  (F1 range ${pct(cvMean.min)}–${pct(cvMean.max)})`);
  out.push('CV per language over the rounds: ' + languages.map((l) => `${l} P ${pct(langMean[l]!.precision)} R ${pct(langMean[l]!.recall)} F1 ${pct(langMean[l]!.f1)} (${pct(langMean[l]!.min)}–${pct(langMean[l]!.max)})`).join(' | '));
  out.push(`CV negatives labeled per round: ${negativesLabeled.join(', ')} of ${cv.negatives.files}`);
  out.push('\n== shipped model on the same files (in-sample: what the fit saw)');
  out.push(`micro: P ${pct(shipped.micro.precision)}  R ${pct(shipped.micro.recall)}  F1 ${pct(shipped.micro.f1)}   fit-vs-CV gap ${pct(shipped.micro.f1 - cvMean.f1)}`);
  out.push('language  ' + Object.entries(shipped.perLanguage).map(([l, p]) => `${l} ${pct(p.f1)}`).join('  '));
  const n = shipped.negatives;
  out.push(`negatives: ${n.labeled} of ${n.files} got labels${n.labeledIds.length ? ' (' + n.labeledIds.join(', ') + ')' : ''}`);
  out.push(seedLine);
  out.push(`\n== worst cross-validated misses (confidence: held-out probability over the cut; ~ marks a passing context)`);
  out.push(...misses);
  console.log(out.join('\n'));
}
