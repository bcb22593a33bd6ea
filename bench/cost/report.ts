/**
 * Per-article figures and dollars per million articles from one corpus run.
 * Requests the pipeline's handlers make are measured; the SQS requests of
 * S3's notification and Lambda's pollers (receive, delete) are modeled from
 * the measured message count and payload at the configured batch size.
 */
import { pipelineConfig } from '../../lambdas/config';
import type { CorpusRun } from './pipeline';
import { PRICES, SQS_BILLING_CHUNK_BYTES } from './prices';

export interface ArticleCost {
  requests: [string, number][];
  writeUnits: number;
  writeUnitsByItem: [string, number][];
  writeUnitsByIndex: [string, number][];
  writesByItem: [string, number][];
  readUnits: number;
  readUnitsByOperation: [string, number][];
  sqsBilled: { sends: number; s3Notification: number; receives: number; deletes: number };
  lambda: { ingestMs: number; enrichMs: number; gbSeconds: number; invocations: number };
  articleItemBytes: { median: number; max: number };
  /** $ per million the record contract cannot go below for this corpus (see contractFloor). */
  contractFloor: number;
  dollarsPerMillion: Record<'DynamoDB writes' | 'DynamoDB reads' | 'S3' | 'SQS' | 'SNS' | 'Lambda' | 'total', number>;
}

const perArticle = (entries: Map<string, number>, n: number): [string, number][] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => [name, value / n]);

const sum = (entries: Map<string, number>) => [...entries.values()].reduce((total, value) => total + value, 0);

/** `run` is the metered run; `timed` the same articles through an unmetered pipeline. */
export function costPerArticle(run: CorpusRun, timed: CorpusRun): ArticleCost {
  const n = run.articles;
  const { totals } = run;
  const requests = perArticle(totals.requests, n);
  const count = (name: string) => (totals.requests.get(name) ?? 0) / n;
  const writeUnits = (sum(totals.writeUnitsByItem) + sum(totals.writeUnitsByIndex)) / n;
  const readUnits = sum(totals.readUnitsByOperation) / n;

  const batch = pipelineConfig.queues.enrich.batchSize;
  const messages = totals.sqsMessages / n;
  const payload = totals.sqsPayloadBytes / n;
  const sqsBilled = {
    sends: totals.sqsBilledSends / n,
    // S3 sends one notification per upload; the ingest poller receives and deletes them in batches.
    s3Notification: 1 + 2 / pipelineConfig.queues.ingest.batchSize,
    // A full receive returns `batch` messages and bills their payload by 64 KB chunks.
    receives: Math.max(messages / batch, payload / SQS_BILLING_CHUNK_BYTES),
    deletes: messages / batch,
  };
  const sqsRequests = sqsBilled.sends + sqsBilled.s3Notification + sqsBilled.receives + sqsBilled.deletes;

  const { ingest, enrich } = pipelineConfig.functions;
  const ingestMs = timed.ingestMs / timed.articles;
  const enrichMs = timed.enrichMs / timed.articles;
  const gbSeconds = (ingestMs / 1000) * (ingest.memoryMb / 1024) + (enrichMs / 1000) * (enrich.memoryMb / 1024);
  // Full batches: one invocation per `batchSize` messages.
  const invocations = 1 / pipelineConfig.queues.ingest.batchSize + run.enrichMessages / n / batch;

  const million = 1e6;
  const dollars = {
    'DynamoDB writes': writeUnits * PRICES.dynamoWriteUnit * million,
    'DynamoDB reads': readUnits * PRICES.dynamoReadUnit * million,
    S3: (count('S3 PutObject') * PRICES.s3Put + (count('S3 GetObject') + count('S3 HeadObject')) * PRICES.s3Get) * million,
    SQS: sqsRequests * PRICES.sqsRequest * million,
    // A PublishBatch request bills like one Publish (up to ten events).
    SNS: (count('SNS Publish') + count('SNS PublishBatch')) * PRICES.snsPublish * million,
    Lambda: (gbSeconds * PRICES.lambdaGbSecond + invocations * PRICES.lambdaInvocation) * million,
    total: 0,
  };
  dollars.total = Object.values(dollars).reduce((total, value) => total + value, 0);

  const sizes = [...totals.articleItemBytes].sort((a, b) => a - b);
  const indexItems = ((totals.writesByItem.get('topic') ?? 0) + (totals.writesByItem.get('entity') ?? 0)) / n;
  return {
    requests,
    writeUnits,
    writeUnitsByItem: perArticle(totals.writeUnitsByItem, n),
    writeUnitsByIndex: perArticle(totals.writeUnitsByIndex, n),
    writesByItem: perArticle(totals.writesByItem, n),
    readUnits,
    readUnitsByOperation: perArticle(totals.readUnitsByOperation, n),
    sqsBilled,
    lambda: { ingestMs, enrichMs, gbSeconds, invocations },
    articleItemBytes: { median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes[sizes.length - 1] ?? 0 },
    contractFloor: contractFloor(indexItems, (totals.writeUnitsByItem.get('article') ?? 0) / n),
    dollarsPerMillion: dollars,
  };
}

