import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lambdas/core/enrich';
import { parseNumber } from '../../../lambdas/core/enrich/numbers';
import type { Figure } from '../../../lambdas/core/enrich/types';
import type { Language } from '../../../lambdas/core/types';
import { inputOf, spansAreExact } from './article';
import { ENGLISH_VISIT, KOREAN_VISIT, RUSSIAN_VISIT } from './fixtures';

const figuresOf = (text: string, language: Language = 'en') => extractFigures(inputOf([text], language));
const brief = (figures: Figure[]) => figures.map(({ kind, value, unit, period, text }) => ({ kind, value, unit, period, text }));

describe('extractFigures — fixtures', () => {
  it('reads every figure of the English visit, and nothing from "June 14"', () => {
    const input = inputOf(ENGLISH_VISIT);
    const figures = extractFigures(input);
    expect(brief(figures)).toEqual([
      { kind: 'quantity', value: 45000, unit: 'vehicle', period: 'year', text: '45,000 vehicles annually' },
      { kind: 'money', value: 1.2e9, unit: 'USD', period: undefined, text: '$1.2 billion' },
      { kind: 'money', value: 3e8, unit: 'EUR', period: undefined, text: '€300 million' },
      { kind: 'percentage', value: 18, unit: undefined, period: undefined, text: '18%' },
      { kind: 'year', value: 2024, unit: undefined, period: undefined, text: '2024' },
      { kind: 'money', value: 1e10, unit: 'USD', period: undefined, text: '10 billion dollars' },
      { kind: 'year', value: 2030, unit: undefined, period: undefined, text: '2030' },
      { kind: 'quantity', value: 1500, unit: 'MW', period: undefined, text: '1,500 MW' },
    ]);
    expect(spansAreExact(input.article.body, figures)).toBe(true);
  });

  it('reads Russian amounts with decimal commas, space groups and abbreviations', () => {
    const input = inputOf(RUSSIAN_VISIT, 'ru');
    expect(brief(extractFigures(input))).toEqual([
      { kind: 'quantity', value: 60000, unit: 'vehicle', period: 'year', text: '60 тысяч автомобилей в год' },
      { kind: 'money', value: 9.6e9, unit: 'USD', period: undefined, text: '9,6 млрд долларов' },
      { kind: 'money', value: 5e8, unit: 'USD', period: undefined, text: '500 млн долл.' },
      { kind: 'percentage', value: 40, unit: undefined, period: undefined, text: '40 процентов' },
      { kind: 'year', value: 2027, unit: undefined, period: undefined, text: '2027' },
      { kind: 'quantity', value: 1500, unit: 'MW', period: undefined, text: '1 500 МВт' },
    ]);
  });

  it('reads Korean amounts with 만/억 and an annual rate before the number', () => {
    expect(brief(extractFigures(inputOf(KOREAN_VISIT, 'ko')))).toEqual([
      { kind: 'quantity', value: 60000, unit: 'vehicle', period: 'year', text: '6만 대' },
      { kind: 'money', value: 9.6e9, unit: 'USD', period: undefined, text: '96억 달러' },
    ]);
    expect(figuresOf('총 1조 2천억 원을 투자한다.', 'ko')[0]).toMatchObject({ kind: 'money', value: 1.2e12, unit: 'KRW', text: '1조 2천억 원' });
  });
});

describe('extractFigures — money', () => {
  it.each([
    ['1.2 trillion won was pledged', 1.2e12, 'KRW', '1.2 trillion won'],
    ['a grant of 2 billion soums', 2e9, 'UZS', '2 billion soums'],
    ['worth $500 mln in total', 5e8, 'USD', '$500 mln'],
    ['USD 25 million for schools', 2.5e7, 'USD', 'USD 25 million'],
    ['₩3,000 per ticket', 3000, 'KRW', '₩3,000'],
  ])('%s', (text, value, unit, matched) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ kind: 'money', value, unit, text: matched })]);
  });

  it('reads dotted thousands in Russian and Uzbek', () => {
    expect(figuresOf('выделено 1.500.000 сумов', 'ru')[0]).toMatchObject({ value: 1.5e6, unit: 'UZS' });
    expect(figuresOf('jami 2.500 dollar', 'uz')[0]).toMatchObject({ value: 2500, unit: 'USD' });
  });
});

describe('extractFigures — quantities and rates', () => {
  it.each([
    ['a capacity of 1,500 MW', 1500, 'MW', undefined],
    ['200,000 tonnes per year of copper', 200000, 'tonne', 'year'],
    ['5 thousand vehicles a year', 5000, 'vehicle', 'year'],
    ['60\u00a0000 units annually', 60000, 'unit', 'year'],
    ['about 3,000 new jobs', 3000, 'job', undefined],
  ])('%s', (text, value, unit, period) => {
    const [figure] = figuresOf(text);
    expect(figure).toMatchObject({ kind: 'quantity', value, unit });
    expect(figure!.period).toBe(period);
  });

  it('reads the Russian rate "в год"', () => {
    expect(figuresOf('мощностью 60 тысяч автомобилей в год', 'ru')[0]).toMatchObject({ value: 60000, unit: 'vehicle', period: 'year' });
  });
});

describe('extractFigures — percentages and years', () => {
  it.each([
    ['growth of 15%', 15],
    ['up 15 percent', 15],
    ['up 2.5 per cent', 2.5],
  ])('%s', (text, value) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ kind: 'percentage', value })]);
  });

  it('reads "15 процентов" and a decimal comma', () => {
    expect(figuresOf('рост на 15 процентов и на 2,5%', 'ru').map((f) => f.value)).toEqual([15, 2.5]);
  });

  it('takes years from year contexts only', () => {
    const years = (text: string, language: Language = 'en') => figuresOf(text, language).filter((f) => f.kind === 'year').map((f) => f.value);
    expect(years('in 2024 and by 2030')).toEqual([2024, 2030]);
    expect(years('On June 14, 2024 the talks began')).toEqual([2024]);
    expect(years('the 2024–2026 programme')).toEqual([2024, 2026]);
    expect(years('в 2025 году', 'ru')).toEqual([2025]);
    expect(years('The plant employs 2020 workers')).toEqual([]);
    expect(years('2024-yilda', 'uz')).toEqual([2024]);
  });

  it('never takes a year or a figure from inside other numbers or from dates', () => {
    expect(figuresOf('exceeding 60,000 units')).toEqual([expect.objectContaining({ value: 60000 })]);
    // The date gives nothing; the counted agreements are a figure of their own.
    expect(figuresOf('reports on June 14 that 12 agreements were signed')).toEqual([
      expect.objectContaining({ kind: 'quantity', value: 12, unit: 'agreements', text: '12 agreements' }),
    ]);
    expect(figuresOf('flight KE2024 landed; code A2030 too')).toEqual([]);
    expect(figuresOf('order no. 120,2024 units', 'en').some((f) => f.kind === 'year')).toBe(false);
  });
});

describe('parseNumber', () => {
  it.each([
    ['60,000', 'en', 60000],
    ['9.6', 'en', 9.6],
    ['9,6', 'ru', 9.6],
    ['1,5', 'en', 1.5],
    ['1 500', 'ru', 1500],
    ['1.500', 'ru', 1500],
    ['1.500', 'en', 1.5],
    ['1,234,567.5', 'en', 1234567.5],
    ['1.234.567,5', 'ru', 1234567.5],
    ['60,000', 'ru', 60],
    ['1,500,000', 'ru', 1500000],
  ] as const)('%s (%s) → %d', (raw, language, value) => {
    expect(parseNumber(raw, language)).toBe(value);
  });
});
