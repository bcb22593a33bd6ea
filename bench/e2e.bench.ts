/**
 * End-to-end throughput of the local pipeline: a burst of articles from upload to PARSED (ingest
 * done) and to the final record (ENRICHED/FAILED) through the real handlers, against two baselines
 * run on the same emulators in the same process right after:
 * - minimal I/O: S3 put + get and the DynamoDB writes of one article (content claim, topic index
 *   items, article item), what the issue compares with;
 * - like-for-like I/O: per article, the same number of requests of each operation the pipeline
 *   itself made in this run (counted by the emulators), with no handler code in between, so the
 *   ratio shows what the handlers and the runtime add on top of their own I/O.
 * Goal: ≥ 200 articles/s and ≤ 2× the minimal I/O time.
 *
 * NEWSDROP_BENCH_ARTICLES (default 1000) sets the burst size.
 * NEWSDROP_BENCH_BASELINE=<git ref> (e.g. 1de247e, the last v1 commit) also runs that commit's own
 * e2e bench, from a `git archive` of it sharing this clone's node_modules, right after this one, in
 * a child process on the same machine, and prints both figures and their ratio: speed-ups are only
 * comparable within one run, since the machine's other load moves both.
 * NEWSDROP_BENCH_EMULATOR_THREAD=off keeps the emulators (and enrich) on the main thread.
 */
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PublishCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleIdFor, indexKeys, keys } from '../lambdas/core/records/keys';
import { createClients, destroyClients } from '../local/clients';
import { startLocalStack, type LocalStack } from '../local/stack';
import { mapLimit } from '../local/uploads';
import { waitForArticles } from '../local/wait-for-records';

const ARTICLES = Number(process.env.NEWSDROP_BENCH_ARTICLES ?? 1000);
const UPLOAD_CONCURRENCY = 32;
/** The waiter reads article items while the burst runs; every 500 ms is enough to time seconds-long bursts. */
const WAIT_POLL_MS = 500;

/** Requests per article, by "service Operation" as the emulators count them. */
type OperationMix = Record<string, number>;

function body(i: number): string {
  const places = ['Tashkent', 'Seoul', 'Samarkand', 'Busan', 'Bukhara', 'Incheon'];
  return [
    `Energy and trade talks, dispatch ${i}`,
    '',
    `Officials from Uzbekistan and South Korea met in ${places[i % places.length]} on Monday to sign a ${20 + (i % 80)}-megawatt solar agreement worth $${i + 1} million.`,
    `The minister of energy said the plant would supply ${1000 + i} households and that Hyundai and Samsung would build a battery factory producing ${i * 10} units annually.`,
    `"This is a new stage of our partnership," the minister told reporters after the ceremony.`,
  ].join('\n');
}

function operationsPerArticle(before: Record<string, number>, after: Record<string, number>, articles: number, exclude: Record<string, number>): OperationMix {
  const mix: OperationMix = {};
  for (const [op, count] of Object.entries(after)) {
    const made = count - (before[op] ?? 0) - (exclude[op] ?? 0);
    if (made > 0) mix[op] = made / articles;
  }
  return mix;
}

/** String attributes of a key object, in DynamoDB's wire form. */
function s(record: object): Record<string, { S: string }> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { S: String(v) }]));
}

/** What one article needs from the emulators at the least, with no handler code in between. */
async function minimalArticleIo(stack: LocalStack, articles: number, concurrency: number): Promise<void> {
  await mapLimit(Array.from({ length: articles }, (_, i) => i), concurrency, async (i) => {
    const key = `bare/dispatch-${i}.txt`;
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
    const got = await stack.clients.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
    await got.Body!.transformToString();
    const id = articleIdFor(stack.bucket, key);
    const date = '2026-06-01';
    await stack.clients.dynamodb.send(new PutItemCommand({ TableName: stack.table, Item: { ...s(keys.content(`bare-${i}`)), articleId: { S: id } } }));
    await stack.clients.dynamodb.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [stack.table]: ['energy', 'trade-investment', 'automotive'].map((topic) => ({
            PutRequest: { Item: { ...s(keys.topic(id, topic)), ...s(indexKeys.topic(topic, date, id)), title: { S: `Dispatch ${i}` } } },
          })),
        },
      }),
    );
    await stack.clients.dynamodb.send(
      new PutItemCommand({
        TableName: stack.table,
        Item: { ...s(keys.article(id)), ...s(indexKeys.status('PARSED', date, id)), status: { S: 'PARSED' }, version: { N: '1' } },
      }),
    );
  });
}

/** How many of an operation article i makes when the mix says `perArticle` on average (spread evenly). */
function share(perArticle: number, i: number): number {
  return Math.floor((i + 1) * perArticle + 1e-9) - Math.floor(i * perArticle + 1e-9);
}

