/**
 * The enrich handler with the real adapters over mocked SDK clients and the
 * real enrichment core.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  ProvisionedThroughputExceededException,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAwsDeps } from '../../lambdas/adapters';
import { createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import type { EnrichmentJob, JobKind } from '../../lambdas/core/enrich/types';
import { indexes, indexKeys, keys } from '../../lambdas/core/records/keys';
import { articleItem, buildProcessedDocument, entityIndexFromItem, entityIndexItem, topicIndexItem } from '../../lambdas/core/records/mapping';
import { JOB_KINDS } from '../../lambdas/core/enrich/types';
import type { ArticleRecord, ProcessedDocument } from '../../lambdas/core/records/types';
import { makeAnalysis, makeArticle, makeParsedRecord } from '../core/records/fixtures';
import { lambdaContext, sqsEvent, sqsMessage } from './sqs-events';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const dynamo = mockClient(DynamoDBClient);
const s3 = mockClient(S3Client);
const sqs = mockClient(SQSClient);
const sns = mockClient(SNSClient);

const ARTICLE_ID = 'c'.repeat(32);
const analysis = makeAnalysis(
  makeArticle([
    'Samsung will invest $120 million in a factory in Tashkent, President Shavkat Mirziyoyev said on Monday.',
    'The plant will produce 60,000 units annually for Uzbekistan and Kazakhstan.',
  ]),
  [{ id: 'economy', score: 0.8, evidence: [] }],
);

let stored: ArticleRecord;
/** Job items as the table holds them: kind → version. */
let jobVersions: Map<string, number>;
const MARSHALL = { removeUndefinedValues: true };

function handler() {
  return createEnrichHandler({
    ...createAwsDeps({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      bucket: 'newsdrop-articles',
      table: 'records',
      enrichQueueUrl: 'https://sqs.us-east-1.amazonaws.com/1/newsdrop-enrich',
      eventsTopicArn: 'arn:aws:sns:us-east-1:1:events',
    }),
    telemetry: createTelemetry('test-enrich', { logLevel: 'SILENT' }),
    now: () => new Date('2026-06-15T09:00:00.000Z'),
  });
}

/** The processed document the current ingest writes: with the version's index placement. */
const currentDocument = (record: ArticleRecord = stored, version = record.version): ProcessedDocument =>
  buildProcessedDocument(ARTICLE_ID, version, analysis, { date: record.date, sequencer: record.source.sequencer });

const job = (kind: JobKind, version = 1, document?: ProcessedDocument): EnrichmentJob => ({
  kind,
  articleId: ARTICLE_ID,
  version,
  processedKey: `processed/${ARTICLE_ID}.json`,
  ...(document === undefined ? {} : { document }),
});
const jobEvent = (...jobs: (EnrichmentJob | string)[]) =>
  sqsEvent(...jobs.map((body, i) => sqsMessage(`j${i}`, typeof body === 'string' ? body : JSON.stringify(body))));

const putItems = () => dynamo.commandCalls(PutItemCommand).map((call) => unmarshall(call.args[0].input.Item as Record<string, AttributeValue>));
const updates = () => dynamo.commandCalls(UpdateItemCommand).map((call) => call.args[0].input);
const serveDocument = (document: ProcessedDocument) => {
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => bytes } as never });
};

/** PutItem as DynamoDB would apply the job item condition (no item, or version ≤ ours). */
function applyPut(input: { Item?: Record<string, AttributeValue> }) {
  const item = unmarshall(input.Item ?? {});
  const sortKey = String(item.SK);
  if (sortKey.startsWith(keys.prefixes.job)) {
    const kind = sortKey.slice(keys.prefixes.job.length);
    if ((jobVersions.get(kind) ?? 0) > item.version) throw new ConditionalCheckFailedException({ message: 'newer result', $metadata: {} });
    jobVersions.set(kind, item.version);
  }
  return {};
}

/** The job items of the article collection, for the store-then-check query. */
function applyQuery(input: { ExpressionAttributeValues?: Record<string, AttributeValue> }) {
  const values = unmarshall(input.ExpressionAttributeValues ?? {});
  if (values[':prefix'] !== keys.prefixes.job) return { Items: [] };
  return { Items: [...jobVersions].map(([kind, version]) => marshall({ ...keys.job(ARTICLE_ID, kind), version })) };
}

