/**
 * Pure mapping between analysis results and the table's items (record
 * contract). Builders produce the typed shapes of `types.ts`; the `*Item`
 * functions add key and index attributes through `keys.ts` and return plain
 * objects ready for marshalling (sets are JS `Set`s, absent values are
 * `undefined` and dropped by the marshaller).
 */
import type { TopicMatch } from '../types';
import type { Analysis } from '../analyze';
import { JOB_KINDS, type Entity, type EntityType, type EnrichmentJob, type JobKind, type JobResults } from '../enrich/types';
import { SCHEMA_VERSION, articleIdFromKey, indexKeys, indexes, keys, tableKeys } from './keys';
import { sequencerOrderKey } from './sequencer';
import type {
  ArticleEvent,
  ArticleRecord,
  EntityIndexItem,
  JobItem,
  ProcessedDocument,
  RecordError,
  SourceRef,
  TopicIndexItem,
  TopicSummary,
} from './types';

/**
 * Evidence on the article item: one short span for the strongest topics, none
 * for the rest, so the item stays within one 1 KB write unit (every write of it
 * is billed per started KB); full evidence stays in the processed document.
 */
export const SUMMARY_EVIDENCE_PER_TOPIC = 1;
export const SUMMARY_EVIDENCE_TOPICS = 3;
export const SUMMARY_EVIDENCE_MAX_CHARS = 32;
/** One write unit: the article item in its ENRICHED form should fit, evidence goes first when it does not. */
export const ARTICLE_ITEM_BUDGET_BYTES = 1024;

/**
 * Entity index items (two write units each: item + byEntity GSI) exist for the
 * entity types downstream queries ask for, the most mentioned first; every
 * entity stays in the entities job result.
 */
export const INDEXED_ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'country', 'city'];
export const MAX_ENTITY_INDEX_ITEMS = 12;

/**
 * Jobs carry the processed document inline up to this serialized size; larger
 * ones carry only `processedKey`. SQS bills every 64 KB of payload once when
 * sent and once when received, an S3 GET costs as much as one SQS request: up
 * to half a chunk (32 KB) inlining is the cheaper way, and it saves the GET's
 * latency in the enrich function too.
 */
export const INLINE_DOCUMENT_MAX_BYTES = 32 * 1024;

export type Item = Record<string, unknown>;

interface VersionContext {
  articleId: string;
  source: SourceRef;
  /** The stored record this write supersedes, if any. */
  previous?: ArticleRecord;
  now: Date;
}

export interface ParsedRecordInput extends VersionContext {
  analysis: Analysis;
  processedKey: string;
  duplicateOf?: string;
}

export interface FailedRecordInput extends VersionContext {
  error: RecordError;
  taxonomyVersion: string;
}

export function nextVersion(previous: ArticleRecord | undefined): number {
  return (previous?.version ?? 0) + 1;
}

/** First receipt of the key: keeps the index date of undated articles stable across re-uploads. */
function receivedAt(previous: ArticleRecord | undefined, now: Date): string {
  return previous?.receivedAt ?? now.toISOString();
}

export function summarizeTopics(topics: TopicMatch[]): TopicSummary[] {
  return topics.map((topic, rank) => ({
    id: topic.id,
    score: topic.score,
    evidence:
      rank < SUMMARY_EVIDENCE_TOPICS
        ? topic.evidence
            .filter((span) => span.text.length <= SUMMARY_EVIDENCE_MAX_CHARS)
            .slice(0, SUMMARY_EVIDENCE_PER_TOPIC)
            .map(({ text, start, end }) => ({ text, start, end }))
        : [],
  }));
}

/** publishedAt when stated, else the first receipt of the key: what index items sort by. */
export function indexDate(publishedAt: string | undefined, previous: ArticleRecord | undefined, now: Date): string {
  return publishedAt ?? receivedAt(previous, now);
}

export function buildParsedRecord(input: ParsedRecordInput): ArticleRecord {
  return withinArticleBudget(parsedRecord(input));
}

