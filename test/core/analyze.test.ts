import { describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/analyze';

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
