/** Builds test Articles straight from paragraphs (no parser involved). */
import { createHash } from 'node:crypto';
import type { EnrichmentInput } from '../../../lambdas/core/enrich/types';
import type { Article, Language, TopicMatch } from '../../../lambdas/core/types';

export function articleOf(paragraphs: string[], language: Language = 'en', extra: Partial<Article> = {}): Article {
  const body = paragraphs.join('\n\n');
  return {
    title: paragraphs[0] ?? '',
    paragraphs,
    body,
    language,
    mediaType: 'text/plain',
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(body).digest('hex'),
    ...extra,
  };
}

export function inputOf(paragraphs: string[], language: Language = 'en', topics: string[] = [], extra: Partial<Article> = {}): EnrichmentInput {
  const topicMatches: TopicMatch[] = topics.map((id) => ({ id, score: 0.5, evidence: [] }));
  return { articleId: `test-${language}`, article: articleOf(paragraphs, language, extra), topics: topicMatches };
}

/** Every span must point at its own text in the body. */
export function spansAreExact(body: string, spans: { text: string; start: number; end: number }[]): boolean {
  return spans.every((s) => body.slice(s.start, s.end) === s.text);
}
