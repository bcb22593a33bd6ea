/**
 * Bundles each handler exactly as the stack does (lib/bundling.ts) and, in the same run, the same
 * handler WITHOUT the cold-start levers (the baseline) and with each lever alone. Reports, under
 * Node 24 (the Lambda runtime's version), size, module init and the first invocation side by side.
 *
 *   npm run measure:bundles -- [--runs 21] [--node PATH] [--write] [ingest|enrich ...]
 *
 * Each run is a fresh `node` process that loads the bundle the way the Lambda runtime does
 * (`require` for CommonJS, `import` for ES modules; the variant's NODE_OPTIONS, its source map
 * beside it) and then handles one SQS message against the local emulators (a new article for
 * ingest, the enrichment job ingest queued for enrich; what only their plain-HTTP endpoints cost is
 * left out). Reported: CPU time (user + system) of the module init and of that first invocation,
 * medians over --runs processes. CPU time, not wall time: the build
 * machine is shared, and both are CPU-bound. The first invocation shows whether a lever only moved
 * work from init into the first message. Runs of a handler's bundles rotate, so load on the machine
 * hits them alike.
 * `--write` records the result in docs/bundles.md, the one place README, docs/deploy.md and
 * lib/bundling.ts take their figures from. Node 24 comes from scripts/node24.sh (`node@24`
 * from the npm registry, cached) unless --node names a binary.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { build, type BuildOptions } from 'esbuild';
import { pipelineConfig } from '../lambdas/config';
import {
  baselineEsbuildOptionsFor,
  baselineNodeOptions,
  bundleLevers,
  esbuildOptionsFor,
  handlerEntry,
  handlerNames,
  handlerNodeOptions,
  type HandlerName,
} from '../lib/bundling';
import { createClients, destroyClients, localCredentials, type AwsClients } from '../local/clients';
import { startEmulators, type Emulators } from '../local/emulators';
import { provision, type ProvisionedResources } from '../local/provision';
import { localSettings } from '../local/settings';

/** Deployed init ÷ baseline init, at most (issue 14). */
const goals: Record<HandlerName, number> = { ingest: 0.6, enrich: 0.75 };
const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const bundleDir = join(repoRoot, '.newsdrop', 'bundles');
const reportPath = join(repoRoot, 'docs', 'bundles.md');
/** The article every ingest run receives (a fresh key each time, so none is a redelivery). */
const sampleArticle = join(repoRoot, 'test', 'fixtures', 'articles', 'news-page.html');
const run = promisify(execFile);

interface Variant {
  name: string;
  label: string;
  file: string;
  format: 'esm' | 'cjs';
  kb: number;
  /** NODE_OPTIONS of the function. */
  nodeOptions: readonly string[];
}

interface Figure {
  kb: number;
  initMs: number;
  firstMs: number;
}

