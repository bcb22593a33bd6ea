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
import type { ArticleStatus } from '../../lambdas/core/records/keys';
import { recordsTableInput } from '../../local/records-table';
import {
  articleItem,
  buildEntityIndexItems,
  buildJobItem,
  buildTopicIndexItems,
  entityIndexItem,
  jobItem,
  topicIndexItem,
} from '../../lambdas/core/records/mapping';
import type { ArticleRecord } from '../../lambdas/core/records/types';
import type { Entity, JobKind, JobResults } from '../../lambdas/core/enrich/types';

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
}

type Item = Record<string, unknown>;

/** Every item of one article, built by the pipeline's own mapping module (keys and stored forms). */
export function articleItems(fixture: ArticleFixture): Item[] {
  const version = fixture.version ?? 1;
  const status = fixture.status ?? 'ENRICHED';
  const updatedAt = fixture.updatedAt ?? `${fixture.date.slice(0, 10)}T12:00:00.000Z`;
  const title = fixture.title ?? `Article ${fixture.id}`;
  const record: ArticleRecord = {
    articleId: fixture.id,
    status,
    version,
    schemaVersion: 1,
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
  const entities: Entity[] = (fixture.entities ?? []).map((e) => ({ ...e, type: e.type as Entity['type'], mentions: [] }));
  const items: Item[] = [
    articleItem(record),
    ...buildTopicIndexItems(record).map(topicIndexItem),
    ...buildEntityIndexItems(record, entities).map(entityIndexItem),
  ];
  for (const [kind, result] of Object.entries(fixture.jobs ?? {})) {
    items.push(jobItem(buildJobItem(fixture.id, kind as JobKind, version, result as JobResults[JobKind], new Date(updatedAt))));
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
