/** newsdrop read client: typed reads of the records table for downstream services. */
export { createReadClient, ARTICLE_STATUSES, DEFAULT_LIMIT, MAX_LIMIT } from './read-client';
export type { ReadClient, ReadClientOptions, ListOptions, StatusCounts } from './read-client';
export type { ArticleView, EntityEntry, FailureItem, JobsByKind, ListingItem, Page, TopicEntry } from './items';
export { ReadClientError } from './errors';
export type { ArticleRecord, EntityIndexItem, JobItem, TopicIndexItem } from '../lambdas/core/records/types';
export { fullRecord, type FullRecord } from './full-record';
