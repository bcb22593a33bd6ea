/**
 * Turns stored items into the objects the read client returns: key and
 * bookkeeping attributes stay inside the table, values are re-derived from
 * the keys (through keys.ts) where an index projection does not carry them.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Language } from '../lambdas/core/types';
import { JOB_KINDS, type JobKind } from '../lambdas/core/enrich/types';
import {
  articleIdFromKey,
  datedSortKey,
  indexes,
  keys,
  tableKeys,
  type ArticleStatus,
  type IndexDefinition,
} from '../lambdas/core/records/keys';
import { articleFromItem, storedContentOf } from '../lambdas/core/records/mapping';
import type { ArticleRecord, EntityIndexItem, JobItem, RecordError, SourceRef, TopicIndexItem, TopicSummary } from '../lambdas/core/records/types';

export type TopicEntry = Omit<TopicIndexItem, 'sequencer'> & { evidence?: TopicSummary['evidence'] };
export type EntityEntry = Omit<EntityIndexItem, 'sequencer'>;
export type JobsByKind = Partial<{ [K in JobKind]: JobItem<K> }>;

/** One article as downstream sees it: the record and its item collection. */
export interface ArticleView {
  article: ArticleRecord;
  topics: TopicEntry[];
  entities: EntityEntry[];
  jobs: JobsByKind;
  /** Enrichment jobs of this version still running (empty once ENRICHED or FAILED). */
  pendingJobs: JobKind[];
  /**
   * The normalized text every evidence, entity, figure and quote offset points
   * into (schema 2, once ENRICHED; absent for schema-1 records, whose text is
   * in S3 at `article.processedKey`, and for texts too large for the item).
   */
  text?: string;
}

/** One row of a topic or entity listing, rendered from the index alone. */
export interface ListingItem {
  articleId: string;
  /** The date the index sorts by: publishedAt when the article states it, else receivedAt. */
  date: string;
  title?: string;
  language?: Language;
  publishedAt?: string;
  status?: ArticleStatus;
  /** Topic score; byTopic listings only. */
  score?: number;
  /** byEntity listings: the entity as this article names it (when the index projects it). */
  entity?: { name: string; type: string; role?: string; country?: string };
}

/** One FAILED article with the reason and the object it came from. */
export interface FailureItem {
  articleId: string;
  /** When the article was marked FAILED (the byStatus sort date). */
  failedAt: string;
  title?: string;
  version?: number;
  error?: RecordError;
  source?: Pick<SourceRef, 'bucket' | 'key'> & Partial<SourceRef>;
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

/** Attributes that exist for the table's own bookkeeping, never for readers. */
const INTERNAL_ATTRIBUTES = new Set<string>([
  tableKeys.partitionKey,
  tableKeys.sortKey,
  tableKeys.ttlAttribute,
  ...Object.values(indexes).flatMap((index: IndexDefinition) => [index.partitionKey, index.sortKey]),
  // Ordering token for conditional writes; the record keeps its own copy under `source`.
  'sequencer',
]);

export function withoutInternals<T>(item: Record<string, unknown>): T {
  const visible: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (!INTERNAL_ATTRIBUTES.has(name)) visible[name] = value;
  }
  return visible as T;
}

export type StoredItem = Record<string, AttributeValue>;

/** Kind of an item in an article's collection, decided by its sort key through keys.ts. */
export function collectionMember(sortKey: string):
  | { kind: 'article' }
  | { kind: 'topic'; topicId: string }
  | { kind: 'entity'; entityKey: string }
  | { kind: 'job'; jobKind: string }
  | undefined {
  if (sortKey === keys.article('').SK) return { kind: 'article' };
  if (sortKey.startsWith(keys.prefixes.topic)) return { kind: 'topic', topicId: sortKey.slice(keys.prefixes.topic.length) };
  if (sortKey.startsWith(keys.prefixes.entity)) return { kind: 'entity', entityKey: sortKey.slice(keys.prefixes.entity.length) };
  if (sortKey.startsWith(keys.prefixes.job)) return { kind: 'job', jobKind: sortKey.slice(keys.prefixes.job.length) };
  return undefined;
}

/**
 * Assembles an article view from its item collection. Items of another version
 * than the article item are left out: newer ones are written before the article
 * item (not visible yet), older ones are being cleaned up.
 */
