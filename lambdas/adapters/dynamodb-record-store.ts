/**
 * RecordStore on one DynamoDB table (record contract, schema 2). The writes
 * that can race are conditional single-item writes whose condition fails only
 * when a race actually happened (no transactions: dynalite has none, and the
 * contract does not need them). Listing entries are written unconditionally in
 * batches; a writer that loses its race puts the winner's entries back.
 * Article reads and entry writes issued together by the parallel messages of
 * one invocation go out as one BatchGetItem / BatchWriteItem, and identical
 * listing queries issued together (articles of one topic shard looking for
 * related ones) as one Query (tick-batcher.ts).
 */
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall, type marshallOptions } from '@aws-sdk/util-dynamodb';
import { entryPartitions, keys, tableKeys } from '../core/records/keys';
import {
  articleFromItem,
  articleItem,
  conditionAttributes,
  contentClaimItem,
  entityEntryFromItem,
  entityEntryItem,
  topicEntryFromItem,
  topicEntryItem,
  type EnrichedAttributes,
  type Item,
} from '../core/records/mapping';
import { sequencerOrderKey } from '../core/records/sequencer';
import type { ArticleRecord, EntityIndexItem, TopicIndexItem } from '../core/records/types';
import { retryLeftovers, type BackoffOptions } from './backoff';
import { chunk } from './sqs-job-queue';
import { tickBatcher } from './tick-batcher';
import type { ArticleWriteResult, EntryKey, RecordStore } from './ports';

// Numbers beyond 2^53 are stored as the closest double (figures such as "$12,000 trillion"):
// the record keeps the magnitude; DynamoDB's own range is checked by the mapping before writing.
const MARSHALL: marshallOptions = { removeUndefinedValues: true, convertClassInstanceToMap: false, allowImpreciseNumbers: true };
const BATCH_WRITE_LIMIT = 25;
const BATCH_GET_LIMIT = 100;

