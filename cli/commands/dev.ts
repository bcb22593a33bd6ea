import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { devStateFor, readDevState, removeDevState, writeDevState } from '../../local/dev-state';
import type { LocalStack } from '../../local/stack';
import { objectKeyFor, uploadFile } from '../../local/uploads';
import { waitForArticles } from '../../local/wait-for-records';
import { isArticleFileName } from '../article-files';
import { CliError, type Command } from '../command';
import { parseOptions } from '../ops/args';

/** LocalStack's and fauxqs's customary port; used when free, else any free port. */
const PREFERRED_PORT = 4566;

const help = `Usage: newsdrop dev [--port N] [--data DIR] [--watch DIR] [--verbose]

Run the whole pipeline locally and keep it running: S3, SQS, SNS and DynamoDB
emulators on ONE endpoint, the S3 → SQS notification bridge and the real
ingest and enrich handlers. Any AWS SDK or the AWS CLI can use the endpoint;
uploads under incoming/ are processed like on AWS. Other newsdrop commands
(ingest, query, status, ...) find it automatically. Ctrl-C stops it.

Options:
  --port N     port of the endpoint (default ${PREFERRED_PORT} if free, else a free port)
  --data DIR   keep records and uploaded objects in DIR; after a crash, unfinished uploads are queued again
  --watch DIR  upload every article file dropped into DIR to
               incoming/<DIR name>/<file name> (.txt, .md, .html, .json; dotfiles
               and other files are ignored, as in every folder walk)
  --verbose    show handler warnings and errors
  -h, --help   show this help

Example:
  newsdrop dev --watch ./dropbox
  aws --endpoint-url http://127.0.0.1:${PREFERRED_PORT} s3 cp test/fixtures/articles/state-visit.txt s3://newsdrop-articles/incoming/wire/state-visit.txt
`;

async function run(argv: string[]): Promise<number> {
  const values = parseOptions('dev', argv, {
    port: { type: 'string' },
    data: { type: 'string' },
    watch: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  });
  const running = readDevState();
  if (running) throw new CliError(`newsdrop dev is already running at ${running.endpoint} (pid ${running.pid})`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new CliError(`--port must be a port number, got "${values.port}"`, 2);
  }
  const watchDir = values.watch === undefined ? undefined : resolve(values.watch);
  if (watchDir !== undefined && !(await stat(watchDir).catch(() => undefined))?.isDirectory()) {
    throw new CliError(`--watch needs an existing folder: ${values.watch}`, 2);
  }

  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { startLocalStack } = await import('../../local/stack');
  const start = (p: number | undefined) =>
    startLocalStack({ port: p, dataDir: values.data === undefined ? undefined : resolve(values.data), quiet: !values.verbose });
  let stack: LocalStack;
  if (port !== undefined) {
    stack = await start(port).catch((err: NodeJS.ErrnoException) => {
      throw new CliError(err.code === 'EADDRINUSE' ? `port ${port} is in use` : String(err.message));
    });
  } else {
    stack = await start(PREFERRED_PORT).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') throw err;
      return start(0);
    });
  }

  writeDevState(devStateFor(stack));
  process.stdout.write(banner(stack, values.data, watchDir));

  const watcher = watchDir === undefined ? undefined : watchFolder(stack, watchDir);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('\nstopping…\n');
  await watcher?.close();
  removeDevState();
  await stack.stop();
  process.stdout.write('stopped\n');
  return 0;
}

function banner(stack: LocalStack, dataDir: string | undefined, watchDir: string | undefined): string {
  const e = stack.endpoint;
  return `newsdrop dev is running (pid ${process.pid})

  endpoint      ${e}   (S3, SQS, SNS and DynamoDB)
  region        ${stack.region}
  credentials   ${stack.credentials.accessKeyId} / ${stack.credentials.secretAccessKey}   (any are accepted)
  bucket        ${stack.bucket}   uploads under ${stack.incomingPrefix} are processed
  table         ${stack.table}${dataDir ? `   (persisted in ${resolve(dataDir)})` : '   (in memory)'}
  ingest queue  ${stack.queues.ingest}
  ingest DLQ    ${stack.queues.ingestDlq}
  enrich queue  ${stack.queues.enrich}
  enrich DLQ    ${stack.queues.enrichDlq}
  events topic  ${stack.eventsTopicArn}
  events queue  ${stack.queues.events}   (subscribed to the topic)
${watchDir ? `  watching      ${watchDir} → ${stack.incomingPrefix}${basename(watchDir)}/\n` : ''}
Use it from a shell, the AWS CLI or any AWS SDK:
  export AWS_ENDPOINT_URL=${e} AWS_REGION=${stack.region} AWS_ACCESS_KEY_ID=${stack.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${stack.credentials.secretAccessKey}
  aws --endpoint-url ${e} s3 cp "my story.txt" "s3://${stack.bucket}/${stack.incomingPrefix}wire/my story.txt"
  aws --endpoint-url ${e} dynamodb get-item --table-name ${stack.table} --key '{"PK":{"S":"ARTICLE#<id>"},"SK":{"S":"ARTICLE"}}'
  npm run -s newsdrop -- ingest ./articles      (finds this stack by itself)

Ctrl-C stops it.
`;
}

/** Uploads files dropped into the folder once they stop changing, then reports their final status. */
function watchFolder(stack: LocalStack, dir: string): { close(): Promise<void> } {
  const source = basename(dir);
  const timers = new Map<string, NodeJS.Timeout>();
  // Reports still reading records must end before the stack closes the table under them.
  const inFlight = new Set<Promise<void>>();
  const closing = new AbortController();
  const settle = async (name: string) => {
    timers.delete(name);
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile() || !isArticleFileName(name)) return;
    try {
      const key = objectKeyFor(stack.incomingPrefix, source, name);
      const uploaded = await uploadFile(stack.clients.s3, stack.bucket, key, path);
      process.stdout.write(`uploaded ${name} → s3://${stack.bucket}/${key}\n`);
      const { final } = await waitForArticles({
        dynamodb: stack.clients.dynamodb,
        table: stack.table,
        targets: [{ bucket: stack.bucket, key, etag: uploaded.etag }],
        timeoutMs: 120_000,
        signal: closing.signal,
      });
      if (closing.signal.aborted) return;
      const record = final.get(key);
      const detail = record?.status === 'FAILED' ? ` ${record.error?.code ?? ''}` : record ? ` ${record.language ?? ''} ${(record.topics ?? []).map((t) => t.id).join(',')}` : '';
      process.stdout.write(`${name}: ${record?.status ?? 'not finished after 120 s'}${detail}\n`);
    } catch (err) {
      process.stderr.write(`could not upload ${name}: ${(err as Error).message}\n`);
    }
  };
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (!name || closing.signal.aborted) return;
    const file = name.toString();
    clearTimeout(timers.get(file));
    // Editors and copies write in several steps: upload once the file has been quiet for a moment.
    timers.set(
      file,
      setTimeout(() => {
        const report = settle(file).finally(() => inFlight.delete(report));
        inFlight.add(report);
      }, 300),
    );
  });
  return {
    async close() {
      closing.abort();
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all(inFlight);
    },
  };
}

const command: Command = {
  name: 'dev',
  summary: 'Run the whole pipeline locally (emulators + real handlers) and keep it running.',
  help,
  run,
};

export default command;
