/**
 * The single owner of the DynamoDB key layout (record contract, schema 2).
 * The stack, the handlers, the CLI and the read client all build and read keys
 * through this module; no other file spells `ARTICLE#` or an index name.
 *
 * Items (one table), schema 2:
 * - article        PK=ARTICLE#<id>                   SK=ARTICLE          the record, its topics with evidence, main
 *                                                                         entities, compressed text and enrichment results
 * - topic entry    PK=TOPIC#<topic>#<shard>          SK=<date>#<id>      listing row for "articles on <topic>"
 * - entity entry   PK=ENTITY#<lookup key>#<shard>    SK=<date>#<id>      listing row for "articles naming <entity>"
 * - content claim  PK=CONTENT#<sha>                  SK=CONTENT          first article with that text; finds duplicates
 * - failed status  byStatus GSI on article items, sparse: only FAILED items carry its keys
 *
 * Entries are base-table items keyed for their query, not GSI copies: one write
 * unit each. A busy topic is spread over TOPIC_SHARDS partitions (the shard is
 * a function of the article id), so a backfill where half of 1,000 articles/s
 * share a topic puts ≈ 125 writes/s on each, an eighth of DynamoDB's 1,000
 * WCU/s per partition (an entity named by every one of them: 500/s on each of
 * ENTITY_SHARDS); readers query every shard and merge by sort key. The cost
 * bench simulates this (bench/cost/hot-keys.ts).
 *
 * Schema 1 (still readable): topic/entity/job items inside the article's
 * partition, listed through the byTopic/byEntity GSIs. Schema-2 items carry no
 * attribute of those GSIs, so the GSIs cost nothing for them.
 */
import { createHash } from 'node:crypto';

export const SCHEMA_VERSION = 2;

export const tableKeys = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; only items that should expire carry it. */
  ttlAttribute: 'expiresAt',
} as const;

export type IndexProjection = { readonly type: 'ALL' } | { readonly type: 'INCLUDE'; readonly attributes: readonly string[] };

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  /** What the index copies; the stack, the local runtime and the tests create it alike. */
  readonly projection: IndexProjection;
}

export const indexes = {
  // Schema-1 listing indexes: kept so the read client still lists schema-1 items; schema-2 items
  // never carry these attributes (sparse), so they add no write units. Drop them once no schema-1
  // item is left.
  byTopic: { indexName: 'byTopic', partitionKey: 'gsiTopicPK', sortKey: 'gsiTopicSK', projection: { type: 'ALL' } },
  byEntity: { indexName: 'byEntity', partitionKey: 'gsiEntityPK', sortKey: 'gsiEntitySK', projection: { type: 'ALL' } },
  // Sparse since schema 2: only FAILED article items carry its keys (the failures listing).
  byStatus: {
    indexName: 'byStatus',
    partitionKey: 'gsiStatusPK',
    sortKey: 'gsiStatusSK',
    projection: { type: 'INCLUDE', attributes: ['articleId', 'title', 'status', 'language', 'publishedAt', 'date', 'updatedAt'] },
  },
} as const satisfies Record<string, IndexDefinition>;

/** Partitions per topic / per entity lookup key (part of the contract: changing it re-keys every entry). */
export const TOPIC_SHARDS = 4;
export const ENTITY_SHARDS = 2;

/** DynamoDB's key limits: partition key ≤ 2,048 bytes, sort key ≤ 1,024 bytes (UTF-8). */
export const KEY_LIMITS = { partitionKeyBytes: 2048, sortKeyBytes: 1024 } as const;
/** Free-text parts of a key (entity names, dates) are cut to this many bytes plus a hash of the whole. */
export const MAX_KEY_PART_BYTES = 200;

const ARTICLE = 'ARTICLE#';
const TOPIC = 'TOPIC#';
const ENTITY = 'ENTITY#';
const JOB = 'JOB#';
const STATUS = 'STATUS#';
const CONTENT = 'CONTENT#';

export type ArticleStatus = 'RECEIVED' | 'PARSED' | 'ENRICHED' | 'FAILED';

export interface ItemKey {
  PK: string;
  SK: string;
}

const utf8 = new TextEncoder();
const utf8Bytes = (text: string) => utf8.encode(text).byteLength;

/**
 * A key part that never exceeds MAX_KEY_PART_BYTES: longer text keeps a prefix
 * (cut on a character boundary) and a hash of the whole, so distinct long
 * values stay distinct and equal ones map to the same key.
 */
export function boundedKeyPart(text: string, maxBytes = MAX_KEY_PART_BYTES): string {
  if (text.length * 3 <= maxBytes || utf8Bytes(text) <= maxBytes) return text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const room = maxBytes - hash.length - 1;
  let prefix = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (bytes + size > room) break;
    prefix += char;
    bytes += size;
  }
  return `${prefix}~${hash}`;
}

