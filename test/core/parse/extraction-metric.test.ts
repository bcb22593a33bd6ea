/** The benchmark metric as scripts/eval-extraction.ts implements it: a wrong metric would make every score meaningless. */
import { describe, expect, it } from 'vitest';
import { pagePrecision, pageRecall, scorePage, shingles, stressPage, summarize, tokenize } from '../../../scripts/eval-extraction';

describe('extraction metric', () => {
  it('tokenizes Unicode words and shingles by four', () => {
    expect(tokenize('Tram-line: 400 млн, 서울 ok_1!')).toEqual(['Tram', 'line', '400', 'млн', '서울', 'ok_1']);
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).keys()]).toHaveLength(2);
    expect([...shingles(['a', 'b']).keys()]).toHaveLength(1); // shorter than four: one shingle
    expect([...shingles([]).keys()]).toHaveLength(1); // even an empty text
  });

  it('normalises tp/fp/fn per page and scores empty against empty as perfect', () => {
    const same = scorePage('one two three four five', 'one two three four five');
    expect(same).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage('', '')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const half = scorePage('a b c d e f', 'a b c d x y');
    expect(half.tp + half.fp + half.fn).toBeCloseTo(1);
    expect(pagePrecision(half)).toBeCloseTo(1 / 3);
    expect(pageRecall(half)).toBeCloseTo(1 / 3);
    const lost = scorePage('a b c d e f', '');
    expect(pagePrecision(lost)).toBe(0);
    expect(pageRecall(lost)).toBe(0);
  });

  it('averages P and R over pages and names why a page failed', () => {
    const base = { url: '', exact: false, ms: 1 };
    const report = summarize([
      { ...base, id: 'a', precision: 1, recall: 1, f1: 1, truthTokens: 100, predictedTokens: 100, exact: true },
      { ...base, id: 'b', precision: 0, recall: 0, f1: 0, truthTokens: 100, predictedTokens: 5 },
      { ...base, id: 'c', precision: 0.2, recall: 0.9, f1: 0.33, truthTokens: 100, predictedTokens: 400 },
    ]);
    expect(report.precision).toBeCloseTo(0.4);
    expect(report.recall).toBeCloseTo(1.9 / 3);
    expect(report.accuracy).toBeCloseTo(1 / 3);
    expect(report.under05.map((r) => [r.id, r.why])).toEqual([['b', 'dropped body'], ['c', 'clutter']]);
    expect(report.under09.map((r) => [r.id, r.shortfall])).toEqual([['b', 'both'], ['c', 'extra text']]);
    expect(report.f1Quantiles.min).toBe(0);
    expect(report.f1Quantiles.median).toBe(0.33);
  });

  it('strips what a new site would name differently, and only that', () => {
    const page = '<main role="main" class="m"><article id="a" itemprop="articleBody"><p class=\'x\'>Text stays.</p></article><nav>Menu</nav></main>';
    expect(stressPage(page, 'names')).toBe('<main role="main"><article itemprop="articleBody"><p>Text stays.</p></article><nav>Menu</nav></main>');
    expect(stressPage(page, 'semantics')).toBe('<div class="m"><div id="a"><p class=\'x\'>Text stays.</p></div><div>Menu</div></div>');
    expect(stressPage(page, 'all')).toBe('<div><div><p>Text stays.</p></div><div>Menu</div></div>');
  });
});
