import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze as analyzeBytes } from '../../lambdas/core/analyze';
import { runJob, type Entity, type Figure, type Place, type Quote } from '../../lambdas/core/enrich';
import { entityLookupKeys } from '../../lambdas/core/enrich/entity-key';
import { isArticleError, type TopicMatch } from '../../lambdas/core/types';
import { CliError, type Command } from '../command';

const help = `Usage: newsdrop analyze [--json] FILE...

Show what a file will produce before uploading it: decode, parse, classify and
enrich it with the same core the pipeline runs. Offline: no AWS, no network.

Output (--json): one JSON object per file per line,
  {"file","title","publishedAt","dateline","language","body",
   "topics":[{"id","score","evidence"}],
   "entities":[{"type","name","key","lookupKeys","country","role","mentions"}],
   "figures":[...],"quotes":[{"text","speaker"}],"places":[...]}
or {"file","error":{"code","message"}} for a file that cannot become an article.
Without --json a short summary per file is printed.

Options:
  --json        one JSON line per file (the record as the pipeline stores it)
  --max-bytes N refuse files larger than N bytes (default 5 MB)
  -h, --help    show this help

Every file is processed even when one fails; the exit code is 1 if any failed.

Example:
  newsdrop analyze --json drop/visit.html drop/briefing.txt
`;

export interface AnalyzedFile {
  file: string;
  title?: string;
  publishedAt?: string;
  dateline?: string;
  language?: string;
  body?: string;
  topics?: TopicMatch[];
  entities?: (Entity & { lookupKeys: string[] })[];
  figures?: Figure[];
  quotes?: Quote[];
  places?: Place[];
  error?: { code: string; message: string; field?: string };
}

/** One file through the whole core: the record fields the pipeline would store for it. */
export async function analyzeFile(file: string, maxBytes?: number): Promise<AnalyzedFile> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { file, error: { code: 'READ_FAILED', message: 'is a directory' } };
    bytes = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { file, error: { code: 'READ_FAILED', message: reason } };
  }
  try {
    const { article, topics } = analyzeBytes(bytes, { fileName: basename(file), maxBytes });
    const input = { articleId: basename(file), article, topics };
    const result: AnalyzedFile = { file, title: article.title };
    if (article.publishedAt !== undefined) result.publishedAt = article.publishedAt;
    if (article.dateline !== undefined) result.dateline = article.dateline;
    result.language = article.language;
    result.body = article.body;
    result.topics = topics;
    result.entities = runJob('entities', input).entities.map((e) => ({ ...e, lookupKeys: entityLookupKeys(e) }));
    result.figures = runJob('figures', input).figures;
    result.quotes = runJob('quotes', input).quotes;
    result.places = runJob('places', input).places;
    return result;
  } catch (err) {
    if (isArticleError(err)) return { file, error: err.toJSON() };
    throw err;
  }
}

function summary(r: AnalyzedFile): string {
  if (r.error) return `${r.file}: FAILED ${r.error.code}: ${r.error.message}\n`;
  const names = (type: string) =>
    (r.entities ?? []).filter((e) => e.type === type).map((e) => e.name).join(', ') || '-';
  const lines = [
    `${r.file}: ${r.title ?? ''} [${r.language}${r.publishedAt ? `, ${r.publishedAt}` : ''}]`,
    `  topics:        ${(r.topics ?? []).map((t) => t.id).join(', ') || '-'}`,
    `  people:        ${names('person')}`,
    `  organizations: ${names('organization')}`,
    `  countries:     ${names('country')}`,
    `  places:        ${(r.places ?? []).filter((p) => p.type !== 'country').map((p) => p.name).join(', ') || '-'}`,
    `  figures:       ${(r.figures ?? []).filter((f) => f.kind !== 'year').map((f) => f.text).join('; ') || '-'}`,
    `  quotes:        ${(r.quotes ?? []).length} (${(r.quotes ?? []).filter((q) => q.speaker).length} attributed)`,
  ];
  return lines.join('\n') + '\n';
}

const command: Command = {
  name: 'analyze',
  summary: 'Show the record a local file would produce (parse, classify, enrich; no AWS).',
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
      throw new CliError(`${(err as Error).message} (see newsdrop analyze --help)`, 2);
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new CliError('no files given (see newsdrop analyze --help)', 2);
    const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new CliError(`--max-bytes must be a positive whole number, got "${values['max-bytes']}"`, 2);
    }
    let failed = 0;
    for (const [index, file] of positionals.entries()) {
      const result = await analyzeFile(file, maxBytes);
      if (result.error) failed += 1;
      process.stdout.write(values.json ? JSON.stringify(result) + '\n' : summary(result));
      if (process.stderr.isTTY && positionals.length > 20) process.stderr.write(`\r${index + 1}/${positionals.length}`);
    }
    if (process.stderr.isTTY && positionals.length > 20) process.stderr.write('\n');
    if (failed > 0) {
      process.stderr.write(`newsdrop: ${failed} of ${positionals.length} file(s) failed\n`);
      return 1;
    }
    return 0;
  },
};

export default command;
