/**
 * Inputs built to trip non-linear scans or unstorable numbers. These assert the
 * results (the speed itself is measured by `npm run bench -- enrich`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, extractQuotes, runJob } from '../../../lambdas/core/enrich';
import { quotedSpans } from '../../../lambdas/core/enrich/quotes';
import { inputOf } from './article';

describe('enrichment on hostile input', () => {
  it('reads no quote from thousands of unclosed quotation marks, and still reads a closed one after them', () => {
    const unclosed = '“open words here '.repeat(2000);
    const input = inputOf([unclosed, '“We will build the plant together with our partners,” Aziz Rakhimov said.']);
    const quotes = extractQuotes(input);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We will build the plant together with our partners,');
    expect(quotes[0]!.speaker).toBe('Aziz Rakhimov');
    expect(quotedSpans('«раз два три '.repeat(3000))).toEqual([]);
  });

  it('pairs nested quotation marks the way a reader does', () => {
    const body = '“He called it “historic” and left”';
    expect(quotedSpans(body).map((s) => body.slice(s.start, s.end))).toEqual(['He called it “historic” and left']);
  });

  it('reads a long Korean run of 만 as separate numbers, and a falling chain as one amount', () => {
    expect(extractFigures(inputOf(['1만 '.repeat(4000)], 'ko'))).toEqual([]);
    const [amount] = extractFigures(inputOf(['총 1조 2천억 원 규모의 사업'], 'ko'));
    expect(amount).toMatchObject({ kind: 'money', value: 1.2e12, unit: 'KRW' });
  });

  it('keeps every year of a body that repeats them thousands of times', () => {
    const years = extractFigures(inputOf(['in 2024 and 2025, '.repeat(1500)])).filter((f) => f.kind === 'year');
    expect(years).toHaveLength(3000);
  });

  it('gives one person thousands of mentions without repeating any', () => {
    const [person] = runJob('entities', inputOf(['Aziz Rakhimov said that '.repeat(1500)])).entities;
    expect(person).toMatchObject({ type: 'person', name: 'Aziz Rakhimov' });
    expect(new Set(person!.mentions.map((m) => m.start)).size).toBe(person!.mentions.length);
  });

  it('drops an amount beyond Number.MAX_SAFE_INTEGER and says so, instead of storing a wrong number', () => {
    const input = inputOf(['Global derivatives exposure is estimated at $12,000 trillion']);
    const result = runJob('figures', input);
    expect(result.figures).toEqual([]);
    expect(result.dropped).toEqual([{ text: '$12,000 trillion', start: 44, end: 60, reason: 'value-out-of-range' }]);
    // Within range nothing is reported dropped.
    expect(runJob('figures', inputOf(['It costs $12 trillion'])).dropped).toBeUndefined();
  });
});
