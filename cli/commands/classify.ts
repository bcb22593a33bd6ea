import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyze } from '../../lambdas/core/analyze';
import { isArticleError, type TopicMatch } from '../../lambdas/core/types';
import { collectArticleFiles, describeSkipped, folderRuleHelp } from '../article-files';
import { CliError, type Command } from '../command';
import { outputWidth, renderTable } from '../format';
import { parseCommandLine } from '../ops/args';
import { createProgress } from '../progress';

const help = `Usage: newsdrop classify [--json] FILE|DIR...

Decode, parse and classify local article files (.txt, .md, .html, .json) with
the same core the pipeline runs. No AWS, no network.

Options:
  --json        one JSON object per file per line:
                {"file","title","language","topics":[{"id","score","evidence"}],...}
                or {"file","error":{"code","message"}} for a file that failed
  --max-bytes N refuse files larger than N bytes (default 5 MB)
  -h, --help    show this help

${folderRuleHelp}

Every file is processed even when one fails; the exit code is 1 if any failed.
The table fits the terminal: long titles and topic lists end in "…" (--json
has everything).

Example:
  newsdrop classify test/fixtures/articles
  newsdrop classify --json test/fixtures/articles/state-visit.txt
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

function renderResults(results: FileResult[]): string {
  return renderTable(
    [
      { header: 'FILE', value: (r: FileResult) => r.file, maxWidth: 40, cut: 'start' },
      { header: 'LANG', value: (r) => (r.error ? 'FAILED' : r.language) },
      { header: 'TITLE', value: (r) => (r.error ? r.error.code : r.title), maxWidth: 36 },
      {
        header: 'TOPICS',
        value: (r) => (r.error ? r.error.message : (r.topics ?? []).map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', ') || '(none)'),
      },
    ],
    results,
    { width: outputWidth() },
  );
}

const classify: Command = {
  name: 'classify',
  summary: 'Decode, parse and classify local files (no AWS).',
  help,
  async run(argv) {
    const { values, positionals } = parseCommandLine(
      'classify',
      argv,
      { json: { type: 'boolean', default: false }, 'max-bytes': { type: 'string' } },
      true,
    );
    if (positionals.length === 0) throw new CliError('no files given (see newsdrop classify --help)', 2);
    const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new CliError(`--max-bytes must be a positive whole number, got "${values['max-bytes']}"`, 2);
    }

    // Missing paths stay in the list: each is reported as READ_FAILED instead of aborting the run.
    const found = await collectArticleFiles(positionals, { keepMissing: true });
    const skipped = describeSkipped(found.skipped);
    if (skipped) process.stderr.write(`newsdrop: ${skipped}\n`);
    const files = found.files;
    if (files.length === 0) throw new CliError('no article files under the given paths (see newsdrop classify --help)', 2);
    const progress = !values.json && files.length > 20 ? createProgress({ label: 'classifying', total: files.length }) : undefined;
    const results: FileResult[] = [];
    for (const file of files) {
      const result = await classifyFile(file, maxBytes);
      results.push(result);
      if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
      progress?.update(results.length);
    }
    progress?.finish();
    if (!values.json) process.stdout.write(renderResults(results));
    const failed = results.filter((r) => r.error).length;
    if (failed > 0) {
      process.stderr.write(`newsdrop: ${failed} of ${results.length} file(s) failed\n`);
      return 1;
    }
    return 0;
  },
};

export default classify;
