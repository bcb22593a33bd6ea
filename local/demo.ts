/**
 * `npm start`: the pipeline end to end on this machine. Starts the local
 * stack, uploads the sample articles (test/fixtures/articles: plain text,
 * Markdown, an HTML page with menus and sidebar, JSON, Russian in
 * windows-1251, Korean in UTF-16, Uzbek, and broken files), waits for every
 * record and prints them. `--keep` leaves the stack running afterwards.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectArticleFiles, describeSkipped, folderRuleHelp } from '../cli/article-files';
import { formatDay, outputWidth, renderTable, truncate } from '../cli/format';
import { createProgress } from '../cli/progress';
import { devStateFor, readDevState, removeDevState, writeDevState } from './dev-state';
import { startLocalStack } from './stack';
import { mapLimit, objectKeyFor, uploadFile } from './uploads';
import { createReadClient, fullRecord, type FullRecord } from '../client';
import { waitForArticles, type FinalRecord } from './wait-for-records';

const help = `Usage: npm start [-- --keep] [-- --full] [-- --dir DIR]

Starts the local stack (emulators + the real ingest and enrich handlers),
uploads the sample articles, waits until each is ENRICHED or FAILED and prints
a table and a short summary of one record.

Options:
  --full      print that record whole, as JSON (what \`newsdrop ingest --json\` gives)
  --keep      keep the stack running afterwards and print how to connect
  --dir DIR   upload the articles in DIR instead of the samples
  -h, --help  show this help

${folderRuleHelp}
`;
const here = dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = join(here, '..', 'test', 'fixtures', 'articles');

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(help);
    return 0;
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const keep = argv.includes('--keep');
  const full = argv.includes('--full');
  const known = new Set(['--keep', '--full', '--dir']);
  const unknown = argv.find((arg, i) => arg.startsWith('-') && !known.has(arg) && argv[i - 1] !== '--dir');
  if (unknown) throw new Error(`unknown option ${unknown} (npm start -- --help)`);
  const dirIndex = argv.indexOf('--dir');
  const dir = dirIndex >= 0 ? argv[dirIndex + 1] : SAMPLES_DIR;
  if (!dir) throw new Error('--dir needs a folder');
  const found = await collectArticleFiles([dir]);
  if (found.missing.length > 0) throw new Error(`no such folder: ${dir}`);
  const skipped = dir === SAMPLES_DIR ? undefined : describeSkipped(found.skipped);
  if (skipped) process.stdout.write(skipped + '\n');
  const files = found.files;

  const started = Date.now();
  const stack = await startLocalStack({ quiet: true });
  process.stdout.write(`local stack up at ${stack.endpoint} in ${Date.now() - started} ms (S3, SQS, SNS, DynamoDB; real handlers)\n`);

  const uploading = createProgress({ label: 'uploading', total: files.length, stream: process.stdout });
  let uploadedCount = 0;
  const uploads = await mapLimit(files, 8, async (file) => {
    const uploaded = await uploadFile(stack.clients.s3, stack.bucket, objectKeyFor(stack.incomingPrefix, 'samples', file), file);
    uploading.update(++uploadedCount);
    return uploaded;
  });
  uploading.finish();

  const processing = createProgress({ label: 'processing', total: uploads.length, stream: process.stdout });
  let finalCount = 0;
  const { final, pending } = await waitForArticles({
    dynamodb: stack.clients.dynamodb,
    table: stack.table,
    targets: uploads.map((u) => ({ bucket: stack.bucket, key: u.key, etag: u.etag })),
    timeoutMs: 25_000,
    onFinal: () => processing.update(++finalCount),
  });
  processing.finish();

  const rows = uploads.map((u) => ({ file: basename(u.file), record: final.get(u.key) }));
  process.stdout.write('\n' + table(rows) + '\n');
  const showcase = pickShowcase(rows.map((r) => r.record).filter((r): r is FinalRecord => r !== undefined));
  if (showcase) {
    const view = await createReadClient({ dynamodb: stack.clients.dynamodb, tableName: stack.table }).getArticle(showcase.articleId);
    const record: FullRecord = view ? fullRecord(view) : { ...showcase, enrichment: {} };
    process.stdout.write(
      full
        ? `\nOne full record (${basename(showcase.source.key)}):\n${JSON.stringify(record, null, 2)}\n`
        : `\nOne record, in short (${basename(showcase.source.key)}; \`npm start -- --full\` prints it whole):\n${summary(record)}`,
    );
  }
  const enriched = rows.filter((r) => r.record?.status === 'ENRICHED').length;
  const failed = rows.filter((r) => r.record?.status === 'FAILED').length;
  process.stdout.write(
    `\n${rows.length} files: ${enriched} enriched, ${failed} failed (as expected for the broken samples)` +
      `${pending.length ? `, ${pending.length} unfinished` : ''} — ${((Date.now() - started) / 1000).toFixed(1)} s in all\n`,
  );

  if (keep) {
    await stayUp(stack);
  } else {
    await stack.stop();
  }
  return pending.length === 0 ? 0 : 1;
}

function table(rows: { file: string; record?: FinalRecord }[]): string {
  return renderTable(
    [
      { header: 'FILE', value: (r: (typeof rows)[number]) => r.file },
      { header: 'STATUS', value: (r) => r.record?.status ?? 'UNFINISHED' },
      { header: 'LANG / ERROR', value: (r) => (r.record?.status === 'FAILED' ? r.record.error?.code : r.record?.language) },
      { header: 'TOPICS', value: (r) => (r.record?.topics ?? []).map((t) => t.id).join(', ') + (r.record?.duplicateOf ? ' (duplicate)' : '') },
    ],
    rows,
    { width: outputWidth() },
  );
}

/** A dozen lines a newcomer can read: what was found, how much, and where the rest is. */
function summary(record: FullRecord): string {
  const { enrichment } = record;
  const list = (items: string[] | undefined, max = 4) =>
    items === undefined || items.length === 0 ? '-' : items.slice(0, max).join(', ') + (items.length > max ? `, … (${items.length} in all)` : '');
  const fields: Array<[string, string | undefined]> = [
    ['article', record.articleId],
    ['status', record.status + (record.error ? ` ${record.error.code}: ${record.error.message}` : '')],
    ['title', record.title],
    ['language', record.language],
    ['date', formatDay(record.publishedAt ?? record.date)],
    ['topics', list(record.topics?.map((t) => `${t.id} ${t.score.toFixed(2)}`), 6)],
    ['entities', list(enrichment.entities?.map((e) => (e.role ? `${e.name} (${truncate(e.role, 30)})` : e.name)))],
    ['figures', list(enrichment.figures?.map((f) => f.text), 3)],
    ['quotes', list(enrichment.quotes?.map((q) => `"${truncate(q.text, 40)}" — ${q.speaker ?? 'speaker not named'}`), 2)],
    ['places', list(enrichment.places?.map((p) => `${p.name} (${p.country})`))],
    ['related', list(enrichment.related?.map((r) => truncate(r.title, 40)), 2)],
  ];
  return renderTable(
    [
      { header: 'FIELD', value: (f: (typeof fields)[number]) => f[0] },
      { header: 'VALUE', value: (f) => f[1] },
    ],
    fields.filter(([, value]) => value !== undefined),
    { width: outputWidth() },
  );
}

