/**
 * 400 KB adversarial files in the formats the core parses by itself (text,
 * Markdown, JSON): each ends as an article or a clear input fault. Behaviour
 * is asserted, not time; a quadratic scan shows up as a test timeout.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/analyze';
import { isArticleError } from '../../lambdas/core/types';

const SIZE = 400_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const utf8 = (text: string) => new TextEncoder().encode(text);

function outcome(bytes: Uint8Array, fileName: string): string {
  try {
    const { article } = analyze(bytes, { fileName, budgetMs: Number.POSITIVE_INFINITY });
    expect(article.title.length).toBeLessThanOrEqual(500);
    return 'article';
  } catch (error) {
    if (isArticleError(error)) return error.code;
    throw error;
  }
}

describe('core: hostile 400 KB inputs', () => {
  it.each([
    ['one line of words', 'h.txt', fill('word '), 'article'],
    ['a byline run', 'h.txt', `T\n\nBy ${fill('Aa ')}`, 'article'],
    ['blank lines of spaces', 'h.txt', fill('a\n \n'), 'article'],
    ['no spaces at all', 'h.txt', fill('a'), 'article'],
    ['a title line of 400 KB', 'h.txt', `${fill('Headline ')}\n\nBody.`, 'article'],
    ['markdown link runs', 'h.md', fill('[a](b [c]['), 'article'],
    ['a JSON title of 400 KB', 'h.json', JSON.stringify({ title: fill('T '), body: 'Body text.' }), 'article'],
    ['unclosed JSON objects', 'h.json', fill('{"a":'), 'BAD_JSON'],
    ['JSON nested arrays', 'h.json', fill('["a",'), 'BAD_JSON'],
  ])('%s', (_name, fileName, text, expected) => {
    expect(outcome(utf8(text), fileName)).toBe(expected);
  });

  it('UTF-8 with a stray byte every KB stays UTF-8 with counted replacements', () => {
    const unit = utf8('Сеул — Ташкент “quote” ');
    const bytes = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) bytes[i] = i % 1000 === 999 ? 0x96 : unit[i % unit.length]!;
    const { article, encoding } = analyze(bytes, { fileName: 'h.txt', budgetMs: Number.POSITIVE_INFINITY });
    expect(encoding).toBe('utf-8');
    expect(article.warnings?.[0]).toMatchObject({ code: 'INVALID_BYTES_REPLACED' });
    expect(article.body).not.toContain('вЂ');
  });
});
