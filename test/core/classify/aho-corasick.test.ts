import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, MatchBuffer } from '../../../lambdas/core/classify/aho-corasick';

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

  it('agrees with a naive search on article-length texts and inside a range, in order of ends', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'ж', '한');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 9 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 20 }), fc.array(alphabet, { minLength: 256, maxLength: 900 }), (patterns, chars) => {
        const text = chars.join('');
        expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
        // Ranges too: scanLatin walks stretches of a text.
        const automaton = new AhoCorasick(patterns);
        const buffer = new MatchBuffer();
        automaton.scanInto(text, buffer, 7, text.length - 3);
        const inRange: string[] = [];
        for (let k = 0; k < buffer.count; k++) inRange.push(`${buffer.patterns[k]}@${buffer.ends[k]}`);
        const expected = naive(patterns, text).filter((hit) => {
          const [index, end] = hit.split('@').map(Number);
          return end! <= text.length - 3 && end! - patterns[index!]!.length >= 7;
        });
        expect([...inRange].sort()).toEqual(expected);
        // Reported in order of their ends, as one walk would.
        const ends = inRange.map((hit) => Number(hit.split('@')[1]));
        expect(ends).toEqual([...ends].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an empty pattern', () => {
    expect(() => new AhoCorasick(['a', ''])).toThrow(/empty/);
  });
});

describe('AhoCorasick: tables and buffers', () => {
  it('scans only the asked range, starting from the root', () => {
    const automaton = new AhoCorasick(['abc', 'bc']);
    const ends: string[] = [];
    const buffer = new MatchBuffer();
    automaton.scanInto('abcabc', buffer, 1, 6);
    for (let k = 0; k < buffer.count; k++) ends.push(`${buffer.patterns[k]}@${buffer.ends[k]}`);
    // "abc" at 0 is cut by the range; "bc" at 1 and both at 3 are inside it.
    expect(ends).toEqual(['1@3', '0@6', '1@6']);
  });

  it('maps text through the fold function, including units met only in the text', () => {
    const lower = (code: number) => String.fromCharCode(code).toLowerCase().charCodeAt(0);
    expect(viaFolded(['уран', 'ore'], 'УРАН Ore oRE', lower)).toEqual(['0@4', '1@12', '1@8']);
  });

  it('agrees with a naive search for hundreds of patterns and thousands of matches', () => {
    const patterns = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const text = Array.from({ length: 3000 }, (_, i) => patterns[(i * 7) % patterns.length]).join(' ');
    expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search for an automaton of tens of thousands of nodes', () => {
    // Thousands of pseudo-random 10-letter patterns share few prefixes beyond 4 letters: over 36,000 nodes.
    let state = 12345;
    const letter = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return 'abcdefg'[Math.floor((state / 2147483648) * 7)]!;
    };
    const patterns = [...new Set(Array.from({ length: 8000 }, () => Array.from({ length: 10 }, letter).join('')))];
    const text = patterns.filter((_, i) => i % 5 === 0).join('x') + 'abcdefgabcdefg';
    expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
  });
});

function viaFolded(patterns: string[], text: string, fold: (code: number) => number): string[] {
  const out: string[] = [];
  new AhoCorasick(patterns, fold).scan(text, (index, end) => out.push(`${index}@${end}`));
  return out.sort();
}
