/**
 * Ports: what the use cases (lambdas/app) need from the outside world. The AWS
 * implementations live next to this file; the use cases never see an SDK.
 */
import type { EnrichedAttributes } from '../core/records/mapping';
import type { ArticleEvent, ArticleRecord, EnrichmentMessage, EntityIndexItem, TopicIndexItem } from '../core/records/types';

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
  /** ISO 8601 LastModified as S3 reports it. */
  lastModified?: string;
}

export interface StoredObject extends ObjectMetadata {
  bytes: Uint8Array;
  /** True when the object is larger than the `maxBytes` asked for: `bytes` is then empty (never downloaded). */
  tooLarge?: boolean;
}

export interface ObjectStore {
  /** Undefined when the object (or that version) does not exist. */
  head(location: ObjectLocation): Promise<ObjectMetadata | undefined>;
  /** With `maxBytes`, a larger object is not downloaded (`tooLarge`, its real size). */
  get(location: ObjectLocation, options?: { maxBytes?: number }): Promise<StoredObject | undefined>;
  /** Writes JSON under the pipeline's own bucket (documents too large for a message). */
  putJson(key: string, value: unknown): Promise<void>;
  getJson<T>(key: string): Promise<T | undefined>;
}

/** Outcome of the final, conditional article write. */
export type ArticleWriteResult = 'written' | 'conflict';

export interface EntryKey {
  PK: string;
  SK: string;
}

export interface RecordStore {
  getArticle(articleId: string): Promise<ArticleRecord | undefined>;
  /**
   * Conditional put of the article item. With `previous`: succeeds only if the
   * stored item still has that version and (unless `ignoreSequencer`) an older
   * sequencer; without: only if no item exists. `conflict`: another write won.
   */
  putArticle(record: ArticleRecord, previous: ArticleRecord | undefined, options?: { ignoreSequencer?: boolean }): Promise<ArticleWriteResult>;
  /** Unconditional batch put of listing entries (one BatchWriteItem per 25). */
  putEntries(topicEntries: TopicIndexItem[], entityEntries: EntityIndexItem[]): Promise<void>;
  /**
   * Deletes entries a newer version no longer has: each only while its stored
   * sequencer is older than `sequencer` (a racing newer writer's entry stays).
   */
  removeStaleEntries(keys: EntryKey[], sequencer: string): Promise<void>;
  /**
   * A losing writer's cleanup: each of its own entries (still carrying `ownSequencer`)
   * is replaced by the winner's entry at the same key, or deleted.
   */
  yieldEntries(own: Array<TopicIndexItem | EntityIndexItem>, ownSequencer: string, winner: { topics: TopicIndexItem[]; entities: EntityIndexItem[] }): Promise<void>;
  /** Removes every schema-1 item of an article's partition (topic, entity and job items). */
  removeSchema1Items(articleId: string): Promise<void>;
  /** Claims the content hash for `articleId`; returns the article id that owns the claim. */
  claimContent(contentHash: string, articleId: string): Promise<string>;
  /**
   * PARSED → ENRICHED of `version` in one conditional update; undefined when the
   * stored item is not that version in PARSED (already enriched, or superseded).
   */
  markEnriched(articleId: string, version: number, attributes: EnrichedAttributes): Promise<ArticleRecord | undefined>;
  /** Newest first, from one shard of a topic / entity (related-article candidates). */
  queryTopicShard(topicId: string, articleId: string, limit: number): Promise<TopicIndexItem[]>;
  /** Newest first across every shard of an entity lookup key. */
  queryEntity(lookupKey: string, limit: number): Promise<EntityIndexItem[]>;
}

export interface JobQueue {
  /** Sends the enrichment messages (in SQS batches of 10); throws if some could not be sent after retries. */
  send(messages: EnrichmentMessage[]): Promise<void>;
}

export interface EventPublisher {
  publish(event: ArticleEvent): Promise<void>;
  /** Several events in as few requests as the service allows (the handlers gather an invocation's events). */
  publishBatch?(events: ArticleEvent[]): Promise<void>;
}

export interface PipelinePorts {
  objects: ObjectStore;
  records: RecordStore;
  jobs: JobQueue;
  events: EventPublisher;
}
