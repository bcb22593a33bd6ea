import { describe, expect, it } from 'vitest';
import { findDate, resolveMonthDay, toIsoDate } from '../../../lambdas/core/parse/dates';

describe('dates', () => {
  it.each([
    ['June 14, 2024', '2024-06-14'],
    ['Jun. 14 2024', '2024-06-14'],
    ['14 June 2024', '2024-06-14'],
    ['September 3rd, 2023', '2023-09-03'],
    ['14 июня 2024 года', '2024-06-14'],
    ['1 мая 2024', '2024-05-01'],
    ['15-may 2024', '2024-05-15'],
    ['2024-yil 14-iyun', '2024-06-14'],
    ['2024 йил 14 июн', '2024-06-14'],
    ['2024년 6월 14일', '2024-06-14'],
    ['14.06.2024', '2024-06-14'],
    ['on 2024-06-14 at noon', '2024-06-14'],
    ['2024-06-14T09:30:00+0500', '2024-06-14T04:30:00.000Z'],
  ])('findDate(%s)', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('returns the earliest date in the text and skips impossible ones', () => {
    expect(findDate('Room 14 2024 then 3 March 2023 and June 1, 2020')).toBe('2023-03-03');
    expect(findDate('30.02.2024 or 2024-13-01')).toBeUndefined();
    expect(findDate('no dates here, only 2024')).toBeUndefined();
  });

  it('toIsoDate keeps dates date-only, makes instants UTC, rejects the rest', () => {
    expect(toIsoDate(' 2024-06-14 ')).toBe('2024-06-14');
    expect(toIsoDate('2024-06-14T09:30:00Z')).toBe('2024-06-14T09:30:00.000Z');
    expect(toIsoDate('2024-06-14 09:30:00+09:00')).toBe('2024-06-14T00:30:00.000Z');
    expect(toIsoDate('June 14, 2024')).toBe('2024-06-14');
    expect(toIsoDate('2024-02-30')).toBeUndefined();
    expect(toIsoDate('2024-06-31T10:00:00Z')).toBeUndefined();
    expect(toIsoDate('yesterday')).toBeUndefined();
  });
});

describe('resolveMonthDay: a date without its year', () => {
  const reference = new Date('2025-03-10T12:00:00Z');
  it.each([
    ['WASHINGTON, June 14', '2024-06-14'], // June 2025 would be in the future: the year before
    ['LONDON, March 9', '2025-03-09'],
    ['SEOUL, March 11', '2025-03-11'], // one day ahead: a timezone east of UTC
    ['ТАШКЕНТ, 2 марта', '2025-03-02'],
    ['TOSHKENT, 5-mart', '2025-03-05'],
    ['서울, 2월 28일', '2025-02-28'],
  ])('%s → %s', (text, iso) => {
    expect(resolveMonthDay(text, reference)).toBe(iso);
  });

  it('is never in the future and refuses what is not a date', () => {
    expect(resolveMonthDay('BERLIN, December 31', reference)).toBe('2024-12-31');
    expect(resolveMonthDay('Chapter 14', reference)).toBeUndefined();
    expect(resolveMonthDay('no digits here', reference)).toBeUndefined();
    expect(resolveMonthDay('June 31', reference)).toBeUndefined();
  });
});
