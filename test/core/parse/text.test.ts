import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { expectWellFormed, parseError, parseFixture } from './helpers';

describe('plain text', () => {
  it('reads the state-visit fixture: title, byline, date, dateline, paragraphs', () => {
    const article = parseFixture('state-visit.txt');
    expectWellFormed(article);
    expect(article.title).toBe(
      'Uzbekistan and Korea agree on energy, car-making and education projects during state visit',
    );
    expect(article.author).toBe('Dilnoza Karimova');
    expect(article.publishedAt).toBe('2024-06-14');
    expect(article.dateline).toBe('TASHKENT, June 14');
    expect(article.language).toBe('en');
    expect(article.mediaType).toBe('text/plain');
    expect(article.paragraphs).toHaveLength(6);
    // The lead keeps its dateline; byline and date-only lines are metadata, not body.
    expect(article.paragraphs[0]).toMatch(/^TASHKENT, June 14 – The presidents/);
    expect(article.body).not.toContain('Dilnoza Karimova');
    expect(article.body).toContain('60,000 units annually');
  });

  it('reads the Russian windows-1251 fixture', () => {
    const article = parseFixture('ru-cp1251.txt');
    expectWellFormed(article);
    expect(article.title).toBe('Узбекистан и Корея займутся переработкой вольфрама и молибдена');
    expect(article.publishedAt).toBe('2024-06-14');
    expect(article.dateline).toBe('ТАШКЕНТ, 14 июня');
    expect(article.language).toBe('ru');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('reads the Korean UTF-16 fixture', () => {
    const article = parseFixture('ko-utf16.txt');
    expectWellFormed(article);
    expect(article.title).toBe('우즈베키스탄, 한국 기업과 반도체 패키징 공장 설립 합의');
    expect(article.publishedAt).toBe('2024-06-14');
    expect(article.language).toBe('ko');
  });

  it('reads the Uzbek Latin fixture', () => {
    const article = parseFixture('uz-latin.txt');
    expectWellFormed(article);
    expect(article.language).toBe('uz');
    expect(article.publishedAt).toBe('2024-05-15');
    expect(article.dateline).toBe('FARGʻONA, 15-may');
  });

  it('splits on line breaks when the text has no blank lines', () => {
    const article = parse('Headline here\nFirst paragraph.\nSecond paragraph.', { fileName: 'a.txt' });
    expect(article.title).toBe('Headline here');
    expect(article.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('joins hard-wrapped lines inside blank-line paragraphs', () => {
    const article = parse('Title\n\nA sentence that was\nwrapped by the editor.\n\nNext one.', { fileName: 'a.txt' });
    expect(article.paragraphs).toEqual(['A sentence that was wrapped by the editor.', 'Next one.']);
  });

  it('uses the first sentence as title when the first line is a long paragraph', () => {
    const lead = `The ministry announced a new programme for rural schools. ${'It will cover many districts and villages. '.repeat(6)}`;
    const article = parse(lead, { fileName: 'a.txt' });
    expect(article.title).toBe('The ministry announced a new programme for rural schools.');
    expect(article.paragraphs[0]).toBe(lead.trim());
  });

  it('keeps a one-line text as both title and body', () => {
    const article = parse('Samsung opens a plant', { fileName: 'a.txt' });
    expect(article.title).toBe('Samsung opens a plant');
    expect(article.paragraphs).toEqual(['Samsung opens a plant']);
  });

  it('normalizes: NFC, no zero-width characters, collapsed spaces, CRLF', () => {
    const decomposed = 'Cafe\u0301';
    const article = parse(`Title\r\n\r\n${decomposed}\u200B  in\u00A0Tashkent\u200D\t opened.\r\n`, { fileName: 'a.txt' });
    expect(article.paragraphs).toEqual(['Café in Tashkent opened.']);
    expect(article.body.normalize('NFC')).toBe(article.body);
  });

  it('counts words in any script, hashes the body', () => {
    const article = parse('Заголовок\n\nДобыча меди выросла на 10% — сообщил министр. 반도체 공장 don’t stop.', { fileName: 'a.txt' });
    expect(article.wordCount).toBe(10);
    expect(article.contentHash).toBe(createHash('sha256').update(article.body).digest('hex'));
  });

  it.each([
    ['Published: 14.06.2024', '2024-06-14'],
    ['14 июня 2024 г.', '2024-06-14'],
    ['2024-06-14', '2024-06-14'],
    ['2024년 6월 14일', '2024-06-14'],
    ['2024-yil 14-iyun', '2024-06-14'],
    ['Updated 2024-06-14T09:30:00+05:00', '2024-06-14T04:30:00.000Z'],
  ])('reads a stated date: %s', (line, iso) => {
    const article = parse(`Title\n\n${line}\n\nBody text of the article.`, { fileName: 'a.txt' });
    expect(article.publishedAt).toBe(iso);
    expect(article.paragraphs).toEqual(['Body text of the article.']);
  });

  it('ignores impossible dates and dates deep in the article', () => {
    const impossible = parse('Title\n\n31.02.2024\n\nBody.', { fileName: 'a.txt' });
    expect(impossible.publishedAt).toBeUndefined();
    const deep = parse(`Title\n\n${'Para.\n\n'.repeat(6)}The deal was signed on June 1, 2020.`, { fileName: 'a.txt' });
    expect(deep.publishedAt).toBeUndefined();
  });

  it('does not mistake an ordinary opening for a dateline', () => {
    const article = parse('Title\n\nThe minister – speaking on Friday – said more.', { fileName: 'a.txt' });
    expect(article.dateline).toBeUndefined();
  });

  it('NO_TEXT when nothing but symbols remains', () => {
    expect(parseError('*** --- ***\n\n12 34', { fileName: 'a.txt' }).code).toBe('NO_TEXT');
  });
});

describe('plain text bylines', () => {
  it('keeps a lead that merely starts with "By"', () => {
    const lead = 'By the end of the year, the plant will produce 60,000 cars.';
    const article = parse(`Title\n\n${lead}`, { fileName: 'a.txt' });
    expect(article.paragraphs).toEqual([lead]);
    expect(article.author).toBeUndefined();
  });

  it.each([
    ['By Jane Roe', 'Jane Roe', undefined],
    ['BY JANE ROE | June 14, 2024', 'JANE ROE', '2024-06-14'],
    ['Автор: Иван Петров, 14.06.2024', 'Иван Петров', '2024-06-14'],
    ["Muallif: Dilshod Oʻrinov", 'Dilshod Oʻrinov', undefined],
  ])('reads the byline %s', (line, author, date) => {
    const article = parse(`Title\n\n${line}\n\nBody text.`, { fileName: 'a.txt' });
    expect(article.author).toBe(author);
    expect(article.publishedAt).toBe(date);
    expect(article.paragraphs).toEqual(['Body text.']);
  });
});
