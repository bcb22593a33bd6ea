import { basename, dirname, resolve } from 'node:path';
import { mapLimit, objectKeyFor, uploadFile, type UploadedObject } from '../../local/uploads';
import { createReadClient, fullRecord } from '../../client';
import { waitForArticles, type FinalRecord } from '../../local/wait-for-records';
import { collectArticleFiles, describeSkipped, folderRuleHelp } from '../article-files';
import { CliError, type Command } from '../command';
import { outputWidth, renderTable } from '../format';
import { parseCommandLine } from '../ops/args';
import { createProgress } from '../progress';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';

const help = `Usage: newsdrop ingest PATH... [--endpoint URL | --stack NAME] [--source NAME] [--json] [--timeout S]

Upload article files to the pipeline bucket under incoming/<source>/<file name>,
wait until each one's record is ENRICHED or FAILED, and print one line per file
(article id, status, language and topics, or the failure) and a summary.

Without --endpoint/--stack it uses the running \`newsdrop dev\`; when none runs
it starts a temporary local stack for this run only, whose records vanish when
ingest ends. To keep them, run \`newsdrop dev\` in another terminal first: then
\`newsdrop query\` and \`newsdrop failures\` can read them afterwards.

${folderRuleHelp}

Options:
  --source NAME   the <source> part of the key (default: each file's folder name)
  --json          one JSON line per file: its final record with the enrichment
                  results folded in ("enrichment": entities, figures, quotes,
                  places, related), plus "file" and "sourceKey"
  --timeout S     seconds to wait for the records (default 120)
  --concurrency N uploads at once (default 8)
${targetHelp}
  -h, --help      show this help

Exit code 1 when any file failed or did not finish in time.

Example:
  newsdrop ingest test/fixtures/articles/state-visit.txt
  newsdrop ingest --source wire ./articles "./Новости дня.txt"
`;

interface Outcome {
  upload: UploadedObject;
  record?: FinalRecord;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(
    'ingest',
    argv,
    {
      ...targetArgOptions,
      source: { type: 'string' },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      concurrency: { type: 'string', default: '8' },
    },
    true,
  );
  if (positionals.length === 0) throw new CliError('ingest needs at least one file or folder (see newsdrop ingest --help)', 2);
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new CliError(`--timeout must be a positive number of seconds, got "${values.timeout}"`, 2);
  const concurrency = Math.max(1, Math.floor(Number(values.concurrency)) || 8);

  const found = await collectArticleFiles(positionals);
  if (found.missing.length > 0) throw new CliError(`no such file or folder: ${found.missing[0]}`, 2);
  const skipped = describeSkipped(found.skipped);
  if (skipped) process.stderr.write(`newsdrop: ${skipped}\n`);
  const files = found.files;
  if (files.length === 0) throw new CliError('no article files under the given paths (see newsdrop ingest --help)', 2);

