/**
 * Pure mapping between analysis results and the table's items (record
 * contract, schema 2). Builders produce the typed shapes of `types.ts`; the
 * `*Item` functions add key attributes through `keys.ts` and return plain
 * objects ready for marshalling (absent values are `undefined` and dropped).
 *
 * Every stored field is bounded here (STORED_FIELD_BYTES, evidence, entries) and
 * every item can be measured (storedItemSize) before it is written.
 */
import type { ArticleWarning, TopicMatch } from '../types';
import { JOB_KINDS, type Entity, type EntityType } from '../enrich/types';
import {
  SCHEMA_VERSION,
  articleIdFromKey,
  articleIdFromSortKey,
  checkKeySize,
  indexKeys,
  indexes,
  keys,
  tableKeys,
} from './keys';
import { sequencerOrderKey } from './sequencer';
import { compressJson, decompressJson, TEXT_ENCODING } from './text-codec';
import type {
  ArticleEvent,
  ArticleRecord,
  EnrichmentFailures,
  EnrichmentMessage,
  EnrichmentResults,
  EntityIndexItem,
  EvidenceSpan,
  JobItem,
  MainEntity,
  ProcessedDocument,
  RecordError,
  RecordWarning,
  SourceRef,
  TopicIndexItem,
  TopicSummary,
} from './types';

/** Analysis as the mapping needs it (structurally the core's `Analysis`; no import of the core). */
export interface AnalysisInput {
  article: ProcessedDocument['article'];
  topics: TopicMatch[];
  encoding: string;
  taxonomyVersion: string;
}

// ---- Bounds ----------------------------------------------------------------

/** DynamoDB refuses items over 400 KB; this leaves room for attribute names and rounding. */
export const MAX_ITEM_BYTES = 380 * 1024;
/**
 * Largest UTF-8 size of each stored text field; larger values fail the article with TOO_LARGE_FIELD.
 * The parser already cuts these fields to far less (lambdas/core/limits.ts, in characters): this is
 * the record's own guarantee, whatever produced the article.
 */
export const STORED_FIELD_BYTES = {
  title: 2_000,
  author: 1_000,
  url: 4_096,
  sourceName: 500,
  dateline: 500,
  publishedAt: 64,
  encoding: 40,
  modifiedAt: 64,
} as const;
/** Warnings kept on a record: a handful tells the story; their messages are short. */
export const MAX_RECORD_WARNINGS = 10;
const WARNING_MESSAGE_MAX_CHARS = 300;
/** Evidence kept per topic in the record (offsets into the stored text). */
export const MAX_EVIDENCE_PER_TOPIC = 3;
/** Longer spans are not kept (classifier evidence is a term or a phrase). */
export const MAX_EVIDENCE_CHARS = 200;
/** DynamoDB numbers: 38 significant digits, magnitude 1E-130 .. 9.99E+125. */
const MAX_NUMBER_MAGNITUDE = 9.99e125;
const MIN_NUMBER_MAGNITUDE = 1e-130;
/** Event titles and error messages are cut so an event stays far below SNS's 256 KB. */
export const EVENT_TITLE_MAX_CHARS = 500;
export const EVENT_MESSAGE_MAX_CHARS = 1_000;

/**
 * Main entities: the article's entities with index entries. An article names
 * many entities in passing (an official quoted once, a dateline city); a
 * downstream "articles naming Samsung" query wants the articles that are
 * about them. So: people, organizations and countries (not cities or
 * regions: places have the places result) named in the title or mentioned at
 * least twice in the text, the most mentioned first; at most MAX_MAIN_ENTITIES, and at most MAX_ENTITY_ENTRIES
 * entries counting every lookup key. Each entry is one write unit; every
 * entity stays in the stored entities result.
 */
export const MAIN_ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'country'];
export const MIN_MAIN_ENTITY_MENTIONS = 2;
export const MAX_MAIN_ENTITIES = 3;
export const MAX_ENTITY_ENTRIES = 3;