export function assembleArticle(stored: StoredItem[]): ArticleView | undefined {
  let article: ArticleRecord | undefined;
  let articlePlain: Record<string, unknown> | undefined;
  const topics: Array<{ item: TopicEntry; version?: number }> = [];
  const entities: Array<{ item: EntityEntry; version?: number }> = [];
  const jobs: Array<{ item: JobItem; version?: number }> = [];
  for (const raw of stored) {
    const plain = unmarshall(raw);
    const member = collectionMember(String(plain[tableKeys.sortKey]));
    if (!member) continue;
    const version = typeof plain.version === 'number' ? plain.version : undefined;
    switch (member.kind) {
      case 'article':
        // The mapping module owns the article's stored form (e.g. pendingJobs is a string set).
        article = withoutInternals<ArticleRecord>(articleFromItem(plain) as unknown as Record<string, unknown>);
        articlePlain = plain;
        break;
      case 'topic':
        topics.push({ item: { ...withoutInternals<TopicEntry>(plain), topicId: member.topicId }, version });
        break;
      case 'entity':
        entities.push({ item: { ...withoutInternals<EntityEntry>(plain), entityKey: member.entityKey }, version });
        break;
      case 'job':
        jobs.push({ item: { ...withoutInternals<JobItem>(plain), kind: member.jobKind as JobKind }, version });
        break;
    }
  }
  if (!article || !articlePlain) return undefined;
  if (article.schemaVersion >= 2) return schema2View(article, articlePlain);
  const current = article.version;
  const sameVersion = (entry: { version?: number }) => entry.version === undefined || entry.version === current;
  const jobsByKind: Record<string, JobItem> = {};
  for (const { item } of jobs.filter(sameVersion)) jobsByKind[item.kind] = item;
  return {
    article,
    topics: topics.filter(sameVersion).map((entry) => entry.item),
    entities: entities.filter(sameVersion).map((entry) => entry.item),
    jobs: jobsByKind as JobsByKind,
    // Progress is the set of job items of the current version; nothing is pending outside PARSED.
    pendingJobs: article.status === 'PARSED' ? JOB_KINDS.filter((kind) => jobsByKind[kind] === undefined) : [],
  };
}

/** Schema 2: everything lives on the article item (text and results compressed). */
function schema2View(article: ArticleRecord, stored: Record<string, unknown>): ArticleView {
  const content = storedContentOf(stored);
  const results = content?.results ?? {};
  // Evidence lives with the text it points into.
  if (content !== undefined) {
    article.topics = (article.topics ?? []).map((topic) => ({ ...topic, evidence: content.evidence[topic.id] ?? topic.evidence }));
  }
  const completedAt = article.enrichedAt ?? article.updatedAt;
  const jobsByKind: Record<string, JobItem> = {};
  for (const kind of JOB_KINDS) {
    const result = results[kind];
    if (result !== undefined) jobsByKind[kind] = { articleId: article.articleId, kind, version: article.version, completedAt, result } as JobItem;
  }
  const view: ArticleView = {
    article,
    topics: (article.topics ?? []).map((topic) => ({
      articleId: article.articleId,
      topicId: topic.id,
      score: topic.score,
      version: article.version,
      date: article.date,
      title: article.title ?? '',
      language: article.language ?? 'other',
      evidence: topic.evidence,
    })),
    entities: (article.mainEntities ?? []).map((entity) => ({
      articleId: article.articleId,
      entityKey: entity.key,
      name: entity.name,
      type: entity.type,
      role: entity.role,
      country: entity.country,
      version: article.version,
      date: article.date,
      title: article.title ?? '',
    })),
    jobs: jobsByKind as JobsByKind,
    pendingJobs: article.status === 'PARSED' ? [...JOB_KINDS] : [],
  };
  if (content?.text !== undefined) view.text = content.text;
  return view;
}

/** Article id and sort date of an index item, recovered from its keys. */
export function datedIdentity(plain: Record<string, unknown>, index: IndexDefinition): { articleId: string; date: string } {
  const articleId = typeof plain.articleId === 'string' ? plain.articleId : articleIdFromKey(String(plain[tableKeys.partitionKey]));
  const sortKey = String(plain[index.sortKey]);
  const date = sortKey.slice(0, Math.max(0, sortKey.length - articleId.length - 1));
  if (datedSortKey(date, articleId) !== sortKey) {
    throw new Error(`index item ${sortKey} in ${index.indexName} does not end with its article id ${articleId}`);
  }
  return { articleId, date };
}

export function listingItem(raw: StoredItem, index: IndexDefinition, entityListing = index.indexName === indexes.byEntity.indexName): ListingItem {
  const plain = unmarshall(raw);
  const item: ListingItem = datedIdentity(plain, index);
  if (typeof plain.title === 'string') item.title = plain.title;
  if (typeof plain.language === 'string') item.language = plain.language as Language;
  if (typeof plain.publishedAt === 'string') item.publishedAt = plain.publishedAt;
  if (typeof plain.status === 'string') item.status = plain.status as ArticleStatus;
  if (typeof plain.score === 'number') item.score = plain.score;
  if (entityListing && typeof plain.name === 'string' && typeof plain.type === 'string') {
    item.entity = { name: plain.name, type: plain.type };
    if (typeof plain.role === 'string') item.entity.role = plain.role;
    if (typeof plain.country === 'string') item.entity.country = plain.country;
  }
  return item;
}
