/**
 * The downstream read client: typed reads of newsdrop records. Depends only on
 * the DynamoDB SDK and the records modules, so other TypeScript services can
 * import it without the pipeline.
 */
import {
  BatchGetItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  articleIdFromKey,
  entityKeyOf,
  entryPartitions,
  indexKeys,
  indexes,
  keys,
  tableKeys,
  type ArticleStatus,
  type IndexDefinition,
} from '../lambdas/core/records/keys';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { fanoutPage, type ListingSource } from './fanout';
import { TAXONOMY } from '../lambdas/taxonomy';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor';
import { sortKeyRange } from './dates';
import { ReadClientError } from './errors';
import {
  assembleArticle,
  datedIdentity,
  listingItem,
  withoutInternals,
  type ArticleView,
  type FailureItem,
  type ListingItem,
  type Page,
  type StoredItem,
} from './items';

export const ARTICLE_STATUSES = ['RECEIVED', 'PARSED', 'ENRICHED', 'FAILED'] as const satisfies readonly ArticleStatus[];
// Fails to compile if keys.ts gains a status this list does not name.
const everyStatusListed: Exclude<ArticleStatus, (typeof ARTICLE_STATUSES)[number]> extends never ? true : never = true;
void everyStatusListed;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export interface ReadClientOptions {
  dynamodb: DynamoDBClient;
  tableName: string;
  /** Topic ids `byTopic` accepts; the ids of the taxonomy the pipeline classifies with by default. */
  topicIds?: Iterable<string>;
}

export interface ListOptions {
  /** Inclusive lower bound: YYYY-MM-DD or an ISO 8601 date-time. */
  since?: string;
  /** Inclusive upper bound; a bare date covers the whole day. */
  until?: string;
  /** Items per page, 1..1000 (default 50). */
  limit?: number;
  /** `cursor` of the previous page. */
  cursor?: string;
}

export type StatusCounts = Record<ArticleStatus, number>;

export interface ReadClient {
  /** The article with its topics, entities and job results, or undefined when no article item exists. */
  getArticle(articleId: string): Promise<ArticleView | undefined>;
  /** Articles labelled with a topic, newest first. */
  byTopic(topicId: string, options?: ListOptions): Promise<Page<ListingItem>>;
  /** Articles naming an entity ("Samsung", "samsung" and "SAMSUNG" are one entity), newest first. */
  byEntity(entity: string, options?: ListOptions): Promise<Page<ListingItem>>;
  /** FAILED articles, most recently failed first, with error and source object. */
  failures(options?: ListOptions): Promise<Page<FailureItem>>;
  /** Number of articles in each status. */
  countByStatus(): Promise<StatusCounts>;
}

export function createReadClient(options: ReadClientOptions): ReadClient {
  const { dynamodb, tableName } = options;
  const knownTopics = new Set(options.topicIds ?? TAXONOMY.topics.map((topic) => topic.id));

  async function queryPage(index: IndexDefinition, partition: string, list: ListOptions): Promise<{ items: StoredItem[]; cursor?: string }> {
    const limit = checkedLimit(list.limit);
    const range = sortKeyRange(list.since, list.until);
    const scope: CursorScope = {
      indexName: index.indexName,
      partition,
      keyAttributes: [tableKeys.partitionKey, tableKeys.sortKey, index.partitionKey, index.sortKey],
    };
    const exclusiveStartKey = list.cursor === undefined ? undefined : decodeCursor(scope, list.cursor);
    const result = await dynamodb.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.indexName,
        ...keyCondition(index, partition, range),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: exclusiveStartKey,
      }),
    );
    return { items: result.Items ?? [], cursor: encodeCursor(scope, result.LastEvaluatedKey) };
  }

  /** Schema-2 shards in the base table plus the schema-1 GSI partition, merged newest first. */
  async function listing(kind: 'topic' | 'entity', value: string, list: ListOptions): Promise<Page<ListingItem>> {
    const limit = checkedLimit(list.limit);
    const range = sortKeyRange(list.since, list.until);
    const legacy = kind === 'topic' ? indexes.byTopic : indexes.byEntity;
    const shards = kind === 'topic' ? entryPartitions.topic(value) : entryPartitions.entity(value);
    const sources: ListingSource[] = [
      ...shards.map((partition) => ({ partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey, partition })),
      {
        indexName: legacy.indexName,
        partitionKey: legacy.partitionKey,
        sortKey: legacy.sortKey,
        partition: kind === 'topic' ? indexKeys.topicPartition(value) : indexKeys.entityPartition(value),
      },
    ];
    const page = await fanoutPage(dynamodb, tableName, `${kind}:${value}`, sources, range, limit, list.cursor);
    const asIndex = (source: ListingSource): IndexDefinition =>
      source.indexName === undefined ? { indexName: 'entries', partitionKey: source.partitionKey, sortKey: source.sortKey, projection: { type: 'ALL' } } : legacy;
    return withCursor(
      page.items.map(({ raw, source }) => listingItem(raw, asIndex(source), kind === 'entity')),
      page.cursor,
    );
  }

  return {
    async getArticle(articleId) {
      if (typeof articleId !== 'string' || articleId.trim() === '') throw new ReadClientError('article id must be a non-empty string');
      const stored: StoredItem[] = [];
      let startKey: Record<string, AttributeValue> | undefined;
      // One article's collection is small, but a page is still capped at 1 MB.
      do {
        const result = await dynamodb.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': tableKeys.partitionKey },
            ExpressionAttributeValues: { ':pk': { S: keys.article(articleId).PK } },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        stored.push(...(result.Items ?? []));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return assembleArticle(stored);
    },

    async byTopic(topicId, list = {}) {
      if (!knownTopics.has(topicId)) {
        throw new ReadClientError(`unknown topic "${topicId}" (known: ${[...knownTopics].sort().join(', ')})`);
      }
      return listing('topic', topicId, list);
    },

    async byEntity(entity, list = {}) {
      const entityKey = typeof entity === 'string' ? entityKeyOf(entity) : '';
      if (entityKey === '') throw new ReadClientError('entity must be a non-empty name');
      return listing('entity', entityKey, list);
    },

    async failures(list = {}) {
      const index = indexes.byStatus;
      const page = await queryPage(index, indexKeys.statusPartition('FAILED'), list);
      const rows = page.items.map((raw) => {
        const plain = unmarshall(raw);
        const { articleId, date } = datedIdentity(plain, index);
        return { articleId, failedAt: date, indexed: plain };
      });
      // Index projections keep listing attributes only: error and source come from the article items.
      const articles = await batchGetArticles(
        dynamodb,
        tableName,
        rows.map((row) => row.articleId),
      );
      const items: FailureItem[] = [];
      for (const row of rows) {
        const article = articles.get(row.articleId);
        // Left FAILED between the index read and now (a corrected re-upload): no longer a failure.
        if (article && article.status !== 'FAILED') continue;
        const merged = { ...row.indexed, ...(article ?? {}) };
        const item: FailureItem = { articleId: row.articleId, failedAt: row.failedAt };
        if (typeof merged.title === 'string') item.title = merged.title;
        if (typeof merged.version === 'number') item.version = merged.version;
        if (merged.error) item.error = merged.error as FailureItem['error'];
        if (merged.source) item.source = merged.source as FailureItem['source'];
        items.push(item);
      }
      return withCursor(items, page.cursor);
    },

    async countByStatus() {
      // byStatus is sparse (FAILED only, schema 2); schema-1 items still sit in its other partitions.
      // The other statuses are counted by reading every article item: an operator's command, not a hot path.
      const [failedIndexed, scanned] = await Promise.all([
        countPartition(dynamodb, tableName, indexes.byStatus, indexKeys.statusPartition('FAILED')),
        countArticlesByStatus(dynamodb, tableName),
      ]);
      return { ...scanned, FAILED: Math.max(failedIndexed, scanned.FAILED) };
    },
  };
}