/**
 * Drops summary evidence, weakest topic first, until the item as it will look
 * once ENRICHED fits ARTICLE_ITEM_BUDGET_BYTES (or no evidence is left).
 */
export function withinArticleBudget(record: ArticleRecord, budget = ARTICLE_ITEM_BUDGET_BYTES): ArticleRecord {
  const topics = (record.topics ?? []).map((topic) => ({ ...topic, evidence: [...topic.evidence] }));
  const trimmed = { ...record, topics: record.topics === undefined ? undefined : topics };
  const enrichedSize = () => storedItemSize(articleItem({ ...trimmed, status: 'ENRICHED', enrichedAt: trimmed.updatedAt }));
  for (let i = topics.length - 1; i >= 0 && enrichedSize() > budget; i--) topics[i]!.evidence = [];
  return trimmed;
}

function parsedRecord(input: ParsedRecordInput): ArticleRecord {
  const { analysis, previous, now } = input;
  const { article } = analysis;
  const at = now.toISOString();
  const received = receivedAt(previous, now);
  return {
    articleId: input.articleId,
    status: 'PARSED',
    version: nextVersion(previous),
    schemaVersion: SCHEMA_VERSION,
    taxonomyVersion: analysis.taxonomyVersion,
    source: input.source,
    receivedAt: received,
    updatedAt: at,
    parsedAt: at,
    date: indexDate(article.publishedAt, previous, now),
    title: article.title,
    language: article.language,
    publishedAt: article.publishedAt,
    dateline: article.dateline,
    author: article.author,
    url: article.url,
    sourceName: article.sourceName,
    wordCount: article.wordCount,
    contentHash: article.contentHash,
    encoding: analysis.encoding,
    topics: summarizeTopics(analysis.topics),
    processedKey: input.processedKey,
    duplicateOf: input.duplicateOf,
    // Progress lives in the job items (one per finished kind): the article item is written
    // once at PARSED and once at ENRICHED, never per job.
  };
}

export function buildFailedRecord(input: FailedRecordInput): ArticleRecord {
  const at = input.now.toISOString();
  const received = receivedAt(input.previous, input.now);
  return {
    articleId: input.articleId,
    status: 'FAILED',
    version: nextVersion(input.previous),
    schemaVersion: SCHEMA_VERSION,
    taxonomyVersion: input.taxonomyVersion,
    source: input.source,
    receivedAt: received,
    updatedAt: at,
    date: received,
    error: input.error,
  };
}

/** Where the version sits in the indexes; enrich jobs build entity index items from it without reading the record. */
export interface IndexPlacement {
  date: string;
  sequencer: string;
}

export function buildProcessedDocument(
  articleId: string,
  version: number,
  analysis: Analysis,
  placement?: IndexPlacement,
): ProcessedDocument {
  return {
    articleId,
    version,
    article: analysis.article,
    topics: analysis.topics,
    taxonomyVersion: analysis.taxonomyVersion,
    encoding: analysis.encoding,
    ...(placement === undefined ? {} : { date: placement.date, sequencer: placement.sequencer }),
  };
}

export function buildTopicIndexItems(record: ArticleRecord): TopicIndexItem[] {
  return (record.topics ?? []).map((topic) => ({
    articleId: record.articleId,
    topicId: topic.id,
    score: topic.score,
    version: record.version,
    sequencer: sequencerOrderKey(record.source.sequencer),
    date: record.date,
    title: record.title ?? '',
    language: record.language ?? 'other',
  }));
}

/** What an entity index item needs to know about its article version. */
export interface EntityIndexContext {
  articleId: string;
  version: number;
  /** The S3 event sequencer of the version (raw or order key). */
  sequencer: string;
  date: string;
  title?: string;
}

export function entityIndexContextOf(record: ArticleRecord): EntityIndexContext {
  return { articleId: record.articleId, version: record.version, sequencer: record.source.sequencer, date: record.date, title: record.title };
}