function pickShowcase(records: FinalRecord[]): FinalRecord | undefined {
  const enriched = records.filter((r) => r.status === 'ENRICHED');
  return enriched.sort((a, b) => (b.topics?.length ?? 0) - (a.topics?.length ?? 0))[0] ?? records[0];
}

async function stayUp(stack: Awaited<ReturnType<typeof startLocalStack>>): Promise<void> {
  const ownsState = readDevState() === undefined;
  if (ownsState) {
    writeDevState(devStateFor(stack));
  }
  process.stdout.write(`
The stack stays up (Ctrl-C stops it):
  export AWS_ENDPOINT_URL=${stack.endpoint} AWS_REGION=${stack.region} AWS_ACCESS_KEY_ID=${stack.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${stack.credentials.secretAccessKey}
  aws --endpoint-url ${stack.endpoint} s3 cp test/fixtures/articles/state-visit.txt s3://${stack.bucket}/${stack.incomingPrefix}wire/state-visit.txt
  bucket ${stack.bucket}, table ${stack.table}, topic ${stack.eventsTopicArn}
  ${ownsState ? 'newsdrop commands (ingest, query, status) find this stack by themselves' : 'another newsdrop dev is running: pass --endpoint to newsdrop commands'}
`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  if (ownsState) removeDevState();
  await stack.stop();
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
