/** Hand-written analysis results and records for mapping, adapter and use-case tests. */
import { createHash } from 'node:crypto';
import type { Analysis } from '../../../lambdas/core/analyze';
import type { Article, TopicMatch } from '../../../lambdas/core/types';
import { buildParsedRecord } from '../../../lambdas/core/records/mapping';
import type { ArticleRecord, SourceRef } from '../../../lambdas/core/records/types';

export function makeArticle(paragraphs: string[], overrides: Partial<Article> = {}): Article {
  const body = paragraphs.join('\n\n');
  return {
    title: 'Solar plant opens near Tashkent',
    paragraphs,
    body,
    language: 'en',
    mediaType: 'text/plain',
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(body).digest('hex'),
    ...overrides,
  };
}

export function evidenceOf(body: string, text: string): { text: string; start: number; end: number } {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in body`);
  return { text, start, end: start + text.length };
}

export function makeAnalysis(article: Article = defaultArticle(), topics?: TopicMatch[]): Analysis {
  return {
    article,
    topics: topics ?? [
      {
        id: 'energy',
        score: 0.9,
        evidence: ['solar', 'power plant', 'megawatts', 'grid'].map((term) => evidenceOf(article.body, term)),
      },
      { id: 'economy', score: 0.4, evidence: [evidenceOf(article.body, 'investment')] },
    ],
    encoding: 'utf-8',
    taxonomyVersion: 'test-taxonomy-1',
  };
}

export function defaultArticle(): Article {
  return makeArticle(
    [
      'A solar power plant of 100 megawatts opened near Tashkent on Monday.',
      'The investment connects the plant to the national grid.',
    ],
    { publishedAt: '2026-06-14' },
  );
}

export function makeSource(overrides: Partial<SourceRef> = {}): SourceRef {
  return { bucket: 'newsdrop-articles', key: 'incoming/newsroom/solar.txt', size: 120, sequencer: '0055AED6DCD90281E5', ...overrides };
}

export function makeParsedRecord(
  options: { articleId?: string; source?: Partial<SourceRef>; previous?: ArticleRecord; analysis?: Analysis; now?: Date } = {},
): ArticleRecord {
  const articleId = options.articleId ?? 'a'.repeat(32);
  return buildParsedRecord({
    articleId,
    source: makeSource(options.source),
    previous: options.previous,
    analysis: options.analysis ?? makeAnalysis(),
    now: options.now ?? new Date('2026-06-15T08:00:00.000Z'),
  });
}
