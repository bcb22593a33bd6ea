/**
 * RecordStore on one DynamoDB table. Every write that can race is a
 * conditional single-item write (no transactions: dynalite has none, and the
 * record contract does not need them).
 */
import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall, type marshallOptions } from '@aws-sdk/util-dynamodb';
import { JOB_KINDS, type JobKind } from '../core/enrich/types';
import { indexKeys, indexes, keys, tableKeys } from '../core/records/keys';
import {
  articleFromItem,
  articleItem,
  conditionAttributes,
  contentClaimItem,
  entityIndexFromItem,
  entityIndexItem,
  jobItem,
  topicIndexFromItem,
  topicIndexItem,
  type Item,
} from '../core/records/mapping';
import { sequencerOrderKey } from '../core/records/sequencer';
import type { ArticleRecord, EntityIndexItem, JobItem, TopicIndexItem } from '../core/records/types';
import { retryLeftovers, type BackoffOptions } from './backoff';
import { chunk } from './sqs-job-queue';
import type { ArticleWriteResult, RecordStore } from './ports';

const MARSHALL: marshallOptions = { removeUndefinedValues: true, convertClassInstanceToMap: false };
const BATCH_WRITE_LIMIT = 25;

const toAttributes = (item: Item): Record<string, AttributeValue> => marshall(item, MARSHALL);
const fromAttributes = (attributes: Record<string, AttributeValue>): Item => unmarshall(attributes) as Item;

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
  '#pending': conditionAttributes.pendingJobs,
};

