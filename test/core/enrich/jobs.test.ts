import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_KINDS, runJob } from '../../../lambdas/core/enrich';
import { splitSentences } from '../../../lambdas/core/enrich/sentences';
import { ruStem, tokenize } from '../../../lambdas/core/enrich/text';
import { inputOf, spansAreExact } from './article';
import { ENGLISH_VISIT, RUSSIAN_VISIT } from './fixtures';

describe('runJob', () => {
  it('dispatches every job kind to its result shape', () => {
    const input = inputOf(ENGLISH_VISIT);
    expect(runJob('entities', input).entities.length).toBeGreaterThan(5);
    expect(runJob('figures', input).figures.length).toBeGreaterThan(5);
    expect(runJob('quotes', input).quotes.length).toBe(3);
    expect(runJob('places', input).places.length).toBe(5);
    expect(runJob('related', input, []).related).toEqual([]);
  });

  it('is idempotent: the same input gives the same output, whatever ran before', () => {
    const english = inputOf(ENGLISH_VISIT);
    const russian = inputOf(RUSSIAN_VISIT, 'ru');
    for (const kind of JOB_KINDS) {
      const first = JSON.stringify(runJob(kind, english));
      runJob(kind, russian);
      expect(JSON.stringify(runJob(kind, english))).toBe(first);
    }
  });

  it('rejects an unknown kind', () => {
    expect(() => runJob('sentiment' as never, inputOf(['x']))).toThrow(/unknown enrichment job kind/);
  });

  it('keeps every span exact on arbitrary text (property)', () => {
    const pieces = fc.constantFrom(
      'President Mirziyoyev', ' said ', '“', '”', '«', '»', '"', ', ', '. ', '\n\n', 'Ташкенте', '서울에서', '60,000', ' units ',
      'annually', '$9.6 billion', ' in 2024', '15%', 'Korea', 'Uzbek-Korean', ' Bank', 'Ministry of Energy', ' ', 'x',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const input = inputOf([parts.join('')]);
        const body = input.article.body;
        const results = {
          entities: runJob('entities', input).entities,
          figures: runJob('figures', input).figures,
          quotes: runJob('quotes', input).quotes,
          places: runJob('places', input).places,
        };
        return (
          spansAreExact(body, results.entities.flatMap((e) => e.mentions)) &&
          spansAreExact(body, results.figures) &&
          spansAreExact(body, results.quotes) &&
          spansAreExact(body, results.places.flatMap((p) => p.mentions))
        );
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('text helpers', () => {
  it('tokenizes with Unicode word boundaries and apostrophe letters', () => {
    const tokens = tokenize('Oʻzbekiston, O‘zbekiston and 서울에서 Korea’s');
    expect(tokens.map((t) => t.text)).toEqual(['Oʻzbekiston', 'O‘zbekiston', 'and', '서울에서', 'Korea’s']);
    expect(tokens[0]!.forms[0]!.key).toBe(tokens[1]!.forms[0]!.key);
    expect(tokens[3]!.forms.map((f) => f.key)).toContain('서울');
    expect(tokens[4]!.forms.map((f) => f.key)).toContain('korea');
  });

  it('reads Latin/Cyrillic/Hangul bodies with the fast word class exactly as with Unicode properties', () => {
    for (const text of [...ENGLISH_VISIT, ...RUSSIAN_VISIT, 'Oʻzbekiston² ½ µ Ǆ ҳ ӯ ʻa 서울에서 ᄀ ㄱ 「인용」 №5 — “x”']) {
      expect(tokenize(text)).toEqual(tokenize(text, 0, 'unicode'));
    }
    const alphabet = fc.constantFrom(...'aZé0Ǆ²ʻʼ’\'`-–—.,:;«»“”„ \n\u00A0жЁҳӯ҂\u0483서울ㄱᄀ「」€$%'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(tokenize(text, 0, 'unicode'));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('stems Russian case forms of one name to one key', () => {
    expect(new Set(['ташкент', 'ташкента', 'ташкенте', 'ташкентом'].map(ruStem)).size).toBe(1);
    expect(new Set(['корея', 'кореи', 'корее', 'корею'].map(ruStem)).size).toBe(1);
    expect(new Set(['мирзиеев', 'мирзиеева', 'мирзиеевым'].map(ruStem)).size).toBe(1);
  });

  it('splits sentences at terminators and paragraphs, not at abbreviations', () => {
    const body = 'Mr. Kim met Dr. Lee in Seoul. They signed 5 mln. долл. deals!\n\nNext paragraph';
    const sentences = splitSentences(body).map((s) => body.slice(s.start, s.end));
    expect(sentences).toEqual(['Mr. Kim met Dr. Lee in Seoul.', 'They signed 5 mln. долл. deals!', 'Next paragraph']);
  });
});