  const target = await resolveTarget({ ...values, allowTemporary: true });
  const note = (line: string) => process.stderr.write(line + '\n');
  try {
    if (target.kind === 'temporary') {
      note(`no running \`newsdrop dev\`: using a ${target.description} for this run; its records vanish when ingest ends`);
      note('  to keep them, run `newsdrop dev` in another terminal and ingest again');
    }
    const keyed = files.map((file) => ({
      file,
      key: objectKeyFor(target.incomingPrefix, values.source ?? basename(dirname(resolve(file))), file),
    }));
    const clash = firstClash(keyed);
    if (clash) throw new CliError(`two files map to the same key ${clash} (use --source or rename one)`, 2);

    const progress = createProgress({ label: 'uploading', total: files.length });
    let uploadedCount = 0;
    const uploads = await mapLimit(keyed, concurrency, async ({ file, key }) => {
      const uploaded = await uploadFile(target.clients.s3, target.bucket, key, file);
      progress.update(++uploadedCount);
      return uploaded;
    });
    progress.finish();

    const waiting = createProgress({ label: 'processing', total: uploads.length });
    let finalCount = 0;
    const result = await waitForArticles({
      dynamodb: target.clients.dynamodb,
      table: target.table,
      targets: uploads.map((u) => ({ bucket: target.bucket, key: u.key, etag: u.etag })),
      timeoutMs: timeoutSeconds * 1000,
      onFinal: () => waiting.update(++finalCount),
    });
    waiting.finish();

    const outcomes: Outcome[] = uploads.map((upload) => ({ upload, record: result.final.get(upload.key) }));
    if (values.json) {
      const reader = createReadClient({ dynamodb: target.clients.dynamodb, tableName: target.table });
      for (const { upload, record } of outcomes) {
        const view = record ? await reader.getArticle(record.articleId) : undefined;
        const line = view
          ? { file: upload.file, sourceKey: upload.key, ...fullRecord(view) }
          : { file: upload.file, sourceKey: upload.key, status: 'TIMEOUT' };
        process.stdout.write(JSON.stringify(line) + '\n');
      }
    }
    if (!values.json) process.stdout.write(perFile(outcomes));
    const summary = summarize(outcomes, target.description, timeoutSeconds);
    (values.json ? process.stderr : process.stdout).write((values.json ? '' : '\n') + summary.text);
    return summary.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`ingest against ${target.description} failed: ${(err as Error).message?.split('\n')[0] ?? String(err)}`);
  } finally {
    await target.close();
  }
}

function firstClash(keyed: { key: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { key } of keyed) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** One line per file: where it went, what became of it. */
function perFile(outcomes: Outcome[]): string {
  return renderTable(
    [
      { header: 'FILE', value: (o: Outcome) => o.upload.file, maxWidth: 40, cut: 'start' },
      { header: 'ARTICLE', value: (o) => o.record?.articleId ?? '-' },
      { header: 'STATUS', value: (o) => o.record?.status ?? 'TIMEOUT' },
      { header: 'LANG', value: (o) => o.record?.language },
      { header: 'TOPICS OR FAILURE', value: (o) => outcomeDetail(o.record) },
    ],
    outcomes,
    { width: outputWidth() },
  );
}

function outcomeDetail(record: FinalRecord | undefined): string {
  if (record === undefined) return 'no record yet';
  if (record.status === 'FAILED') return `${record.error?.code ?? 'FAILED'}: ${record.error?.message ?? ''}`;
  const topics = (record.topics ?? []).map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', ') || '(no topic)';
  return record.duplicateOf ? `duplicate of ${record.duplicateOf}; ${topics}` : topics;
}

function summarize(outcomes: Outcome[], where: string, timeoutSeconds: number): { text: string; ok: boolean } {
  const enriched = outcomes.filter((o) => o.record?.status === 'ENRICHED');
  const failed = outcomes.filter((o) => o.record?.status === 'FAILED');
  const duplicates = outcomes.filter((o) => o.record?.duplicateOf !== undefined);
  const timedOut = outcomes.filter((o) => o.record === undefined);
  const lines = [
    `ingested ${outcomes.length} file(s) into ${where}`,
    `  processed:  ${enriched.length}`,
    `  duplicates: ${duplicates.length}${duplicates.length ? ` (${duplicates.map((o) => basename(o.upload.file)).join(', ')})` : ''}`,
    `  failed:     ${failed.length}`,
    ...failed.map((o) => `    ${o.record!.error?.code ?? 'UNKNOWN'}  ${o.upload.file}${o.record!.error?.message ? ` — ${o.record!.error.message}` : ''}`),
  ];
  if (timedOut.length > 0) {
    lines.push(`  not finished after ${timeoutSeconds} s: ${timedOut.length}`);
    lines.push(...timedOut.map((o) => `    ${o.upload.file}`));
  }
  return { text: lines.join('\n') + '\n', ok: failed.length === 0 && timedOut.length === 0 };
}

const command: Command = {
  name: 'ingest',
  summary: 'Upload article files to the pipeline and wait for their records.',
  help,
  run,
};

export default command;
