import { describe, expect, it } from 'vitest';
import { contextFactors, INSTITUTION_MARKERS } from '../../../lambdas/core/classify/context';
import { DEFAULT_SETTINGS } from '../../../lambdas/core/classify/settings';
import { TermMatcher, type TermHit } from '../../../lambdas/core/classify/term-matcher';

const markerMatcher = new TermMatcher([], INSTITUTION_MARKERS);

/** Context factor of the first occurrence of `word` in `text`, with the real institution cues. */
function factorOf(text: string, word: string): number {
  const start = text.indexOf(word);
  if (start === -1) throw new Error(`fixture lacks ${word}`);
  const hits: TermHit[] = [{ termIndex: 0, start, end: start + word.length }];
  const { markers } = markerMatcher.scan(text);
  return contextFactors(text, hits, markers, () => 0, DEFAULT_SETTINGS).factors[0]!;
}

describe('context: institution names', () => {
  it('a Russian ministry names its field after the word "министерство"', () => {
    expect(factorOf('Делегацию принял глава Министерства энергетики страны.', 'энергетики')).toBeLessThan(0.5);
  });

  it('an Uzbek ministry names its field before "vazirligi", in both scripts', () => {
    expect(factorOf("Loyiha Sog'liqni saqlash vazirligi tomonidan ma'qullandi.", 'saqlash')).toBeLessThan(0.5);
    expect(factorOf('Лойиҳа Энергетика вазирлиги томонидан маъқулланди.', 'Энергетика')).toBeLessThan(0.5);
  });
});
