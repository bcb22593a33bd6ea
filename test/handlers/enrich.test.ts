/**
 * The enrich handler (schema 2) with the real adapters over mocked SDK clients
 * and the real enrichment core: one message per article version, every kind
 * in one invocation, one conditional ENRICHED update.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
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
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAwsDeps } from '../../lambdas/adapters';
import { coreEnricher, createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createTelemetry } from '../../lambdas/handlers/telemetry';
import { articleItem, buildProcessedDocument, storedContentOf } from '../../lambdas/core/records/mapping';
import type { Enricher } from '../../lambdas/app/enrich-article';
import type { ArticleRecord, EnrichmentMessage, ProcessedDocument } from '../../lambdas/core/records/types';
import { makeAnalysis, makeArticle, makeParsedRecord } from '../core/records/fixtures';
import { lambdaContext, sqsEvent, sqsMessage } from './sqs-events';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const dynamo = mockClient(DynamoDBClient);
const s3 = mockClient(S3Client);
const sqs = mockClient(SQSClient);
const sns = mockClient(SNSClient);
/** Events as published: the handlers send an invocation's events in PublishBatch requests. */
const publishedEvents = () =>
  sns.commandCalls(PublishBatchCommand).flatMap((call) => call.args[0].input.PublishBatchRequestEntries!.map((entry) => JSON.parse(entry.Message!)));

const ARTICLE_ID = 'c'.repeat(32);
const BODY = [
  'Samsung will invest $120 million in a factory in Tashkent, President Shavkat Mirziyoyev said on Monday.',
  'Samsung said the plant will produce 60,000 units annually for Uzbekistan and Kazakhstan.',
];
const article = makeArticle(BODY);
const analysis = makeAnalysis(article, [{ id: 'economy', score: 0.8, evidence: [{ text: 'invest', start: article.body.indexOf('invest'), end: article.body.indexOf('invest') + 6 }] }]);
const MARSHALL = { removeUndefinedValues: true };

let stored: ArticleRecord;

function handler(enricher?: Enricher) {
  return createEnrichHandler({
    ...createAwsDeps({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      bucket: 'newsdrop-articles',
      table: 'records',
      enrichQueueUrl: 'https://sqs.us-east-1.amazonaws.com/1/newsdrop-enrich',
      eventsTopicArn: 'arn:aws:sns:us-east-1:1:events',
    }),
    enricher,
    telemetry: createTelemetry('test-enrich', { logLevel: 'SILENT' }),
    now: () => new Date('2026-06-15T09:00:00.000Z'),
  });
}

const documentOf = (record: ArticleRecord = stored): ProcessedDocument =>
  buildProcessedDocument(ARTICLE_ID, record.version, analysis, { date: record.date, sequencer: record.source.sequencer });
const inlineMessage = (record: ArticleRecord = stored): EnrichmentMessage => ({ articleId: ARTICLE_ID, version: record.version, document: documentOf(record) });
const event = (...bodies: (EnrichmentMessage | string | object)[]) =>
  sqsEvent(...bodies.map((body, i) => sqsMessage(`m${i}`, typeof body === 'string' ? body : JSON.stringify(body))));

/** markEnriched's conditional UpdateItem applied to `stored`. */
function applyUpdate(input: { ExpressionAttributeValues?: Record<string, AttributeValue>; ExpressionAttributeNames?: Record<string, string> }) {
  const values = unmarshall(input.ExpressionAttributeValues ?? {});
  if (values[':version'] !== stored.version || stored.status !== 'PARSED') throw new ConditionalCheckFailedException({ message: 'status', $metadata: {} });
  const item: Record<string, unknown> = { ...articleItem(stored) };
  for (const [placeholder, name] of Object.entries(input.ExpressionAttributeNames ?? {})) {
    if (placeholder.startsWith('#a')) item[name] = values[`:${placeholder.slice(1)}`];
  }
  stored = { ...stored, status: 'ENRICHED' };
  return { Attributes: marshall(item, MARSHALL) };
}

const updateValues = () => unmarshall(dynamo.commandCalls(UpdateItemCommand)[0]!.args[0].input.ExpressionAttributeValues!);
const updatedAttributes = () => {
  const input = dynamo.commandCalls(UpdateItemCommand)[0]!.args[0].input;
  const values = unmarshall(input.ExpressionAttributeValues!);
  return Object.fromEntries(
    Object.entries(input.ExpressionAttributeNames ?? {})
      .filter(([placeholder]) => placeholder.startsWith('#a'))
      .map(([placeholder, name]) => [name, values[`:${placeholder.slice(1)}`]]),
  );
};
const batchPuts = () =>
  dynamo.commandCalls(BatchWriteItemCommand).flatMap((call) => Object.values(call.args[0].input.RequestItems!).flat().map((request) => unmarshall(request.PutRequest!.Item!)));

beforeEach(() => {
  stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis });
  dynamo.on(GetItemCommand).callsFake(() => ({ Item: marshall(articleItem(stored), MARSHALL) }));
  dynamo.on(UpdateItemCommand).callsFake(applyUpdate);
  dynamo.on(QueryCommand).resolves({ Items: [] });
  dynamo.on(BatchWriteItemCommand).resolves({});
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(DeleteItemCommand).resolves({});
  sns.on(PublishBatchCommand).resolves({ Failed: [] });
});

