import { describe, expect, it } from 'vitest';
import { JOB_KINDS } from '../../../lambdas/core/enrich/types';
import { indexes, keys, SCHEMA_VERSION } from '../../../lambdas/core/records/keys';
import {
  articleFromItem,
  articleItem,
  buildArticleEvent,
  buildEntityIndexItems,
  buildFailedRecord,
  buildProcessedDocument,
  ARTICLE_ITEM_BUDGET_BYTES,
  INDEXED_ENTITY_TYPES,
  INLINE_DOCUMENT_MAX_BYTES,
  MAX_ENTITY_INDEX_ITEMS,
  storedItemSize,
  summarizeTopics,
  withinArticleBudget,
  buildTopicIndexItems,
  contentClaimItem,
  enrichmentJobsFor,
  entityIndexFromItem,
  entityIndexItem,
  jobItem,
  buildJobItem,
  processedKeyFor,
  topicIndexFromItem,
  topicIndexItem,
} from '../../../lambdas/core/records/mapping';
import { defaultArticle, evidenceOf, makeAnalysis, makeArticle, makeParsedRecord, makeSource } from './fixtures';

const NOW = new Date('2026-06-15T08:00:00.000Z');

describe('buildParsedRecord', () => {
  it('describes the first version of an article (progress lives in job items, not on the article)', () => {
    const record = makeParsedRecord({ now: NOW });
    expect(record).toMatchObject({
      status: 'PARSED',
      version: 1,
      schemaVersion: SCHEMA_VERSION,
      taxonomyVersion: 'test-taxonomy-1',
      title: 'Solar plant opens near Tashkent',
      language: 'en',
      date: '2026-06-14',
      receivedAt: NOW.toISOString(),
      parsedAt: NOW.toISOString(),
      encoding: 'utf-8',
      contentHash: defaultArticle().contentHash,
      processedKey: `processed/${'a'.repeat(32)}.json`,
    });
    expect(record.pendingJobs).toBeUndefined();
    expect(record.source.sequencer).toBe('0055AED6DCD90281E5');
  });

  it('keeps one short evidence span per strong topic on the article item', () => {
    const record = makeParsedRecord();
    expect(record.topics).toEqual([
      { id: 'energy', score: 0.9, evidence: [expect.objectContaining({ text: 'solar' })] },
      { id: 'economy', score: 0.4, evidence: [expect.objectContaining({ text: 'investment' })] },
    ]);
  });

  it('leaves out long spans and evidence of weaker topics', () => {
    const article = makeArticle(['A solar power plant and a very long phrase that no summary should carry opened.']);
    const long = evidenceOf(article.body, 'a very long phrase that no summary should carry');
    const topics = ['energy', 'economy', 'trade', 'diplomacy'].map((id, rank) => ({
      id,
      score: 1 - rank / 10,
      evidence: rank === 0 ? [long, evidenceOf(article.body, 'solar')] : [evidenceOf(article.body, 'solar')],
    }));
    const record = makeParsedRecord({ analysis: makeAnalysis(article, topics) });
    expect(record.topics?.map((topic) => topic.evidence.map((span) => span.text))).toEqual([['solar'], ['solar'], ['solar'], []]);
  });

  it('drops evidence, weakest topic first, until the ENRICHED item fits one write unit', () => {
    const article = makeArticle(['A solar power plant opened.'], { title: 'T'.repeat(150) });
    const topics = ['energy', 'economy', 'trade'].map((id) => ({ id, score: 0.9, evidence: [evidenceOf(article.body, 'solar power plant')] }));
    const record = makeParsedRecord({ analysis: makeAnalysis(article, topics) });
    const enriched = articleItem({ ...record, status: 'ENRICHED', enrichedAt: record.updatedAt });
    expect(storedItemSize(enriched)).toBeLessThanOrEqual(ARTICLE_ITEM_BUDGET_BYTES);
    // With all three spans the item is over budget; without the two weakest it fits.
    expect(record.topics!.map((topic) => topic.evidence.length)).toEqual([1, 0, 0]);
    const untrimmed = withinArticleBudget({ ...record, topics: summarizeTopics(topics) }, 1e6);
    expect(storedItemSize(articleItem({ ...untrimmed, status: 'ENRICHED', enrichedAt: record.updatedAt }))).toBeGreaterThan(ARTICLE_ITEM_BUDGET_BYTES);
  });

  it('bumps the version and keeps the first receipt time on a re-upload', () => {
    const first = makeParsedRecord({ now: new Date('2026-06-01T00:00:00.000Z') });
    const undated = makeAnalysis(makeArticle(['A solar power plant sends megawatts to the grid after an investment.']));
    const second = makeParsedRecord({ previous: first, analysis: undated, source: { sequencer: '0055AED6DCD90281F0' }, now: NOW });
    expect(second.version).toBe(2);
    expect(second.receivedAt).toBe('2026-06-01T00:00:00.000Z');
    // Undated text sorts by its first receipt, not by the re-upload.
    expect(second.date).toBe('2026-06-01T00:00:00.000Z');
    expect(second.updatedAt).toBe(NOW.toISOString());
  });
});

