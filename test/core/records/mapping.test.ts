import { describe, expect, it } from 'vitest';
import { JOB_KINDS } from '../../../lambdas/core/enrich/types';
import { indexes, keys, SCHEMA_VERSION } from '../../../lambdas/core/records/keys';
import {
  articleFromItem,
  articleItem,
  buildArticleEvent,
  buildEntityIndexItems,
  buildFailedRecord,
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
import { defaultArticle, makeAnalysis, makeArticle, makeParsedRecord, makeSource } from './fixtures';

const NOW = new Date('2026-06-15T08:00:00.000Z');

describe('buildParsedRecord', () => {
  it('describes the first version of an article with every job pending', () => {
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
    expect(record.pendingJobs).toEqual([...JOB_KINDS]);
    expect(record.source.sequencer).toBe('0055AED6DCD90281E5');
  });

  it('keeps only the three strongest evidence spans per topic', () => {
    const record = makeParsedRecord();
    const energy = record.topics?.find((topic) => topic.id === 'energy');
    expect(energy?.evidence.map((span) => span.text)).toEqual(['solar', 'power plant', 'megawatts']);
    expect(record.topics?.map((topic) => topic.id)).toEqual(['energy', 'economy']);
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
    expect(item.pendingJobs).toEqual(new Set(JOB_KINDS));
    expect(articleFromItem(item)).toEqual(record);
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
