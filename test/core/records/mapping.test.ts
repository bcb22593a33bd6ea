import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lambdas/core/enrich/types';
import { articleIdFor, entryPartitions, keys, KEY_LIMITS, SCHEMA_VERSION, TOPIC_SHARDS } from '../../../lambdas/core/records/keys';
import {
  articleFromItem,
  articleItem,
  buildArticleEvent,
  buildEnrichedAttributes,
  buildEntityEntries,
  buildFailedRecord,
  buildProcessedDocument,
  buildTopicEntries,
  contentClaimItem,
  enrichmentMessageFor,
  entityEntryItem,
  fieldBoundError,
  INLINE_DOCUMENT_MAX_BYTES,
  MAX_ENTITY_ENTRIES,
  MAX_EVIDENCE_PER_TOPIC,
  MAX_ITEM_BYTES,
  selectMainEntities,
  storedContentOf,
  storedItemSize,
  topicEntryItem,
  topicsWithEvidence,
  unstorableNumber,
} from '../../../lambdas/core/records/mapping';
import { evidenceOf, makeAnalysis, makeArticle, makeParsedRecord, makeSource } from './fixtures';

const NOW = new Date('2026-06-15T08:00:00.000Z');
const utf8 = (text: string) => new TextEncoder().encode(text).byteLength;

function entity(name: string, type: Entity['type'], mentions: number, key = name.toLowerCase()): Entity {
  return { name, key, type, mentions: Array.from({ length: mentions }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length })) };
}

