/**
 * Test support for the read client: a real dynalite server with the records
 * table (key layout from keys.ts, projections as the stack declares them) and
 * fixtures written through the pipeline's own mapping module.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import dynalite from 'dynalite';
import { indexKeys, keys, type ArticleStatus } from '../../lambdas/core/records/keys';
import { recordsTableInput } from '../../local/records-table';
import {
  articleItem,
  buildEntityEntries,
  buildEnrichedAttributes,
  buildTopicEntries,
  entityEntryItem,
  topicEntryItem,
} from '../../lambdas/core/records/mapping';
import { sequencerOrderKey } from '../../lambdas/core/records/sequencer';
import type { ArticleRecord, MainEntity } from '../../lambdas/core/records/types';
import type { JobKind, JobResults } from '../../lambdas/core/enrich/types';
void (0 as unknown as JobResults[JobKind]);

/** The 16 topic ids of taxonomy v1 (shared/taxonomy.md). */
export const TAXONOMY_IDS = [
  'critical-minerals', 'semiconductors-electronics', 'chemicals-hydrogen', 'energy', 'agriculture-food',
  'transport-infrastructure', 'automotive', 'healthcare-pharma', 'education-science', 'digital-ai',
  'textiles-light-industry', 'trade-investment', 'culture-tourism', 'labor-migration', 'diplomacy',
  'environment-climate',
] as const;

export const REGION = 'us-east-1';
export const TABLE = 'newsdrop-records-test';

export interface DynamoFixture {
  endpoint: string;
  client: DynamoDBClient;
  stop(): Promise<void>;
}

export async function startDynamo(): Promise<DynamoFixture> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return {
    endpoint,
    client,
    async stop() {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Creates the records table as the stack does (keys, indexes and projections from keys.ts). */
export async function createRecordsTable(client: DynamoDBClient, tableName = TABLE): Promise<void> {
  await client.send(new CreateTableCommand(recordsTableInput(tableName)));
}

export interface ArticleFixture {
  id: string;
  status?: ArticleStatus;
  /** Sort date of the topic/entity index items. */
  date: string;
  updatedAt?: string;
  title?: string;
  version?: number;
  topics?: Array<{ id: string; score: number }>;
  entities?: Array<{ name: string; key: string; type: string; role?: string }>;
  jobs?: Partial<{ [K in JobKind]: JobResults[K] }>;
  error?: { code: string; message: string };
  sourceKey?: string;
  /** Record layout to write: 1 (items in the article's partition, GSIs) or 2 (the default: entries, compressed content). */
  schema?: 1 | 2;
  /** Schema 2: the stored text and topic evidence (spans into it). */
  text?: string;
  evidence?: Record<string, Array<{ text: string; start: number; end: number }>>;
}

type Item = Record<string, unknown>;

/** Every item of one article in the layout of `fixture.schema`, built with the pipeline's own key module. */
export function articleItems(fixture: ArticleFixture): Item[] {
  const version = fixture.version ?? 1;
  const status = fixture.status ?? 'ENRICHED';
  const updatedAt = fixture.updatedAt ?? `${fixture.date.slice(0, 10)}T12:00:00.000Z`;
  const title = fixture.title ?? `Article ${fixture.id}`;
  const schema = fixture.schema ?? 2;
  const record: ArticleRecord = {
    articleId: fixture.id,
    status,
    version,
    schemaVersion: schema,
    taxonomyVersion: '1.0.0',
    source: {
      bucket: 'newsroom',
      key: fixture.sourceKey ?? `incoming/wire/${fixture.id}.txt`,
      size: 1200,
      sequencer: `0055AED6DCD9028${version}C0`,
    },
    receivedAt: updatedAt,
    updatedAt,
    date: fixture.date,
    title,
    language: 'en',
    topics: (fixture.topics ?? []).map((t) => ({ ...t, evidence: [] })),
  };
  if (fixture.error) record.error = fixture.error;
  return schema === 1 ? schema1Items(record, fixture) : schema2Items(record, fixture);
}

function schema2Items(record: ArticleRecord, fixture: ArticleFixture): Item[] {
  const mainEntities: MainEntity[] = (fixture.entities ?? []).map((e) => ({
    key: e.key,
    name: e.name,
    type: e.type as MainEntity['type'],
    role: e.role,
    mentions: 2,
    lookupKeys: [e.key],
  }));
  const text = fixture.text ?? `Text of ${fixture.id}.`;
  let article: Item = articleItem(record);
  if (record.status === 'ENRICHED') {
    const topics = (fixture.topics ?? []).map((t) => ({ ...t, evidence: fixture.evidence?.[t.id] ?? [] }));
    const attributes = buildEnrichedAttributes({ topics, text, mainEntities, results: fixture.jobs ?? {}, failures: {}, now: new Date(record.updatedAt) });
    article = { ...article, ...attributes, updatedAt: record.updatedAt, enrichedAt: record.updatedAt };
    record.mainEntities = mainEntities;
  }
  const context = { ...record, sequencer: record.source.sequencer };
  return [article, ...buildTopicEntries(record).map(topicEntryItem), ...buildEntityEntries(context, record.status === 'ENRICHED' ? mainEntities : []).map(entityEntryItem)];
}

/** Schema-1 items, as the first writers stored them (the read client still reads them). */
function schema1Items(record: ArticleRecord, fixture: ArticleFixture): Item[] {
  const sequencer = sequencerOrderKey(record.source.sequencer);
  const common = { articleId: record.articleId, version: record.version, sequencer, date: record.date, title: record.title ?? '' };
  const items: Item[] = [{ ...articleItem(record), ...indexKeys.status(record.status, record.updatedAt, record.articleId) }];
  for (const topic of record.topics ?? []) {
    items.push({ ...common, topicId: topic.id, score: topic.score, language: 'en', ...keys.topic(record.articleId, topic.id), ...indexKeys.topic(topic.id, record.date, record.articleId) });
  }
  for (const entity of fixture.entities ?? []) {
    items.push({ ...common, entityKey: entity.key, name: entity.name, type: entity.type, role: entity.role, ...keys.entity(record.articleId, entity.key), ...indexKeys.entity(entity.key, record.date, record.articleId) });
  }
  for (const [kind, result] of Object.entries(fixture.jobs ?? {})) {
    items.push({ articleId: record.articleId, kind, version: record.version, completedAt: record.updatedAt, result, ...keys.job(record.articleId, kind as JobKind) });
  }
  return items;
}

export async function putItems(client: DynamoDBClient, items: Item[], tableName = TABLE): Promise<void> {
  for (let start = 0; start < items.length; start += 25) {
    const chunk = items.slice(start, start + 25);
    const result = await client.send(
      new BatchWriteItemCommand({
        RequestItems: { [tableName]: chunk.map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } })) },
      }),
    );
    const left = result.UnprocessedItems?.[tableName]?.length ?? 0;
    if (left > 0) throw new Error(`dynalite left ${left} items unprocessed`);
  }
}

export async function seed(client: DynamoDBClient, fixtures: ArticleFixture[], tableName = TABLE): Promise<void> {
  await putItems(client, fixtures.flatMap(articleItems), tableName);
}

/** Day `n` (1-based) of June 2024 as a bare ISO date. */
export function juneDay(n: number): string {
  return `2024-06-${String(n).padStart(2, '0')}`;
}