/**
 * The least one article can cost under the record contract (schema 2), with
 * this many topic + entity entries and the article item's measured write
 * units (PARSED once, ENRICHED once with text and results): the source GET
 * (no processed/ PUT); the S3 notification, the batch's share of one
 * enrichment send and the pollers' share of SQS; a tenth of an SNS PublishBatch; the content claim; one unit per entry;
 * one consistent read to find the previous version. Lambda time is left out
 * (it has no contract floor).
 */
export function contractFloor(entriesPerArticle: number, articleWriteUnits: number): number {
  const { ingest, enrich } = pipelineConfig.queues;
  // The enrichment messages of an ingest batch go out in one SendMessageBatch, the events of an enrich batch in one PublishBatch.
  const sqsRequests = 1 + 2 / ingest.batchSize + 1 / ingest.batchSize + 3 / enrich.batchSize;
  const writeUnits = articleWriteUnits + 1 + entriesPerArticle;
  const perArticle = PRICES.s3Get + sqsRequests * PRICES.sqsRequest + PRICES.snsPublish / enrich.batchSize + writeUnits * PRICES.dynamoWriteUnit + PRICES.dynamoReadUnit;
  return perArticle * 1e6;
}

const num = (value: number, digits = 2) => value.toFixed(digits);
const list = (entries: [string, number][], digits = 2) => entries.map(([name, value]) => `${name} ${num(value, digits)}`).join(', ');

export function printCost(label: string, run: CorpusRun, cost: ArticleCost): void {
  const lines = [
    `${label}: ${run.articles} articles (${run.enriched} ENRICHED, ${run.failed} FAILED), per article:`,
    `  requests      ${list(cost.requests)}`,
    `  write units   ${num(cost.writeUnits)}  base by item: ${list(cost.writeUnitsByItem)}; GSI: ${list(cost.writeUnitsByIndex)}`,
    `  item writes   ${list(cost.writesByItem)}`,
    `  article item  median ${cost.articleItemBytes.median} B, max ${cost.articleItemBytes.max} B (as billed)`,
    `  read units    ${num(cost.readUnits)}  by operation: ${list(cost.readUnitsByOperation)}`,
    `  SQS billed    sends ${num(cost.sqsBilled.sends)} (measured), S3 notification+poll ${num(cost.sqsBilled.s3Notification)}, enrich receives ${num(cost.sqsBilled.receives)}, deletes ${num(cost.sqsBilled.deletes)} (modeled)`,
    `  Lambda        ingest ${num(cost.lambda.ingestMs, 1)} ms @${pipelineConfig.functions.ingest.memoryMb} MB, enrich ${num(cost.lambda.enrichMs, 1)} ms @${pipelineConfig.functions.enrich.memoryMb} MB (sum of jobs) = ${num(cost.lambda.gbSeconds, 4)} GB-s, ${num(cost.lambda.invocations)} invocations`,
    `  $ per million ${Object.entries(cost.dollarsPerMillion).map(([name, value]) => `${name} ${num(value)}`).join(' | ')}`,
    `  floor         $${num(cost.contractFloor)}/M under the record contract (schema 2) for these entries and article item sizes (no processed/ PUT)`,
  ];
  console.log(lines.join('\n'));
}

export function printPrices(): void {
  console.log(
    'prices ($ per million unless noted): ' +
      [
        `DynamoDB WCU ${PRICES.dynamoWriteUnit * 1e6}`,
        `RCU ${PRICES.dynamoReadUnit * 1e6} (eventual half)`,
        `S3 PUT ${PRICES.s3Put * 1e6}`,
        `S3 GET ${PRICES.s3Get * 1e6}`,
        `SQS request ${PRICES.sqsRequest * 1e6} (64 KB chunks)`,
        `SNS publish ${PRICES.snsPublish * 1e6}`,
        `Lambda ${PRICES.lambdaGbSecond} per GB-s + ${PRICES.lambdaInvocation * 1e6} per M invocations`,
      ].join(', '),
  );
}
