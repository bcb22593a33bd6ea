/**
 * Use case: one uploaded object → one article version (record contract, schema 2).
 * Pure orchestration over the ports. Input problems end as FAILED records
 * (the message succeeds, once); infrastructure errors propagate so the queue
 * retries. Write conflicts with racing uploads of the same key are resolved
 * here, from a fresh read, without failing the message.
 */
import type { AnalyzeOptions, Analysis } from '../core/analyze';
import { isArticleError } from '../core/types';
import { articleIdFor } from '../core/records/keys';
import {
  buildArticleEvent,
  buildFailedRecord,
  buildParsedRecord,
  buildProcessedDocument,
  buildTopicEntries,
  enrichmentMessageFor,
  entityEntryKeys,
  fieldBoundError,
  indexDate,
  INLINE_DOCUMENT_MAX_BYTES,
  MAX_ITEM_BYTES,
  articleItem,
  nextVersion,
  processedKeyFor,
  storedItemSize,
  topicEntryKeys,
  unstorableNumber,
} from '../core/records/mapping';
import { compareSequencers, sequencerOrderKey } from '../core/records/sequencer';
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
  /** The enrichment message carries the document inline up to this serialized size. */
  inlineDocumentMaxBytes?: number;
}

export interface IngestDeps extends PipelinePorts {
  settings: IngestSettings;
  analyze: Analyzer;
  observer: Observer;
  now?: () => Date;
}

export type IngestOutcome = 'parsed' | 'failed' | 'duplicate' | 'stale' | 'superseded' | 'skipped';

/** Conflicting writers of one key settle within a few rounds; beyond that something else is wrong. */
const MAX_COMMIT_ROUNDS = 8;

/** Racing uploads kept conflicting for MAX_COMMIT_ROUNDS rounds: let the queue retry later. */
export class ConcurrentUploadError extends Error {
  constructor(articleId: string) {
    super(`article ${articleId} kept changing while this upload was processed; retrying`);
    this.name = 'ConcurrentUploadError';
  }
}

type Decision = { kind: 'process'; ignoreSequencer: boolean } | { kind: 'duplicate' } | { kind: 'stale' };

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

  // The record and the object are read at once: one round trip less for the usual, new upload.
  // The exact version the event names; size, ETag and time from S3 itself, never from the message.
  const objectRead = deps.objects.get({ bucket: event.bucket, key: event.key, versionId: event.versionId }, { maxBytes: settings.maxObjectBytes });
  objectRead.catch(() => undefined);
  let previous = await records.getArticle(articleId);
  const decision = await decide(event, previous, deps);
  if (decision.kind === 'duplicate') {
    observer.log('info', 'event already recorded', { ...context, status: previous!.status });
    observer.count('DuplicatesSkipped');
    await finishRecordedVersion(event, previous!, deps, now);
    return 'duplicate';
  }
  if (decision.kind === 'stale') {
    observer.log('info', 'older than the recorded upload, skipped', { ...context, recorded: previous!.source.sequencer });
    observer.count('StaleEventsSkipped');
    return 'stale';
  }

  const object = await objectRead;
  const source: SourceRef = {
    bucket: event.bucket,
    key: event.key,
    versionId: object?.versionId ?? event.versionId,
    etag: object?.etag ?? event.eTag,
    size: object?.size ?? 0,
    sequencer: event.sequencer,
    contentType: object?.contentType,
    lastModified: object?.lastModified,
  };

  let outcome: Prepared;
  if (object === undefined) {
    // Deleted before we got to it; retrying cannot bring it back.
    outcome = { kind: 'failed', error: { code: 'SOURCE_MISSING', message: 'the object no longer exists' } };
  } else if (object.tooLarge) {
    outcome = { kind: 'failed', error: { code: 'TOO_LARGE', message: `object is ${object.size} bytes, the limit is ${settings.maxObjectBytes}` } };
  } else {
    outcome = prepare(object.bytes, event, object.contentType, object.lastModified, deps);
  }

  // Racing uploads of the key: each conflict re-reads and decides again, in this invocation.
  for (let round = 0; round < MAX_COMMIT_ROUNDS; round++) {
    if (round > 0) {
      previous = await records.getArticle(articleId);
      const again = await decide(event, previous, deps);
      if (again.kind !== 'process') {
        observer.count('SupersededWrites');
        return 'superseded';
      }
    }
    const ignoreSequencer = round === 0 ? decision.ignoreSequencer : false;
    const result =
      outcome.kind === 'failed'
        ? await commitFailure({ articleId, source, previous, error: outcome.error, now }, deps, ignoreSequencer)
        : await commitParsed(outcome.analysis, { articleId, source, previous, now }, deps, ignoreSequencer);
    if (result !== 'conflict') return result;
    observer.count('WriteConflicts');
  }
  throw new ConcurrentUploadError(articleId);
}