describe('buildFailedRecord', () => {
  it('records the error code and no content fields', () => {
    const previous = makeParsedRecord();
    const failed = buildFailedRecord({
      articleId: previous.articleId,
      source: makeSource({ sequencer: '0055AED6DCD90281F0' }),
      previous,
      error: { code: 'BINARY', message: 'not text' },
      taxonomyVersion: 't1',
      now: NOW,
    });
    expect(failed).toMatchObject({ status: 'FAILED', version: 2, error: { code: 'BINARY', message: 'not text' } });
    expect(failed.topics).toBeUndefined();
    expect(failed.pendingJobs).toBeUndefined();
    expect(failed.title).toBeUndefined();
  });
});

describe('entity index items', () => {
  const mentions = (count: number) => Array.from({ length: count }, (_, i) => ({ text: 'x', start: i, end: i + 1 }));

  it('indexes people, organizations, countries and cities only, the most mentioned first, at most twelve', () => {
    const record = makeParsedRecord();
    const entities = [
      { type: 'region' as const, name: 'Fergana Valley', key: 'fergana valley', country: 'UZ', mentions: mentions(9) },
      ...Array.from({ length: 14 }, (_, i) => ({ type: 'organization' as const, name: `Org ${i}`, key: `org ${i}`, mentions: mentions(i === 13 ? 20 : 1) })),
      { type: 'person' as const, name: 'Shavkat Mirziyoyev', key: 'shavkat mirziyoyev', mentions: mentions(5) },
    ];
    const items = buildEntityIndexItems(record, entities);
    expect(items).toHaveLength(MAX_ENTITY_INDEX_ITEMS);
    expect(items.map((item) => item.entityKey).slice(0, 3)).toEqual(['org 13', 'shavkat mirziyoyev', 'org 0']);
    expect(items.map((item) => item.type)).not.toContain('region');
    expect(INDEXED_ENTITY_TYPES).toEqual(['person', 'organization', 'country', 'city']);
  });

  it('builds the same items from the version facts a processed document carries', () => {
    const record = makeParsedRecord();
    const entity = { type: 'city' as const, name: 'Tashkent', key: 'tashkent', country: 'UZ', mentions: mentions(1) };
    const fromContext = buildEntityIndexItems(
      { articleId: record.articleId, version: 1, sequencer: record.source.sequencer, date: record.date, title: record.title },
      [entity],
    );
    expect(fromContext).toEqual(buildEntityIndexItems(record, [entity]));
  });
});

describe('stored item size', () => {
  it('counts names and values the way DynamoDB bills them', () => {
    // 'a' + 'héllo' (6 bytes) + 'n' + 12345 (3 digit pairs + 1) + 'l' + list(3 + 2×(1 + 1)) + 'm' + map(3 + 1 + 'k' + true)
    expect(storedItemSize({ a: 'héllo', n: 12345, l: [true, null], m: { k: true }, gone: undefined })).toBe(1 + 6 + 1 + 4 + 1 + 7 + 1 + 6);
    expect(storedItemSize({ s: new Set(['ab', 'c']) })).toBe(1 + 3);
  });
});

describe('index, job and claim items', () => {
  it('gives each topic an index item keyed for byTopic and the article collection', () => {
    const record = makeParsedRecord();
    const [energy] = buildTopicIndexItems(record);
    expect(energy).toMatchObject({ topicId: 'energy', score: 0.9, version: 1, date: '2026-06-14', title: record.title });
    const item = topicIndexItem(energy!);
    expect(item).toMatchObject({
      ...keys.topic(record.articleId, 'energy'),
      [indexes.byTopic.partitionKey]: 'TOPIC#energy',
      [indexes.byTopic.sortKey]: `2026-06-14#${record.articleId}`,
    });
    expect(topicIndexFromItem(item)).toEqual(energy);
  });

  it('writes one entity item per entity key', () => {
    const record = makeParsedRecord();
    const mention = { text: 'Tashkent', start: 0, end: 8 };
    const items = buildEntityIndexItems(record, [
      { type: 'city', name: 'Tashkent', key: 'tashkent', country: 'UZ', mentions: [mention] },
      { type: 'region', name: 'Tashkent', key: 'tashkent', country: 'UZ', mentions: [mention] },
      { type: 'country', name: 'Uzbekistan', key: 'uzbekistan', country: 'UZ', mentions: [] },
    ]);
    expect(items.map((item) => [item.entityKey, item.type])).toEqual([
      ['tashkent', 'city'],
      ['uzbekistan', 'country'],
    ]);
    const item = entityIndexItem(items[0]!);
    expect(item).toMatchObject({
      [indexes.byEntity.partitionKey]: 'ENTITY#tashkent',
      [indexes.byEntity.sortKey]: `2026-06-14#${record.articleId}`,
    });
    // The GSI partition attribute shares the field's name: reading back recovers the plain key.
    expect(entityIndexFromItem(item)).toEqual(items[0]);
  });

  it('keys job items by kind and claims by content hash', () => {
    const job = buildJobItem('id1', 'figures', 3, { figures: [] }, NOW);
    expect(jobItem(job)).toMatchObject({ ...keys.job('id1', 'figures'), version: 3, completedAt: NOW.toISOString() });
    expect(contentClaimItem('abc', 'id1', NOW)).toMatchObject({ ...keys.content('abc'), articleId: 'id1' });
  });
});