interface Row {
  handler: HandlerName;
  /** baseline, one per lever alone, deployed; in that order. */
  variants: (Figure & { name: string; label: string })[];
  baseline: Figure;
  deployed: Figure;
  ratio: number;
  goal: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function bundle(name: string, label: string, options: BuildOptions, nodeOptions: readonly string[]): Promise<Variant> {
  await build({ ...options, logLevel: 'error' });
  const file = options.outfile!;
  return { name, label, file, format: options.format === 'esm' ? 'esm' : 'cjs', kb: statSync(file).size / 1024, nodeOptions };
}

/**
 * The baseline, each lever alone on top of it, the deployed bundle (every lever) and, to compare
 * like with like, the deployed bundle run with the baseline's Node options. The deployed one last.
 */
async function variantsOf(handler: HandlerName): Promise<Variant[]> {
  const entry = handlerEntry(handler);
  // .cjs / .mjs: the repository's package.json says "type": "module", which would make a .js file ESM here.
  const out = (name: string, options: BuildOptions) => join(bundleDir, `${handler}.${name}.${options.format === 'esm' ? 'mjs' : 'cjs'}`);
  const baseline = baselineEsbuildOptionsFor(entry, '');
  const variants = [await bundle('baseline', 'baseline', { ...baseline, outfile: out('baseline', baseline) }, baselineNodeOptions)];
  for (const lever of bundleLevers) {
    const options = lever.apply(baseline);
    variants.push(await bundle(lever.name, lever.label, { ...options, outfile: out(lever.name, options) }, lever.nodeOptions?.(baselineNodeOptions) ?? baselineNodeOptions));
  }
  const deployed = esbuildOptionsFor(entry, '');
  const deployedFile = out('deployed', deployed);
  variants.push(await bundle('deployed-node-source-maps', `deployed, run with ${baselineNodeOptions.join(' ')}`, { ...deployed, outfile: deployedFile }, baselineNodeOptions));
  variants.push(await bundle('deployed', 'deployed', { ...deployed, outfile: deployedFile }, handlerNodeOptions));
  return variants;
}

/** The emulators, their resources, and the environment a deployed handler would see, pointed at them. */
interface Target {
  emulators: Emulators;
  clients: AwsClients;
  resources: ProvisionedResources;
  incomingPrefix: string;
  environment: NodeJS.ProcessEnv;
  /** Enrichment jobs queued by the ingest runs, each to be consumed by one enrich run. */
  jobs: string[];
  articlesUploaded: number;
}

async function startTarget(): Promise<Target> {
  const settings = localSettings();
  const emulators = await startEmulators({ region: settings.region });
  const clients = createClients({ region: settings.region, endpoint: emulators.endpoint, credentials: localCredentials });
  const resources = await provision(clients, settings);
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_REGION: settings.region,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_SESSION_TOKEN: 'measure',
    AWS_LAMBDA_FUNCTION_NAME: 'measure',
    // Every client of the bundle talks to the emulators (an IP address: S3 is addressed by path).
    AWS_ENDPOINT_URL: emulators.endpoint,
    [pipelineConfig.env.bucket]: resources.bucket,
    [pipelineConfig.env.table]: resources.table,
    [pipelineConfig.env.enrichQueueUrl]: resources.enrich.url,
    [pipelineConfig.env.eventsTopicArn]: resources.eventsTopicArn,
    [pipelineConfig.env.maxObjectBytes]: String(pipelineConfig.bucket.maxObjectBytes),
  };
  return { emulators, clients, resources, incomingPrefix: settings.incomingPrefix, environment, jobs: [], articlesUploaded: 0 };
}

async function stopTarget(target: Target): Promise<void> {
  destroyClients(target.clients);
  await target.emulators.stop();
}

function sqsEvent(body: string, queueArn: string): unknown {
  const now = String(Date.now());
  return {
    Records: [
      {
        messageId: `measure-${now}`,
        receiptHandle: 'measure',
        body,
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: now, SenderId: 'measure', ApproximateFirstReceiveTimestamp: now },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: queueArn,
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** Uploads the sample article under a new key and returns the S3 notification ingest would receive. */
async function newArticleEvent(target: Target): Promise<unknown> {
  const key = `${target.incomingPrefix}measure/${process.pid}-${++target.articlesUploaded}.html`;
  const body = readFileSync(sampleArticle);
  await target.clients.s3.send(new PutObjectCommand({ Bucket: target.resources.bucket, Key: key, Body: body, ContentType: 'text/html' }));
  const notification = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: target.resources.bucket, arn: `arn:aws:s3:::${target.resources.bucket}` }, object: { key, size: body.length, sequencer: '0055AED6DCD90281E5' } },
      },
    ],
  };
  return sqsEvent(JSON.stringify(notification), target.resources.ingest.arn);
}

/** Moves the enrichment jobs queued so far from the emulated queue into target.jobs. */
async function collectJobs(target: Target): Promise<void> {
  for (;;) {
    const { Messages = [] } = await target.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: target.resources.enrich.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    if (Messages.length === 0) return;
    target.jobs.push(...Messages.map((message) => message.Body!));
    await target.clients.sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: target.resources.enrich.url, Entries: Messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })) }),
    );
  }
}

