/**
 * The labeled topic corpus (NNN.json files {id, lang, labels, text}) that
 * `npm run eval` and `npm run fit` read, by default ../shared/corpus/dev.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_DIR = resolve(repoRoot, '../shared/corpus/dev');

export interface CorpusItem {
  id: string;
  lang: string;
  labels: string[];
  text: string;
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
  if (!existsSync(dir)) throw new Error(`corpus folder not found: ${dir}`);
  const items = readCorpus(dir);
  if (items.length === 0) throw new Error(`no .json files in ${dir}`);
  return items;
}
