/**
 * Ports: what the use cases (lambdas/app) need from the outside world. The AWS
 * implementations live next to this file; the use cases never see an SDK.
 */
import type { EnrichmentJob, JobKind } from '../core/enrich/types';
import type {
  ArticleEvent,
  ArticleRecord,
  EntityIndexItem,
  JobItem,
  TopicIndexItem,
} from '../core/records/types';

export interface ObjectLocation {
  bucket: string;
  key: string;
  versionId?: string;
}

export interface ObjectMetadata {
  size: number;
  contentType?: string;
  etag?: string;
  versionId?: string;
}

export interface StoredObject extends ObjectMetadata {
  bytes: Uint8Array;
}

export interface ObjectStore {
  /** Undefined when the object (or that version) does not exist. */
  head(location: ObjectLocation): Promise<ObjectMetadata | undefined>;
  get(location: ObjectLocation): Promise<StoredObject | undefined>;
  /** Writes JSON under the pipeline's own bucket (processed documents). */
  putJson(key: string, value: unknown): Promise<void>;
  getJson<T>(key: string): Promise<T | undefined>;
}

/** Outcome of the final, conditional article write. */
export type ArticleWriteResult = 'written' | 'conflict';

export interface RecordStore {
  getArticle(articleId: string): Promise<ArticleRecord | undefined>;
  /**
   * Conditional put of the article item. With `previous`: succeeds only if the
   * stored item still has that version and an older sequencer; without:
   * only if no item exists. `conflict` means another write got there first.
   */
  putArticle(record: ArticleRecord, previous: ArticleRecord | undefined): Promise<ArticleWriteResult>;
  /**
   * One conditional put per item (no item, or stored sequencer ≤ this one).
   * Returns how many were refused because a newer upload already wrote them.
   */
  putTopicIndexItems(items: TopicIndexItem[]): Promise<number>;
  putEntityIndexItems(items: EntityIndexItem[]): Promise<number>;
  /** Deletes the article's topic and entity index items whose sequencer is older than `sequencer`. */
  deleteStaleIndexItems(articleId: string, sequencer: string): Promise<number>;
  /** Claims the content hash for `articleId`; returns the article id that owns the claim. */
  claimContent(contentHash: string, articleId: string): Promise<string>;
  /** Writes the job result unless a newer version's result is stored; false when refused. */
  putJobItem(item: JobItem): Promise<boolean>;
  /**
   * The job kinds whose result item of `version` is stored (strongly
   * consistent): a job that stored its result and then sees every kind is
   * among the last finishers of the version.
   */
  completedJobKinds(articleId: string, version: number): Promise<JobKind[]>;
  /**
   * PARSED → ENRICHED of `version`; exactly one caller wins (conditional on the
   * version and PARSED). Returns the updated record for the winner, undefined
   * for everyone else.
   */
  markEnriched(articleId: string, version: number, at: Date): Promise<ArticleRecord | undefined>;
  /** Newest first, from the byTopic / byEntity indexes. */
  queryTopic(topicId: string, limit: number): Promise<TopicIndexItem[]>;
  queryEntity(entityKey: string, limit: number): Promise<EntityIndexItem[]>;
}

export interface JobQueue {
  /** Sends every job (in SQS batches of 10); throws if some could not be sent after retries. */
  send(jobs: EnrichmentJob[]): Promise<void>;
}

export interface EventPublisher {
  publish(event: ArticleEvent): Promise<void>;
}

export interface PipelinePorts {
  objects: ObjectStore;
  records: RecordStore;
  jobs: JobQueue;
  events: EventPublisher;
}
