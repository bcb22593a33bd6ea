import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { decode } from '../../../lambdas/core/decode';
import { parse, type ParseOptions } from '../../../lambdas/core/parse';
import { ArticleError, type Article } from '../../../lambdas/core/types';

const fixtures = join(import.meta.dirname, '../../fixtures/articles');

/** Decodes and parses a fixture the way the pipeline does. */
export function parseFixture(name: string): Article {
  const { text } = decode(new Uint8Array(readFileSync(join(fixtures, name))), { fileName: name });
  return parse(text, { fileName: name });
}

export function parseError(text: string, options: ParseOptions): ArticleError {
  try {
    parse(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return error as ArticleError;
  }
  throw new Error('parse did not throw');
}

/** The invariants every Article must satisfy, whatever the format. */
export function expectWellFormed(article: Article): void {
  expect(article.title.length).toBeGreaterThan(0);
  expect(article.paragraphs.length).toBeGreaterThan(0);
  for (const paragraph of article.paragraphs) {
    expect(paragraph).toBe(paragraph.trim());
    expect(paragraph.length).toBeGreaterThan(0);
    expect(paragraph).not.toMatch(/\s{2,}|[\u200B-\u200D\uFEFF]/);
  }
  expect(article.body).toBe(article.paragraphs.join('\n\n'));
  expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
}