const toAttributes = (item: Item): Record<string, AttributeValue> => marshall(item, MARSHALL);
const fromAttributes = (attributes: Record<string, AttributeValue>): Item => unmarshall(attributes, { wrapNumbers: false }) as Item;

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/** Runs a conditional write; false when the condition refused it. */
async function conditional(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

const names = {
  '#pk': tableKeys.partitionKey,
  '#seq': conditionAttributes.sequencer,
  '#version': conditionAttributes.version,
  '#status': conditionAttributes.status,
};

const entryKeyOf = (item: Item): EntryKey => ({ PK: String(item[tableKeys.partitionKey]), SK: String(item[tableKeys.sortKey]) });
const sameKey = (a: EntryKey, b: EntryKey) => a.PK === b.PK && a.SK === b.SK;
interface PartitionQuery {
  partition: string;
  limit: number;
}

const keyString = (key: EntryKey) => `${key.PK}\u0000${key.SK}`;

function writeRequestKey(request: WriteRequest): string {
  const attributes = request.PutRequest?.Item ?? request.DeleteRequest?.Key ?? {};
  return keyString({ PK: attributes[tableKeys.partitionKey]?.S ?? '', SK: attributes[tableKeys.sortKey]?.S ?? '' });
}

/**
 * In order, at most 25 requests per BatchWriteItem and no key twice in one (DynamoDB refuses
 * that; two messages of a batch may carry events of the same key).
 */
export function writeBatches(requests: WriteRequest[]): WriteRequest[][] {
  const batches: WriteRequest[][] = [];
  let current: WriteRequest[] = [];
  let keysInCurrent = new Set<string>();
  for (const request of requests) {
    const key = writeRequestKey(request);
    if (current.length === BATCH_WRITE_LIMIT || keysInCurrent.has(key)) {
      batches.push(current);
      current = [];
      keysInCurrent = new Set();
    }
    current.push(request);
    keysInCurrent.add(key);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export class DynamoDbRecordStore implements RecordStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly backoff: BackoffOptions = {},
  ) {}

  private readonly readArticle = tickBatcher<string, ArticleRecord | undefined>({
    together: (articleIds) => this.getArticles(articleIds),
    alone: (articleId) => this.getArticleItem(articleId),
  });

  private readonly writeEntries = tickBatcher<WriteRequest[], void>({
    together: async (parts) => {
      for (const batch of writeBatches(parts.flat())) await this.batchWrite(batch);
      return parts.map(() => undefined);
    },
    alone: async (requests) => {
      for (const batch of writeBatches(requests)) await this.batchWrite(batch);
    },
  });

  getArticle(articleId: string): Promise<ArticleRecord | undefined> {
    return this.readArticle(articleId);
  }

  /** Strongly consistent BatchGetItem of article items, retrying UnprocessedKeys; one result per id. */
  private async getArticles(articleIds: string[]): Promise<Array<ArticleRecord | undefined>> {
    const found = new Map<string, ArticleRecord>();
    const unique = [...new Set(articleIds)].map((articleId) => toAttributes({ ...keys.article(articleId) }));
    for (const batch of chunk(unique, BATCH_GET_LIMIT)) {
      await retryLeftovers(
        batch,
        async (pending) => {
          const output = await this.client.send(
            new BatchGetItemCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }),
          );
          for (const attributes of output.Responses?.[this.table] ?? []) {
            const item = fromAttributes(attributes);
            found.set(keyString(entryKeyOf(item)), articleFromItem(item));
          }
          return output.UnprocessedKeys?.[this.table]?.Keys ?? [];
        },
        { ...this.backoff, what: 'BatchGetItem' },
      );
    }
    return articleIds.map((articleId) => found.get(keyString(keys.article(articleId))));
  }

  private async getArticleItem(articleId: string): Promise<ArticleRecord | undefined> {
    const output = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: toAttributes({ ...keys.article(articleId) }),
        ConsistentRead: true,
      }),
    );
    return output.Item === undefined ? undefined : articleFromItem(fromAttributes(output.Item));
  }

  async putArticle(record: ArticleRecord, previous: ArticleRecord | undefined, options: { ignoreSequencer?: boolean } = {}): Promise<ArticleWriteResult> {
    const fresh = previous === undefined;
    const bySequencer = !fresh && options.ignoreSequencer !== true;
    const written = await conditional(() =>
      this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: toAttributes(articleItem(record)),
          // Optimistic concurrency on the version read: two uploads racing from the
          // same read can never both become version n+1.
          ConditionExpression: fresh ? 'attribute_not_exists(#pk)' : bySequencer ? '#version = :prevVersion AND #seq < :seq' : '#version = :prevVersion',
          ExpressionAttributeNames: fresh
            ? { '#pk': names['#pk'] }
            : bySequencer
              ? { '#version': names['#version'], '#seq': names['#seq'] }
              : { '#version': names['#version'] },
          ExpressionAttributeValues: fresh
            ? undefined
            : toAttributes(
                bySequencer ? { ':prevVersion': previous.version, ':seq': sequencerOrderKey(record.source.sequencer) } : { ':prevVersion': previous.version },
              ),
        }),
      ),
    );
    return written ? 'written' : 'conflict';
  }

  async putEntries(topicEntries: TopicIndexItem[], entityEntries: EntityIndexItem[]): Promise<void> {
    const items = [...topicEntries.map(topicEntryItem), ...entityEntries.map(entityEntryItem)];
    if (items.length === 0) return;
    await this.writeEntries(items.map((item) => ({ PutRequest: { Item: toAttributes(item) } })));
  }

  async removeStaleEntries(entryKeys: EntryKey[], sequencer: string): Promise<void> {
    const orderKey = sequencerOrderKey(sequencer);
    await Promise.all(
      entryKeys.map((key) =>
        conditional(() =>
          this.client.send(
            new DeleteItemCommand({
              TableName: this.table,
              Key: toAttributes({ ...key }),
              ConditionExpression: 'attribute_not_exists(#pk) OR #seq < :seq',
              ExpressionAttributeNames: { '#pk': names['#pk'], '#seq': names['#seq'] },
              ExpressionAttributeValues: toAttributes({ ':seq': orderKey }),
            }),
          ),
        ),
      ),
    );
  }

  async yieldEntries(
    own: Array<TopicIndexItem | EntityIndexItem>,
    ownSequencer: string,
    winner: { topics: TopicIndexItem[]; entities: EntityIndexItem[] },
  ): Promise<void> {
    const winnerItems = [...winner.topics.map(topicEntryItem), ...winner.entities.map(entityEntryItem)];
    const ownItems = own.map((entry) => ('topicId' in entry ? topicEntryItem(entry) : entityEntryItem(entry)));
    const mine = toAttributes({ ':mine': sequencerOrderKey(ownSequencer) });
    await Promise.all(
      ownItems.map((item) => {
        const key = entryKeyOf(item);
        const replacement = winnerItems.find((candidate) => sameKey(entryKeyOf(candidate), key));
        const condition = { ConditionExpression: '#seq = :mine', ExpressionAttributeNames: { '#seq': names['#seq'] }, ExpressionAttributeValues: mine };
        return conditional(() =>
          replacement === undefined
            ? this.client.send(new DeleteItemCommand({ TableName: this.table, Key: toAttributes({ ...key }), ...condition }))
            : this.client.send(new PutItemCommand({ TableName: this.table, Item: toAttributes(replacement), ...condition })),
        );
      }),
    );
  }

  async removeSchema1Items(articleId: string): Promise<void> {
    const stale: Item[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const output = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#pk = :pk',
          ProjectionExpression: '#pk, #sk',
          ExpressionAttributeNames: { '#pk': tableKeys.partitionKey, '#sk': tableKeys.sortKey },
          ExpressionAttributeValues: toAttributes({ ':pk': keys.article(articleId).PK }),
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of output.Items ?? []) stale.push(fromAttributes(item));
      startKey = output.LastEvaluatedKey;
    } while (startKey !== undefined);
    const articleSortKey = keys.article(articleId).SK;
    const requests: WriteRequest[] = stale
      .filter((item) => item[tableKeys.sortKey] !== articleSortKey)
      .map((item) => ({ DeleteRequest: { Key: toAttributes({ ...entryKeyOf(item) }) } }));
    for (const batch of chunk(requests, BATCH_WRITE_LIMIT)) await this.batchWrite(batch);
  }

  /** BatchWriteItem, retrying UnprocessedItems with backoff and jitter. */
  async batchWrite(requests: WriteRequest[]): Promise<void> {
    await retryLeftovers(
      requests,
      async (pending) => {
        const output = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.table]: pending } }));
        return output.UnprocessedItems?.[this.table] ?? [];
      },
      { ...this.backoff, what: 'BatchWriteItem' },
    );
  }

  async claimContent(contentHash: string, articleId: string): Promise<string> {
    const claimed = await conditional(() =>
      this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: toAttributes(contentClaimItem(contentHash, articleId, new Date())),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': names['#pk'] },
        }),
      ),
    );
    if (claimed) return articleId;
    const output = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: toAttributes({ ...keys.content(contentHash) }), ConsistentRead: true }),
    );
    const owner = output.Item === undefined ? undefined : fromAttributes(output.Item).articleId;
    return typeof owner === 'string' ? owner : articleId;
  }

  async markEnriched(articleId: string, version: number, attributes: EnrichedAttributes): Promise<ArticleRecord | undefined> {
    const set = Object.entries(attributes).filter(([, value]) => value !== undefined);
    const attributeNames: Record<string, string> = { '#version': names['#version'], '#status': names['#status'] };
    const values: Item = { ':version': version, ':parsed': 'PARSED' };
    const assignments = set.map(([name, value], i) => {
      attributeNames[`#a${i}`] = name;
      values[`:a${i}`] = value;
      return `#a${i} = :a${i}`;
    });
    try {
      const output = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: toAttributes({ ...keys.article(articleId) }),
          UpdateExpression: `SET ${assignments.join(', ')}`,
          ConditionExpression: '#version = :version AND #status = :parsed',
          ExpressionAttributeNames: attributeNames,
          ExpressionAttributeValues: toAttributes(values),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return output.Attributes === undefined ? undefined : articleFromItem(fromAttributes(output.Attributes));
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async queryTopicShard(topicId: string, articleId: string, limit: number): Promise<TopicIndexItem[]> {
    const items = await this.queryPartition(entryPartitions.topicShardOf(topicId, articleId), limit);
    return items.map(topicEntryFromItem);
  }

  async queryEntity(lookupKey: string, limit: number): Promise<EntityIndexItem[]> {
    const shards = await Promise.all(entryPartitions.entity(lookupKey).map((partition) => this.queryPartition(partition, limit)));
    const newest = shards.flat().sort((a, b) => (String(a[tableKeys.sortKey]) < String(b[tableKeys.sortKey]) ? 1 : -1));
    return newest.slice(0, limit).map(entityEntryFromItem);
  }

  private readonly sharedQuery = tickBatcher<PartitionQuery, Item[]>({
    together: async (requests) => {
      const distinct = new Map<string, Promise<Item[]>>();
      const readOnce = (request: PartitionQuery) => {
        const key = `${request.partition}\u0000${request.limit}`;
        let items = distinct.get(key);
        if (items === undefined) distinct.set(key, (items = this.runPartitionQuery(request)));
        return items;
      };
      return Promise.all(requests.map(readOnce));
    },
    alone: (request) => this.runPartitionQuery(request),
  });

  /** Newest entries of a partition; the same partition asked for in one turn is read once. */
  private queryPartition(partition: string, limit: number): Promise<Item[]> {
    return this.sharedQuery({ partition, limit });
  }

  private async runPartitionQuery({ partition, limit }: PartitionQuery): Promise<Item[]> {
    const output = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': tableKeys.partitionKey },
        ExpressionAttributeValues: toAttributes({ ':pk': partition }),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (output.Items ?? []).map(fromAttributes);
  }
}