const resultMark = 'measure-bundles:';

/** Loads the bundle in a fresh process and hands it one event: CPU ms of the init and of that first invocation. */
async function initAndFirstInvocation(node: string, target: Target, variant: Variant, event: unknown): Promise<{ initMs: number; firstMs: number }> {
  const href = JSON.stringify(pathToFileURL(variant.file).href);
  const load =
    variant.format === 'cjs'
      ? `const m = (await import('node:module')).createRequire(${href})(${JSON.stringify(variant.file)});`
      : `const m = await import(${href});`;
  const context = `{ functionName: 'measure', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:measure', memoryLimitInMB: '1024', awsRequestId: 'measure', logGroupName: 'measure', logStreamName: 'measure', callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => 60000 }`;
  // fauxqs names its queues by an sqs.<region>.localhost host, which the SDK uses as the endpoint:
  // send *.localhost to the emulators (set up before the clock starts).
  const localhost =
    `import dns from 'node:dns'; const lookup = dns.lookup;` +
    `dns.lookup = (host, ...rest) => lookup(host.endsWith('.localhost') ? '127.0.0.1' : host, ...rest);`;
  const script =
    `${localhost} const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };` +
    `const c0 = cpu(); ${load} const c1 = cpu();` +
    `if (typeof m.handler !== 'function') throw new Error('no handler export');` +
    // The emulators speak plain HTTP, for which the SDK's HTTP handler imports node:http on its
    // first request (Node then builds the module's ES facade and loads undici: ~15 ms); against
    // AWS's HTTPS endpoints that never happens. Done here, off the clock, for every variant.
    `await import('node:http'); const c1b = cpu();` +
    `const out = await m.handler(JSON.parse(process.env.MEASURE_EVENT), ${context});` +
    `const c2 = cpu();` +
    `if (out?.batchItemFailures?.length) throw new Error('the invocation failed: ' + JSON.stringify(out));` +
    `console.log('${resultMark}' + JSON.stringify({ initMs: c1 - c0, firstMs: c2 - c1b }));`;
  const env = { ...target.environment, NODE_OPTIONS: variant.nodeOptions.join(' '), MEASURE_EVENT: JSON.stringify(event) };
  const { stdout } = await run(node, ['--input-type=module', '-e', script], { env, encoding: 'utf8', cwd: bundleDir, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stderr?: string; stdout?: string }) => {
      throw new Error(`measuring ${variant.file} failed:\n${error.stderr ?? ''}${(error.stdout ?? '').slice(-2000)}`);
    },
  );
  const line = stdout.split('\n').find((text) => text.startsWith(resultMark));
  if (line === undefined) throw new Error(`measuring ${variant.file}: no result in its output`);
  return JSON.parse(line.slice(resultMark.length)) as { initMs: number; firstMs: number };
}

async function eventFor(handler: HandlerName, node: string, target: Target, producer: Variant | undefined): Promise<unknown> {
  if (handler === 'ingest') return newArticleEvent(target);
  if (target.jobs.length === 0) {
    // No ingest measured in this run (or its jobs are used up): let the deployed ingest bundle queue one.
    if (producer === undefined) throw new Error('no ingest bundle to queue enrichment jobs with');
    await initAndFirstInvocation(node, target, producer, await newArticleEvent(target));
    await collectJobs(target);
    if (target.jobs.length === 0) throw new Error('ingest queued no enrichment job for the sample article');
  }
  return sqsEvent(target.jobs.shift()!, target.resources.enrich.arn);
}

