import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { expectWellFormed, parseError, parseFixture } from './helpers';

const json = (value: unknown) => JSON.stringify(value);
const BODY = 'The bank will lend $300 million to equip regional hospitals.';

describe('json', () => {
  it('reads the article.json fixture', () => {
    const article = parseFixture('article.json');
    expectWellFormed(article);
    expect(article.title).toBe('Korean lender opens $300 million credit line for Uzbek hospitals');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.publishedAt).toBe('2025-03-03T08:00:00.000Z');
    expect(article.url).toBe('https://news.example.com/health/korea-loan-hospitals');
    expect(article.sourceName).toBe('Example Business News');
    expect(article.author).toBe('Sardor Aliyev');
    expect(article.language).toBe('en');
    expect(article.dateline).toBe('SEOUL, March 3');
    expect(article.mediaType).toBe('application/json');
  });

  it('runs `html` through the main-text extractor', () => {
    const article = parse(
      json({ title: 'Clinic opens', html: `<nav><a>Home</a></nav><article><p>${BODY}</p><aside>Most read</aside></article>` }),
      { fileName: 'a.json' },
    );
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('lets a declared language override detection, and detects it otherwise', () => {
    expect(parse(json({ title: 'T', body: BODY, language: 'uz' }), { fileName: 'a.json' }).language).toBe('uz');
    expect(parse(json({ title: 'T', body: BODY, language: 'KO' }), { fileName: 'a.json' }).language).toBe('ko');
    expect(parse(json({ title: 'Т', body: 'Банк выделит кредит на больницы.' }), { fileName: 'a.json' }).language).toBe('ru');
  });

  it('BAD_JSON for the broken.json fixture, with line and column', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/articles/broken.json'), 'utf8');
    const error = parseError(text, { fileName: 'broken.json' });
    expect(error.code).toBe('BAD_JSON');
    expect(error.message).toMatch(/^"broken\.json" is not valid JSON: .* at line 4, column 3 \(offset \d+\)\.$/);
  });

  it('BAD_JSON for a truncated file points at its end', () => {
    const error = parseError('{"title": "T", "body": "B', { fileName: 'cut.json' });
    expect(error.code).toBe('BAD_JSON');
    expect(error.message).toContain('line 1, column 26');
  });

  it.each([
    ['title', { body: BODY }, 'field "title" is required'],
    ['title', { title: 42, body: BODY }, 'field "title" must be a string, got number 42'],
    ['title', { title: '  ', body: BODY }, 'field "title" must not be empty'],
    ['body', { title: 'T' }, 'one of "body" or "html" is required'],
    ['body', { title: 'T', body: '', html: ' ' }, 'one of "body" or "html" is required'],
    ['body', { title: 'T', body: ['a'] }, 'field "body" must be a string, got an array'],
    ['html', { title: 'T', html: { p: 1 } }, 'field "html" must be a string, got an object'],
    ['publishedAt', { title: 'T', body: BODY, publishedAt: 'yesterday' }, 'field "publishedAt" must be an ISO 8601 date'],
    ['publishedAt', { title: 'T', body: BODY, publishedAt: '2024-02-30' }, 'got "2024-02-30"'],
    ['publishedAt', { title: 'T', body: BODY, publishedAt: 1718323200 }, 'must be a string'],
    ['url', { title: 'T', body: BODY, url: true }, 'field "url" must be a string'],
    ['source', { title: 'T', body: BODY, source: 3 }, 'field "source" must be a string'],
    ['author', { title: 'T', body: BODY, author: { name: 'X' } }, 'field "author" must be a string'],
    ['language', { title: 'T', body: BODY, language: 'fr' }, 'field "language" must be one of en, ru, uz, ko, other'],
    ['$', ['not', 'an', 'object'], 'must hold one JSON object (an article), not an array'],
    ['$', 'just a string', 'not a string'],
  ])('SCHEMA names the field %s', (field, value, message) => {
    const error = parseError(json(value), { fileName: 'in.json' });
    expect(error.code).toBe('SCHEMA');
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
    expect(error.message).toContain('"in.json"');
  });

  it('accepts null optional fields and ignores unknown fields', () => {
    const article = parse(json({ title: 'T', body: BODY, url: null, tags: ['x'] }), { fileName: 'a.json' });
    expect(article.url).toBeUndefined();
    expect(article.paragraphs).toEqual([BODY]);
  });
});
