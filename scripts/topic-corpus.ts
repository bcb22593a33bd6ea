/**
 * The labeled topic corpus (NNN.json files {id, lang, labels, text}) that
 * `npm run eval` and `npm run fit` read, by default ../shared/corpus/dev.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_DIR = resolve(repoRoot, '../shared/corpus/dev');
const SEED_ARTICLE = resolve(repoRoot, '../shared/seed-article.txt');
const TAXONOMY_DOC = resolve(repoRoot, '../shared/taxonomy.md');

export interface CorpusItem {
  id: string;
  lang: string;
  labels: string[];
  text: string;
  /** Always in the training folds, never scored by cross-validation (the seed article). */
  alwaysTrain?: boolean;
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

/** The corpus named by `--dir PATH` in argv, or the default; throws with a one-line reason. */
export function loadCorpus(argv: readonly string[]): CorpusItem[] {
  let dir = DEFAULT_CORPUS_DIR;
  const dirAt = argv.indexOf('--dir');
  if (dirAt !== -1) {
    const value = argv[dirAt + 1];
    if (!value || value.startsWith('--')) throw new Error('--dir needs a path');
    dir = resolve(value);
  }
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir}: the labeled corpus is not part of the repository (default ../shared/corpus/dev next to the clone); pass --dir PATH`);
  const items = readCorpus(dir);
  if (items.length === 0) throw new Error(`no .json files in ${dir}`);
  return items;
}

/**
 * The seed article with the labels taxonomy.md gives it ("The seed article …
 * carries: a, b, c."), or undefined when either file is missing. It is one
 * more labeled example: a summit report that surveys many topics at once.
 */
export function loadSeed(): CorpusItem | undefined {
  if (!existsSync(SEED_ARTICLE) || !existsSync(TAXONOMY_DOC)) return undefined;
  const doc = readFileSync(TAXONOMY_DOC, 'utf8');
  const at = doc.search(/The seed article[^:]*carries:/);
  if (at === -1) return undefined;
  const list = doc.slice(doc.indexOf(':', at) + 1).split('.')[0]!;
  const labels = list.split(',').map((l) => l.trim()).filter(Boolean);
  return { id: 'seed', lang: 'en', labels, text: readFileSync(SEED_ARTICLE, 'utf8'), alwaysTrain: true };
}