/** Stable id for a source object: the same bucket + key always maps to the same article. */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}\u0000${key}`).digest('hex').slice(0, 32);
}

/** The shard of an article's entries: a function of its id, so every writer and reader agrees. */
export function shardOf(articleId: string, shards: number): number {
  const head = Number.parseInt(articleId.slice(0, 8), 16);
  return Number.isFinite(head) ? head % shards : 0;
}

export const keys = {
  article: (articleId: string): ItemKey => ({ PK: ARTICLE + articleId, SK: 'ARTICLE' }),
  /** Schema-1 items inside the article's partition (read, and removed on re-upload). */
  topic: (articleId: string, topicId: string): ItemKey => ({ PK: ARTICLE + articleId, SK: TOPIC + topicId }),
  entity: (articleId: string, entityKey: string): ItemKey => ({ PK: ARTICLE + articleId, SK: ENTITY + entityKey }),
  job: (articleId: string, kind: string): ItemKey => ({ PK: ARTICLE + articleId, SK: JOB + kind }),
  content: (contentHash: string): ItemKey => ({ PK: CONTENT + contentHash, SK: 'CONTENT' }),
  /** Schema-2 listing entries. */
  topicEntry: (topicId: string, date: string, articleId: string): ItemKey => ({
    PK: topicPartition(topicId, shardOf(articleId, TOPIC_SHARDS)),
    SK: datedSortKey(date, articleId),
  }),
  entityEntry: (lookupKey: string, date: string, articleId: string): ItemKey => ({
    PK: entityPartition(lookupKey, shardOf(articleId, ENTITY_SHARDS)),
    SK: datedSortKey(date, articleId),
  }),
  /** Sort-key prefixes for querying the item collection of one article (schema 1). */
  prefixes: { topic: TOPIC, entity: ENTITY, job: JOB },
} as const;

function topicPartition(topicId: string, shard: number): string {
  return `${TOPIC}${boundedKeyPart(topicId)}#${shard}`;
}

function entityPartition(lookupKey: string, shard: number): string {
  return `${ENTITY}${boundedKeyPart(lookupKey)}#${shard}`;
}

/** Every partition a reader queries for one topic / entity lookup key (schema 2). */
export const entryPartitions = {
  topic: (topicId: string): string[] => Array.from({ length: TOPIC_SHARDS }, (_, shard) => topicPartition(topicId, shard)),
  entity: (lookupKey: string): string[] => Array.from({ length: ENTITY_SHARDS }, (_, shard) => entityPartition(lookupKey, shard)),
  /** The one shard an article's own entries live in: related-article lookups sample just that one. */
  topicShardOf: (topicId: string, articleId: string): string => topicPartition(topicId, shardOf(articleId, TOPIC_SHARDS)),
  entityShardOf: (lookupKey: string, articleId: string): string => entityPartition(lookupKey, shardOf(articleId, ENTITY_SHARDS)),
} as const;

/** Normalizes an entity name or id into the key downstream queries use ("Samsung" → "samsung"). */
export function entityKeyOf(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
}

/** `<date>#<articleId>`: sorts by date within a topic/entity/status, unique per article. */
export function datedSortKey(date: string, articleId: string): string {
  return `${boundedKeyPart(date, 64)}#${articleId}`;
}

/** Recovers the article id from a `<date>#<articleId>` sort key. */
export function articleIdFromSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.lastIndexOf('#') + 1);
}

export const indexKeys = {
  /** Schema-1 GSI keys (read side only). */
  topic: (topicId: string, date: string, articleId: string) => ({
    [indexes.byTopic.partitionKey]: TOPIC + topicId,
    [indexes.byTopic.sortKey]: datedSortKey(date, articleId),
  }),
  entity: (entityKey: string, date: string, articleId: string) => ({
    [indexes.byEntity.partitionKey]: ENTITY + entityKey,
    [indexes.byEntity.sortKey]: datedSortKey(date, articleId),
  }),
  status: (status: ArticleStatus, date: string, articleId: string) => ({
    [indexes.byStatus.partitionKey]: STATUS + status,
    [indexes.byStatus.sortKey]: datedSortKey(date, articleId),
  }),
  /** Partition values for queries. */
  topicPartition: (topicId: string) => TOPIC + topicId,
  entityPartition: (entityKey: string) => ENTITY + entityKey,
  statusPartition: (status: ArticleStatus) => STATUS + status,
} as const;

/** Recovers the article id from an item's partition key. */
export function articleIdFromKey(pk: string): string {
  if (!pk.startsWith(ARTICLE)) throw new Error(`not an article partition key: ${pk}`);
  return pk.slice(ARTICLE.length);
}

/** Throws when a key would exceed DynamoDB's limits (a bug: every part is bounded above). */
export function checkKeySize(key: ItemKey): void {
  if (utf8Bytes(key.PK) > KEY_LIMITS.partitionKeyBytes || utf8Bytes(key.SK) > KEY_LIMITS.sortKeyBytes) {
    throw new Error(`key over DynamoDB's limits: ${key.PK.slice(0, 80)}… / ${key.SK.slice(0, 80)}…`);
  }
}
