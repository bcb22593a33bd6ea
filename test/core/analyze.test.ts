import { describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/analyze';
import { ArticleError } from '../../lambdas/core/types';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('analyze: decoding repairs are carried into the article', () => {
  it('one stray 0x96 in a UTF-8 article keeps the title intact and records a warning', () => {
    const bytes = new Uint8Array([
      ...utf8('Copper output — a record year\n\nThe ministry said “output rose” by ten percent.'),
      0x96,
      ...utf8(' Exports — mostly to Korea — grew too.'),
    ]);
    const { article, encoding } = analyze(bytes, { fileName: 'copper.txt' });
    expect(encoding).toBe('utf-8');
    expect(article.title).toBe('Copper output — a record year');
    expect(article.body).toContain('\uFFFD');
    expect(article.warnings).toEqual([expect.objectContaining({ code: 'INVALID_BYTES_REPLACED', count: 1 })]);
  });

  it('a clean article carries no warnings', () => {
    const { article } = analyze(utf8('Copper output\n\nThe ministry said output rose.'), { fileName: 'copper.txt' });
    expect(article.warnings).toBeUndefined();
  });
});

describe('analyze: a time budget per article', () => {
  const article = utf8('Copper output\n\nThe ministry said output rose.');
  /** A clock that reads the given times in turn (then stays at the last). */
  const clockReading = (...times: number[]) => {
    let call = 0;
    return () => times[Math.min(call++, times.length - 1)]!;
  };

  it.each([
    ['decode', [0, 1500]],
    ['parse', [0, 10, 1500]],
    ['classify', [0, 10, 20, 1500]],
  ])('an article over budget fails with TIMEOUT naming the %s stage', (stage, times) => {
    let error: unknown;
    try {
      analyze(article, { fileName: 'slow.txt', budgetMs: 1000, clock: clockReading(...(times as number[])) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).toJSON()).toEqual({ code: 'TIMEOUT', stage, message: expect.stringContaining(`${stage} stage`) });
  });

  it('an article within budget is analyzed', () => {
    const { article: parsed } = analyze(article, { fileName: 'ok.txt', budgetMs: 1000, clock: clockReading(0, 100, 200, 999) });
    expect(parsed.title).toBe('Copper output');
  });
});