describe('records (schema 2)', () => {
  it('describes a PARSED version: topic ids and scores, no text, no evidence yet', () => {
    const record = makeParsedRecord({ now: NOW });
    expect(record).toMatchObject({ status: 'PARSED', version: 1, schemaVersion: SCHEMA_VERSION, date: '2026-06-14' });
    expect(SCHEMA_VERSION).toBe(2);
    expect(record.topics).toEqual([
      { id: 'energy', score: 0.9, evidence: [] },
      { id: 'economy', score: 0.4, evidence: [] },
    ]);
    expect(storedItemSize(articleItem(record))).toBeLessThanOrEqual(1024);
  });

  it('records a failure with a bounded message and the sparse FAILED status index only', () => {
    const failed = buildFailedRecord({ articleId: 'f'.repeat(32), source: makeSource(), now: NOW, taxonomyVersion: 't', error: { code: 'EMPTY', message: 'x'.repeat(50_000) } });
    const item = articleItem(failed);
    expect(item.gsiStatusPK).toBe('STATUS#FAILED');
    expect(failed.error!.message.length).toBeLessThanOrEqual(1000);
    expect(articleItem(makeParsedRecord()).gsiStatusPK).toBeUndefined();
  });

  it('keeps at most three evidence spans per topic, each pointing at its words in the text', () => {
    const article = makeArticle(['Solar power: the solar plant adds solar capacity, solar panels and a solar grid.']);
    const spans = [...article.body.matchAll(/solar/gi)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
    const topics = topicsWithEvidence([{ id: 'energy', score: 1, evidence: [...spans, { text: 'nowhere', start: 0, end: 7 }] }], article.body);
    expect(topics[0]!.evidence).toHaveLength(MAX_EVIDENCE_PER_TOPIC);
    for (const span of topics[0]!.evidence) expect(article.body.slice(span.start, span.end)).toBe(span.text);
  });

  it('stores text, evidence and results compressed in one attribute and restores span texts on read', () => {
    const analysis = makeAnalysis();
    const body = analysis.article.body;
    const attributes = buildEnrichedAttributes({
      topics: analysis.topics,
      text: body,
      mainEntities: [],
      results: { figures: { figures: [{ kind: 'quantity', value: 100, unit: 'MW', ...evidenceOf(body, '100 megawatts') }] } },
      failures: {},
      now: NOW,
    });
    const content = storedContentOf(attributes as unknown as Record<string, unknown>)!;
    expect(content.text).toBe(body);
    expect(content.results.figures!.figures[0]!.text).toBe('100 megawatts');
    expect(content.evidence.energy!.map((span) => span.text)).toEqual(['solar', 'power plant', 'megawatts']);
    expect(attributes.topics.every((topic) => topic.evidence.length === 0)).toBe(true);
  });

  it('fails a kind whose result holds a number DynamoDB cannot store, and drops results that do not fit', () => {
    const attributes = buildEnrichedAttributes({
      topics: [],
      text: 'x',
      mainEntities: [],
      results: { figures: { figures: [{ kind: 'money', value: Number.POSITIVE_INFINITY, text: 'x', start: 0, end: 1 }] }, quotes: { quotes: [{ text: randomBytes(450_000).toString('base64'), start: 0, end: 1 }] } },
      failures: {},
      now: NOW,
    });
    expect(attributes.enrichmentFailures).toMatchObject({ figures: { code: 'VALUE_OUT_OF_RANGE' }, quotes: { code: 'TOO_LARGE_FIELD' } });
    expect(storedItemSize(attributes as unknown as Record<string, unknown>)).toBeLessThan(MAX_ITEM_BYTES);
    // 1.2e16 ("$12,000 trillion") is above 2^53 but storable.
    expect(unstorableNumber({ value: 1.2e16 })).toBeUndefined();
    expect(unstorableNumber({ a: [1, Number.NaN] })).toBe('a[1]');
  });

  it('refuses oversized fields with TOO_LARGE_FIELD and the field name', () => {
    expect(fieldBoundError({ title: 'ok', author: 'a'.repeat(500_000) })).toMatchObject({ code: 'TOO_LARGE_FIELD', field: 'author' });
    expect(fieldBoundError({ title: 'Short title', url: 'https://example.com/a' })).toBeUndefined();
  });
});

describe('entries', () => {
  it('keys topic entries for their query, spread over the shards by article id', () => {
    const record = makeParsedRecord();
    const [entry] = buildTopicEntries(record).map(topicEntryItem);
    expect(entry).toMatchObject({ SK: `2026-06-14#${record.articleId}`, topicId: 'energy', title: record.title });
    expect(entryPartitions.topic('energy')).toHaveLength(TOPIC_SHARDS);
    expect(entryPartitions.topic('energy')).toContain(entry!.PK);
    const shards = new Set(Array.from({ length: 200 }, (_, i) => keys.topicEntry('energy', '2026-06-14', articleIdFor('bucket', `incoming/${i}.txt`)).PK));
    expect(shards.size).toBe(TOPIC_SHARDS);
  });

  it('indexes main entities only: people, organizations, countries mentioned twice or more, bounded entries', () => {
    const main = selectMainEntities(
      [entity('Tashkent', 'city', 5), entity('Samsung', 'organization', 4), entity('Kazakhstan', 'country', 1), entity('Shavkat Mirziyoyev', 'person', 3), entity('Uzbekistan', 'country', 2), entity('Korea', 'country', 2)],
      (e) => [e.key, `${e.key}-alias`],
    );
    expect(main.map((e) => e.key)).toEqual(['samsung', 'shavkat mirziyoyev']);
    expect(main.flatMap((e) => e.lookupKeys)).toHaveLength(MAX_ENTITY_ENTRIES);
    expect(main[0]!.lookupKeys[0]).toBe('samsung');
  });

  it('keeps a 2.4 KB organization key within DynamoDB key limits, distinct from its neighbours', () => {
    const long = 'Уз'.repeat(600) + ' holding';
    const other = 'Уз'.repeat(600) + ' trading';
    const make = (name: string) => buildEntityEntries({ articleId: 'a'.repeat(32), version: 1, sequencer: '01', date: '2026-06-14' }, selectMainEntities([entity(name, 'organization', 3)], (e) => [e.key]))
      .map(entityEntryItem)[0]!;
    const [a, b] = [make(long), make(other)];
    expect(utf8(long)).toBeGreaterThan(2400);
    for (const item of [a, b]) {
      expect(utf8(String(item.PK))).toBeLessThanOrEqual(KEY_LIMITS.partitionKeyBytes);
      expect(utf8(String(item.SK))).toBeLessThanOrEqual(KEY_LIMITS.sortKeyBytes);
      expect(utf8(String(item.PK))).toBeLessThan(300);
    }
    expect(a.PK).not.toBe(b.PK);
  });
});

describe('messages, events, items', () => {
  it('carries the document inline in one message, or by reference when too large', () => {
    const document = buildProcessedDocument('a'.repeat(32), 2, makeAnalysis(), { date: '2026-06-14', sequencer: '01' });
    expect(document.article).not.toHaveProperty('paragraphs');
    expect(enrichmentMessageFor(document, 'processed/x.v2.json')).toMatchObject({ inline: true, message: { version: 2, document } });
    expect(enrichmentMessageFor(document, 'processed/x.v2.json', 100)).toEqual({ inline: false, message: { articleId: 'a'.repeat(32), version: 2, processedKey: 'processed/x.v2.json' } });
    expect(INLINE_DOCUMENT_MAX_BYTES).toBeLessThan(256 * 1024);
  });

  it('announces enriched and failed articles with a bounded title', () => {
    const record = { ...makeParsedRecord(), status: 'ENRICHED' as const, title: 't'.repeat(300_000) };
    const event = buildArticleEvent(record, NOW);
    expect(event).toMatchObject({ type: 'article.enriched', topics: ['energy', 'economy'] });
    expect(utf8(JSON.stringify(event))).toBeLessThan(4096);
    expect(() => buildArticleEvent(makeParsedRecord(), NOW)).toThrow();
  });

  it('round-trips the article item and strips its keys and compressed content', () => {
    const record = makeParsedRecord();
    const item = { ...articleItem(record), content: new Uint8Array([1]) };
    expect(item).toMatchObject({ PK: `ARTICLE#${record.articleId}`, SK: 'ARTICLE', sequencer: '0055AED6DCD90281E5' });
    expect(articleFromItem(item)).toEqual(record);
    expect(contentClaimItem('abc', record.articleId, NOW)).toMatchObject({ PK: 'CONTENT#abc', SK: 'CONTENT', articleId: record.articleId });
  });
});

describe('what the parser repaired or inferred', () => {
  it('keeps the parser warnings, bounded, and says where the date came from', () => {
    const warnings = Array.from({ length: 14 }, (_, i) => ({
      code: 'FIELD_TRUNCATED' as const,
      message: `title cut ${i} `.repeat(100),
      field: 'title',
    }));
    const dated = makeParsedRecord({ analysis: makeAnalysis(makeArticle(['Grid news.'], { publishedAt: '2026-06-14', publishedSource: 'json-ld', warnings }), []) });
    expect(dated.publishedSource).toBe('json-ld');
    expect(dated.warnings).toHaveLength(10);
    expect(dated.warnings![0]).toMatchObject({ code: 'FIELD_TRUNCATED', field: 'title' });
    expect(dated.warnings![0]!.message.length).toBeLessThanOrEqual(300);

    const undated = makeParsedRecord({ analysis: makeAnalysis(makeArticle(['Grid news.'], { warnings: [{ code: 'INVALID_BYTES_REPLACED', message: '2 replaced', count: 2 }] }), []), now: new Date('2026-06-15T08:00:00.000Z') });
    expect(undated).toMatchObject({ publishedSource: 'upload', date: '2026-06-15T08:00:00.000Z', warnings: [{ code: 'INVALID_BYTES_REPLACED', count: 2 }] });
    expect(undated.publishedAt).toBeUndefined();
  });
});