function withCursor<T>(items: T[], cursor: string | undefined): Page<T> {
  return cursor === undefined ? { items } : { items, cursor };
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ReadClientError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${String(limit)}`);
  }
  return limit;
}

function keyCondition(
  index: IndexDefinition,
  partition: string,
  range: { lower?: string; upper?: string },
): Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const names: Record<string, string> = { '#pk': index.partitionKey };
  const values: Record<string, AttributeValue> = { ':pk': { S: partition } };
  let expression = '#pk = :pk';
  if (range.lower !== undefined || range.upper !== undefined) {
    names['#sk'] = index.sortKey;
    if (range.lower !== undefined && range.upper !== undefined) {
      expression += ' AND #sk BETWEEN :lower AND :upper';
      values[':lower'] = { S: range.lower };
      values[':upper'] = { S: range.upper };
    } else if (range.lower !== undefined) {
      expression += ' AND #sk >= :lower';
      values[':lower'] = { S: range.lower };
    } else {
      expression += ' AND #sk <= :upper';
      values[':upper'] = { S: range.upper! };
    }
  }
  return { KeyConditionExpression: expression, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

async function countPartition(dynamodb: DynamoDBClient, tableName: string, index: IndexDefinition, partition: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const result = await dynamodb.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': { S: partition } },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return count;
}

async function countArticlesByStatus(dynamodb: DynamoDBClient, tableName: string): Promise<StatusCounts> {
  const counts: StatusCounts = { RECEIVED: 0, PARSED: 0, ENRICHED: 0, FAILED: 0 };
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const result = await dynamodb.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#sk = :article',
        ProjectionExpression: '#status',
        ExpressionAttributeNames: { '#sk': tableKeys.sortKey, '#status': 'status' },
        ExpressionAttributeValues: { ':article': { S: keys.article('').SK } },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of result.Items ?? []) {
      const status = item.status?.S as ArticleStatus | undefined;
      if (status !== undefined && status in counts) counts[status] += 1;
    }
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return counts;
}

const BATCH_GET_LIMIT = 100;
const MAX_BATCH_GET_ROUNDS = 8;

/** Article items by id (absent ids are missing from the map). Retries unprocessed keys with backoff. */
async function batchGetArticles(dynamodb: DynamoDBClient, tableName: string, articleIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Set(articleIds)];
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    let pending: Record<string, AttributeValue>[] = unique.slice(start, start + BATCH_GET_LIMIT).map((id) => {
      const key = keys.article(id);
      return { [tableKeys.partitionKey]: { S: key.PK }, [tableKeys.sortKey]: { S: key.SK } };
    });
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_BATCH_GET_ROUNDS) throw new Error(`DynamoDB left ${pending.length} article reads unprocessed after ${round} attempts`);
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round));
      const result = await dynamodb.send(
        new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      for (const raw of result.Responses?.[tableName] ?? []) {
        const plain = unmarshall(raw);
        found.set(articleIdFromKey(String(plain[tableKeys.partitionKey])), withoutInternals(plain));
      }
      pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return found;
}
