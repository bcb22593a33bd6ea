import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../lambdas/core/analyze';
import { isArticleError, type TopicMatch } from '../../lambdas/core/types';
import { CliError, type Command } from '../command';

const help = `Usage: newsdrop classify [--json] FILE|DIR...

Decode, parse and classify local article files (.txt, .md, .html, .json) with
the same core the pipeline runs. No AWS, no network.

Options:
  --json        one JSON object per file per line:
                {"file","title","language","topics":[{"id","score","evidence"}],...}
                or {"file","error":{"code","message"}} for a file that failed
  --max-bytes N refuse files larger than N bytes (default 5 MB)
  -h, --help    show this help

Every file is processed even when one fails; the exit code is 1 if any failed.

Example:
  newsdrop classify --json articles/*.txt
`;

interface FileResult {
  file: string;
  title?: string;
  language?: string;
  publishedAt?: string;
  wordCount?: number;
  encoding?: string;
  topics?: TopicMatch[];
  error?: { code: string; message: string; field?: string };
}

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      files.push(...(await expand(entries.map((e) => join(path, e.name)))));
    } else {
      // Missing files are reported per file, not by aborting the whole run.
      files.push(path);
    }
  }
  return files;
}

async function classifyFile(file: string, maxBytes: number | undefined): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { file, error: { code: 'READ_FAILED', message: reason } };
  }
  try {
    const { article, topics, encoding } = analyze(bytes, { fileName: basename(file), maxBytes });
    return {
      file,
      title: article.title,
      language: article.language,
      publishedAt: article.publishedAt,
      wordCount: article.wordCount,
      encoding,
      topics,
    };
  } catch (err) {
    if (isArticleError(err)) return { file, error: err.toJSON() };
    throw err;
  }
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + '…';
}

function printTable(results: FileResult[]): void {
  const fileWidth = Math.min(40, Math.max(4, ...results.map((r) => r.file.length)));
  process.stdout.write(`${'FILE'.padEnd(fileWidth)}  LANG   TITLE                           TOPICS\n`);
  for (const r of results) {
    const file = truncate(r.file, fileWidth).padEnd(fileWidth);
    if (r.error) {
      process.stdout.write(`${file}  FAILED ${r.error.code}: ${r.error.message}\n`);
      continue;
    }
    const topics = (r.topics ?? []).map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', ') || '(none)';
    process.stdout.write(`${file}  ${(r.language ?? '').padEnd(6)} ${truncate(r.title ?? '', 31).padEnd(31)} ${topics}\n`);
  }
}

const classify: Command = {
  name: 'classify',
  summary: 'Decode, parse and classify local files (no AWS).',
  help,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, 'max-bytes': { type: 'string' } },
      });
    } catch (err) {
      throw new CliError(`${(err as Error).message} (see newsdrop classify --help)`, 2);
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new CliError('no files given (see newsdrop classify --help)', 2);
    const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new CliError(`--max-bytes must be a positive whole number, got "${values['max-bytes']}"`, 2);
    }

    const files = await expand(positionals);
    const results: FileResult[] = [];
    for (const [index, file] of files.entries()) {
      const result = await classifyFile(file, maxBytes);
      results.push(result);
      if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
      else if (process.stderr.isTTY && files.length > 20) process.stderr.write(`\r${index + 1}/${files.length}`);
    }
    if (!values.json) {
      if (process.stderr.isTTY && files.length > 20) process.stderr.write('\n');
      printTable(results);
    }
    const failed = results.filter((r) => r.error).length;
    if (failed > 0) {
      process.stderr.write(`newsdrop: ${failed} of ${results.length} file(s) failed\n`);
      return 1;
    }
    return 0;
  },
};

export default classify;
