/**
 * End-to-end throughput of the local pipeline: a burst of articles from
 * upload to final record (ENRICHED/FAILED) through the real handlers, and the
 * same number of articles' bare emulator I/O (S3 put + get, and the DynamoDB
 * writes of one article: content claim, topic index items, article item),
 * measured in the same run on the same emulators. Goal: ≥ 200 articles/s and
 * ≤ 2× the bare I/O time.
 *
 * NEWSDROP_BENCH_ARTICLES (default 1000) sets the burst size.
 */
import { BatchWriteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { articleIdFor, indexKeys, keys } from '../lambdas/core/records/keys';
import { startLocalStack, type LocalStack } from '../local/stack';
import { mapLimit } from '../local/uploads';
import { waitForArticles } from '../local/wait-for-records';

const ARTICLES = Number(process.env.NEWSDROP_BENCH_ARTICLES ?? 1000);
const UPLOAD_CONCURRENCY = 32;

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

async function pipelineBurst(stack: LocalStack, prefix: string): Promise<number> {
  const started = performance.now();
  const targets = await mapLimit(Array.from({ length: ARTICLES }, (_, i) => i), UPLOAD_CONCURRENCY, async (i) => {
    const key = `${stack.incomingPrefix}${prefix}/dispatch-${i}.txt`;
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
    return { bucket: stack.bucket, key };
  });
  const { pending } = await waitForArticles({ dynamodb: stack.clients.dynamodb, table: stack.table, targets, timeoutMs: 600_000, pollMs: 250 });
  if (pending.length > 0) throw new Error(`${pending.length} articles did not finish`);
  return performance.now() - started;
}

/** What one article needs from the emulators at the least, with no handler code in between. */
async function bareIo(stack: LocalStack): Promise<number> {
  const started = performance.now();
  await mapLimit(Array.from({ length: ARTICLES }, (_, i) => i), UPLOAD_CONCURRENCY, async (i) => {
    const key = `bare/dispatch-${i}.txt`;
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(i) }));
    const got = await stack.clients.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
    await got.Body!.transformToString();
    const id = articleIdFor(stack.bucket, key);
    const date = '2026-06-01';
    await stack.clients.dynamodb.send(
      new PutItemCommand({ TableName: stack.table, Item: { ...s(keys.content(`bare-${i}`)), articleId: { S: id } } }),
    );
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
  return performance.now() - started;
}

/** String attributes of a key object, in DynamoDB's wire form. */
function s(record: object): Record<string, { S: string }> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { S: String(v) }]));
}

export async function run(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const stack = await startLocalStack({ quiet: true });
  try {
    // Warm up handlers and emulators so the burst measures steady work, not module loading.
    await waitForArticles({
      dynamodb: stack.clients.dynamodb,
      table: stack.table,
      targets: [await (async () => {
        const key = `${stack.incomingPrefix}warmup/first.txt`;
        await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(0) }));
        return { bucket: stack.bucket, key };
      })()],
      timeoutMs: 60_000,
    });
    const cpuBefore = process.cpuUsage();
    const requestsBefore = stack.requestCounts();
    const pipelineMs = await pipelineBurst(stack, 'bench');
    const cpu = process.cpuUsage(cpuBefore);
    const requestsAfter = stack.requestCounts();
    const perArticle = (service: keyof typeof requestsAfter) => ((requestsAfter[service] - requestsBefore[service]) / ARTICLES).toFixed(1);
    const bareMs = await bareIo(stack);
    const rate = (ARTICLES / pipelineMs) * 1000;
    const bareRate = (ARTICLES / bareMs) * 1000;
    const ingest = stack.eventSources.ingest.stats;
    const enrich = stack.eventSources.enrich.stats;
    console.log(`articles                      ${ARTICLES}`);
    console.log(`upload → final record         ${(pipelineMs / 1000).toFixed(1)} s  = ${rate.toFixed(1)} articles/s   (goal ≥ 200)`);
    console.log(`bare emulator I/O             ${(bareMs / 1000).toFixed(1)} s  = ${bareRate.toFixed(1)} articles/s`);
    console.log(`ratio pipeline / bare I/O     ${(pipelineMs / bareMs).toFixed(1)}×   (goal ≤ 2×)`);
    console.log(`process CPU during the burst  ${((cpu.user + cpu.system) / 1000 / ARTICLES).toFixed(1)} ms per article`);
    console.log(`emulator requests / article   S3 ${perArticle('s3')}, SQS ${perArticle('sqs')}, SNS ${perArticle('sns')}, DynamoDB ${perArticle('dynamodb')} (includes polling and the waiter's reads)`);
    console.log(`ingest invocations            ${ingest.invocations} (${(ingest.succeeded / Math.max(1, ingest.invocations)).toFixed(1)} messages each, ${ingest.handlerErrors} errors)`);
    console.log(`enrich invocations            ${enrich.invocations} (${enrich.succeeded} jobs, ${(enrich.succeeded / ARTICLES).toFixed(1)} per article, ${enrich.handlerErrors} errors)`);
  } finally {
    await stack.stop();
  }
}
