/**
 * Use case: the one enrichment message of an article version → every job kind
 * in this invocation → one conditional PARSED → ENRICHED write holding all
 * results (record contract, schema 2). A kind that cannot produce a result
 * (bad input, a result too large or holding an unstorable number) is recorded
 * in `enrichmentFailures`; only infrastructure errors fail the message.
 */
import { JOB_KINDS, type EnrichmentInput, type Entity, type JobKind, type JobResults, type RelatedCandidate } from '../core/enrich/types';
import { entityLookupKeys } from '../core/enrich/entity-key';
import {
  buildArticleEvent,
  buildEnrichedAttributes,
  buildEntityEntries,
  selectMainEntities,
  type EntryContext,
} from '../core/records/mapping';
import type { EnrichmentFailures, EnrichmentMessage, EnrichmentResults, MainEntity, ProcessedDocument, RecordError } from '../core/records/types';
import type { PipelinePorts } from '../adapters/ports';
import type { Observer } from './observer';

/** The enrichment core (lambdas/core/enrich), injected so the use case stays a pure orchestration. */
export interface Enricher {
  runJob<K extends JobKind>(kind: K, input: EnrichmentInput, candidates?: RelatedCandidate[]): JobResults[K];
  extractEntities(input: EnrichmentInput): Entity[];
}

export interface EnrichSettings {
  /** Entries read per topic / entity lookup key when looking for related articles. */
  candidatesPerKey: number;
}

export const defaultEnrichSettings: EnrichSettings = { candidatesPerKey: 20 };

export interface EnrichDeps extends PipelinePorts {
  enricher: Enricher;
  observer: Observer;
  settings?: Partial<EnrichSettings>;
  now?: () => Date;
}

export type EnrichOutcome = 'enriched' | 'duplicate' | 'superseded' | 'ignored';

/** A message no retry can make runnable: it fails until it reaches the DLQ, where an operator sees it. */
export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMessageError';
  }
}

/** The version's document is missing or another version's: the writer has not settled, retry. */
export class ProcessedDocumentMismatchError extends Error {
  constructor(message: EnrichmentMessage) {
    super(`processed document ${message.processedKey ?? '(inline)'} does not hold version ${message.version} of ${message.articleId}`);
    this.name = 'ProcessedDocumentMismatchError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The SQS body of an enrichment message; `undefined` for a schema-1 job
 * message of a kind other than `entities` (its `entities` sibling runs every kind).
 */
export function parseEnrichmentMessage(body: string): EnrichmentMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidMessageError('message body is not JSON');
  }
  if (!isObject(value)) throw new InvalidMessageError('message body is not an object');
  if (value.kind !== undefined && value.kind !== 'entities') {
    if (!(JOB_KINDS as readonly unknown[]).includes(value.kind)) throw new InvalidMessageError(`unknown job kind ${JSON.stringify(value.kind)}`);
    return undefined;
  }
  if (typeof value.articleId !== 'string' || !/^[0-9a-f]{32}$/.test(value.articleId)) throw new InvalidMessageError('articleId missing or malformed');
  if (!Number.isInteger(value.version) || (value.version as number) < 1) throw new InvalidMessageError('version must be a positive integer');
  const message: EnrichmentMessage = { articleId: value.articleId, version: value.version as number };
  if (value.document !== undefined) {
    if (!isProcessedDocument(value.document)) throw new InvalidMessageError('inline document is not a processed document');
    message.document = value.document;
  } else if (typeof value.processedKey === 'string' && value.processedKey !== '') {
    message.processedKey = value.processedKey;
  } else {
    throw new InvalidMessageError('neither an inline document nor a processedKey');
  }
  return message;
}

function isProcessedDocument(value: unknown): value is ProcessedDocument {
  if (!isObject(value) || !isObject(value.article)) return false;
  return typeof value.articleId === 'string' && Number.isInteger(value.version) && typeof value.article.body === 'string' && Array.isArray(value.topics);
}