export class DynamoDbRecordStore implements RecordStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly backoff: BackoffOptions = {},
  ) {}

  async getArticle(articleId: string): Promise<ArticleRecord | undefined> {
    const output = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: toAttributes({ ...keys.article(articleId) }), ConsistentRead: true }),
    );
    return output.Item === undefined ? undefined : articleFromItem(fromAttributes(output.Item));
  }

  async putArticle(record: ArticleRecord, previous: ArticleRecord | undefined): Promise<ArticleWriteResult> {
    const fresh = previous === undefined;
    const written = await conditional(() =>
      this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: toAttributes(articleItem(record)),
          // Optimistic concurrency on the version read: two uploads racing from the
          // same read can never both become version n+1.
          ConditionExpression: fresh ? 'attribute_not_exists(#pk)' : '#version = :prevVersion AND #seq < :seq',
          ExpressionAttributeNames: fresh ? { '#pk': names['#pk'] } : { '#version': names['#version'], '#seq': names['#seq'] },
          ExpressionAttributeValues: fresh
            ? undefined
            : toAttributes({ ':prevVersion': previous.version, ':seq': sequencerOrderKey(record.source.sequencer) }),
        }),
      ),
    );
    return written ? 'written' : 'conflict';
  }

  putTopicIndexItems(items: TopicIndexItem[]): Promise<number> {
    return this.putIndexItems(items.map(topicIndexItem));
  }

  putEntityIndexItems(items: EntityIndexItem[]): Promise<number> {
    return this.putIndexItems(items.map(entityIndexItem));
  }

  /** One conditional PutItem per item: BatchWriteItem cannot carry conditions. */
  private async putIndexItems(items: Item[]): Promise<number> {
    const results = await Promise.all(
      items.map((item) =>
        conditional(() =>
          this.client.send(
            new PutItemCommand({
              TableName: this.table,
              Item: toAttributes(item),
              ConditionExpression: 'attribute_not_exists(#pk) OR #seq <= :seq',
              ExpressionAttributeNames: { '#pk': names['#pk'], '#seq': names['#seq'] },
              ExpressionAttributeValues: toAttributes({ ':seq': item[conditionAttributes.sequencer] }),
            }),
          ),
        ),
      ),
    );
    return results.filter((written) => !written).length;
  }

  async deleteStaleIndexItems(articleId: string, sequencer: string): Promise<number> {
    const orderKey = sequencerOrderKey(sequencer);
    const stale: Item[] = [];
    for (const prefix of [keys.prefixes.topic, keys.prefixes.entity]) {
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const output = await this.client.send(
          new QueryCommand({
            TableName: this.table,
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
            FilterExpression: '#seq < :seq',
            ProjectionExpression: '#pk, #sk',
            ExpressionAttributeNames: { '#pk': tableKeys.partitionKey, '#sk': tableKeys.sortKey, '#seq': names['#seq'] },
            ExpressionAttributeValues: toAttributes({ ':pk': keys.article(articleId).PK, ':prefix': prefix, ':seq': orderKey }),
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of output.Items ?? []) stale.push(fromAttributes(item));
        startKey = output.LastEvaluatedKey;
      } while (startKey !== undefined);
    }
    const requests: WriteRequest[] = stale.map((item) => ({
      DeleteRequest: { Key: toAttributes({ [tableKeys.partitionKey]: item[tableKeys.partitionKey], [tableKeys.sortKey]: item[tableKeys.sortKey] }) },
    }));
    for (const batch of chunk(requests, BATCH_WRITE_LIMIT)) await this.batchWrite(batch);
    return stale.length;
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

  putJobItem(item: JobItem): Promise<boolean> {
    return conditional(() =>
      this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: toAttributes(jobItem(item)),
          ConditionExpression: 'attribute_not_exists(#pk) OR #version <= :version',
          ExpressionAttributeNames: { '#pk': names['#pk'], '#version': names['#version'] },
          ExpressionAttributeValues: toAttributes({ ':version': item.version }),
        }),
      ),
    );
  }

  async completedJobKinds(articleId: string, version: number): Promise<JobKind[]> {
    const done = new Set<JobKind>();
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const output = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ProjectionExpression: '#sk, #version',
          ExpressionAttributeNames: { '#pk': tableKeys.partitionKey, '#sk': tableKeys.sortKey, '#version': names['#version'] },
          ExpressionAttributeValues: toAttributes({ ':pk': keys.article(articleId).PK, ':prefix': keys.prefixes.job }),
          // Strongly consistent: a finisher must see every result stored before its own.
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of output.Items ?? []) {
        const item = fromAttributes(raw);
        const kind = String(item[tableKeys.sortKey]).slice(keys.prefixes.job.length);
        if (item.version === version && (JOB_KINDS as readonly string[]).includes(kind)) done.add(kind as JobKind);
      }
      startKey = output.LastEvaluatedKey;
    } while (startKey !== undefined);
    return JOB_KINDS.filter((kind) => done.has(kind));
  }

  async markEnriched(articleId: string, version: number, at: Date): Promise<ArticleRecord | undefined> {
    const now = at.toISOString();
    const status = indexKeys.status('ENRICHED', now, articleId);
    try {
      const output = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: toAttributes({ ...keys.article(articleId) }),
          // REMOVE: items of the older schema still carry a pending set.
          UpdateExpression:
            'SET #status = :enriched, enrichedAt = :now, updatedAt = :now, #statusKey = :statusKey, #statusDate = :statusDate REMOVE #pending',
          ConditionExpression: '#version = :version AND #status = :parsed',
          ExpressionAttributeNames: {
            '#status': names['#status'],
            '#version': names['#version'],
            '#pending': names['#pending'],
            '#statusKey': indexes.byStatus.partitionKey,
            '#statusDate': indexes.byStatus.sortKey,
          },
          ExpressionAttributeValues: toAttributes({
            ':enriched': 'ENRICHED',
            ':parsed': 'PARSED',
            ':now': now,
            ':version': version,
            ':statusKey': status[indexes.byStatus.partitionKey],
            ':statusDate': status[indexes.byStatus.sortKey],
          }),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return output.Attributes === undefined ? undefined : articleFromItem(fromAttributes(output.Attributes));
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async queryTopic(topicId: string, limit: number): Promise<TopicIndexItem[]> {
    const items = await this.queryIndex(indexes.byTopic, indexKeys.topicPartition(topicId), limit);
    return items.map(topicIndexFromItem);
  }

  async queryEntity(entityKey: string, limit: number): Promise<EntityIndexItem[]> {
    const items = await this.queryIndex(indexes.byEntity, indexKeys.entityPartition(entityKey), limit);
    return items.map(entityIndexFromItem);
  }

  private async queryIndex(index: { indexName: string; partitionKey: string }, partition: string, limit: number): Promise<Item[]> {
    const output = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: toAttributes({ ':pk': partition }),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (output.Items ?? []).map(fromAttributes);
  }
}