/**
 * Per article, the pipeline's own request mix replayed with small payloads: each counted operation
 * becomes the same operation on the same emulator (S3 objects and DynamoDB items of a bare article,
 * a queue of its own for SQS, the events topic for SNS). Unknown operations count as a PutItem or a
 * GetObject, the commonest request of their service.
 */
async function replayOperations(stack: LocalStack, mix: OperationMix, articles: number, concurrency: number): Promise<void> {
  const { QueueUrl: queueUrl } = await stack.clients.sqs.send(new CreateQueueCommand({ QueueName: 'newsdrop-bench-replay' }));
  const receipts: string[] = [];
  const { s3, sqs, sns, dynamodb } = stack.clients;
  await mapLimit(Array.from({ length: articles }, (_, i) => i), concurrency, async (i) => {
    const key = `replay/dispatch-${i}.txt`;
    const id = articleIdFor(stack.bucket, key);
    const date = '2026-06-01';
    const articleKey = Object.fromEntries(Object.entries(keys.article(id)).map(([k, v]) => [k, { S: v }])) as Record<string, AttributeValue>;
    const item = { ...s(keys.article(id)), ...s(indexKeys.status('PARSED', date, id)), status: { S: 'PARSED' }, version: { N: '1' } };
    let wroteObject = false;
    for (const [op, perArticle] of Object.entries(mix).sort(([a], [b]) => replayOrder(a) - replayOrder(b))) {
      for (let n = share(perArticle, i); n > 0; n -= 1) {
        switch (op) {
          case 's3 PUT':
            await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
            wroteObject = true;
            break;
          case 's3 HEAD':
            if (!wroteObject) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
            wroteObject = true;
            await s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }));
            break;
          case 's3 DELETE':
            await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: `${key}.gone` }));
            break;
          case 'sns':
            await sns.send(new PublishCommand({ TopicArn: stack.eventsTopicArn, Message: JSON.stringify({ articleId: id, status: 'ENRICHED' }) }));
            break;
          case 'sqs SendMessage':
            await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ articleId: id }) }));
            break;
          case 'sqs SendMessageBatch':
            await sqs.send(
              new SendMessageBatchCommand({
                QueueUrl: queueUrl,
                Entries: Array.from({ length: 5 }, (_, j) => ({ Id: String(j), MessageBody: JSON.stringify({ articleId: id, job: j }) })),
              }),
            );
            break;
          case 'sqs ReceiveMessage': {
            const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 300 }));
            for (const m of got.Messages ?? []) receipts.push(m.ReceiptHandle!);
            break;
          }
          case 'sqs DeleteMessageBatch': {
            // With nothing received yet, an unknown handle still costs the emulator a full request.
            const handles = receipts.length > 0 ? receipts.splice(0, 10) : ['not-received'];
            await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: handles.map((h, j) => ({ Id: String(j), ReceiptHandle: h })) }));
            break;
          }
          case 'dynamodb GetItem':
            await dynamodb.send(new GetItemCommand({ TableName: stack.table, Key: articleKey, ConsistentRead: true }));
            break;
          case 'dynamodb Query':
            await dynamodb.send(
              new QueryCommand({ TableName: stack.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': articleKey.PK! } }),
            );
            break;
          case 'dynamodb UpdateItem':
            await dynamodb.send(
              new UpdateItemCommand({
                TableName: stack.table,
                Key: articleKey,
                UpdateExpression: 'SET version = if_not_exists(version, :zero) + :one',
                ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } },
              }),
            );
            break;
          case 'dynamodb BatchGetItem':
            await dynamodb.send(new BatchGetItemCommand({ RequestItems: { [stack.table]: { Keys: [articleKey] } } }));
            break;
          default:
            if (op.startsWith('dynamodb ')) await dynamodb.send(new PutItemCommand({ TableName: stack.table, Item: item }));
            else if (op.startsWith('s3 ')) {
              if (!wroteObject) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
              wroteObject = true;
              await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString();
            } else await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: id }));
        }
      }
    }
  });
}

/** Writes before reads, as in the pipeline: an object exists before it is read, an item before it is updated. */
function replayOrder(op: string): number {
  if (op === 's3 PUT' || op === 'dynamodb PutItem' || op.startsWith('sqs Send')) return 0;
  if (op === 'sqs DeleteMessageBatch') return 2;
  return 1;
}

interface BurstResult {
  uploadMs: number;
  parsedMs: number;
  finalMs: number;
  cpuMs: number;
  operations: OperationMix;
  waiterRequests: number;
}

/** A DynamoDB client of its own for the waiter, so its reads can be told apart from the pipeline's. */
function countingDynamoDb(stack: LocalStack): { client: DynamoDBClient; requests: () => number; destroy: () => void } {
  const clients = createClients({ region: stack.region, endpoint: stack.endpoint, credentials: stack.credentials });
  let requests = 0;
  clients.dynamodb.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return { client: clients.dynamodb, requests: () => requests, destroy: () => destroyClients(clients) };
}

