/**
 * Use case: one uploaded object → one article version (record contract).
 * Pure orchestration over the ports. Input problems end as FAILED records
 * (the message succeeds); infrastructure errors propagate so the queue retries.
 */
import type { AnalyzeOptions, Analysis } from '../core/analyze';
import { isArticleError } from '../core/types';
import { articleIdFor } from '../core/records/keys';
import {
  buildArticleEvent,
  buildFailedRecord,
  buildParsedRecord,
  buildProcessedDocument,
  buildTopicIndexItems,
  enrichmentJobsFor,
  INLINE_DOCUMENT_MAX_BYTES,
  indexDate,
  nextVersion,
  processedKeyFor,
} from '../core/records/mapping';
import { compareSequencers } from '../core/records/sequencer';
import type { ArticleRecord, RecordError, SourceRef } from '../core/records/types';
import type { PipelinePorts } from '../adapters/ports';
import type { Observer } from './observer';
import type { S3ObjectCreated } from './s3-notification';

export type Analyzer = (bytes: Uint8Array, options: AnalyzeOptions) => Analysis;

export interface IngestSettings {
  incomingPrefix: string;
  processedPrefix: string;
  maxObjectBytes: number;
  /** Recorded on failures that happen before classification. */
  taxonomyVersion: string;
  /** Jobs carry the processed document inline up to this serialized size (0: never). */
  inlineDocumentMaxBytes?: number;
}

export interface IngestDeps extends PipelinePorts {
  settings: IngestSettings;
  analyze: Analyzer;
  observer: Observer;
  now?: () => Date;
}

export type IngestOutcome = 'parsed' | 'failed' | 'duplicate' | 'stale' | 'superseded' | 'skipped';

/** Another upload of the same key committed in between with an older sequencer: redo from a fresh read. */
export class ConcurrentUploadError extends Error {
  constructor(articleId: string) {
    super(`article ${articleId} changed while this upload was processed; retrying`);
    this.name = 'ConcurrentUploadError';
  }
}

export async function ingestObject(event: S3ObjectCreated, deps: IngestDeps): Promise<IngestOutcome> {
  const { settings, observer, records } = deps;
  const now = deps.now?.() ?? new Date();
  // Consoles create "folder/" marker objects; they are not articles.
  if (!event.key.startsWith(settings.incomingPrefix) || event.key.endsWith('/')) {
    observer.log('info', 'key outside the incoming prefix or a folder marker, skipped', { bucket: event.bucket, key: event.key });
    observer.count('KeysSkipped');
    return 'skipped';
  }
  const articleId = articleIdFor(event.bucket, event.key);
  const context = { articleId, key: event.key, sequencer: event.sequencer };
  const source: SourceRef = {
    bucket: event.bucket,
    key: event.key,
    versionId: event.versionId,
    etag: event.eTag,
    size: event.size,
    sequencer: event.sequencer,
  };

  const previous = await records.getArticle(articleId);
  if (previous !== undefined) {
    const order = compareSequencers(event.sequencer, previous.source.sequencer);
    if (order === 0) {
      observer.log('info', 'event already recorded, skipped', { ...context, status: previous.status });
      observer.count('DuplicatesSkipped');
      await resendPendingJobs(previous, deps);
      return 'duplicate';
    }
    if (order < 0) {
      observer.log('info', 'older than the recorded upload, skipped', { ...context, recorded: previous.source.sequencer });
      observer.count('StaleEventsSkipped');
      return 'stale';
    }
  }

  const failure = (error: RecordError) => recordFailure({ articleId, source, previous, error, now }, deps);

  if (event.size > settings.maxObjectBytes) {
    return failure({ code: 'TOO_LARGE', message: `object is ${event.size} bytes, the limit is ${settings.maxObjectBytes}` });
  }
  const object = await deps.objects.get({ bucket: event.bucket, key: event.key, versionId: event.versionId });
  if (object === undefined) {
    // Deleted before we got to it; retrying cannot bring it back.
    return failure({ code: 'SOURCE_MISSING', message: 'the object no longer exists' });
  }
  source.contentType = object.contentType;

  let analysis: Analysis;
  try {
    analysis = deps.analyze(object.bytes, {
      fileName: event.key,
      mediaType: object.contentType,
      maxBytes: settings.maxObjectBytes,
    });
  } catch (error) {
    if (isArticleError(error)) return failure(error.toJSON());
    throw error;
  }

  const version = nextVersion(previous);
  const processedKey = processedKeyFor(settings.processedPrefix, articleId);
  const document = buildProcessedDocument(articleId, version, analysis, {
    date: indexDate(analysis.article.publishedAt, previous, now),
    sequencer: source.sequencer,
  });
  await deps.objects.putJson(processedKey, document);

  const duplicateOf = await findOriginal(articleId, analysis.article.contentHash, deps);
  if (duplicateOf !== undefined) {
    observer.log('info', 'same content already recorded under another key', { ...context, duplicateOf });
    observer.count('DuplicateContent');
  }

  const record = buildParsedRecord({ articleId, source, previous, now, analysis, processedKey, duplicateOf });
  // Index items first, the article item last: readers never find an article whose index is missing.
  await records.putTopicIndexItems(buildTopicIndexItems(record));
  if (!(await commit(record, previous, deps))) return 'superseded';
  // A first version has nothing stale: a racing loser removes its own items (see commit).
  if (previous !== undefined) await records.deleteStaleIndexItems(articleId, record.source.sequencer);

  const jobs = enrichmentJobsFor(record, undefined, document, settings.inlineDocumentMaxBytes ?? INLINE_DOCUMENT_MAX_BYTES);
  await deps.jobs.send(jobs);
  observer.count('JobsSent', undefined, jobs.length);
  observer.count('ArticlesParsed');
  observer.log('info', 'article parsed', {
    ...context,
    version: record.version,
    topics: record.topics?.map((topic) => topic.id),
    language: record.language,
  });
  return 'parsed';
}

