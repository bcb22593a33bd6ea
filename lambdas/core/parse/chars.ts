/**
 * Unicode character classes by table lookup. `\p{L}` regexes cost ≈5× a
 * table scan on article-sized text, and word counting and language detection
 * run on every article. The table fills lazily, one code unit at a time.
 */

export const CharClass = {
  Unknown: 0,
  Letter: 1,
  /** Marks, digits and the apostrophes/hyphens that continue a word once a letter started it. */
  WordPart: 2,
  Other: 3,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const table = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const WORD_PART = /[\p{M}\p{N}'’-]/u;

function classify(char: string): CharClass {
  if (LETTER.test(char)) return CharClass.Letter;
  return WORD_PART.test(char) ? CharClass.WordPart : CharClass.Other;
}

/** Class of the character at `index`; astral characters are classified by their full code point. */
export function charClassAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)!;
    return point > 0xffff ? classify(String.fromCodePoint(point)) : CharClass.Other;
  }
  let known = table[code] as CharClass;
  if (known === CharClass.Unknown) {
    known = classify(String.fromCharCode(code));
    table[code] = known;
  }
  return known;
}

/**
 * Calls `onWord(start, end)` for each run matching `\p{L}[\p{L}\p{M}\p{N}'’-]*`
 * (the project's definition of a word), without a regex.
 */
export function forEachWord(text: string, onWord: (start: number, end: number) => void, limit = text.length): void {
  let start = -1;
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      kind = charClassAt(text, i);
      i++; // the low half of the pair belongs to this character
    } else {
      kind = table[code]!;
      if (kind === CharClass.Unknown) kind = charClassAt(text, i);
    }
    if (kind === CharClass.Letter) {
      if (start < 0) start = code >= 0xd800 && code <= 0xdbff ? i - 1 : i;
    } else if (kind !== CharClass.WordPart && start >= 0) {
      onWord(start, code >= 0xd800 && code <= 0xdbff ? i - 1 : i);
      start = -1;
    }
  }
  if (start >= 0) onWord(start, end);
}

/** Class of a BMP code unit that is not a high surrogate (those need `charClassAt` with the text). */
export function charClassOfUnit(code: number): CharClass {
  const known = table[code] as CharClass;
  return known === CharClass.Unknown ? charClassAt(String.fromCharCode(code), 0) : known;
}

/** The number of words `forEachWord` reports, in a loop of its own: it runs over every body. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      kind = charClassAt(text, i);
      i++; // the low half of the pair belongs to this character
    } else {
      kind = table[code]!;
      if (kind === CharClass.Unknown) kind = charClassAt(text, i);
    }
    if (kind === CharClass.Letter) {
      if (!inWord) count++;
      inWord = true;
    } else if (kind !== CharClass.WordPart) {
      inWord = false;
    }
  }
  return count;
}