async function pipelineBurst(stack: LocalStack, prefix: string): Promise<BurstResult> {
  const waiter = countingDynamoDb(stack);
  const ingest = stack.eventSources.ingest.stats;
  const ingestedBefore = ingest.succeeded + ingest.failed;
  const operationsBefore = await stack.operationCounts();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let parsedMs = NaN;
  // Ingest reports a message done once its record is PARSED (or FAILED) and its jobs are queued.
  const parsedWatch = setInterval(() => {
    if (Number.isNaN(parsedMs) && ingest.succeeded + ingest.failed - ingestedBefore >= ARTICLES) parsedMs = performance.now() - started;
  }, 10);
  try {
    const targets = await mapLimit(Array.from({ length: ARTICLES }, (_, i) => i), UPLOAD_CONCURRENCY, async (i) => {
      const key = `${stack.incomingPrefix}${prefix}/dispatch-${i}.txt`;
      await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
      return { bucket: stack.bucket, key };
    });
    const uploadMs = performance.now() - started;
    const { pending } = await waitForArticles({ dynamodb: waiter.client, table: stack.table, targets, timeoutMs: 600_000, pollMs: WAIT_POLL_MS });
    if (pending.length > 0) throw new Error(`${pending.length} articles did not finish`);
    const finalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (Number.isNaN(parsedMs)) parsedMs = finalMs;
    const waiterRequests = waiter.requests();
    const operations = operationsPerArticle(operationsBefore, await stack.operationCounts(), ARTICLES, { 'dynamodb BatchGetItem': waiterRequests });
    return { uploadMs, parsedMs, finalMs, cpuMs: (cpu.user + cpu.system) / 1000, operations, waiterRequests };
  } finally {
    clearInterval(parsedWatch);
    waiter.destroy();
  }
}

async function timed(work: () => Promise<void>): Promise<{ ms: number; cpuMs: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function perSecond(ms: number): string {
  return `${((ARTICLES / ms) * 1000).toFixed(1)} articles/s`;
}

function formatMix(mix: OperationMix): string {
  return Object.entries(mix)
    .filter(([, n]) => n >= 0.05)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => `${op.replace(/^\w+ /, '')} ${n.toFixed(1)}`)
    .join(', ');
}

function byService(mix: OperationMix): Record<string, OperationMix> {
  const out: Record<string, OperationMix> = {};
  for (const [op, n] of Object.entries(mix)) {
    const service = op.split(' ')[0]!;
    (out[service] ??= {})[op] = n;
  }
  return out;
}

/** The figures of one e2e run, as its report prints them (the v1 bench prints the same lines). */
interface RunFigures {
  parsedPerSecond: number;
  finalPerSecond: number;
  cpuMsPerArticle: number;
  requestsPerArticle: number;
}

function figuresFrom(report: string): RunFigures | undefined {
  const number = (pattern: RegExp) => Number(pattern.exec(report)?.[1] ?? NaN);
  const figures = {
    parsedPerSecond: number(/upload → PARSED[^\n]*= ([\d.]+) articles\/s/),
    finalPerSecond: number(/upload → final record[^\n]*= ([\d.]+) articles\/s/),
    cpuMsPerArticle: number(/process CPU per article\s+pipeline ([\d.]+) ms/),
    requestsPerArticle: number(/pipeline requests \/ article\s+([\d.]+)/),
  };
  return Number.isNaN(figures.finalPerSecond) ? undefined : figures;
}