interface FailureInput {
  articleId: string;
  source: SourceRef;
  previous: ArticleRecord | undefined;
  error: RecordError;
  now: Date;
}

async function recordFailure(input: FailureInput, deps: IngestDeps): Promise<IngestOutcome> {
  const record = buildFailedRecord({ ...input, taxonomyVersion: deps.settings.taxonomyVersion });
  if (!(await commit(record, input.previous, deps))) return 'superseded';
  // The failed version has no topics: the previous version's index items must go.
  if (input.previous !== undefined) await deps.records.deleteStaleIndexItems(input.articleId, input.source.sequencer);
  await deps.events.publish(buildArticleEvent(record, input.now));
  deps.observer.count('ArticlesFailed', { code: input.error.code });
  deps.observer.log('warn', 'article failed', {
    articleId: input.articleId,
    key: input.source.key,
    code: input.error.code,
    reason: input.error.message,
  });
  return 'failed';
}

/**
 * Conditional write of the article item. False when a newer upload won (our
 * index items are then removed); throws to retry when an older one slipped in.
 */
async function commit(record: ArticleRecord, previous: ArticleRecord | undefined, deps: IngestDeps): Promise<boolean> {
  if ((await deps.records.putArticle(record, previous)) === 'written') return true;
  const current = await deps.records.getArticle(record.articleId);
  if (current !== undefined && compareSequencers(current.source.sequencer, record.source.sequencer) >= 0) {
    await deps.records.deleteStaleIndexItems(record.articleId, current.source.sequencer);
    deps.observer.log('info', 'a newer upload was recorded meanwhile, stopped', {
      articleId: record.articleId,
      key: record.source.key,
      recorded: current.source.sequencer,
    });
    deps.observer.count('SupersededWrites');
    return false;
  }
  throw new ConcurrentUploadError(record.articleId);
}

/** The article that first recorded this content, if it is another one and still holds it. */
async function findOriginal(articleId: string, contentHash: string, deps: IngestDeps): Promise<string | undefined> {
  const owner = await deps.records.claimContent(contentHash, articleId);
  if (owner === articleId) return undefined;
  const original = await deps.records.getArticle(owner);
  // The claim outlives re-uploads: the owner may carry other text by now.
  return original?.contentHash === contentHash ? owner : undefined;
}

/**
 * A redelivered event for the recorded version: if the first delivery died
 * between committing the article and queueing its jobs, the version's jobs are
 * queued again (jobs are idempotent: finished ones rewrite the same result),
 * or the article would stay PARSED. They load the processed document from S3.
 */
async function resendPendingJobs(record: ArticleRecord, deps: IngestDeps): Promise<void> {
  if (record.status !== 'PARSED' || record.pendingJobs?.length === 0) return;
  const jobs = enrichmentJobsFor(record);
  await deps.jobs.send(jobs);
  deps.observer.count('JobsSent', undefined, jobs.length);
}
