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
import type { ArticleRecord } from '../../lambdas/core/records/types';
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

const job = (kind: JobKind, version = 1): EnrichmentJob => ({ kind, articleId: ARTICLE_ID, version, processedKey: `processed/${ARTICLE_ID}.json` });
const jobEvent = (...jobs: (EnrichmentJob | string)[]) =>
  sqsEvent(...jobs.map((body, i) => sqsMessage(`j${i}`, typeof body === 'string' ? body : JSON.stringify(body))));

const putItems = () => dynamo.commandCalls(PutItemCommand).map((call) => unmarshall(call.args[0].input.Item as Record<string, AttributeValue>));
const updates = () => dynamo.commandCalls(UpdateItemCommand).map((call) => call.args[0].input);

/** UpdateItem as DynamoDB would apply our two expressions to `stored`. */
function applyUpdate(input: { UpdateExpression?: string; ExpressionAttributeValues?: Record<string, AttributeValue> }) {
  const values = unmarshall(input.ExpressionAttributeValues ?? {});
  if (input.UpdateExpression?.startsWith('DELETE')) {
    if (values[':version'] !== stored.version) throw new ConditionalCheckFailedException({ message: 'version', $metadata: {} });
    const remaining = (stored.pendingJobs ?? []).filter((kind) => !(values[':kind'] as Set<string>).has(kind));
    stored = { ...stored, pendingJobs: remaining.length > 0 ? remaining : undefined };
  } else {
    if (stored.status !== 'PARSED' || stored.pendingJobs !== undefined) {
      throw new ConditionalCheckFailedException({ message: 'status', $metadata: {} });
    }
    stored = { ...stored, status: 'ENRICHED', enrichedAt: values[':now'], updatedAt: values[':now'] };
  }
  return { Attributes: marshall(articleItem(stored), MARSHALL) };
}

beforeEach(() => {
  stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis });
  dynamo.on(GetItemCommand).callsFake(() => ({ Item: marshall(articleItem(stored), MARSHALL) }));
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(UpdateItemCommand).callsFake(applyUpdate);
  dynamo.on(QueryCommand).resolves({ Items: [] });
  const document = JSON.stringify(buildProcessedDocument(ARTICLE_ID, 1, analysis));
  s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => new TextEncoder().encode(document) } as never });
  sns.on(PublishCommand).resolves({});
});

afterEach(() => {
  dynamo.reset();
  s3.reset();
  sqs.reset();
  sns.reset();
  vi.restoreAllMocks();
});

describe('enrich handler', () => {
  it('stores the job result once and removes the kind from the pending set', async () => {
    const result = await handler()(jobEvent(job('figures')), lambdaContext('newsdrop-enrich'));
    expect(result.batchItemFailures).toEqual([]);
    const [item] = putItems();
    expect(item).toMatchObject({ ...keys.job(ARTICLE_ID, 'figures'), kind: 'figures', version: 1, completedAt: '2026-06-15T09:00:00.000Z' });
    expect((item!.result as { figures: { value: number }[] }).figures.map((figure) => figure.value)).toContain(60000);
    expect(updates()).toHaveLength(1);
    expect(stored.pendingJobs).toEqual(['entities', 'quotes', 'places', 'related']);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('writes entity index items for the entities job', async () => {
    await handler()(jobEvent(job('entities')), lambdaContext());
    const entityItems = putItems().filter((item) => String(item.SK).startsWith(keys.prefixes.entity));
    const entityKeys = entityItems.map((item) => entityIndexFromItem(item).entityKey);
    expect(entityKeys).toContain('samsung');
    expect(entityItems[0]).toMatchObject({ articleId: ARTICLE_ID, version: 1, [indexes.byEntity.sortKey]: `${stored.date}#${ARTICLE_ID}` });
  });

  it('makes the article ENRICHED when the last job finishes and announces it once', async () => {
    stored = { ...stored, pendingJobs: ['quotes'] };
    const result = await handler()(jobEvent(job('quotes')), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(updates()).toHaveLength(2);
    expect(updates()[1]!.ConditionExpression).toContain('attribute_not_exists');
    expect(stored.status).toBe('ENRICHED');
    const event = JSON.parse(sns.commandCalls(PublishCommand)[0]!.args[0].input.Message!);
    expect(event).toMatchObject({ type: 'article.enriched', articleId: ARTICLE_ID, version: 1, topics: ['economy'] });

    // The same job redelivered: the article is no longer PARSED, nothing changes.
    dynamo.resetHistory();
    sns.resetHistory();
    await handler()(jobEvent(job('quotes')), lambdaContext());
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('does not announce when another job won the ENRICHED transition', async () => {
    stored = { ...stored, pendingJobs: ['places'] };
    dynamo.on(UpdateItemCommand).callsFake((input) => {
      if (input.UpdateExpression.startsWith('SET')) throw new ConditionalCheckFailedException({ message: 'lost', $metadata: {} });
      return applyUpdate(input);
    });
    const result = await handler()(jobEvent(job('places')), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('changes nothing for a job of a superseded version', async () => {
    stored = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    const result = await handler()(jobEvent(job('figures', 1)), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  it('removes its entity items again when a newer version landed while the job ran', async () => {
    const newer = makeParsedRecord({ articleId: ARTICLE_ID, analysis, previous: stored, source: { sequencer: '0055AED6DCD90281F0' } });
    dynamo.on(UpdateItemCommand).callsFake(() => {
      stored = newer;
      throw new ConditionalCheckFailedException({ message: 'version', $metadata: {} });
    });
    const result = await handler()(jobEvent(job('entities')), lambdaContext());
    expect(result.batchItemFailures).toEqual([]);
    const cleanup = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input.ExpressionAttributeValues?.[':seq']?.S);
    expect(cleanup).toContain('0055AED6DCD90281F');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('drops job messages that can never run, with a metric', async () => {
    const addMetric = vi.spyOn(Metrics.prototype, 'addMetric');
    const result = await handler()(
      jobEvent('{not json', JSON.stringify({ ...job('figures'), kind: 'horoscope' }), JSON.stringify({ kind: 'figures' })),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(0);
    expect(addMetric.mock.calls.filter(([name]) => name === 'BadJobMessages')).toHaveLength(3);
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
      return { Items: [] };
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

  it('retries when the processed document holds other content than the record', async () => {
    const otherDocument = JSON.stringify(buildProcessedDocument(ARTICLE_ID, 1, makeAnalysis()));
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => new TextEncoder().encode(otherDocument) } as never });
    const result = await handler()(jobEvent(job('figures')), lambdaContext());
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'j0' }]);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it('fails only the throttled job of a batch', async () => {
    let calls = 0;
    dynamo.on(PutItemCommand).callsFake(() => {
      if (++calls === 1) throw new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
      return {};
    });
    const result = await handler()(jobEvent(job('figures'), job('quotes')), lambdaContext());
    expect(result.batchItemFailures).toHaveLength(1);
    expect(stored.pendingJobs).toHaveLength(4);
  });
});