/** Another commit's own e2e bench, run from a `git archive` of it with this clone's node_modules. */
function runBaseline(ref: string): { report: string; figures: RunFigures } {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'newsdrop-baseline-'));
  try {
    const archive = execFileSync('git', ['archive', ref], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const child = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', 'e2e'], {
      cwd: dir,
      env: { ...process.env, NEWSDROP_BENCH_BASELINE: '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = `${child.stdout}${child.stderr}`;
    const figures = figuresFrom(report);
    if (child.status !== 0 || figures === undefined) throw new Error(`baseline ${ref} bench failed (exit ${child.status}): ${report.slice(-500)}`);
    return { report, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = () => loadavg()[0]!.toFixed(1);

export async function run(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const mine = await measureThisTree();
  const baselineRef = process.env.NEWSDROP_BENCH_BASELINE;
  if (!baselineRef) return;
  console.log(`\nbaseline ${baselineRef}: its own e2e bench, same machine, right after (load ${load()})`);
  const { figures } = runBaseline(baselineRef);
  const row = (label: string, a: number, b: number, ratio: boolean) =>
    console.log(`${label.padEnd(33)}${a.toFixed(1).padStart(9)}   ${b.toFixed(1).padStart(9)}${ratio ? `   ${(a / b).toFixed(2)}×` : ''}`);
  console.log(`${''.padEnd(33)}${'this tree'.padStart(9)}   ${baselineRef.slice(0, 9).padStart(9)}   ratio`);
  row('upload → PARSED, articles/s', mine.parsedPerSecond, figures.parsedPerSecond, true);
  row('upload → final, articles/s', mine.finalPerSecond, figures.finalPerSecond, true);
  row('process CPU per article, ms', mine.cpuMsPerArticle, figures.cpuMsPerArticle, false);
  row('requests per article', mine.requestsPerArticle, figures.requestsPerArticle, false);
  console.log(`machine load after baseline      ${load()}`);
}

async function measureThisTree(): Promise<RunFigures> {
  const loadBefore = load();
  const stack = await startLocalStack({ quiet: true, emulatorThread: process.env.NEWSDROP_BENCH_EMULATOR_THREAD !== 'off' });
  try {
    // Warm up handlers and emulators so the burst measures steady work, not module loading.
    const warmupKey = `${stack.incomingPrefix}warmup/first.txt`;
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: warmupKey, Body: body(0) }));
    await waitForArticles({ dynamodb: stack.clients.dynamodb, table: stack.table, targets: [{ bucket: stack.bucket, key: warmupKey }], timeoutMs: 60_000 });
    await stack.waitForIdle();

    const burst = await pipelineBurst(stack, 'bench');
    await stack.waitForIdle();
    const minimal = await timed(() => minimalArticleIo(stack, ARTICLES, UPLOAD_CONCURRENCY));
    const likeForLike = await timed(() => replayOperations(stack, burst.operations, ARTICLES, UPLOAD_CONCURRENCY));

    const ingest = stack.eventSources.ingest.stats;
    const enrich = stack.eventSources.enrich.stats;
    const requestsPerArticle = Object.values(burst.operations).reduce((a, b) => a + b, 0);
    const services = byService(burst.operations);
    console.log(`articles                         ${ARTICLES} (uploads done after ${(burst.uploadMs / 1000).toFixed(1)} s)`);
    console.log(`upload → PARSED (ingest done)    ${(burst.parsedMs / 1000).toFixed(1)} s  = ${perSecond(burst.parsedMs)}`);
    console.log(`upload → final record            ${(burst.finalMs / 1000).toFixed(1)} s  = ${perSecond(burst.finalMs)}   (goal ≥ 200)`);
    console.log(`minimal I/O (put+get+writes)     ${(minimal.ms / 1000).toFixed(1)} s  = ${perSecond(minimal.ms)}   7 requests/article`);
    console.log(`like-for-like I/O                ${(likeForLike.ms / 1000).toFixed(1)} s  = ${perSecond(likeForLike.ms)}   ${requestsPerArticle.toFixed(1)} requests/article`);
    console.log(`ratio final / minimal I/O        ${(burst.finalMs / minimal.ms).toFixed(1)}×   (goal ≤ 2×)`);
    console.log(`ratio final / like-for-like I/O  ${(burst.finalMs / likeForLike.ms).toFixed(1)}×`);
    console.log(
      `process CPU per article          pipeline ${(burst.cpuMs / ARTICLES).toFixed(1)} ms, minimal I/O ${(minimal.cpuMs / ARTICLES).toFixed(1)} ms, like-for-like I/O ${(likeForLike.cpuMs / ARTICLES).toFixed(1)} ms`,
    );
    console.log(`pipeline requests / article      ${requestsPerArticle.toFixed(1)} (without the waiter's ${(burst.waiterRequests / ARTICLES).toFixed(2)} reads)`);
    for (const [service, mix] of Object.entries(services).sort(([a], [b]) => a.localeCompare(b))) {
      const total = Object.values(mix).reduce((a, b) => a + b, 0);
      console.log(`  ${service.padEnd(9)} ${total.toFixed(1).padStart(5)}   ${formatMix(mix)}`);
    }
    console.log(`ingest invocations               ${ingest.invocations} (${(ingest.succeeded / Math.max(1, ingest.invocations)).toFixed(1)} messages each, ${ingest.handlerErrors} errors)`);
    console.log(`enrich invocations               ${enrich.invocations} (${enrich.succeeded} jobs, ${(enrich.succeeded / Math.max(1, enrich.invocations)).toFixed(1)} each, ${enrich.handlerErrors} errors)`);
    console.log(`machine load (1-min average)     ${loadBefore} before, ${load()} after (other work on the machine slows every figure)`);
    return {
      parsedPerSecond: (ARTICLES / burst.parsedMs) * 1000,
      finalPerSecond: (ARTICLES / burst.finalMs) * 1000,
      cpuMsPerArticle: burst.cpuMs / ARTICLES,
      requestsPerArticle,
    };
  } finally {
    await stack.stop();
  }
}

