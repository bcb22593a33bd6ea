/**
 * Pure mapping between analysis results and the table's items (record
 * contract). Builders produce the typed shapes of `types.ts`; the `*Item`
 * functions add key and index attributes through `keys.ts` and return plain
 * objects ready for marshalling (sets are JS `Set`s, absent values are
 * `undefined` and dropped by the marshaller).
 */
import type { TopicMatch } from '../types';
import type { Analysis } from '../analyze';
import { JOB_KINDS, type Entity, type EnrichmentJob, type JobKind, type JobResults } from '../enrich/types';
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

/** Evidence spans kept per topic on the article item; the rest stays in the processed document. */
export const SUMMARY_EVIDENCE_PER_TOPIC = 3;

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
  return topics.map((topic) => ({
    id: topic.id,
    score: topic.score,
    evidence: topic.evidence.slice(0, SUMMARY_EVIDENCE_PER_TOPIC).map(({ text, start, end }) => ({ text, start, end })),
  }));
}

export function buildParsedRecord(input: ParsedRecordInput): ArticleRecord {
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
    date: article.publishedAt ?? received,
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
    pendingJobs: [...JOB_KINDS],
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

export function buildProcessedDocument(articleId: string, version: number, analysis: Analysis): ProcessedDocument {
  return {
    articleId,
    version,
    article: analysis.article,
    topics: analysis.topics,
    taxonomyVersion: analysis.taxonomyVersion,
    encoding: analysis.encoding,
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

/** One index item per distinct entity key (the entities job may repeat a key across types). */
export function buildEntityIndexItems(record: ArticleRecord, entities: Entity[]): EntityIndexItem[] {
  const byKey = new Map<string, EntityIndexItem>();
  for (const entity of entities) {
    if (entity.key === '' || byKey.has(entity.key)) continue;
    byKey.set(entity.key, {
      articleId: record.articleId,
      entityKey: entity.key,
      name: entity.name,
      type: entity.type,
      country: entity.country,
      role: entity.role,
      version: record.version,
      sequencer: sequencerOrderKey(record.source.sequencer),
      date: record.date,
      title: record.title ?? '',
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

export function enrichmentJobsFor(record: ArticleRecord, kinds: readonly JobKind[] = record.pendingJobs ?? []): EnrichmentJob[] {
  if (record.processedKey === undefined) return [];
  const processedKey = record.processedKey;
  return kinds.map((kind) => ({ kind, articleId: record.articleId, version: record.version, processedKey }));
}

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

/** Claims a content hash for the first article that recorded it. */
export function contentClaimItem(contentHash: string, articleId: string, now: Date): Item {
  return { ...keys.content(contentHash), contentHash, articleId, claimedAt: now.toISOString() };
}