/**
 * One index item per distinct entity key (the entities job may repeat a key
 * across types), for the indexed types only, at most MAX_ENTITY_INDEX_ITEMS,
 * most mentioned first (ties keep the extractor's order).
 */
export function buildEntityIndexItems(
  article: ArticleRecord | EntityIndexContext,
  entities: Entity[],
  limit = MAX_ENTITY_INDEX_ITEMS,
): EntityIndexItem[] {
  const context = 'source' in article ? entityIndexContextOf(article) : article;
  const ranked = entities
    .map((entity, order) => ({ entity, order }))
    .filter(({ entity }) => entity.key !== '' && INDEXED_ENTITY_TYPES.includes(entity.type))
    .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.order - b.order);
  const byKey = new Map<string, EntityIndexItem>();
  for (const { entity } of ranked) {
    if (byKey.size >= limit) break;
    if (byKey.has(entity.key)) continue;
    byKey.set(entity.key, {
      articleId: context.articleId,
      entityKey: entity.key,
      name: entity.name,
      type: entity.type,
      country: entity.country,
      role: entity.role,
      version: context.version,
      sequencer: sequencerOrderKey(context.sequencer),
      date: context.date,
      title: context.title ?? '',
    });
  }
  return [...byKey.values()];
}

export function buildJobItem<K extends JobKind>(
  articleId: string,
  kind: K,
  version: number,
  result: JobResults[K],
  now: Date,
): JobItem<K> {
  return { articleId, kind, version, completedAt: now.toISOString(), result };
}

/**
 * One job per kind of the version (all kinds unless a stored pending set of an
 * older schema says otherwise). With `document`, each job carries it inline
 * when the serialized job stays within `inlineMaxBytes`.
 */
export function enrichmentJobsFor(
  record: ArticleRecord,
  kinds: readonly JobKind[] = record.pendingJobs ?? JOB_KINDS,
  document?: ProcessedDocument,
  inlineMaxBytes = INLINE_DOCUMENT_MAX_BYTES,
): EnrichmentJob[] {
  if (record.processedKey === undefined) return [];
  const processedKey = record.processedKey;
  return kinds.map((kind) => {
    const job: EnrichmentJob = { kind, articleId: record.articleId, version: record.version, processedKey };
    if (document === undefined) return job;
    const inline: EnrichmentJob = { ...job, document };
    return utf8Length(JSON.stringify(inline)) <= inlineMaxBytes ? inline : job;
  });
}

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

export function buildArticleEvent(record: ArticleRecord, now: Date): ArticleEvent {
  const enriched = record.status === 'ENRICHED';
  if (!enriched && record.status !== 'FAILED') throw new Error(`no event for status ${record.status}`);
  return {
    type: enriched ? 'article.enriched' : 'article.failed',
    articleId: record.articleId,
    version: record.version,
    status: enriched ? 'ENRICHED' : 'FAILED',
    topics: (record.topics ?? []).map((topic) => topic.id),
    source: { bucket: record.source.bucket, key: record.source.key },
    title: record.title,
    error: record.error,
    at: now.toISOString(),
  };
}

/** The S3 key of an article's processed document. */
export function processedKeyFor(processedPrefix: string, articleId: string): string {
  return `${processedPrefix}${articleId}.json`;
}

// ---- Item conversion -------------------------------------------------------

/**
 * Attributes the conditions rely on: `version` (number) and `sequencer`, the
 * comparable order key of `source.sequencer` (see sequencer.ts).
 */
export const conditionAttributes = { version: 'version', sequencer: 'sequencer', status: 'status', pendingJobs: 'pendingJobs' } as const;

export function articleItem(record: ArticleRecord): Item {
  return {
    ...record,
    // Empty evidence lists are not stored (11 bytes per topic); articleFromItem restores them.
    topics: record.topics?.map((topic) => (topic.evidence.length > 0 ? topic : { id: topic.id, score: topic.score })),
    ...keys.article(record.articleId),
    ...indexKeys.status(record.status, record.updatedAt, record.articleId),
    [conditionAttributes.sequencer]: sequencerOrderKey(record.source.sequencer),
    // A string set so concurrent jobs can each DELETE their kind atomically; DynamoDB has no empty sets.
    pendingJobs: record.pendingJobs !== undefined && record.pendingJobs.length > 0 ? new Set(record.pendingJobs) : undefined,
  };
}

