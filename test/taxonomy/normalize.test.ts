import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCodeUnit, normalizeCodeUnit, normalizeForMatch } from '../../lambdas/taxonomy';

describe('normalizeCodeUnit', () => {
  it('lowercases and folds spelling variants one unit for one', () => {
    const units = (s: string) => [...s].map((ch) => String.fromCharCode(normalizeCodeUnit(ch.charCodeAt(0)))).join('');
    expect(units('ЁЛКА Ёж')).toBe('елка еж');
    expect(units('Oʻzbekiston G‘ALLA')).toBe("o'zbekiston g'alla");
    expect(units('«Uran»\u00A0x')).toBe('"uran" x');
  });

  it('agrees with normalizeForMatch wherever lowercasing keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        // Astral letters are left alone unit by unit (both halves are "word"); compare the BMP.
        const text = (a + b).replace(/[\uD800-\uDFFF]/g, '');
        if (text.toLowerCase().length !== text.length) return;
        const unitWise = Array.from({ length: text.length }, (_, i) => String.fromCharCode(normalizeCodeUnit(text.charCodeAt(i)))).join('');
        expect(unitWise).toBe(normalizeForMatch(text));
      }),
      { numRuns: 300 },
    );
  });

  it('folds Greek final sigma so context-sensitive lowercasing agrees unit by unit', () => {
    expect(normalizeForMatch('AΣ')).toBe('aσ');
    expect(normalizeForMatch('ΟΔΟΣ οδος')).toBe('οδοσ οδοσ');
    expect(String.fromCharCode(normalizeCodeUnit('Σ'.charCodeAt(0)))).toBe('σ');
  });

  it('leaves a letter whose lowercase is longer as it is', () => {
    expect(normalizeCodeUnit('İ'.charCodeAt(0))).toBe('İ'.charCodeAt(0));
    expect(normalizeForMatch('İx')).toHaveLength(2);
  });
});

describe('isWordCodeUnit', () => {
  it('knows letters, digits and marks of every script from the rest', () => {
    for (const ch of ['a', 'Z', 'ж', 'Ў', 'қ', '한', '7', '\u0301']) expect(isWordCodeUnit(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '-', "'", ',', '\u00A0', '«', '。']) expect(isWordCodeUnit(ch.charCodeAt(0)), ch).toBe(false);
  });

  it('gives the same answer on a second asking (the table fills lazily)', () => {
    const code = 'ӣ'.charCodeAt(0);
    expect(isWordCodeUnit(code)).toBe(true);
    expect(isWordCodeUnit(code)).toBe(true);
    expect(isWordCodeUnit(0xd83d)).toBe(true); // half of an emoji: never split
  });
});
