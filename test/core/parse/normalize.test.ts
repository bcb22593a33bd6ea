import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lambdas/core/parse/chars';
import { normalizeInline, splitParagraphs, toNfc } from '../../../lambdas/core/parse/normalize';

// The readable definitions the hand-written scanners must agree with.
const referenceInline = (text: string) =>
  text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\s\x00-\x08\x0E-\x1F\x7F]+/g, ' ').trim();
const referenceWordCount = (text: string) => text.match(/\p{L}[\p{L}\p{M}\p{N}'’-]*/gu)?.length ?? 0;

const PIECES = ['a', 'Б', '서', ' ', '  ', '\n', '\r\n', '\t', '\u00A0', '\u2009', '\u3000', '\u200B', '\uFEFF', '\u00AD', '\u0001', '\u0085', "'", '’', '-', '1', 'e\u0301', '𠀀', '😀', '.'];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('normalization', () => {
  it('normalizeInline matches its regex definition', () => {
    fc.assert(
      fc.property(fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(normalizeInline(text)).toBe(referenceInline(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('countWords matches the \\p{L}[\\p{L}\\p{M}\\p{N}\'’-]* word definition', () => {
    fc.assert(
      fc.property(fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(countWords(text)).toBe(referenceWordCount(text));
      }),
      { numRuns: 1000 },
    );
    expect(countWords("O'zbekiston Respublikasi, 2024-yil: 반도체 공장 — don’t")).toBe(6);
  });

  it('returns clean text unchanged and strips invisible characters', () => {
    const clean = 'Already clean text.';
    expect(normalizeInline(clean)).toBe(clean);
    expect(normalizeInline('\u200Bsoft\u00ADhyphen\u2060 and\u00A0nbsp\n')).toBe('softhyphen and nbsp');
  });

  it('toNfc composes only when needed', () => {
    const composed = ['Café', 'Сеул'];
    expect(toNfc(composed)).toBe(composed);
    expect(toNfc(['Cafe\u0301'])).toEqual(['Café']);
  });

  it('splitParagraphs uses blank lines when present, line breaks otherwise', () => {
    expect(splitParagraphs('a\nb\n\n \nc')).toEqual(['a b', 'c']);
    expect(splitParagraphs('a\nb\nc')).toEqual(['a', 'b', 'c']);
  });
});