/**
 * Enrichment messages carry the document inline up to this serialized size;
 * larger ones go to `processed/` in S3 (the only per-article PUT left, for
 * documents of more than ≈ 190 KB). SQS bills per 64 KB chunk sent and
 * received (3 chunks ≈ $2.4/M), still less than a PUT and a GET ($5.4/M).
 */
export const INLINE_DOCUMENT_MAX_BYTES = 190 * 1024;
/** Compressed text larger than this stays in S3 (`processedKey`) instead of the article item. */
export const MAX_INLINE_TEXT_BYTES = 200 * 1024;

export type Item = Record<string, unknown>;

const utf8 = new TextEncoder();
const utf8Bytes = (text: string) => utf8.encode(text).byteLength;

/** The first stored field over its limit, as a TOO_LARGE_FIELD error. */
export function fieldBoundError(fields: Partial<Record<keyof typeof STORED_FIELD_BYTES, string | undefined>>): RecordError | undefined {
  for (const [field, limit] of Object.entries(STORED_FIELD_BYTES) as [keyof typeof STORED_FIELD_BYTES, number][]) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    // A string of n UTF-16 units has at most 3n UTF-8 bytes: most values skip the encoding.
    if (value.length * 3 > limit && utf8Bytes(value) > limit) {
      return { code: 'TOO_LARGE_FIELD', field, message: `${field} is ${utf8Bytes(value)} bytes, the limit is ${limit}` };
    }
  }
  return undefined;
}

