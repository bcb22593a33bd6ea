/**
 * Sentence spans of a body. Roles attach and quotes are attributed within a
 * sentence (or from the one before), so the split must not break at "Mr." or
 * "млн." and must always break at a paragraph boundary.
 */

export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt', 'inc', 'ltd', 'co',
  'corp', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'approx', 'est',
  'mln', 'bln', 'bn', 'mn', 'g', 'гг', 'г', 'т', 'е', 'д', 'др', 'им', 'ул', 'млн', 'млрд', 'трлн', 'тыс', 'долл', 'руб',
  'проф', 'акад', 'см', 'стр', 'т.е', 'т.к', 'н.э', 'обл',
]);

const TERMINATOR = /[.!?…。]+["'”»’)]*\s+|\n+/g;

export function splitSentences(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(body); m !== null; m = TERMINATOR.exec(body)) {
    const stopAt = m.index;
    const isNewline = m[0].startsWith('\n');
    if (!isNewline && !endsSentence(body, stopAt, m.index + m[0].length)) continue;
    const end = trimEnd(body, start, m.index + m[0].length);
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  const end = trimEnd(body, start, body.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

function endsSentence(body: string, stopAt: number, next: number): boolean {
  if (body[stopAt] !== '.') return true;
  // The word before the full stop: an abbreviation or a single initial does not end a sentence.
  let i = stopAt;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1]!)) i--;
  const word = body.slice(i, stopAt).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (word.length === 1 && /\p{Lu}/u.test(body[i]!)) return false;
  // A lower-case continuation ("млн. долларов") is the same sentence.
  const following = body[next];
  return following === undefined || !/\p{Ll}/u.test(following);
}

function trimEnd(body: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(body[e - 1]!)) e--;
  return e;
}

/** Index of the span containing `offset` (or the last span starting before it). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
