/**
 * `npm start`: the pipeline end to end on this machine. Starts the local
 * stack, uploads the sample articles (test/fixtures/articles: plain text,
 * Markdown, an HTML page with menus and sidebar, JSON, Russian in
 * windows-1251, Korean in UTF-16, Uzbek, and broken files), waits for every
 * record and prints them. `--keep` leaves the stack running afterwards.
 */
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { createProgress } from '../cli/progress';
import { devStateFor, readDevState, removeDevState, writeDevState } from './dev-state';
import { startLocalStack } from './stack';
import { mapLimit, objectKeyFor, uploadFile } from './uploads';
import { createReadClient, fullRecord } from '../client';
import { waitForArticles, type FinalRecord } from './wait-for-records';

const help = `Usage: npm start [-- --keep] [-- --dir DIR]

Starts the local stack (emulators + the real ingest and enrich handlers),
uploads the sample articles, waits until each is ENRICHED or FAILED and prints
a table and one full record.

Options:
  --keep      keep the stack running afterwards and print how to connect
  --dir DIR   upload the articles in DIR instead of the samples
  --help      show this help
`;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.json']);
const here = dirname(fileURLToPath(import.meta.url));
const SAMPLES_DIR = join(here, '..', 'test', 'fixtures', 'articles');

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(help);
    return 0;
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const keep = argv.includes('--keep');
  const dirIndex = argv.indexOf('--dir');
  const dir = dirIndex >= 0 ? argv[dirIndex + 1] : SAMPLES_DIR;
  if (!dir) throw new Error('--dir needs a folder');
  const files = readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(dir, name));

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
    const record = view ? fullRecord(view) : showcase;
    process.stdout.write(`\nOne full record (${basename(showcase.source.key)}):\n${JSON.stringify(record, null, 2)}\n`);
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
  const cells = rows.map(({ file, record }) => [
    file,
    record?.status ?? 'UNFINISHED',
    record?.status === 'FAILED' ? `${record.error?.code ?? ''}` : (record?.language ?? ''),
    (record?.topics ?? []).map((t) => t.id).join(', ') + (record?.duplicateOf ? ' (duplicate)' : ''),
  ]);
  const header = ['file', 'status', 'language / error', 'topics'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
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
  aws --endpoint-url ${stack.endpoint} s3 cp story.txt s3://${stack.bucket}/${stack.incomingPrefix}wire/story.txt
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