/** markEnriched's conditional UpdateItem applied to `stored`. */
function applyUpdate(input: { ExpressionAttributeValues?: Record<string, AttributeValue> }) {
  const values = unmarshall(input.ExpressionAttributeValues ?? {});
  if (values[':version'] !== stored.version || stored.status !== 'PARSED') {
    throw new ConditionalCheckFailedException({ message: 'status', $metadata: {} });
  }
  stored = { ...stored, status: 'ENRICHED', enrichedAt: values[':now'], updatedAt: values[':now'] };
  return { Attributes: marshall(articleItem(stored), MARSHALL) };
}

beforeEach(() => {
  stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis });
  jobVersions = new Map();
  dynamo.on(GetItemCommand).callsFake(() => ({ Item: marshall(articleItem(stored), MARSHALL) }));
  dynamo.on(PutItemCommand).callsFake(applyPut);
  dynamo.on(UpdateItemCommand).callsFake(applyUpdate);
  dynamo.on(QueryCommand).callsFake(applyQuery);
  serveDocument(currentDocument());
  sns.on(PublishCommand).resolves({});
});

afterEach(() => {
  dynamo.reset();
  s3.reset();
  sqs.reset();
  sns.reset();
  vi.restoreAllMocks();
});

const finishedExcept = (kind: JobKind) => {
  for (const other of JOB_KINDS) if (other !== kind) jobVersions.set(other, 1);
};

