import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lambdas/core/parse/chars';
import {
  isKnownNfc,
  isPlainText,
  normalizeInline,
  referenceTextParagraphs,
  splitParagraphs,
  textParagraphs,
  toNfc,
} from '../../../lambdas/core/parse/normalize';

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

  it('textParagraphs (single-scan path for plain text) equals the regex reference', () => {
    const LINE_PIECES = ['a', 'Б', '서', 'word', ' ', '  ', '\n', '\n\n', '\n \n', '\n  \n\n', ' \n', '\n ', '\u0085', '.', 'é', 'e\u0301', '\u00A0'];
    const plain = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(plain, pieceText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const { paragraphs, composed } = textParagraphs(text);
        expect(paragraphs).toEqual(referenceTextParagraphs(text));
        if (composed) for (const paragraph of paragraphs) expect(paragraph.normalize('NFC')).toBe(paragraph);
      }),
      { numRuns: 2000 },
    );
    expect(isPlainText('Title\n\nBody text. Тело.\n')).toBe(true);
    expect(isPlainText('Title\r\nBody')).toBe(false);
    expect(isPlainText('Tab\there')).toBe(false);
    expect(isPlainText('nbsp\u00A0here')).toBe(false);
    expect(textParagraphs('  \nTitle\n\n first  line\nsecond\n \n\nlast\n  ').paragraphs).toEqual(['Title', 'first line second', 'last']);
  });

  it('isKnownNfc only vouches for text NFC leaves unchanged', () => {
    // Every code unit it calls a starter is unchanged by NFC on its own ...
    for (let code = 0; code < 0xd800; code++) {
      if (!isKnownNfc(String.fromCharCode(code))) continue;
      const char = String.fromCharCode(code);
      expect(char.normalize('NFC'), code.toString(16)).toBe(char);
      expect(char.normalize('NFD').normalize('NFC'), code.toString(16)).toBe(char);
    }
    // ... and next to combining marks, jamo and other starters.
    const NFC_PIECES = ['a', 'e', 'Й', 'и', '\u0306', '\u0301', '\u0483', '가', '\u1100', '\u1161', '\u11A8', '\u2000', '—', '…', '€', 'Å', '\u212B', '\u0345', '\u0399'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NFC_PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (isKnownNfc(text)) expect(text.normalize('NFC')).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(isKnownNfc('Café Сеул 서울 — 2024 €')).toBe(true);
    expect(isKnownNfc('Cafe\u0301')).toBe(false);
  });
});