function uploadedAt(lastModified: string | undefined): Date | undefined {
  if (lastModified === undefined) return undefined;
  const at = new Date(lastModified);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

type Prepared = { kind: 'failed'; error: RecordError } | { kind: 'analyzed'; analysis: Analysis };

/** decode → parse → classify, and the bounds of what will be stored: input faults become FAILED. */
function prepare(
  bytes: Uint8Array,
  event: S3ObjectCreated,
  contentType: string | undefined,
  lastModified: string | undefined,
  deps: IngestDeps,
): Prepared {
  let analysis: Analysis;
  try {
    analysis = deps.analyze(bytes, {
      fileName: event.key,
      mediaType: contentType,
      maxBytes: deps.settings.maxObjectBytes,
      // A yearless dateline ("June 14") resolves against the upload, not against whenever this runs.
      referenceTime: uploadedAt(lastModified),
    });
  } catch (error) {
    if (isArticleError(error)) return { kind: 'failed', error: error.toJSON() };
    throw error;
  }
  const { article } = analysis;
  const tooLarge = fieldBoundError({ ...article, encoding: analysis.encoding });
  if (tooLarge !== undefined) return { kind: 'failed', error: tooLarge };
  const badNumber = unstorableNumber({ wordCount: article.wordCount, topics: analysis.topics.map((topic) => topic.score) });
  if (badNumber !== undefined) return { kind: 'failed', error: { code: 'VALUE_OUT_OF_RANGE', field: badNumber, message: `${badNumber} cannot be stored` } };
  return { kind: 'analyzed', analysis };
}

/**
 * Newer, same or older than the recorded upload. A recorded sequencer is not
 * trusted blindly: when an event looks older but S3's current object is not the
 * recorded one and was written after it, the record came from a message that
 * lied about its order (a forged sequencer) and the real upload is processed.
 */
async function decide(event: S3ObjectCreated, previous: ArticleRecord | undefined, deps: IngestDeps): Promise<Decision> {
  if (previous === undefined) return { kind: 'process', ignoreSequencer: false };
  const order = compareSequencers(event.sequencer, previous.source.sequencer);
  if (order > 0) return { kind: 'process', ignoreSequencer: false };
  if (order === 0) return { kind: 'duplicate' };
  const recorded = previous.source;
  if (recorded.lastModified === undefined || recorded.etag === undefined) return { kind: 'stale' };
  const current = await deps.objects.head({ bucket: event.bucket, key: event.key });
  if (current?.lastModified !== undefined && current.etag !== recorded.etag && current.lastModified > recorded.lastModified) {
    deps.observer.log('warn', 'recorded sequencer is ahead of S3: the object changed after the recorded upload', {
      articleId: previous.articleId,
      key: event.key,
      recorded: recorded.sequencer,
      event: event.sequencer,
    });
    deps.observer.count('UntrustedSequencers');
    return { kind: 'process', ignoreSequencer: true };
  }
  return { kind: 'stale' };
}

interface VersionInput {
  articleId: string;
  source: SourceRef;
  previous: ArticleRecord | undefined;
  now: Date;
}

async function commitParsed(analysis: Analysis, input: VersionInput, deps: IngestDeps, ignoreSequencer: boolean): Promise<IngestOutcome | 'conflict'> {
  const { records, observer, settings } = deps;
  const { articleId, source, previous, now } = input;
  const version = nextVersion(previous);
  const document = buildProcessedDocument(articleId, version, analysis, {
    date: indexDate(analysis.article.publishedAt, previous, now),
    sequencer: source.sequencer,
  });
  const processedKey = processedKeyFor(settings.processedPrefix, articleId, version);
  const { message, inline } = enrichmentMessageFor(document, processedKey, settings.inlineDocumentMaxBytes ?? INLINE_DOCUMENT_MAX_BYTES);

  // The content claim and the topic entries (built from the version, not the claim) are written at once.
  const placement = buildParsedRecord({ articleId, source, previous, now, analysis });
  if (storedItemSize(articleItem(placement)) > MAX_ITEM_BYTES) {
    return commitFailure({ ...input, error: { code: 'TOO_LARGE_FIELD', message: 'the article record exceeds the item size limit' } }, deps, ignoreSequencer);
  }
  const entries = buildTopicEntries(placement);
  const [duplicateOf] = await Promise.all([findOriginal(articleId, analysis.article.contentHash, deps), records.putEntries(entries, [])]);
  if (duplicateOf !== undefined) {
    observer.log('info', 'same content already recorded under another key', { articleId, key: source.key, duplicateOf });
    observer.count('DuplicateContent');
  }
  const record = buildParsedRecord({ articleId, source, previous, now, analysis, duplicateOf, processedKey: inline ? undefined : processedKey });
  // Too large for a message: the document goes to S3 first (the only per-article PUT left, and rare).
  if (!inline) await deps.objects.putJson(processedKey, document);
  // Entries first (above), the article item last: readers never find an article whose entries are missing.
  if ((await records.putArticle(record, previous, { ignoreSequencer })) === 'conflict') {
    const settled = await yieldIfSuperseded(record, entries, deps);
    return settled ? 'superseded' : 'conflict';
  }
  await removeOlderVersionItems(record, previous, deps);

  await deps.jobs.send([message]);
  observer.count('JobsSent');
  observer.count('ArticlesParsed');
  observer.log('info', 'article parsed', { articleId, key: source.key, version: record.version, topics: record.topics?.map((topic) => topic.id), language: record.language });
  return 'parsed';
}

async function commitFailure(
  input: VersionInput & { error: RecordError },
  deps: IngestDeps,
  ignoreSequencer: boolean,
): Promise<IngestOutcome | 'conflict'> {
  const record = buildFailedRecord({ ...input, taxonomyVersion: deps.settings.taxonomyVersion });
  if ((await deps.records.putArticle(record, input.previous, { ignoreSequencer })) === 'conflict') {
    const settled = await yieldIfSuperseded(record, [], deps);
    return settled ? 'superseded' : 'conflict';
  }
  // The failed version has no topics: the previous version's entries must go.
  await removeOlderVersionItems(record, input.previous, deps);
  await deps.events.publish(buildArticleEvent(record, input.now));
  deps.observer.count('ArticlesFailed', { code: input.error.code });
  deps.observer.log('warn', 'article failed', { articleId: input.articleId, key: input.source.key, code: input.error.code, reason: input.error.message });
  return 'failed';
}

/**
 * After a refused commit: when a newer upload is recorded, our entries give way
 * to its entries (true); otherwise an older one slipped in and the caller
 * retries from a fresh read (false).
 */
async function yieldIfSuperseded(record: ArticleRecord, entries: ReturnType<typeof buildTopicEntries>, deps: IngestDeps): Promise<boolean> {
  const current = await deps.records.getArticle(record.articleId);
  const newer = current !== undefined && compareSequencers(current.source.sequencer, record.source.sequencer) > 0;
  // Not newer: an older upload slipped in; the next round overwrites its entries again.
  if (!newer) return false;
  await deps.records.yieldEntries(entries, record.source.sequencer, winnerEntries(current));
  deps.observer.log('info', 'a newer upload was recorded meanwhile, stopped', { articleId: record.articleId, key: record.source.key, recorded: current!.source.sequencer });
  deps.observer.count('SupersededWrites');
  return true;
}

function winnerEntries(current: ArticleRecord | undefined): Parameters<PipelinePorts['records']['yieldEntries']>[2] {
  if (current === undefined || current.schemaVersion < 2) return { topics: [], entities: [] };
  return {
    topics: buildTopicEntries(current),
    entities: [],
  };
}

/** Entries of the superseded version that the new one does not have, and schema-1 items. */
async function removeOlderVersionItems(record: ArticleRecord, previous: ArticleRecord | undefined, deps: IngestDeps): Promise<void> {
  if (previous === undefined) return;
  if (previous.schemaVersion < 2) {
    await deps.records.removeSchema1Items(record.articleId);
    return;
  }
  const kept = new Set(topicEntryKeys(record).map((key) => `${key.PK}\u0000${key.SK}`));
  const stale = [...topicEntryKeys(previous), ...entityEntryKeys(previous)].filter((key) => !kept.has(`${key.PK}\u0000${key.SK}`));
  if (stale.length > 0) await deps.records.removeStaleEntries(stale, sequencerOrderKey(record.source.sequencer));
}

/**
 * The article that first recorded this content, if it is another one. The
 * owner's claim counts even before its article item exists (two uploads of the
 * same bytes at once: the second is the duplicate); a claim whose owner has
 * since been re-uploaded with other text no longer counts.
 */
async function findOriginal(articleId: string, contentHash: string, deps: IngestDeps): Promise<string | undefined> {
  const owner = await deps.records.claimContent(contentHash, articleId);
  if (owner === articleId) return undefined;
  const original = await deps.records.getArticle(owner);
  if (original === undefined) return owner;
  return original.contentHash === undefined || original.contentHash === contentHash ? owner : undefined;
}

/**
 * A redelivered event for the recorded version. If the first delivery died
 * after committing (before queueing enrichment, or before the change event
 * went out), the missing step is done again: enrichment for a PARSED version
 * is queued anew from the object version it came from; a final version's event
 * is published again (events are at least once; consumers key on id+version).
 */
async function finishRecordedVersion(event: S3ObjectCreated, record: ArticleRecord, deps: IngestDeps, now: Date): Promise<void> {
  if (record.status === 'ENRICHED' || record.status === 'FAILED') {
    await deps.events.publish(buildArticleEvent(record, now));
    deps.observer.count('EventsRepublished');
    return;
  }
  if (record.status !== 'PARSED') return;
  if (record.schemaVersion < 2) return;
  const processedKey = processedKeyFor(deps.settings.processedPrefix, record.articleId, record.version);
  if (record.processedKey !== undefined) {
    await deps.jobs.send([{ articleId: record.articleId, version: record.version, processedKey: record.processedKey }]);
    deps.observer.count('JobsSent');
    return;
  }
  const object = await deps.objects.get({ bucket: event.bucket, key: event.key, versionId: record.source.versionId ?? event.versionId }, { maxBytes: deps.settings.maxObjectBytes });
  if (object === undefined || object.tooLarge) return;
  const prepared = prepare(object.bytes, event, object.contentType, object.lastModified, deps);
  if (prepared.kind !== 'analyzed') return;
  const document = buildProcessedDocument(record.articleId, record.version, prepared.analysis, { date: record.date, sequencer: record.source.sequencer });
  const { message, inline } = enrichmentMessageFor(document, processedKey, deps.settings.inlineDocumentMaxBytes ?? INLINE_DOCUMENT_MAX_BYTES);
  if (!inline) await deps.objects.putJson(processedKey, document);
  await deps.jobs.send([message]);
  deps.observer.count('JobsSent');
}
