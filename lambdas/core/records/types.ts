/**
 * The typed shapes of the items in the table (record contract, schema 2). The
 * mapping module builds them, the DynamoDB adapter stores them, the read
 * client returns them. Key attributes are added by `keys.ts`.
 *
 * Imports are type-only or data-only: the read client pulls this module in
 * without the parser, the classifier or the gazetteers.
 */
import type { Article, ArticleErrorInfo, Language, TopicMatch } from '../types';
import type { ArticleStatus } from './keys';
import type { EntityType, JobKind, JobResults } from '../enrich/types';

/** The S3 object an article came from, as the ObjectCreated event described it and S3 confirmed it. */
export interface SourceRef {
  bucket: string;
  key: string;
  versionId?: string;
  etag?: string;
  /** The object's real size (from S3, never from the message). */
  size: number;
  /** S3 event sequencer: orders events for one key; a larger value is a newer write. */
  sequencer: string;
  contentType?: string;
  /** S3's LastModified of the object that was read (ISO 8601). */
  lastModified?: string;
}

export interface EvidenceSpan {
  text: string;
  /** Offsets into the stored text (`ArticleView.text`, the article's normalized body). */
  start: number;
  end: number;
}

export interface TopicSummary {
  id: string;
  score: number;
  /** Up to MAX_EVIDENCE_PER_TOPIC spans, offsets valid against the stored text. */
  evidence: EvidenceSpan[];
}

/** Failure reason: an ArticleError code, or an infrastructure code such as `DOWNLOAD_FAILED`. */
export type RecordError = Omit<ArticleErrorInfo, 'code'> & { code: string };

/** An entity the article is mainly about: it has entity index entries under `lookupKeys`. */
export interface MainEntity {
  key: string;
  name: string;
  type: EntityType;
  role?: string;
  country?: string;
  mentions: number;
  /** Index lookup keys (canonical key first, then aliases such as a surname). */
  lookupKeys: string[];
}

/** Per-kind enrichment outcome: the result, or why this kind could not produce one. */
export type EnrichmentResults = Partial<JobResults>;
export type EnrichmentFailures = Partial<Record<JobKind, RecordError>>;

/** A parser warning as stored (the contract keeps its own copy of the shape: no core import). */
export interface RecordWarning {
  code: string;
  message: string;
  field?: string;
  count?: number;
}

export interface ArticleRecord {
  articleId: string;
  status: ArticleStatus;
  /** 1 for the first processed upload of a key; +1 for each newer upload (newer sequencer). */
  version: number;
  schemaVersion: number;
  taxonomyVersion: string;
  source: SourceRef;
  receivedAt: string;
  updatedAt: string;
  parsedAt?: string;
  enrichedAt?: string;
  /** publishedAt when stated, else receivedAt: the date index entries sort by. */
  date: string;
  title?: string;
  language?: Language;
  publishedAt?: string;
  /** Where `date` came from: the page's metadata, its text, or `upload` when it states no date. */
  publishedSource?: 'json-ld' | 'meta' | 'time' | 'dateline' | 'text' | 'upload';
  /** Last modification the page declares. */
  modifiedAt?: string;
  dateline?: string;
  author?: string;
  url?: string;
  sourceName?: string;
  wordCount?: number;
  contentHash?: string;
  encoding?: string;
  /** What the parser repaired or cut (replaced bytes, shortened fields, dropped URLs); at most 10. */
  warnings?: RecordWarning[];
  topics?: TopicSummary[];
  /** Schema 2, once ENRICHED: the entities with entity index entries. */
  mainEntities?: MainEntity[];
  /** Schema 2, once ENRICHED: kinds that could not produce a result, with the reason. */
  enrichmentFailures?: EnrichmentFailures;
  /** Schema 1 only: S3 key of the processed document. Schema 2: only for texts too large for the item. */
  processedKey?: string;
  /** Set when the same normalized text was first recorded under another key. */
  duplicateOf?: string;
  /** Schema ≤ 1 items only: the jobs not finished yet. */
  pendingJobs?: JobKind[];
  error?: RecordError;
}

/** A listing row for "articles on a topic" (schema 2: its own item; schema 1: an item in the article's partition). */
export interface TopicIndexItem {
  articleId: string;
  topicId: string;
  score: number;
  version: number;
  date: string;
  title: string;
  language: Language;
  /** Order key of the version's S3 sequencer (conditions of racing writers). */
  sequencer?: string;
}

export interface EntityIndexItem {
  articleId: string;
  /** Canonical entity key; the entry may be filed under an alias (`lookupKey`). */
  entityKey: string;
  lookupKey?: string;
  name: string;
  type: string;
  country?: string;
  role?: string;
  version: number;
  date: string;
  title: string;
  /** Order key of the version's S3 sequencer (conditions of racing writers). */
  sequencer?: string;
}

/** Schema-1 job result item (read only). */
export interface JobItem<K extends JobKind = JobKind> {
  articleId: string;
  kind: K;
  version: number;
  completedAt: string;
  result: JobResults[K];
}

/** The article as enrichment needs it: `paragraphs` travel as `body` only and are rebuilt. */
export type DocumentArticle = Omit<Article, 'paragraphs'> & { paragraphs?: string[] };

/** What enrichment works on: inline in the message, or (too large for SQS) at `processed/` in S3. */
export interface ProcessedDocument {
  articleId: string;
  version: number;
  article: DocumentArticle;
  topics: TopicMatch[];
  taxonomyVersion: string;
  encoding: string;
  /** The version's index date (see ArticleRecord.date). */
  date?: string;
  /** The version's S3 event sequencer. */
  sequencer?: string;
}

/** The one enrichment message of an article version (schema 2): every job kind runs on it. */
export interface EnrichmentMessage {
  articleId: string;
  version: number;
  /** The document inline, or where to load it. */
  document?: ProcessedDocument;
  processedKey?: string;
}

/** Downstream change event, announced (at least once) when an article version reaches ENRICHED or FAILED. */
export interface ArticleEvent {
  type: 'article.enriched' | 'article.failed';
  articleId: string;
  version: number;
  status: 'ENRICHED' | 'FAILED';
  topics: string[];
  source: { bucket: string; key: string };
  title?: string;
  error?: RecordError;
  at: string;
}
