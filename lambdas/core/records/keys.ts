/**
 * The single owner of the DynamoDB key layout (record contract in the design).
 * The stack, the handlers, the CLI and the read client all build and read keys
 * through this module; no other file spells `ARTICLE#` or an index name.
 *
 * Items (one table):
 * - article        PK=ARTICLE#<id>  SK=ARTICLE          byStatus: STATUS#<status> / <updatedAt>#<id>
 * - topic index    PK=ARTICLE#<id>  SK=TOPIC#<topic>    byTopic:  TOPIC#<topic>   / <date>#<id>
 * - entity index   PK=ARTICLE#<id>  SK=ENTITY#<key>     byEntity: ENTITY#<key>    / <date>#<id>
 * - job result     PK=ARTICLE#<id>  SK=JOB#<kind>
 * - content claim  PK=CONTENT#<sha> SK=CONTENT          (first article with that text; finds duplicates)
 */
import { createHash } from 'node:crypto';

export const SCHEMA_VERSION = 1;

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
  // Index key attributes carry a `gsi` prefix so they never collide with an item's own fields.
  // byTopic and byEntity index the small topic and entity index items (≈ 300 bytes): projecting
  // ALL of them costs the same single write unit as any subset, and the related-articles job and
  // the read client get every field they read. byStatus indexes the article items themselves
  // (often near 1 KB), so it carries only what a status listing shows; consumers needing more
  // (failures) fetch the article item.
  byTopic: { indexName: 'byTopic', partitionKey: 'gsiTopicPK', sortKey: 'gsiTopicSK', projection: { type: 'ALL' } },
  byEntity: { indexName: 'byEntity', partitionKey: 'gsiEntityPK', sortKey: 'gsiEntitySK', projection: { type: 'ALL' } },
  byStatus: {
    indexName: 'byStatus',
    partitionKey: 'gsiStatusPK',
    sortKey: 'gsiStatusSK',
    projection: { type: 'INCLUDE', attributes: ['articleId', 'title', 'status', 'language', 'publishedAt', 'date', 'updatedAt'] },
  },
} as const satisfies Record<string, IndexDefinition>;

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

/** Stable id for a source object: the same bucket + key always maps to the same article. */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}\u0000${key}`).digest('hex').slice(0, 32);
}

export const keys = {
  article: (articleId: string): ItemKey => ({ PK: ARTICLE + articleId, SK: 'ARTICLE' }),
  topic: (articleId: string, topicId: string): ItemKey => ({ PK: ARTICLE + articleId, SK: TOPIC + topicId }),
  entity: (articleId: string, entityKey: string): ItemKey => ({ PK: ARTICLE + articleId, SK: ENTITY + entityKey }),
  job: (articleId: string, kind: string): ItemKey => ({ PK: ARTICLE + articleId, SK: JOB + kind }),
  content: (contentHash: string): ItemKey => ({ PK: CONTENT + contentHash, SK: 'CONTENT' }),
  /** Sort-key prefixes for querying the item collection of one article. */
  prefixes: { topic: TOPIC, entity: ENTITY, job: JOB },
} as const;

/** Normalizes an entity name or id into the key downstream queries use ("Samsung" → "samsung"). */
export function entityKeyOf(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
}

/** `<date>#<articleId>`: sorts by date within a topic/entity/status, unique per article. */
export function datedSortKey(date: string, articleId: string): string {
  return `${date}#${articleId}`;
}

export const indexKeys = {
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
