/**
 * The one rule every command (classify, ingest, dev --watch, npm start) uses to pick article
 * files: files named on the command line are always taken; folders are walked recursively in
 * name order, skipping dotfiles and dot-folders and any file without an article extension
 * (LICENSE, .DS_Store, notes.pdf). Skipped files are counted, so the command can say so.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The extensions the parser reads (lambdas/core/parse); test/cli/article-files.test.ts keeps them in step. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json'];

/** For --help texts. */
export const folderRuleHelp = `Folders are walked recursively in name order, taking only .txt, .md, .html and
.json files (and .text, .markdown, .htm, .xhtml); dotfiles, dot-folders and other
files (LICENSE, .pdf, ...) are skipped and counted. Files named directly are
always processed.`;

export interface ArticleFiles {
  /** In command-line order, each folder's files in name order. */
  files: string[];
  /** Files inside folders that the rule left out. */
  skipped: string[];
  /** Paths named on the command line that do not exist (also in `files`, in place, with keepMissing). */
  missing: string[];
}

/** True for a name a folder walk takes. */
export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

export async function collectArticleFiles(paths: string[], options: { keepMissing?: boolean } = {}): Promise<ArticleFiles> {
  const result: ArticleFiles = { files: [], skipped: [], missing: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) {
      result.missing.push(path);
      if (options.keepMissing) result.files.push(path);
    }
    else if (info.isDirectory()) await walk(path, result);
    else result.files.push(path);
  }
  return result;
}

async function walk(dir: string, result: ArticleFiles): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) result.skipped.push(path);
      else await walk(path, result);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (isArticleFileName(entry.name)) result.files.push(path);
      else result.skipped.push(path);
    }
  }
}

/** "skipped 2 file(s) in folders (dotfiles or not .txt/.md/.html/.json): LICENSE, .DS_Store" */
export function describeSkipped(skipped: string[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const names = skipped.slice(0, 5).map((path) => path.split(/[\\/]/).pop()).join(', ');
  return `skipped ${skipped.length} file(s) in folders (dotfiles or not .txt/.md/.html/.json): ${names}${skipped.length > 5 ? ', …' : ''}`;
}