describe('article item round trip', () => {
  it('adds keys, the status index and a comparable sequencer, and strips them again', () => {
    const record = makeParsedRecord({ source: { sequencer: '0055aed6dcd90281e500' } });
    const item = articleItem(record);
    expect(item).toMatchObject({
      ...keys.article(record.articleId),
      [indexes.byStatus.partitionKey]: 'STATUS#PARSED',
      [indexes.byStatus.sortKey]: `${record.updatedAt}#${record.articleId}`,
      sequencer: '0055AED6DCD90281E5',
    });
    expect(item.pendingJobs).toBeUndefined();
    expect(articleFromItem(item)).toEqual(record);
  });

  it('stores topics without empty evidence lists and restores them on read', () => {
    const record = { ...makeParsedRecord(), topics: [{ id: 'energy', score: 0.9, evidence: [] }] };
    expect(articleItem(record).topics).toEqual([{ id: 'energy', score: 0.9 }]);
    expect(articleFromItem(articleItem(record)).topics).toEqual(record.topics);
  });

  it('still stores and reads the pending set of older-schema records as a string set', () => {
    const record = { ...makeParsedRecord(), pendingJobs: ['quotes' as const, 'places' as const] };
    expect(articleItem(record).pendingJobs).toEqual(new Set(['quotes', 'places']));
    expect(articleFromItem(articleItem(record)).pendingJobs).toEqual(['quotes', 'places']);
  });

  it('omits an empty pending set (DynamoDB has no empty sets)', () => {
    const record = { ...makeParsedRecord(), pendingJobs: [] };
    expect(articleItem(record).pendingJobs).toBeUndefined();
  });
});

describe('jobs and events', () => {
  it('makes one job per pending kind of the version', () => {
    const record = makeParsedRecord();
    const jobs = enrichmentJobsFor(record);
    expect(jobs.map((job) => job.kind)).toEqual([...JOB_KINDS]);
    expect(jobs[0]).toEqual({ kind: 'entities', articleId: record.articleId, version: 1, processedKey: record.processedKey });
    expect(enrichmentJobsFor({ ...record, pendingJobs: ['quotes'] }).map((job) => job.kind)).toEqual(['quotes']);
  });

  it('carries the processed document inline when the job stays within the limit', () => {
    const record = makeParsedRecord();
    const document = buildProcessedDocument(record.articleId, 1, makeAnalysis(), { date: record.date, sequencer: record.source.sequencer });
    expect(document).toMatchObject({ date: '2026-06-14', sequencer: '0055AED6DCD90281E5' });
    const inline = enrichmentJobsFor(record, undefined, document);
    expect(inline.map((job) => job.document)).toEqual(JOB_KINDS.map(() => document));
    expect(inline[0]!.processedKey).toBe(record.processedKey);

    const sizes = inline.map((job) => new TextEncoder().encode(JSON.stringify(job)).byteLength);
    expect(enrichmentJobsFor(record, undefined, document, Math.max(...sizes)).every((job) => job.document !== undefined)).toBe(true);
    const byReference = enrichmentJobsFor(record, undefined, document, Math.min(...sizes) - 1);
    expect(byReference.every((job) => job.document === undefined && job.processedKey === record.processedKey)).toBe(true);
    expect(INLINE_DOCUMENT_MAX_BYTES).toBeLessThan(256 * 1024);
  });

  it('announces enriched and failed articles only', () => {
    const record = makeParsedRecord();
    expect(() => buildArticleEvent(record, NOW)).toThrow(/no event/);
    expect(buildArticleEvent({ ...record, status: 'ENRICHED' }, NOW)).toEqual({
      type: 'article.enriched',
      articleId: record.articleId,
      version: 1,
      status: 'ENRICHED',
      topics: ['energy', 'economy'],
      source: { bucket: 'newsdrop-articles', key: 'incoming/newsroom/solar.txt' },
      title: record.title,
      error: undefined,
      at: NOW.toISOString(),
    });
  });

  it('places processed documents under the configured prefix', () => {
    expect(processedKeyFor('processed/', 'abc')).toBe('processed/abc.json');
  });
});
