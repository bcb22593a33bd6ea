import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../lambdas/core/limits';
import { parse } from '../../lambdas/core/parse';
import { cleanTextField, cleanUrl, truncate } from '../../lambdas/core/sanitize';
import type { ArticleWarning } from '../../lambdas/core/types';

const json = (fields: Record<string, unknown>) =>
  parse(JSON.stringify({ body: 'The ministry said copper output rose by ten percent.', ...fields }), { fileName: 'a.json' });

describe('sanitize: what reaches records', () => {
  it('a javascript: URL is dropped with a warning; http(s) URLs are kept', () => {
    const article = json({ title: 'Copper', url: 'javascript:alert(document.cookie)' });
    expect(article.url).toBeUndefined();
    expect(article.warnings).toEqual([expect.objectContaining({ code: 'URL_DROPPED', field: 'url' })]);
    expect(json({ title: 'Copper', url: ' https://news.example/a?b=1 ' }).url).toBe('https://news.example/a?b=1');
  });

  it.each(['data:text/html,<b>x</b>', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'ftp://files.example/a', '/relative/path', 'https://'])(
    'drops %j',
    (url) => {
      const warnings: ArticleWarning[] = [];
      expect(cleanUrl(url, warnings)).toBeUndefined();
      expect(warnings[0]?.code).toBe('URL_DROPPED');
    },
  );

  it('a title that looks like HTML keeps its words but no markup', () => {
    const article = json({ title: '<img src=x onerror=alert(1)>Copper <b>output</b> rises' });
    expect(article.title).toBe('Copper output rises');
    expect(article.warnings).toEqual([expect.objectContaining({ code: 'MARKUP_REMOVED', field: 'title', count: 3 })]);
  });

  it('a comparison in a title is not markup', () => {
    expect(json({ title: 'Inflation < 5% and rates > 3%' }).title).toBe('Inflation < 5% and rates > 3%');
  });

  it('bidi overrides and control characters leave titles and names', () => {
    const article = json({ title: 'Invoice \u202Efdp.exe\u202C paid', author: 'Jane\u0000 \u2066Roe\u2069\u0085', source: 'Daily\u200F News' });
    expect(article.title).toBe('Invoice fdp.exe paid');
    expect(article.author).toBe('Jane Roe');
    expect(article.sourceName).toBe('Daily News');
    expect(article.warnings?.map((w) => [w.code, w.field])).toEqual([
      ['CHARACTERS_REMOVED', 'title'],
      ['CHARACTERS_REMOVED', 'author'],
      ['CHARACTERS_REMOVED', 'sourceName'],
    ]);
  });

  it('a 4 MB title, a 500 KB author and a 500 KB url end bounded, with warnings, and the article survives', () => {
    const article = json({
      title: 'Copper '.repeat(600_000),
      author: 'A'.repeat(500_000),
      url: `https://news.example/${'a'.repeat(500_000)}`,
    });
    expect(article.title.length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.author!.length).toBeLessThanOrEqual(FIELD_LIMITS.author);
    expect(article.url).toBeUndefined();
    expect(article.warnings?.map((w) => [w.code, w.field])).toEqual([
      ['FIELD_TRUNCATED', 'title'],
      ['FIELD_TRUNCATED', 'author'],
      ['URL_DROPPED', 'url'],
    ]);
    expect(article.body).toBe('The ministry said copper output rose by ten percent.');
  });

  it('an HTML page whose <title> holds a megabyte still yields a bounded, tag-free title', () => {
    const article = parse(`<html><head><title>${'Budget <b>news</b> '.repeat(60_000)}</title></head><body><p>Body text here.</p></body></html>`, {
      fileName: 'a.html',
    });
    expect(article.title.length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(article.title).not.toMatch(/[<>]/);
  });

  it('a clean article has no warnings', () => {
    expect(json({ title: 'Copper output rises', author: 'Jane Roe', url: 'https://news.example/a' }).warnings).toBeUndefined();
  });
});

describe('sanitize: truncate', () => {
  it('cuts at a word boundary and never splits a surrogate pair', () => {
    expect(truncate('alpha beta gamma', 12)).toBe('alpha beta…');
    const emoji = truncate('😀'.repeat(10), 6);
    expect(emoji.length).toBeLessThanOrEqual(6);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('lone surrogates are removed', () => {
    const warnings: ArticleWarning[] = [];
    expect(cleanTextField('author', 'Jane \uD800Roe', warnings)).toBe('Jane Roe');
    expect(warnings[0]?.code).toBe('CHARACTERS_REMOVED');
  });
});

describe('sanitize: bodies stay sendable over SQS and SNS', () => {
  it('a JSON body with a lone surrogate escape gets U+FFFD in its place and a warning', () => {
    const article = parse('{"title":"Copper","body":"Output \\ud800 rose \\uffff again, 😀 kept."}', { fileName: 'a.json' });
    expect(article.body).toBe('Output \uFFFD rose \uFFFD again, 😀 kept.');
    expect(article.warnings).toEqual([expect.objectContaining({ code: 'CHARACTERS_REMOVED', field: 'body', count: 2 })]);
  });
});
