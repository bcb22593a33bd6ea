/**
 * Use case: one enrichment job message → one job item, and the article's
 * PARSED → ENRICHED transition when the last job of its version finishes.
 * Every write is conditional on the article version, so a retried or
 * superseded job changes nothing it should not.
 */
import {
  JOB_KINDS,
  type EnrichmentInput,
  type EnrichmentJob,
  type Entity,
  type JobKind,
  type JobResults,
  type RelatedCandidate,
} from '../core/enrich/types';
import {
  buildArticleEvent,
  buildEntityIndexItems,
  buildJobItem,
  entityIndexContextOf,
  type EntityIndexContext,
} from '../core/records/mapping';
import type { ProcessedDocument } from '../core/records/types';
import type { PipelinePorts } from '../adapters/ports';
import type { Observer } from './observer';

/** The enrichment core (lambdas/core/enrich), injected so the use case stays a pure orchestration. */
export interface Enricher {
  runJob<K extends JobKind>(kind: K, input: EnrichmentInput, candidates?: RelatedCandidate[]): JobResults[K];
  extractEntities(input: EnrichmentInput): Entity[];
}

export interface EnrichSettings {
  /** Index items read per topic / entity when looking for related articles. */
  candidatesPerKey: number;
  /** Entities of the article used as lookup keys (the first ones the extractor returns). */
  maxEntityKeys: number;
}

export const defaultEnrichSettings: EnrichSettings = { candidatesPerKey: 20, maxEntityKeys: 10 };

export interface EnrichDeps extends PipelinePorts {
  enricher: Enricher;
  observer: Observer;
  settings?: Partial<EnrichSettings>;
  now?: () => Date;
}

export type EnrichOutcome = 'completed' | 'enriched' | 'superseded' | 'invalid';

export class InvalidJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobError';
  }
}

