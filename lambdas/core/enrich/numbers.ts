/**
 * Reading numbers as newsrooms write them: "60,000", "60 000", "9,6" (Russian
 * decimal comma), "1.500.000" (dotted thousands), with word multipliers
 * ("billion", "млрд", "mlrd", "억").
 */
import type { Language } from '../types';

/** A number with optional thousands groups (comma, space, NBSP, narrow NBSP, dot) and decimals. */
export const NUMBER_SOURCE = '\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d+(?:[.,]\\d+)?';

/** Multiplier words, longest first within each language so the alternation picks the full word. */
export const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(?:trillions?|trln|trl|tn|триллион(?:а|ов)?|трлн\.?|trillion)$/iu, 1e12],
  [/^(?:billions?|bln|bn|миллиард(?:а|ов)?|млрд\.?|milliard|millard|mlrd\.?|milliarden)(?:lik|dan|лик|дан)?$/iu, 1e9],
  [/^(?:millions?|mln|mn|миллион(?:а|ов)?|млн\.?|million|mln\.?|millionen)(?:lik|dan|лик|дан)?$/iu, 1e6],
  [/^(?:thousands?|тысяч[аи]?|тыс\.?|ming|минг)(?:lik|dan|лик|дан)?$/iu, 1e3],
  [/^조$/u, 1e12],
  [/^천억$/u, 1e11],
  [/^백억$/u, 1e10],
  [/^십억$/u, 1e9],
  [/^억$/u, 1e8],
  [/^천만$/u, 1e7],
  [/^백만$/u, 1e6],
  [/^만$/u, 1e4],
  [/^천$/u, 1e3],
];

export const MULTIPLIER_SOURCE =
  '(?:milliarden|millionen|trillions?|trln|trl|tn|триллион(?:а|ов)?|трлн\\.?|billions?|bln|bn|миллиард(?:а|ов)?|млрд\\.?|milliard|millard|mlrd\\.?|' +
  'millions?|mln\\.?|mn|миллион(?:а|ов)?|млн\\.?|thousands?|тысяч[аи]?|тыс\\.?|ming|минг)(?:lik|dan|лик|дан)?|천억|백억|십억|천만|백만|조|억|만|천';

export function multiplierOf(word: string): number {
  for (const [pattern, value] of MULTIPLIERS) if (pattern.test(word)) return value;
  return 1;
}

/** Parses a matched NUMBER_SOURCE string; the language decides what a lone comma or dot means. */
export function parseNumber(raw: string, language: Language): number {
  const text = raw.replace(/[\s\u00A0\u202F]/g, '');
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  const russianStyle = language === 'ru' || language === 'uz';
  let normalized: string;
  if (commas > 0 && dots > 0) {
    // Whichever comes last is the decimal mark.
    normalized = text.lastIndexOf(',') > text.lastIndexOf('.') ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (commas > 0) {
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(text);
    normalized = grouped && (!russianStyle || commas > 1) ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (dots > 0) {
    const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(text);
    normalized = grouped && (russianStyle || dots > 1) ? text.replace(/\./g, '') : text;
  } else {
    normalized = text;
  }
  return Number(normalized);
}
