/**
 * Use case: one enrichment job message → one job item, and the article's
 * PARSED → ENRICHED transition when the last job of its version finishes.
 * Every step is conditional on the article version, so a retried or
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
import { buildArticleEvent, buildEntityIndexItems, buildJobItem } from '../core/records/mapping';
import type { ArticleRecord, ProcessedDocument } from '../core/records/types';
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
  return { kind: job.kind as JobKind, articleId: job.articleId, version: job.version as number, processedKey: job.processedKey };
}

/** The processed document no longer matches the record it was loaded for; retry until the writer settles. */
export class ProcessedDocumentMismatchError extends Error {
  constructor(job: EnrichmentJob) {
    super(`processed document ${job.processedKey} does not hold version ${job.version} of ${job.articleId}`);
    this.name = 'ProcessedDocumentMismatchError';
  }
}

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

  const record = await records.getArticle(job.articleId);
  if (record === undefined || record.version !== job.version || record.status !== 'PARSED') {
    observer.log('info', 'job superseded or already done', { ...context, status: record?.status, recorded: record?.version });
    observer.count('JobsSuperseded', { kind: job.kind });
    return 'superseded';
  }

  const document = await deps.objects.getJson<ProcessedDocument>(job.processedKey);
  if (document === undefined || document.version !== job.version || document.article.contentHash !== record.contentHash) {
    throw new ProcessedDocumentMismatchError(job);
  }
  const input: EnrichmentInput = { articleId: job.articleId, article: document.article, topics: document.topics };
  const now = deps.now?.() ?? new Date();

  const result = await runJob(job.kind, input, record, deps);
  await records.putJobItem(buildJobItem(job.articleId, job.kind, job.version, result, now));
  if (job.kind === 'entities') {
    const { entities } = result as JobResults['entities'];
    await records.putEntityIndexItems(buildEntityIndexItems(record, entities));
  }

  const updated = await records.completeJob(job.articleId, job.version, job.kind);
  if (updated === undefined) {
    // A newer version landed while this job ran; its cleanup may have run before our entity items were written.
    if (job.kind === 'entities') {
      const current = await records.getArticle(job.articleId);
      if (current !== undefined) await records.deleteStaleIndexItems(job.articleId, current.source.sequencer);
    }
    observer.count('JobsSuperseded', { kind: job.kind });
    return 'superseded';
  }
  observer.count('JobsCompleted', { kind: job.kind });
  if ((updated.pendingJobs?.length ?? 0) > 0) return 'completed';

  // Several last jobs may get here at once; the conditional update lets one through.
  const enriched = await records.markEnriched(job.articleId, job.version, now);
  if (enriched === undefined) return 'completed';
  await deps.events.publish(buildArticleEvent(enriched, now));
  observer.count('ArticlesEnriched');
  observer.log('info', 'article enriched', context);
  return 'enriched';
}

async function runJob(kind: JobKind, input: EnrichmentInput, record: ArticleRecord, deps: EnrichDeps): Promise<JobResults[JobKind]> {
  if (kind !== 'related') return deps.enricher.runJob(kind, input);
  const candidates = await findRelatedCandidates(input, record, deps);
  return deps.enricher.runJob('related', input, candidates);
}

/** Earlier articles sharing a topic or an entity, merged per article. */
export async function findRelatedCandidates(
  input: EnrichmentInput,
  record: ArticleRecord,
  deps: EnrichDeps,
): Promise<RelatedCandidate[]> {
  const settings = { ...defaultEnrichSettings, ...deps.settings };
  const topicIds = (record.topics ?? []).map((topic) => topic.id);
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
    for (const item of items) if (item.articleId !== record.articleId) candidateFor(item).topics.push(item.topicId);
  }
  for (const items of byEntity) {
    for (const item of items) if (item.articleId !== record.articleId) candidateFor(item).entities.push(item.entityKey);
  }
  return [...candidates.values()];
}