export async function enrichArticle(body: string, deps: EnrichDeps): Promise<EnrichOutcome> {
  const { observer, records } = deps;
  let message: EnrichmentMessage | undefined;
  try {
    message = parseEnrichmentMessage(body);
  } catch (error) {
    if (error instanceof InvalidMessageError) {
      observer.log('error', 'invalid enrichment message: failing it towards the DLQ', { reason: error.message, body: body.slice(0, 500) });
      observer.count('BadJobMessages');
    }
    throw error;
  }
  if (message === undefined) return 'ignored';
  const context = { articleId: message.articleId, version: message.version };

  const document = message.document ?? (message.processedKey === undefined ? undefined : await deps.objects.getJson<ProcessedDocument>(message.processedKey));
  if (document === undefined || document.articleId !== message.articleId || document.version !== message.version) {
    throw new ProcessedDocumentMismatchError(message);
  }
  const article = { ...document.article, paragraphs: document.article.paragraphs ?? document.article.body.split('\n\n') };
  const input: EnrichmentInput = { articleId: message.articleId, article, topics: document.topics };
  const entry: EntryContext = {
    articleId: message.articleId,
    version: message.version,
    sequencer: document.sequencer ?? '0',
    date: document.date ?? new Date(0).toISOString(),
    title: article.title,
  };

  const results: EnrichmentResults = {};
  const failures: EnrichmentFailures = {};
  const attempt = <K extends JobKind>(kind: K, run: () => JobResults[K]) => {
    try {
      (results as Record<K, JobResults[K]>)[kind] = run();
    } catch (error) {
      failures[kind] = kindFailure(error);
      observer.count('EnrichmentKindsFailed', { kind });
      observer.log('warn', 'enrichment kind failed', { ...context, kind, error: failures[kind] });
    }
  };
  for (const kind of ['entities', 'figures', 'quotes', 'places'] as const) attempt(kind, () => deps.enricher.runJob(kind, input));
  const mainEntities = selectMainEntities(results.entities?.entities ?? [], entityLookupKeys, article.title);
  // Candidate lookups are I/O: their errors are the infrastructure's and retry the message.
  const candidates = await findRelatedCandidates(input, mainEntities, deps);
  attempt('related', () => deps.enricher.runJob('related', input, candidates));

  const now = deps.now?.() ?? new Date();
  const attributes = buildEnrichedAttributes({ topics: document.topics, text: article.body, mainEntities, results, failures, now });
  const entityEntries = buildEntityEntries(entry, attributes.mainEntities);
  await records.putEntries([], entityEntries);
  const enriched = await records.markEnriched(message.articleId, message.version, attributes);
  if (enriched !== undefined) {
    await deps.events.publish(buildArticleEvent(enriched, now));
    observer.count('ArticlesEnriched');
    observer.log('info', 'article enriched', { ...context, failedKinds: Object.keys(attributes.enrichmentFailures ?? {}) });
    return 'enriched';
  }

  // Refused: this version is enriched already (a redelivery), or a newer version took over.
  const current = await records.getArticle(message.articleId);
  if (current !== undefined && current.version === message.version && current.status === 'ENRICHED') {
    // The first delivery may have died before its event went out: events are at least once.
    await deps.events.publish(buildArticleEvent(current, now));
    observer.count('EventsRepublished');
    return 'duplicate';
  }
  if (current === undefined || current.version < message.version) throw new ProcessedDocumentMismatchError(message);
  const winner = current.status === 'ENRICHED' && current.schemaVersion >= 2 ? buildEntityEntries({ ...current, sequencer: current.source.sequencer }, current.mainEntities ?? []) : [];
  await records.yieldEntries(entityEntries, entry.sequencer, { topics: [], entities: winner });
  observer.log('info', 'enrichment superseded by a newer version', { ...context, recorded: current.version });
  observer.count('JobsSuperseded');
  return 'superseded';
}

function kindFailure(error: unknown): RecordError {
  const code = isObject(error) && typeof error.code === 'string' ? error.code : 'ENRICHMENT_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message: message.slice(0, 500) };
}

/**
 * Recent articles sharing a topic or a main entity: every shard of each main
 * entity (the strong signal, few keys), and this article's own shard of each
 * topic (a sample of the topic's newest: a busy topic has plenty in each).
 */
export async function findRelatedCandidates(input: EnrichmentInput, mainEntities: MainEntity[], deps: EnrichDeps): Promise<RelatedCandidate[]> {
  const settings = { ...defaultEnrichSettings, ...deps.settings };
  const topicIds = [...new Set(input.topics.map((topic) => topic.id))];
  const lookupKeys = [...new Set(mainEntities.flatMap((entity) => entity.lookupKeys))];
  const [byTopic, byEntity] = await Promise.all([
    Promise.all(topicIds.map((id) => deps.records.queryTopicShard(id, input.articleId, settings.candidatesPerKey))),
    Promise.all(lookupKeys.map((key) => deps.records.queryEntity(key, settings.candidatesPerKey))),
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
    for (const item of items) {
      if (item.articleId === input.articleId) continue;
      const candidate = candidateFor(item);
      if (!candidate.entities.includes(item.entityKey)) candidate.entities.push(item.entityKey);
    }
  }
  return [...candidates.values()];
}
