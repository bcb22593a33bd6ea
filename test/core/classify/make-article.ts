import type { Article, Language } from '../../../lambdas/core/types';

/** A test Article built directly from text, so classifier tests do not depend on the parser. */
export function makeArticle(body: string, options: { title?: string; language?: Language } = {}): Article {
  return {
    title: options.title ?? '',
    paragraphs: body.split('\n\n'),
    body,
    language: options.language ?? 'en',
    mediaType: 'text/plain',
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: '0'.repeat(64),
  };
}
