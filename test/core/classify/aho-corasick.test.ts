import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../lambdas/core/classify/aho-corasick';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, index) => {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) out.push(`${index}@${at + p.length}`);
  });
  return out.sort();
}

function viaAutomaton(patterns: string[], text: string): string[] {
  const out: string[] = [];
  new AhoCorasick(patterns).scan(text, (index, end) => out.push(`${index}@${end}`));
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'уран', 'ураган', '광물', '핵심광물'];
    const text = 'ushers ураганы и уран 핵심광물을';
    expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search on random input', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'ё', 'ж', '한', '국');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join('');
        expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an empty pattern', () => {
    expect(() => new AhoCorasick(['a', ''])).toThrow(/empty/);
  });
});