/** The SQS body of a job; throws InvalidJobError for anything that can never run. */
export function parseEnrichmentJob(body: string): EnrichmentJob {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidJobError('job body is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw new InvalidJobError('job body is not an object');
  const job = value as Record<string, unknown>;
  if (!(JOB_KINDS as readonly unknown[]).includes(job.kind)) throw new InvalidJobError(`unknown job kind ${JSON.stringify(job.kind)}`);
  if (typeof job.articleId !== 'string' || job.articleId === '') throw new InvalidJobError('articleId missing');
  if (!Number.isInteger(job.version) || (job.version as number) < 1) throw new InvalidJobError('version must be a positive integer');
  if (typeof job.processedKey !== 'string' || job.processedKey === '') throw new InvalidJobError('processedKey missing');
  const parsed: EnrichmentJob = { kind: job.kind as JobKind, articleId: job.articleId, version: job.version as number, processedKey: job.processedKey };
  if (job.document !== undefined) {
    if (!isProcessedDocument(job.document)) throw new InvalidJobError('inline document is not a processed document');
    parsed.document = job.document;
  }
  return parsed;
}

function isProcessedDocument(value: unknown): value is ProcessedDocument {
  if (typeof value !== 'object' || value === null) return false;
  const document = value as Record<string, unknown>;
  const article = document.article as Record<string, unknown> | undefined;
  return (
    typeof document.articleId === 'string' &&
    Number.isInteger(document.version) &&
    typeof article === 'object' &&
    article !== null &&
    typeof article.body === 'string' &&
    Array.isArray(document.topics)
  );
}

/** The processed document is missing or older than the job: the writer has not settled, retry. */
export class ProcessedDocumentMismatchError extends Error {
  constructor(job: EnrichmentJob) {
    super(`processed document ${job.processedKey} does not hold version ${job.version} of ${job.articleId}`);
    this.name = 'ProcessedDocumentMismatchError';
  }
}

/** What a job needs to know about its article version, from the document or (older documents) the record. */
interface VersionView extends EntityIndexContext {
  topicIds: string[];
}

/**
 * Runs one job without reading the article item: the document (inline or from
 * S3) carries the version, and every write is conditional on it. A stale job
 * can only store a result that its version's readers ignore; it can never
 * mark a newer version ENRICHED.
 */
export async function runEnrichmentJob(body: string, deps: EnrichDeps): Promise<EnrichOutcome> {
  const { observer, records } = deps;
  let job: EnrichmentJob;
  try {
    job = parseEnrichmentJob(body);
  } catch (error) {
    if (!(error instanceof InvalidJobError)) throw error;
    // No retry can fix the message: drop it, loudly.
    observer.log('error', 'invalid enrichment job dropped', { reason: error.message, body: body.slice(0, 500) });
    observer.count('BadJobMessages');
    return 'invalid';
  }
  const context = { articleId: job.articleId, kind: job.kind, version: job.version };
  const superseded = (reason: string, details: Record<string, unknown> = {}): EnrichOutcome => {
    observer.log('info', reason, { ...context, ...details });
    observer.count('JobsSuperseded', { kind: job.kind });
    return 'superseded';
  };

  const document = job.document ?? (await deps.objects.getJson<ProcessedDocument>(job.processedKey));
  if (document !== undefined && document.articleId === job.articleId && document.version > job.version) {
    return superseded('job superseded: a newer version was processed', { processed: document.version });
  }
  if (document === undefined || document.articleId !== job.articleId || document.version !== job.version) {
    throw new ProcessedDocumentMismatchError(job);
  }
  const view = await versionView(job, document, deps);
  if (view === undefined) return superseded('job superseded or already done');

  const input: EnrichmentInput = { articleId: job.articleId, article: document.article, topics: document.topics };
  const now = deps.now?.() ?? new Date();
  const result = await runJob(job.kind, input, view, deps);
  if (!(await records.putJobItem(buildJobItem(job.articleId, job.kind, job.version, result, now)))) {
    return superseded('job superseded: a newer version stored its result');
  }
  if (job.kind === 'entities') {
    const { entities } = result as JobResults['entities'];
    await records.putEntityIndexItems(buildEntityIndexItems(view, entities));
    // Checked after writing: a newer version committed before this read is cleaned up here;
    // one committed after it removes these items in its own stale cleanup.
    const current = await records.getArticle(job.articleId);
    if (current !== undefined && current.version !== job.version) {
      await records.deleteStaleIndexItems(job.articleId, current.source.sequencer);
      return superseded('job superseded while it ran', { recorded: current.version });
    }
  }
  observer.count('JobsCompleted', { kind: job.kind });

  // Store-then-check: of jobs finishing at once, at least the last to store its result sees every kind.
  const done = await records.completedJobKinds(job.articleId, job.version);
  if (done.length < JOB_KINDS.length) return 'completed';
  // Several last jobs may get here at once; the conditional update lets one through.
  const enriched = await records.markEnriched(job.articleId, job.version, now);
  if (enriched === undefined) return 'completed';
  await deps.events.publish(buildArticleEvent(enriched, now));
  observer.count('ArticlesEnriched');
  observer.log('info', 'article enriched', context);
  return 'enriched';
}

/**
 * The version facts a job needs. Documents of the current writer carry them;
 * for older documents the record is read, and a job whose version is no
 * longer PARSED is superseded (undefined).
 */
async function versionView(job: EnrichmentJob, document: ProcessedDocument, deps: EnrichDeps): Promise<VersionView | undefined> {
  const topicIds = document.topics.map((topic) => topic.id);
  if (document.date !== undefined && document.sequencer !== undefined) {
    return { articleId: job.articleId, version: job.version, sequencer: document.sequencer, date: document.date, title: document.article.title, topicIds };
  }
  const record = await deps.records.getArticle(job.articleId);
  if (record === undefined || record.version !== job.version || record.status !== 'PARSED') return undefined;
  return { ...entityIndexContextOf(record), topicIds: (record.topics ?? []).map((topic) => topic.id) };
}

async function runJob(kind: JobKind, input: EnrichmentInput, view: VersionView, deps: EnrichDeps): Promise<JobResults[JobKind]> {
  if (kind !== 'related') return deps.enricher.runJob(kind, input);
  const candidates = await findRelatedCandidates(input, view.topicIds, deps);
  return deps.enricher.runJob('related', input, candidates);
}

/** Earlier articles sharing a topic or an entity, merged per article. */
export async function findRelatedCandidates(input: EnrichmentInput, topicIds: string[], deps: EnrichDeps): Promise<RelatedCandidate[]> {
  const settings = { ...defaultEnrichSettings, ...deps.settings };
  const entityKeys = [...new Set(deps.enricher.extractEntities(input).map((entity) => entity.key))].slice(0, settings.maxEntityKeys);

  const [byTopic, byEntity] = await Promise.all([
    Promise.all(topicIds.map((id) => deps.records.queryTopic(id, settings.candidatesPerKey))),
    Promise.all(entityKeys.map((key) => deps.records.queryEntity(key, settings.candidatesPerKey))),
  ]);

  const candidates = new Map<string, RelatedCandidate>();
  const candidateFor = (item: { articleId: string; title: string; date: string }) => {
    let candidate = candidates.get(item.articleId);
    if (candidate === undefined) {
      candidate = { articleId: item.articleId, title: item.title, publishedAt: item.date, topics: [], entities: [] };
      candidates.set(item.articleId, candidate);
    }
    return candidate;
  };
  for (const items of byTopic) {
    for (const item of items) if (item.articleId !== input.articleId) candidateFor(item).topics.push(item.topicId);
  }
  for (const items of byEntity) {
    for (const item of items) if (item.articleId !== input.articleId) candidateFor(item).entities.push(item.entityKey);
  }
  return [...candidates.values()];
}