describe('enrich handler', () => {
  it('stores the job result once, without reading or rewriting the article item', async () => {
    const result = await handler()(jobEvent(job('figures')), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    const [item] = putItems();
    expect(item).toMatchObject({ ...keys.job(ARTICLE_ID, 'figures'), kind: 'figures', version: 1, completedAt: '2026-06-15T09:00:00.000Z' });
    expect((item!.result as { figures: { value: number }[] }).figures.map((figure) => figure.value)).toContain(60000);
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(updates()).toHaveLength(0);
    // The store-then-check read is strongly consistent.
    expect(dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input.ConsistentRead)).toEqual([true]);
    expect(stored.status).toBe('PARSED');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('uses an inline document instead of loading it from S3', async () => {
    const result = await handler()(jobEvent(job('figures', 1, currentDocument())), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(putItems()[0]).toMatchObject({ kind: 'figures', version: 1 });
  });

  it('writes entity index items for the entities job, then checks the article version', async () => {
    await handler()(jobEvent(job('entities')), lambdaContext());
    const entityItems = putItems().filter((item) => String(item.SK).startsWith(keys.prefixes.entity));
    const entityKeys = entityItems.map((item) => entityIndexFromItem(item).entityKey);
    expect(entityKeys).toContain('samsung');
    expect(entityItems[0]).toMatchObject({ articleId: ARTICLE_ID, version: 1, [indexes.byEntity.sortKey]: `${stored.date}#${ARTICLE_ID}` });
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(1);
    expect(jobVersions.get('entities')).toBe(1);
  });

  it('makes the article ENRICHED when the last job finishes and announces it once', async () => {
    finishedExcept('quotes');
    const result = await handler()(jobEvent(job('quotes')), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(updates()).toHaveLength(1);
    expect(updates()[0]!.ConditionExpression).toBe('#version = :version AND #status = :parsed');
    expect(stored.status).toBe('ENRICHED');
    const event = JSON.parse(sns.commandCalls(PublishCommand)[0]!.args[0].input.Message!);
    expect(event).toMatchObject({ type: 'article.enriched', articleId: ARTICLE_ID, version: 1, topics: ['economy'] });

    // The same job redelivered rewrites its result, but the article is no longer PARSED: no second event.
    dynamo.resetHistory();
    sns.resetHistory();
    await handler()(jobEvent(job('quotes')), lambdaContext());
    expect(stored.status).toBe('ENRICHED');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('does not announce when another job won the ENRICHED transition', async () => {
    finishedExcept('places');
    dynamo.on(UpdateItemCommand).rejects(new ConditionalCheckFailedException({ message: 'lost', $metadata: {} }));
    const result = await handler()(jobEvent(job('places')), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(updates()).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('changes nothing for a job whose processed document was replaced by a newer version', async () => {
    stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    serveDocument(currentDocument(stored));
    const result = await handler()(jobEvent(job('figures', 1)), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  it('stops when a newer version already stored the same kind, and never marks the old version', async () => {
    const inline = currentDocument();
    stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    jobVersions.set('figures', 2);
    const result = await handler()(jobEvent(job('figures', 1, inline)), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(jobVersions.get('figures')).toBe(2);
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  it('removes its entity items again when a newer version landed while the job ran', async () => {
    const newer = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    dynamo.on(GetItemCommand).callsFake(() => ({ Item: marshall(articleItem(newer), MARSHALL) }));
    const result = await handler()(jobEvent(job('entities', 1, currentDocument())), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    const cleanup = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input.ExpressionAttributeValues?.[':seq']?.S);
    expect(cleanup).toContain('0055AED6DCD90281F');
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reads the record for a document of an older writer, and skips a version no longer PARSED', async () => {
    serveDocument(buildProcessedDocument(ARTICLE_ID, 1, analysis));
    await handler()(jobEvent(job('figures')), lambdaContext());
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(1);
    expect(putItems()[0]).toMatchObject({ kind: 'figures', version: 1 });

    dynamo.resetHistory();
    stored = { ...stored, status: 'ENRICHED' };
    await handler()(jobEvent(job('quotes')), lambdaContext());
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it('drops job messages that can never run, with a metric', async () => {
    const addMetric = vi.spyOn(Metrics.prototype, 'addMetric');
    const result = await handler()(
      jobEvent(
        '{not json',
        JSON.stringify({ ...job('figures'), kind: 'horoscope' }),
        JSON.stringify({ kind: 'figures' }),
        JSON.stringify({ ...job('figures'), document: { articleId: ARTICLE_ID } }),
      ),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(addMetric.mock.calls.filter(([name]) => name === 'BadJobMessages')).toHaveLength(4);
  });

  it('looks up related candidates by topic and entity, excluding the article itself', async () => {
    const other = 'd'.repeat(32);
    const topicItem = (articleId: string) =>
      marshall(topicIndexItem({ articleId, topicId: 'economy', score: 0.7, version: 1, sequencer: '01', date: '2026-06-01', title: `Article ${articleId.slice(0, 4)}`, language: 'en' }));
    dynamo.on(QueryCommand).callsFake((input) => {
      const partition = input.ExpressionAttributeValues[':pk'].S;
      if (partition === indexKeys.topicPartition('economy')) return { Items: [topicItem(ARTICLE_ID), topicItem(other)] };
      if (partition === indexKeys.entityPartition('samsung')) {
        const samsung = { articleId: other, entityKey: 'samsung', name: 'Samsung', type: 'organization', version: 1, sequencer: '01', date: '2026-06-01', title: 'Article dddd' };
        return { Items: [marshall(entityIndexItem(samsung))] };
      }
      return applyQuery(input);
    });
    await handler()(jobEvent(job('related')), lambdaContext());

    const queried = dynamo.commandCalls(QueryCommand).map((call) => [call.args[0].input.IndexName, call.args[0].input.Limit]);
    expect(queried).toContainEqual([indexes.byTopic.indexName, 20]);
    expect(queried).toContainEqual([indexes.byEntity.indexName, 20]);
    const related = (putItems()[0]!.result as { related: { articleId: string; sharedTopics: string[]; sharedEntities: string[] }[] }).related;
    expect(related.map((article) => article.articleId)).toEqual([other]);
    expect(related[0]!.sharedTopics).toContain('economy');
    expect(related[0]!.sharedEntities).toContain('samsung');
  });

  it('retries when the processed document is missing or older than the job', async () => {
    s3.on(GetObjectCommand).rejects(Object.assign(new Error('gone'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }));
    expect((await handler()(jobEvent(job('figures')), lambdaContext())).batchItemFailures).toEqual([{ itemIdentifier: 'j0' }]);
    serveDocument(currentDocument(stored, 1));
    expect((await handler()(jobEvent(job('figures', 2)), lambdaContext())).batchItemFailures).toEqual([{ itemIdentifier: 'j0' }]);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it('fails only the throttled job of a batch', async () => {
    let calls = 0;
    dynamo.on(PutItemCommand).callsFake((input) => {
      if (++calls === 1) throw new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
      return applyPut(input);
    });
    const result = await handler()(jobEvent(job('figures'), job('quotes')), lambdaContext());
    expect(result.batchItemFailures).toHaveLength(1);
    expect(jobVersions.size).toBe(1);
  });
});