const articleKeyAttributes = [
  tableKeys.partitionKey,
  tableKeys.sortKey,
  indexes.byStatus.partitionKey,
  indexes.byStatus.sortKey,
  conditionAttributes.sequencer,
];

export function articleFromItem(item: Item): ArticleRecord {
  const record: Item = { ...item };
  for (const attribute of articleKeyAttributes) delete record[attribute];
  const pending = item.pendingJobs;
  if (pending instanceof Set) {
    record.pendingJobs = JOB_KINDS.filter((kind) => pending.has(kind));
  } else {
    delete record.pendingJobs;
  }
  if (record.articleId === undefined) record.articleId = articleIdFromKey(String(item[tableKeys.partitionKey]));
  if (Array.isArray(item.topics)) {
    record.topics = (item.topics as TopicSummary[]).map((topic) => ({ ...topic, evidence: topic.evidence ?? [] }));
  }
  return record as unknown as ArticleRecord;
}

export function topicIndexItem(item: TopicIndexItem): Item {
  return {
    ...item,
    ...keys.topic(item.articleId, item.topicId),
    ...indexKeys.topic(item.topicId, item.date, item.articleId),
  };
}

export function entityIndexItem(item: EntityIndexItem): Item {
  return {
    ...item,
    ...keys.entity(item.articleId, item.entityKey),
    ...indexKeys.entity(item.entityKey, item.date, item.articleId),
  };
}

const indexKeyAttributes = [
  tableKeys.partitionKey,
  tableKeys.sortKey,
  indexes.byTopic.partitionKey,
  indexes.byTopic.sortKey,
  indexes.byEntity.partitionKey,
  indexes.byEntity.sortKey,
];

function withoutKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const attribute of indexKeyAttributes) delete copy[attribute];
  return copy as T;
}

export const topicIndexFromItem = (item: Item): TopicIndexItem => withoutKeys<TopicIndexItem>(item);

export const entityIndexFromItem = (item: Item): EntityIndexItem => withoutKeys<EntityIndexItem>(item);

export function jobItem(item: JobItem): Item {
  return { ...item, ...keys.job(item.articleId, item.kind) };
}

export function jobFromItem(item: Item): JobItem {
  return withoutKeys<JobItem>(item);
}

// ---- Stored size -------------------------------------------------------------

const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** DynamoDB's size of a number: one byte per two significant digits, plus one. */
function numberBytes(value: number): number {
  const digits = Math.abs(value).toExponential().split('e')[0]!.replace('.', '');
  return Math.ceil(digits.length / 2) + 1;
}

function storedValueSize(value: unknown): number {
  if (typeof value === 'string') return utf8Bytes(value);
  if (typeof value === 'number') return numberBytes(value);
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + storedValueSize(element), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + storedValueSize(element), 0);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Item).filter(([, v]) => v !== undefined);
    return 3 + entries.reduce((sum, [name, v]) => sum + 1 + utf8Bytes(name) + storedValueSize(v), 0);
  }
  return 0;
}

/**
 * The size DynamoDB bills for an item (attribute names plus values, lists and
 * maps 3 bytes plus one per element); write units are this per started KB.
 */
export function storedItemSize(item: Item): number {
  return Object.entries(item)
    .filter(([, value]) => value !== undefined)
    .reduce((sum, [name, value]) => sum + utf8Bytes(name) + storedValueSize(value), 0);
}

/** Claims a content hash for the first article that recorded it. */
export function contentClaimItem(contentHash: string, articleId: string, now: Date): Item {
  return { ...keys.content(contentHash), contentHash, articleId, claimedAt: now.toISOString() };
}
