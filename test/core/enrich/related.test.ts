import { describe, expect, it } from 'vitest';
import { extractEntities, rankRelated, runJob } from '../../../lambdas/core/enrich';
import type { RelatedCandidate } from '../../../lambdas/core/enrich/types';
import { inputOf } from './article';
import { ENGLISH_VISIT } from './fixtures';

const input = inputOf(ENGLISH_VISIT, 'en', ['diplomacy', 'energy', 'automotive'], { publishedAt: '2025-06-14' });
const entities = extractEntities(input);

const candidate = (articleId: string, entityKeys: string[], topics: string[], publishedAt?: string): RelatedCandidate => ({
  articleId,
  title: `Article ${articleId}`,
  entities: entityKeys,
  topics,
  ...(publishedAt ? { publishedAt } : {}),
});

describe('rankRelated', () => {
  it('ranks shared people and organizations above shared topics only', () => {
    const related = rankRelated(input, entities, [
      candidate('topics-only', [], ['diplomacy', 'energy'], '2025-05-01'),
      candidate('people', ['shavkat mirziyoyev', 'kassym-jomart tokayev'], ['diplomacy'], '2025-05-01'),
    ]);
    expect(related.map((r) => r.articleId)).toEqual(['people', 'topics-only']);
    expect(related[0]!.sharedEntities).toEqual(['kassym-jomart tokayev', 'shavkat mirziyoyev']);
    expect(related[0]!.sharedTopics).toEqual(['diplomacy']);
    for (const r of related) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('weighs a shared country less than a shared person', () => {
    const related = rankRelated(input, entities, [
      candidate('country', ['uzbekistan'], [], '2025-05-01'),
      candidate('person', ['shavkat mirziyoyev'], [], '2025-05-01'),
    ]);
    expect(related.map((r) => r.articleId)).toEqual(['person', 'country']);
  });

  it('excludes itself, duplicates, later articles and unrelated ones; keeps at most five', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`c${i}`, ['samsung'], ['energy'], `2025-01-0${i + 1}`));
    const related = rankRelated(input, entities, [
      candidate(input.articleId, ['samsung'], ['energy'], '2025-01-01'),
      candidate('later', ['samsung'], ['energy'], '2025-07-01'),
      candidate('unrelated', ['boeing'], ['sports'], '2025-01-01'),
      ...many,
      many[0]!,
    ]);
    expect(related).toHaveLength(5);
    const ids = related.map((r) => r.articleId);
    expect(ids).not.toContain(input.articleId);
    expect(ids).not.toContain('later');
    expect(ids).not.toContain('unrelated');
    // Equal scores: the most recent first.
    expect(ids).toEqual(['c7', 'c6', 'c5', 'c4', 'c3']);
  });

  it('gives 1 to an identical profile and is deterministic', () => {
    const same = candidate('twin', entities.map((e) => e.key), input.topics.map((t) => t.id), '2025-01-01');
    const first = runJob('related', input, [same]);
    expect(first.related[0]!.score).toBe(1);
    expect(runJob('related', input, [same])).toEqual(first);
  });

  it('returns nothing without candidates', () => {
    expect(runJob('related', input).related).toEqual([]);
  });
});