async function measure(node: string, target: Target, handler: HandlerName, runs: number, producer: Variant | undefined): Promise<Row> {
  const variants = await variantsOf(handler);
  const times = variants.map(() => ({ init: [] as number[], first: [] as number[] }));
  // One unrecorded run each: the file cache holds every bundle before the first recorded run.
  for (const variant of variants) await initAndFirstInvocation(node, target, variant, await eventFor(handler, node, target, producer));
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (i + k) % variants.length;
      const result = await initAndFirstInvocation(node, target, variants[index]!, await eventFor(handler, node, target, producer));
      times[index]!.init.push(result.initMs);
      times[index]!.first.push(result.firstMs);
    }
    process.stderr.write(`\r${handler}: ${i + 1}/${runs} rounds`);
    if (handler === 'ingest') await collectJobs(target);
  }
  process.stderr.write('\n');
  const figures = variants.map((variant, index) => ({
    name: variant.name,
    label: variant.label,
    kb: variant.kb,
    initMs: median(times[index]!.init),
    firstMs: median(times[index]!.first),
  }));
  const baseline = figures[0]!;
  const deployed = figures.at(-1)!;
  return { handler, variants: figures, baseline, deployed, ratio: deployed.initMs / baseline.initMs, goal: goals[handler] };
}