afterEach(() => {
  dynamo.reset();
  s3.reset();
  sqs.reset();
  sns.reset();
  vi.restoreAllMocks();
});

describe('enrich handler', () => {
  it('runs every kind on one message and writes the results once, with text and evidence, then announces ENRICHED', async () => {
    const result = await handler()(event(inlineMessage()), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    const attributes = updatedAttributes();
    expect(attributes.status).toBe('ENRICHED');
    const content = storedContentOf(attributes)!;
    expect(content.text).toBe(article.body);
    expect(Object.keys(content.results).sort()).toEqual(['entities', 'figures', 'places', 'quotes', 'related']);
    expect(content.evidence.economy).toEqual([{ text: 'invest', start: article.body.indexOf('invest'), end: article.body.indexOf('invest') + 6 }]);
    for (const figure of content.results.figures!.figures) expect(article.body.slice(figure.start, figure.end)).toBe(figure.text);
    expect(updateValues()).toMatchObject({ ':version': 1, ':parsed': 'PARSED' });
    const published = publishedEvents();
    expect(published).toEqual([expect.objectContaining({ type: 'article.enriched', articleId: ARTICLE_ID, version: 1 })]);
  });

  it('files entity entries for the main entities only, keyed for their query', async () => {
    await handler()(event(inlineMessage()), lambdaContext('newsdrop-enrich'));
    const entries = batchPuts();
    expect(entries.map((entry) => entry.entityKey)).toContain('samsung');
    for (const entry of entries) {
      expect(entry.PK).toMatch(/^ENTITY#.+#\d$/);
      expect(entry.SK).toBe(`${stored.date}#${ARTICLE_ID}`);
    }
    // Mentioned once: no entry (it stays in the entities result).
    expect(entries.map((entry) => entry.entityKey)).not.toContain('kazakhstan');
  });

  it('loads a document too large for the message from S3', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(documentOf()));
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => bytes } as never });
    const result = await handler()(event({ articleId: ARTICLE_ID, version: 1, processedKey: `processed/${ARTICLE_ID}.v1.json` }), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input.Key).toBe(`processed/${ARTICLE_ID}.v1.json`);
    expect(updatedAttributes().status).toBe('ENRICHED');
  });

  it('records a kind that throws as a per-kind failure and still enriches the article', async () => {
    const failing: Enricher = {
      ...coreEnricher,
      runJob: ((kind, input, candidates) => {
        if (kind === 'quotes') throw Object.assign(new Error('budget exceeded'), { code: 'TIMEOUT' });
        return coreEnricher.runJob(kind, input, candidates);
      }) as Enricher['runJob'],
    };
    const result = await handler(failing)(event(inlineMessage()), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    const attributes = updatedAttributes();
    expect(attributes.enrichmentFailures).toEqual({ quotes: { code: 'TIMEOUT', message: 'budget exceeded' } });
    expect(storedContentOf(attributes)!.results.quotes).toBeUndefined();
  });

  it('announces a redelivered, already enriched version again and fails nothing', async () => {
    stored = { ...stored, status: 'ENRICHED' };
    const result = await handler()(event(inlineMessage()), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    expect(publishedEvents()).toEqual([
      expect.objectContaining({ type: 'article.enriched', version: 1 }),
    ]);
  });

  it('gives way to a newer version: its own entity entries are removed, nothing is announced', async () => {
    const message = inlineMessage();
    stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    const result = await handler()(event(message), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    expect(publishedEvents()).toHaveLength(0);
    const deletes = dynamo.commandCalls(DeleteItemCommand).map((call) => call.args[0].input);
    expect(deletes.length).toBe(batchPuts().length);
    expect(deletes.every((input) => input.ConditionExpression === '#seq = :mine')).toBe(true);
  });

  it('fails messages that can never run towards the DLQ, with a metric; ignores schema-1 sibling jobs', async () => {
    const addMetric = vi.spyOn(Metrics.prototype, 'addMetric');
    const result = await handler()(
      event('not json', { articleId: ARTICLE_ID, version: 0 }, { kind: 'figures', articleId: ARTICLE_ID, version: 1, processedKey: 'processed/x.json' }),
      lambdaContext('newsdrop-enrich'),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }, { itemIdentifier: 'm1' }]);
    expect(addMetric).toHaveBeenCalledWith('BadJobMessages', 'Count', 1);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  it('fails only the throttled message of a batch', async () => {
    const otherId = 'd'.repeat(32);
    dynamo.on(QueryCommand).callsFake((input) => {
      if (JSON.stringify(input).includes('throttle-me')) throw new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
      return { Items: [] };
    });
    const throttled = { ...inlineMessage(), articleId: otherId, document: { ...documentOf(), articleId: otherId, topics: [{ id: 'throttle-me', score: 1, evidence: [] }] } };
    const result = await handler()(event(inlineMessage(), throttled), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });
});
