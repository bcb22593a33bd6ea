/**
 * The typed shapes of the items in the table (record contract). The mapping
 * module builds them, the DynamoDB adapter stores them, the read client
 * returns them. Key attributes (PK, SK, index keys) are added by `keys.ts`.
 */
import type { ArticleErrorInfo, Language } from '../types';
import type { ArticleStatus } from './keys';
import type { JobKind, JobResults } from '../enrich/types';

/** The S3 object an article came from, as the ObjectCreated event described it. */
export interface SourceRef {
  bucket: string;
  key: string;
  versionId?: string;
  etag?: string;
  size: number;
  /** S3 event sequencer: orders events for one key; a larger value is a newer write. */
  sequencer: string;
  contentType?: string;
}

export interface TopicSummary {
  id: string;
  score: number;
  /** The strongest evidence spans (full evidence lives in the processed document). */
  evidence: { text: string; start: number; end: number }[];
}

/** Failure reason: an ArticleError code, or an infrastructure code such as `DOWNLOAD_FAILED`. */
export type RecordError = Omit<ArticleErrorInfo, 'code'> & { code: string };

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
  /** publishedAt when stated, else receivedAt: the date index items sort by. */
  date: string;
  title?: string;
  language?: Language;
  publishedAt?: string;
  dateline?: string;
  author?: string;
  url?: string;
  sourceName?: string;
  wordCount?: number;
  contentHash?: string;
  encoding?: string;
  topics?: TopicSummary[];
  /** S3 key of the normalized text and full analysis under `processed/`. */
  processedKey?: string;
  /** Set when the same normalized text was first recorded under another key. */
  duplicateOf?: string;
  /**
   * Schema ≤ 1 items only: the jobs not finished yet. Newer writers do not store
   * it (progress is the set of job items of the version); readers derive
   * pending kinds as JOB_KINDS minus the job items of `version`.
   */
  pendingJobs?: JobKind[];
  error?: RecordError;
}

export interface TopicIndexItem {
  articleId: string;
  topicId: string;
  score: number;
  version: number;
  sequencer: string;
  date: string;
  title: string;
  language: Language;
}

export interface EntityIndexItem {
  articleId: string;
  entityKey: string;
  name: string;
  type: string;
  country?: string;
  role?: string;
  version: number;
  sequencer: string;
  date: string;
  title: string;
}

export interface JobItem<K extends JobKind = JobKind> {
  articleId: string;
  kind: K;
  version: number;
  completedAt: string;
  result: JobResults[K];
}

/** The document stored at `processed/<articleId>.json`. */
export interface ProcessedDocument {
  articleId: string;
  version: number;
  article: import('../types').Article;
  topics: import('../types').TopicMatch[];
  taxonomyVersion: string;
  encoding: string;
  /** The version's index date (see ArticleRecord.date); absent in documents of older writers. */
  date?: string;
  /** The version's S3 event sequencer; absent in documents of older writers. */
  sequencer?: string;
}

/** Downstream change event, announced once when an article version reaches ENRICHED or FAILED. */
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