function node24(explicit: string | undefined): string {
  if (explicit) return explicit;
  return execFileSync(join(repoRoot, 'scripts', 'node24.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (value: number) => `${value.toFixed(0)} KB`;
const times = (value: number) => `×${value.toFixed(2)}`;

function verdict(row: Row): string {
  return row.ratio <= row.goal ? `within goal (≤ ${row.goal}×)` : `OVER goal (≤ ${row.goal}×)`;
}

function consoleTable(row: Row): string {
  const lines = row.variants.map(
    (v) =>
      `  ${v.name.padEnd(27)} ${kb(v.kb).padStart(7)}  init ${ms(v.initMs).padStart(6)} ${times(v.initMs / row.baseline.initMs)}` +
      `  first invocation ${ms(v.firstMs).padStart(6)}  init + first ${ms(v.initMs + v.firstMs).padStart(6)} ${times((v.initMs + v.firstMs) / (row.baseline.initMs + row.baseline.firstMs))}`,
  );
  return `${row.handler}: deployed init ${times(row.ratio)} of baseline, ${verdict(row)}\n${lines.join('\n')}`;
}

function markdown(rows: Row[], nodeVersion: string, runs: number): string {
  const date = new Date().toISOString().slice(0, 10);
  const levers = bundleLevers.map((lever) => lever.name);
  const figure = (row: Row, name: string) => row.variants.find((v) => v.name === name)!;
  const likeForLike = (row: Row) => figure(row, 'deployed-node-source-maps');
  const relative = (v: Figure, row: Row) =>
    `${kb(v.kb)}; ${ms(v.initMs)} ${times(v.initMs / row.baseline.initMs)}; ${ms(v.firstMs)} ${times(v.firstMs / row.baseline.firstMs)}`;
  return `# Lambda bundles: size, cold-start module init and first invocation

Written by \`npm run measure:bundles -- --write\` (scripts/measure-bundles.ts); do not edit by hand.
README.md, docs/deploy.md and lib/bundling.ts point here instead of quoting their own figures.

Measured ${date} under Node ${nodeVersion} (the Lambda runtime's major version) on the shared
2-core build machine. Each run is a fresh process that loads the bundle as the Lambda runtime
does, with the function's NODE_OPTIONS and the source map beside the bundle, then handles one SQS
message against the local emulators: a new article (test/fixtures/articles/news-page.html) for
ingest, the enrichment job ingest queued for it for enrich. The emulators speak plain HTTP: the
\`node:http\` module the SDK loads for that alone (AWS's endpoints are HTTPS) is loaded before the
first invocation's clock starts, in every variant; TLS is not measured. Figures are CPU time, median of
${runs} runs each; the runs of a handler's ${rows[0]!.variants.length} variants rotate in the same run.

- **deployed**: \`lib/bundling.ts\` as the stack builds and runs it (every lever below).
- **baseline**: the same handler, options and source map without the levers: ES module output, the
  SDK's full default credential chain, the classifier's tables built at import, the dependencies
  as published, \`NODE_OPTIONS=${baselineNodeOptions.join(' ')}\`.

| handler | baseline size | deployed size | baseline init | deployed init | deployed ÷ baseline | goal | first invocation, baseline → deployed | init + first invocation |
|---|---:|---:|---:|---:|---:|---|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.handler} | ${kb(r.baseline.kb)} | ${kb(r.deployed.kb)} | ${ms(r.baseline.initMs)} | **${ms(r.deployed.initMs)}** | **${times(r.ratio)}** | ` +
      `≤ ${r.goal}×: ${r.ratio <= r.goal ? 'met' : 'not met'} | ${ms(r.baseline.firstMs)} → ${ms(r.deployed.firstMs)} | ` +
      `${ms(r.baseline.initMs + r.baseline.firstMs)} → ${ms(r.deployed.initMs + r.deployed.firstMs)} |`,
  )
  .join('\n')}

Like for like, the deployed bundle run with the baseline's \`${baselineNodeOptions.join(' ')}\` (every
lever but the last): ${rows
    .map((r) => `${r.handler} init ${ms(likeForLike(r).initMs)}, ${times(likeForLike(r).initMs / r.baseline.initMs)} of the baseline's`)
    .join('; ')}.

Each lever alone on top of the baseline (size; init and first invocation, each with its ratio to
the baseline's, same run):

| lever | ${rows.map((r) => r.handler).join(' | ')} |
|---|${rows.map(() => '---:').join('|')}|
${levers
  .map((name) => `| ${figure(rows[0]!, name).label} | ${rows.map((r) => relative(figure(r, name), r)).join(' | ')} |`)
  .join('\n')}

The first-invocation column shows whether a lever removed work or moved it into the first
message; init + first invocation is what the first message of a cold start waits for. The
prebuilt classifier tables are generated from the taxonomy each time lib/bundling.ts is loaded,
so a bundle never carries stale ones; locally (tsx, tests) the classifier builds them at import.
The first classification still builds each script's Aho–Corasick automaton on first use, with or
without them. With the last lever, a logged error's first stack trace reads the source map
(tens of milliseconds, once per process) instead of every cold start paying for it.

Absolute milliseconds swing with the machine's load; the ratios, measured in one run, are the
figures to compare. Not levers: the runtime's own SDK (×1.1–3 slower to load than the bundled,
tree-shaken one), lazy SDK loading (moves the cost into the first message), a V8 compile cache
shipped in the asset (Node keys it to the exact Node version and CPU architecture, which the
ARM64 Lambda runtime does not share with the machine that bundles).
`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '21' },
      node: { type: 'string' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run measure:bundles -- [--runs N] [--node PATH] [--write] [ingest|enrich ...]');
    return;
  }
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);
  const unknown = positionals.filter((name) => !(handlerNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown handler ${unknown.join(', ')} (known: ${handlerNames.join(', ')})`);
  const handlers = positionals.length > 0 ? handlerNames.filter((name) => positionals.includes(name)) : [...handlerNames];
  if (values.write && handlers.length !== handlerNames.length) throw new Error('--write needs every handler measured');
  const node = node24(values.node);
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  mkdirSync(bundleDir, { recursive: true });

  console.log(`node ${nodeVersion}, ${runs} fresh processes per figure (median), ms of CPU time`);
  const target = await startTarget();
  try {
    const rows: Row[] = [];
    let producer: Variant | undefined;
    if (!handlers.includes('ingest')) producer = (await variantsOf('ingest')).at(-1);
    for (const name of handlers) {
      const row = await measure(node, target, name, runs, producer);
      rows.push(row);
      console.log(consoleTable(row));
      if (name === 'ingest') {
        producer = { name: 'deployed', label: 'deployed', file: join(bundleDir, 'ingest.deployed.cjs'), format: 'cjs', kb: row.deployed.kb, nodeOptions: handlerNodeOptions };
      }
    }
    if (values.write) {
      writeFileSync(reportPath, markdown(rows, nodeVersion, runs));
      console.log(`wrote ${reportPath}`);
    }
  } finally {
    await stopTarget(target);
  }
}

main().catch((err: unknown) => {
  console.error(`measure-bundles: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