/** The first number DynamoDB cannot store (NaN, ±Infinity, out of its range), as a path. */
export function unstorableNumber(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') {
    const magnitude = Math.abs(value);
    if (!Number.isFinite(value) || magnitude > MAX_NUMBER_MAGNITUDE || (magnitude !== 0 && magnitude < MIN_NUMBER_MAGNITUDE)) return path || '(value)';
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableNumber(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    for (const [name, child] of Object.entries(value)) {
      const found = unstorableNumber(child, path === '' ? name : `${path}.${name}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

// ---- Records -----------------------------------------------------------------

interface VersionContext {
  articleId: string;
  source: SourceRef;
  /** The stored record this write supersedes, if any. */
  previous?: ArticleRecord;
  now: Date;
}

export interface ParsedRecordInput extends VersionContext {
  analysis: AnalysisInput;
  duplicateOf?: string;
  /** Set only when the document had to go to S3 (too large for the message). */
  processedKey?: string;
}

export interface FailedRecordInput extends VersionContext {
  error: RecordError;
  taxonomyVersion: string;
}

export function nextVersion(previous: ArticleRecord | undefined): number {
  return (previous?.version ?? 0) + 1;
}

/** First receipt of the key: keeps the index date of undated articles stable across re-uploads. */
function receivedAt(previous: ArticleRecord | undefined, now: Date): string {
  return previous?.receivedAt ?? now.toISOString();
}

/** publishedAt when stated, else the first receipt of the key: what index entries sort by. */
export function indexDate(publishedAt: string | undefined, previous: ArticleRecord | undefined, now: Date): string {
  return publishedAt ?? receivedAt(previous, now);
}

/** Up to MAX_EVIDENCE_PER_TOPIC spans per topic, each checked against the text its offsets point into. */
export function topicsWithEvidence(topics: TopicMatch[], text: string): TopicSummary[] {
  return topics.map((topic) => ({
    id: topic.id,
    score: topic.score,
    evidence: topic.evidence
      .filter((span) => span.end - span.start <= MAX_EVIDENCE_CHARS && text.slice(span.start, span.end) === span.text)
      .slice(0, MAX_EVIDENCE_PER_TOPIC)
      .map(({ text: spanText, start, end }) => ({ text: spanText, start, end })),
  }));
}

/** The PARSED record: topics without evidence (evidence and text arrive once, with ENRICHED). */
export function buildParsedRecord(input: ParsedRecordInput): ArticleRecord {
  const { analysis, previous, now } = input;
  const { article } = analysis;
  const at = now.toISOString();
  return {
    articleId: input.articleId,
    status: 'PARSED',
    version: nextVersion(previous),
    schemaVersion: SCHEMA_VERSION,
    taxonomyVersion: analysis.taxonomyVersion,
    source: input.source,
    receivedAt: receivedAt(previous, now),
    updatedAt: at,
    parsedAt: at,
    date: indexDate(article.publishedAt, previous, now),
    title: article.title,
    language: article.language,
    publishedAt: article.publishedAt,
    // Where the date came from; 'upload' when the article states none and `date` is the receipt time.
    publishedSource: article.publishedAt ? article.publishedSource : 'upload',
    modifiedAt: article.modifiedAt,
    dateline: article.dateline,
    author: article.author,
    url: article.url,
    sourceName: article.sourceName,
    wordCount: article.wordCount,
    contentHash: article.contentHash,
    encoding: analysis.encoding,
    warnings: recordWarnings(article.warnings),
    topics: analysis.topics.map((topic) => ({ id: topic.id, score: topic.score, evidence: [] })),
    processedKey: input.processedKey,
    duplicateOf: input.duplicateOf,
  };
}

function recordWarnings(warnings: readonly ArticleWarning[] | undefined): RecordWarning[] | undefined {
  if (!warnings || warnings.length === 0) return undefined;
  return warnings.slice(0, MAX_RECORD_WARNINGS).map((warning) => {
    const kept: RecordWarning = { code: warning.code, message: warning.message.slice(0, WARNING_MESSAGE_MAX_CHARS) };
    if (warning.field !== undefined) kept.field = warning.field;
    if (warning.count !== undefined) kept.count = warning.count;
    return kept;
  });
}

export function buildFailedRecord(input: FailedRecordInput): ArticleRecord {
  const at = input.now.toISOString();
  const received = receivedAt(input.previous, input.now);
  return {
    articleId: input.articleId,
    status: 'FAILED',
    version: nextVersion(input.previous),
    schemaVersion: SCHEMA_VERSION,
    taxonomyVersion: input.taxonomyVersion,
    source: input.source,
    receivedAt: received,
    updatedAt: at,
    date: received,
    error: { ...input.error, message: input.error.message.slice(0, EVENT_MESSAGE_MAX_CHARS) },
  };
}

export function buildProcessedDocument(
  articleId: string,
  version: number,
  analysis: AnalysisInput,
  placement: { date: string; sequencer: string },
): ProcessedDocument {
  // Paragraphs are `body` split on blank lines: they travel once, as the body.
  const { paragraphs: _paragraphs, ...article } = analysis.article;
  return {
    articleId,
    version,
    article,
    topics: analysis.topics,
    taxonomyVersion: analysis.taxonomyVersion,
    encoding: analysis.encoding,
    date: placement.date,
    sequencer: placement.sequencer,
  };
}

/** The one enrichment message of a version; `inline: false` when the document must go to S3 first. */
export function enrichmentMessageFor(
  document: ProcessedDocument,
  processedKey: string,
  inlineMaxBytes = INLINE_DOCUMENT_MAX_BYTES,
): { message: EnrichmentMessage; inline: boolean } {
  const inline: EnrichmentMessage = { articleId: document.articleId, version: document.version, document };
  if (utf8Bytes(JSON.stringify(inline)) <= inlineMaxBytes) return { message: inline, inline: true };
  return { message: { articleId: document.articleId, version: document.version, processedKey }, inline: false };
}

/** The S3 key of an article's processed document (documents too large for a message). */
export function processedKeyFor(processedPrefix: string, articleId: string, version: number): string {
  return `${processedPrefix}${articleId}.v${version}.json`;
}

// ---- Main entities and index entries --------------------------------------------

export function selectMainEntities(entities: Entity[], lookupKeysOf: (entity: Entity) => string[], title = ''): MainEntity[] {
  const lowerTitle = title.toLocaleLowerCase('en-US');
  const inTitle = (entity: Entity) => lowerTitle !== '' && lowerTitle.includes(entity.name.toLocaleLowerCase('en-US'));
  const ranked = entities
    .map((entity, order) => ({ entity, order }))
    .filter(({ entity }) => entity.key !== '' && MAIN_ENTITY_TYPES.includes(entity.type) && (entity.mentions.length >= MIN_MAIN_ENTITY_MENTIONS || inTitle(entity)))
    .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.order - b.order);
  const main: MainEntity[] = [];
  const seen = new Set<string>();
  let entries = 0;
  for (const { entity } of ranked) {
    if (main.length >= MAX_MAIN_ENTITIES || entries >= MAX_ENTITY_ENTRIES) break;
    if (seen.has(entity.key)) continue;
    const lookupKeys = [...new Set([entity.key, ...lookupKeysOf(entity)])]
      .filter((key) => key !== '' && !seen.has(key))
      .slice(0, MAX_ENTITY_ENTRIES - entries);
    for (const key of lookupKeys) seen.add(key);
    entries += lookupKeys.length;
    main.push({
      key: entity.key,
      name: entity.name.slice(0, 200),
      type: entity.type,
      role: entity.role?.slice(0, 200),
      country: entity.country,
      mentions: entity.mentions.length,
      lookupKeys,
    });
  }
  return main;
}

const LISTING_TITLE_MAX_CHARS = 300;

export function buildTopicEntries(record: ArticleRecord): TopicIndexItem[] {
  return (record.topics ?? []).map((topic) => ({
    articleId: record.articleId,
    topicId: topic.id,
    score: topic.score,
    version: record.version,
    date: record.date,
    title: (record.title ?? '').slice(0, LISTING_TITLE_MAX_CHARS),
    language: record.language ?? 'other',
    sequencer: sequencerOrderKey(record.source.sequencer),
  }));
}

/** What an entity entry needs to know about its article version. */
export interface EntryContext {
  articleId: string;
  version: number;
  /** The version's S3 sequencer (raw or order key): losing writers condition on it. */
  sequencer: string;
  date: string;
  title?: string;
}

export function buildEntityEntries(context: EntryContext, mainEntities: MainEntity[]): EntityIndexItem[] {
  return mainEntities.flatMap((entity) =>
    entity.lookupKeys.map((lookupKey) => ({
      articleId: context.articleId,
      entityKey: entity.key,
      lookupKey,
      name: entity.name,
      type: entity.type,
      country: entity.country,
      role: entity.role,
      version: context.version,
      date: context.date,
      title: (context.title ?? '').slice(0, LISTING_TITLE_MAX_CHARS),
      sequencer: sequencerOrderKey(context.sequencer),
    })),
  );
}

export function topicEntryItem(entry: TopicIndexItem): Item {
  const key = keys.topicEntry(entry.topicId, entry.date, entry.articleId);
  checkKeySize(key);
  return { ...entry, ...key };
}

export function entityEntryItem(entry: EntityIndexItem): Item {
  const key = keys.entityEntry(entry.lookupKey ?? entry.entityKey, entry.date, entry.articleId);
  checkKeySize(key);
  return { ...entry, ...key };
}

/** The keys of a record's topic entries: what a newer version removes when it no longer has them. */
export function topicEntryKeys(record: ArticleRecord): { PK: string; SK: string }[] {
  if (record.schemaVersion < 2) return (record.topics ?? []).map((topic) => keys.topic(record.articleId, topic.id));
  return buildTopicEntries(record).map((entry) => keys.topicEntry(entry.topicId, entry.date, entry.articleId));
}

export function entityEntryKeys(record: ArticleRecord): { PK: string; SK: string }[] {
  const context = { ...record, sequencer: record.source.sequencer };
  return buildEntityEntries(context, record.mainEntities ?? []).map((entry) => keys.entityEntry(entry.lookupKey!, entry.date, entry.articleId));
}

const listingFields = (item: Item): Item => {
  const copy: Item = { ...item };
  for (const attribute of [
    tableKeys.partitionKey,
    tableKeys.sortKey,
    indexes.byTopic.partitionKey,
    indexes.byTopic.sortKey,
    indexes.byEntity.partitionKey,
    indexes.byEntity.sortKey,
    'sequencer',
  ]) {
    delete copy[attribute];
  }
  return copy;
};

export function topicEntryFromItem(item: Item): TopicIndexItem {
  const entry = listingFields(item) as unknown as TopicIndexItem;
  if (entry.articleId === undefined) entry.articleId = articleIdFromSortKey(String(item[tableKeys.sortKey]));
  return entry;
}

export function entityEntryFromItem(item: Item): EntityIndexItem {
  const entry = listingFields(item) as unknown as EntityIndexItem;
  if (entry.articleId === undefined) entry.articleId = articleIdFromSortKey(String(item[tableKeys.sortKey]));
  return entry;
}

// ---- The ENRICHED write ------------------------------------------------------------

export interface EnrichedInput {
  topics: TopicMatch[];
  /** The normalized text every offset points into. */
  text: string;
  mainEntities: MainEntity[];
  results: EnrichmentResults;
  failures: EnrichmentFailures;
  now: Date;
}

/** Attributes the ENRICHED update sets on the article item (one write; text, evidence and results compressed). */
export interface EnrichedAttributes {
  status: 'ENRICHED';
  enrichedAt: string;
  updatedAt: string;
  /** Topic ids and scores; their evidence travels in `content`. */
  topics: TopicSummary[];
  mainEntities: MainEntity[];
  enrichmentFailures?: EnrichmentFailures;
  /** Compressed `StoredContent`. */
  content: Uint8Array;
  contentEncoding: typeof TEXT_ENCODING;
}

/**
 * What `content` holds, compressed as one JSON document (text and results
 * share one Brotli window: names in the results compress against the text).
 * Span texts that equal the text at their offsets are left out and restored
 * on read (`{start, end}` objects of the results, evidence as offset pairs).
 */
export interface StoredContent {
  /** The normalized text; absent when too large for the item (then in S3 at `processedKey`). */
  text?: string;
  /** Evidence per topic id as [start, end] pairs into `text`. */
  evidence: Record<string, Array<[number, number]>>;
  results: EnrichmentResults;
}

/** Drops `text` from `{text, start, end}` objects whose text is exactly `body.slice(start, end)`. */
function withoutDerivableText(value: unknown, body: string): unknown {
  if (Array.isArray(value)) return value.map((element) => withoutDerivableText(element, body));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const derivable = typeof object.text === 'string' && typeof object.start === 'number' && typeof object.end === 'number' && body.slice(object.start, object.end) === object.text;
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(object)) {
    if (name === 'text' && derivable) continue;
    out[name] = withoutDerivableText(child, body);
  }
  return out;
}

/** Restores the `text` of `{start, end}` objects from the stored text. */
function withDerivedText(value: unknown, body: string | undefined): unknown {
  if (body === undefined) return value;
  if (Array.isArray(value)) return value.map((element) => withDerivedText(element, body));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (object.text === undefined && typeof object.start === 'number' && typeof object.end === 'number') out.text = body.slice(object.start, object.end);
  for (const [name, child] of Object.entries(object)) out[name] = withDerivedText(child, body);
  return out;
}

/**
 * Builds the ENRICHED attributes within `budgetBytes`: results of a kind that
 * hold an unstorable number fail that kind (VALUE_OUT_OF_RANGE); when the
 * item would still be too large, the largest results are dropped one by one
 * (TOO_LARGE_FIELD), then the text (left to `processedKey`).
 */
export function buildEnrichedAttributes(input: EnrichedInput, budgetBytes = MAX_ITEM_BYTES): EnrichedAttributes {
  const at = input.now.toISOString();
  const results: EnrichmentResults = { ...input.results };
  const failures: EnrichmentFailures = { ...input.failures };
  for (const kind of JOB_KINDS) {
    const path = unstorableNumber(results[kind]);
    if (path === undefined) continue;
    delete results[kind];
    failures[kind] = { code: 'VALUE_OUT_OF_RANGE', field: `${kind}.${path}`, message: `${kind} result holds a number DynamoDB cannot store at ${path}` };
  }
  const topics = topicsWithEvidence(input.topics, input.text);
  const evidence = Object.fromEntries(topics.map((topic) => [topic.id, topic.evidence.map((span): [number, number] => [span.start, span.end])]));
  let keepText = true;
  const attributes = (): EnrichedAttributes => {
    const content: StoredContent = {
      ...(keepText ? { text: input.text } : {}),
      evidence: keepText ? evidence : {},
      results: (keepText ? withoutDerivableText(results, input.text) : results) as EnrichmentResults,
    };
    return {
      status: 'ENRICHED',
      enrichedAt: at,
      updatedAt: at,
      topics: topics.map((topic) => ({ id: topic.id, score: topic.score, evidence: [] })),
      mainEntities: input.mainEntities,
      enrichmentFailures: Object.keys(failures).length > 0 ? failures : undefined,
      content: compressJson(content),
      contentEncoding: TEXT_ENCODING,
    };
  };
  let built = attributes();
  if (built.content.byteLength > MAX_INLINE_TEXT_BYTES) {
    keepText = false;
    built = attributes();
  }
  while (storedItemSize(built as unknown as Item) > budgetBytes) {
    const largest = JOB_KINDS.filter((kind) => results[kind] !== undefined).sort(
      (a, b) => JSON.stringify(results[b]).length - JSON.stringify(results[a]).length,
    )[0];
    if (largest !== undefined) {
      delete results[largest];
      failures[largest] = { code: 'TOO_LARGE_FIELD', field: largest, message: `${largest} result is too large to store with the article` };
    } else if (keepText) {
      keepText = false;
    } else {
      break;
    }
    built = attributes();
  }
  return built;
}

/** The stored content of an article item (schema 2): text, topic evidence and results, spans restored. */
export function storedContentOf(item: Item): { text?: string; evidence: Record<string, EvidenceSpan[]>; results: EnrichmentResults } | undefined {
  const content = item.content;
  if (!(content instanceof Uint8Array)) return undefined;
  const stored = decompressJson<StoredContent>(content);
  const text = stored.text;
  const evidence: Record<string, EvidenceSpan[]> = {};
  for (const [topicId, spans] of Object.entries(stored.evidence ?? {})) {
    evidence[topicId] = text === undefined ? [] : spans.map(([start, end]) => ({ text: text.slice(start, end), start, end }));
  }
  return { ...(text === undefined ? {} : { text }), evidence, results: withDerivedText(stored.results, text) as EnrichmentResults };
}

// ---- Events ---------------------------------------------------------------------------

export function buildArticleEvent(record: ArticleRecord, now: Date): ArticleEvent {
  const enriched = record.status === 'ENRICHED';
  if (!enriched && record.status !== 'FAILED') throw new Error(`no event for status ${record.status}`);
  return {
    type: enriched ? 'article.enriched' : 'article.failed',
    articleId: record.articleId,
    version: record.version,
    status: enriched ? 'ENRICHED' : 'FAILED',
    topics: (record.topics ?? []).map((topic) => topic.id),
    source: { bucket: record.source.bucket, key: record.source.key },
    title: record.title?.slice(0, EVENT_TITLE_MAX_CHARS),
    error: record.error === undefined ? undefined : { ...record.error, message: record.error.message.slice(0, EVENT_MESSAGE_MAX_CHARS) },
    at: now.toISOString(),
  };
}

// ---- Item conversion -------------------------------------------------------

/**
 * Attributes the conditions rely on: `version` (number) and `sequencer`, the
 * comparable order key of `source.sequencer` (see sequencer.ts).
 */
export const conditionAttributes = { version: 'version', sequencer: 'sequencer', status: 'status', pendingJobs: 'pendingJobs' } as const;

/** Keys of the sparse byStatus index: FAILED articles only. */
export function statusIndexAttributes(record: Pick<ArticleRecord, 'status' | 'updatedAt' | 'articleId'>): Item {
  return record.status === 'FAILED' ? indexKeys.status('FAILED', record.updatedAt, record.articleId) : {};
}

export function articleItem(record: ArticleRecord): Item {
  return {
    ...record,
    // Empty evidence lists are not stored; articleFromItem restores them.
    topics: record.topics?.map((topic) => (topic.evidence.length > 0 ? topic : { id: topic.id, score: topic.score })),
    ...keys.article(record.articleId),
    ...statusIndexAttributes(record),
    [conditionAttributes.sequencer]: sequencerOrderKey(record.source.sequencer),
    pendingJobs: undefined,
  };
}

const articleInternalAttributes = [
  tableKeys.partitionKey,
  tableKeys.sortKey,
  indexes.byStatus.partitionKey,
  indexes.byStatus.sortKey,
  conditionAttributes.sequencer,
  'content',
  'contentEncoding',
];

export function articleFromItem(item: Item): ArticleRecord {
  const record: Item = { ...item };
  for (const attribute of articleInternalAttributes) delete record[attribute];
  const pending = item.pendingJobs;
  if (pending instanceof Set) record.pendingJobs = JOB_KINDS.filter((kind) => pending.has(kind));
  else delete record.pendingJobs;
  if (record.articleId === undefined) record.articleId = articleIdFromKey(String(item[tableKeys.partitionKey]));
  if (record.schemaVersion === undefined) record.schemaVersion = 1;
  if (Array.isArray(item.topics)) {
    record.topics = (item.topics as TopicSummary[]).map((topic) => ({ ...topic, evidence: (topic.evidence ?? []) as EvidenceSpan[] }));
  }
  return record as unknown as ArticleRecord;
}

/** Schema-1 items of an article's partition (read side only). */
export const topicIndexFromItem = (item: Item): TopicIndexItem => listingFields(item) as unknown as TopicIndexItem;
export const entityIndexFromItem = (item: Item): EntityIndexItem => listingFields(item) as unknown as EntityIndexItem;
export function jobFromItem(item: Item): JobItem {
  return listingFields(item) as unknown as JobItem;
}

// ---- Stored size -------------------------------------------------------------

/** DynamoDB's size of a number: one byte per two significant digits, plus one. */
function numberBytes(value: number): number {
  const digits = Math.abs(value).toExponential().split('e')[0]!.replace('.', '');
  return Math.ceil(digits.length / 2) + 1;
}

function storedValueSize(value: unknown): number {
  if (typeof value === 'string') return utf8Bytes(value);
  if (typeof value === 'number') return numberBytes(value);
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + storedValueSize(element), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + storedValueSize(element), 0);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Item).filter(([, v]) => v !== undefined);
    return 3 + entries.reduce((sum, [name, v]) => sum + 1 + utf8Bytes(name) + storedValueSize(v), 0);
  }
  return 0;
}

/**
 * The size DynamoDB bills for an item (attribute names plus values, lists and
 * maps 3 bytes plus one per element); write units are this per started KB.
 */
export function storedItemSize(item: Item): number {
  return Object.entries(item)
    .filter(([, value]) => value !== undefined)
    .reduce((sum, [name, value]) => sum + utf8Bytes(name) + storedValueSize(value), 0);
}

/** Claims a content hash for the first article that recorded it. */
export function contentClaimItem(contentHash: string, articleId: string, now: Date): Item {
  return { ...keys.content(contentHash), contentHash, articleId, claimedAt: now.toISOString() };
}
