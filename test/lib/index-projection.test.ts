/**
 * The byStatus GSI projects only some attributes of the article item (keys.ts; the stack and the
 * local runtime create it alike). Readers of that index must not notice: a listing built from the projected item
 * equals the listing built from the whole item.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { listingItem } from '../../client/items';
import { indexes, tableKeys, type IndexProjection } from '../../lambdas/core/records/keys';
import { articleItem } from '../../lambdas/core/records/mapping';
import type { ArticleRecord } from '../../lambdas/core/records/types';

const source = { bucket: 'desk-uploads', key: 'incoming/wire/energy.md', size: 4210, sequencer: '0062A1B2C3D4E5F6' };

const parsed: ArticleRecord = {
  articleId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  status: 'PARSED',
  version: 2,
  schemaVersion: 1,
  taxonomyVersion: 'test-1',
  source,
  receivedAt: '2026-06-02T08:00:00.000Z',
  updatedAt: '2026-06-02T08:00:01.000Z',
  parsedAt: '2026-06-02T08:00:01.000Z',
  date: '2026-06-01',
  title: 'Grid operator signs storage contract',
  language: 'en',
  publishedAt: '2026-06-01',
  wordCount: 512,
  topics: [{ id: 'energy', score: 0.91, evidence: [{ text: 'battery storage', start: 10, end: 25 }] }],
  processedKey: 'processed/a1b2c3d4e5f60718293a4b5c6d7e8f90.json',
  pendingJobs: ['entities', 'quotes'],
} as ArticleRecord;

const failed: ArticleRecord = {
  articleId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  status: 'FAILED',
  version: 1,
  schemaVersion: 1,
  taxonomyVersion: 'test-1',
  source: { ...source, key: 'incoming/wire/broken.bin' },
  receivedAt: '2026-06-03T09:30:00.000Z',
  updatedAt: '2026-06-03T09:30:00.500Z',
  date: '2026-06-03T09:30:00.000Z',
  error: { code: 'BINARY_CONTENT', message: 'not text' },
} as ArticleRecord;

/** What the byStatus GSI stores for an item: table keys, index keys and projected attributes. */
function projectOnByStatus(item: Record<string, unknown>): Record<string, unknown> {
  const projection: IndexProjection = indexes.byStatus.projection;
  if (projection.type !== 'INCLUDE') return item;
  const kept = new Set<string>([
    tableKeys.partitionKey,
    tableKeys.sortKey,
    indexes.byStatus.partitionKey,
    indexes.byStatus.sortKey,
    ...projection.attributes,
  ]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name)));
}

describe('byStatus projection', () => {
  it('is sparse: only FAILED articles carry its keys', () => {
    expect(articleItem(parsed)).not.toHaveProperty(indexes.byStatus.partitionKey);
    expect(articleItem({ ...parsed, status: 'ENRICHED' })).not.toHaveProperty(indexes.byStatus.partitionKey);
    expect(articleItem(failed)).toHaveProperty(indexes.byStatus.partitionKey, 'STATUS#FAILED');
  });

  it.each([['failed', failed]])('a %s article lists the same from the projected item as from the whole item', (_name, record) => {
    const whole = articleItem(record);
    const projected = projectOnByStatus(whole);
    const options = { removeUndefinedValues: true };
    expect(listingItem(marshall(projected, options), indexes.byStatus)).toEqual(
      listingItem(marshall(whole, options), indexes.byStatus),
    );
  });

  it('leaves the bulky article attributes out of the index', () => {
    const bulkyFailure = { ...failed, error: { code: 'BINARY_CONTENT', message: 'not text: '.repeat(40) } };
    const projected = projectOnByStatus(articleItem(bulkyFailure));
    for (const bulky of ['source', 'error']) expect(projected).not.toHaveProperty(bulky);
    expect(JSON.stringify(projected).length).toBeLessThan(JSON.stringify(articleItem(bulkyFailure)).length / 2);
  });
});
