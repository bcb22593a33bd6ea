/**
 * Text normalization shared by every parser. The normalized paragraphs are
 * what offsets and the content hash refer to, so every format must produce
 * them the same way.
 */

import { reflowLines } from './reflow';

// Zero-width and invisible formatting characters that break word matching
// (ZWSP, ZWNJ, ZWJ, word joiner, BOM used mid-text, soft hyphen).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every Unicode space separator plus tabs and stray control characters.
const HORIZONTAL_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\x00-\x08\x0E-\x1F\x7F]+/g;

/**
 * No invisible characters, single spaces, trimmed; line breaks become spaces.
 * Unicode NFC is applied once per article by `toNfc` (per-paragraph calls into
 * ICU cost more than the rest of parsing). A hand-written scan: most
 * paragraphs are already clean and come back without a copy.
 */
export function normalizeInline(text: string): string {
  if (isClean(text)) return text;
  let out = '';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = spaceKind(code);
    if (kind === KEEP) {
      if (runStart < 0) {
        if (pendingSpace && out.length > 0) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += text.slice(runStart, i);
      runStart = -1;
    }
    if (kind === SPACE) pendingSpace = true;
  }
  if (runStart >= 0) {
    if (pendingSpace && out.length > 0) out += ' ';
    out += text.slice(runStart);
  }
  return out;
}

const KEEP = 0;
const SPACE = 1;
const DROP = 2;

function spaceKind(code: number): number {
  if (code > 0x20 && code < 0x7f) return KEEP;
  if (code <= 0x20 || code === 0x7f) return SPACE; // whitespace, and C0 controls as binary debris
  if (code < 0xa0) return KEEP; // C1 controls are rare; NFC and the HTML decoder leave them, so do we
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return SPACE;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) return SPACE;
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad) return DROP;
  return KEEP;
}

// Everything `spaceKind` does not keep, except the plain space (allowed once between words).
const NOT_KEPT_EXCEPT_SPACE = /[\x00-\x1F\x7F\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;

/**
 * True when `normalizeInline` would return the text unchanged. Regex and
 * `includes` scans run as native code, several times faster than a
 * charCodeAt loop, and most paragraphs pass.
 */
function isClean(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20) return false;
  return !NOT_KEPT_EXCEPT_SPACE.test(text) && !text.includes('  ');
}

/**
 * NFC for a list of strings. A code-unit scan proves most articles already
 * composed; otherwise one ICU call over the joined text decides.
 */
export function toNfc(strings: string[]): string[] {
  let known = true;
  for (let i = 0; i < strings.length && known; i++) known = isKnownNfc(strings[i]!);
  if (known) return strings;
  const joined = strings.join('\n');
  return joined.normalize('NFC') === joined ? strings : strings.map((text) => normalizeInline(text.normalize('NFC')));
}

/** `text.normalize('NFC')`, skipping the ICU call when a scan proves the text composed. */
export function nfc(text: string): string {
  return isKnownNfc(text) ? text : text.normalize('NFC');
}

/**
 * True when every code unit is a starter that NFC never changes and that
 * nothing composes with (NFC_Quick_Check=Yes, combining class 0), so the
 * whole string is in NFC. False means "ask ICU", not "not NFC". The ranges
 * are the blocks newsdrop's languages live in minus their combining marks:
 * U+0000–U+02FF, Cyrillic without U+0483–U+0489, the dash/quote/ellipsis part
 * of General Punctuation (U+2000/U+2001 decompose to U+2002/U+2003),
 * currency signs and precomposed Hangul syllables (conjoining jamo excluded).
 */
export function isKnownNfc(text: string): boolean {
  return !NOT_KNOWN_NFC.test(text);
}

const NOT_KNOWN_NFC = /[^\u0000-\u02FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\uAC00-\uD7A3]/;

/** Normalizes line endings and invisible characters but keeps line structure (for line-based parsers). */
export function normalizeLines(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(HORIZONTAL_SPACE, ' ');
}

export { countWords } from './chars';

/** Normalizes each paragraph and drops the ones left empty. */
export function cleanParagraphs(paragraphs: readonly string[]): string[] {
  const cleaned: string[] = [];
  for (const paragraph of paragraphs) {
    const text = normalizeInline(paragraph);
    if (text.length > 0) cleaned.push(text);
  }
  return cleaned;
}

const HAS_LETTER = /\p{L}/u;

export function hasLetters(text: string): boolean {
  return HAS_LETTER.test(text);
}

/**
 * Paragraphs of a plain-text article, each normalized and none empty: the
 * same as `splitParagraphs(normalizeLines(text)).map(normalizeInline)`
 * without empties. Text whose only whitespace is spaces and line feeds and
 * that holds nothing `normalizeLines` would touch (the usual upload) is cut
 * by line offsets without regexes; anything else takes that reference path.
 * `composed` tells that the paragraphs are proven to be in NFC.
 */
export function textParagraphs(text: string): { paragraphs: string[]; composed: boolean } {
  // Two native scans settle the usual upload: plain, composed, no double spaces.
  if (!NOT_SIMPLE_CHARACTER.test(text) && !DOUBLE_SPACE.test(text)) return { paragraphs: plainParagraphs(text, true), composed: true };
  if (isPlainText(text)) return { paragraphs: plainParagraphs(text, false), composed: false };
  return { paragraphs: referenceTextParagraphs(text), composed: false };
}

export function referenceTextParagraphs(text: string): string[] {
  return splitParagraphs(normalizeLines(text))
    .map(normalizeInline)
    .filter((paragraph) => paragraph.length > 0);
}

/** Printable characters, spaces and line feeds only: `normalizeLines` returns such text unchanged. */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

// Controls other than line feed, and the characters `spaceKind` turns into a space or drops.
const NOT_PLAIN = /[\x00-\x09\x0B-\x1F\x7F\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;
// Anything outside plain text that `isKnownNfc` also accepts; a double space is tested apart: two
// native scans (a class, a literal) cost less than one alternation tried at every position.
const NOT_SIMPLE_CHARACTER =
  /[^\n\x20-\x7E\u0080-\u009F\u00A1-\u00AC\u00AE-\u02FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\uAC00-\uD7A3]/;
const DOUBLE_SPACE = / {2}/;

/**
 * For plain text, blank lines are lines of spaces only. With a blank line
 * between the first and the last line, runs of non-blank lines are the
 * paragraphs (a leading or trailing blank line only adds spaces to its
 * neighbour, which normalization drops); otherwise every line is one.
 * `singleSpaced`: the text has no double space, so a paragraph whose lines
 * neither start nor end with a space only needs its line feeds turned into spaces.
 */
function plainParagraphs(text: string, singleSpaced: boolean): string[] {
  const lineStarts: number[] = [];
  const lineEnds: number[] = [];
  const blank: boolean[] = [];
  let hasBlankLine = false;
  let paddedLine = false;
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    let isBlank = true;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) !== 0x20) {
        isBlank = false;
        break;
      }
    }
    if (!isBlank && (text.charCodeAt(start) === 0x20 || text.charCodeAt(end - 1) === 0x20)) paddedLine = true;
    if (isBlank && lineStarts.length > 0 && !last) hasBlankLine = true;
    lineStarts.push(start);
    lineEnds.push(end);
    blank.push(isBlank);
    if (last) break;
    start = end + 1;
  }
  const ready = singleSpaced && !paddedLine;
  const paragraphs: string[] = [];
  let block: string[] = [];
  let titleFirst = true;
  const flush = () => {
    if (block.length === 0) return;
    for (const paragraph of reflowLines(block, hasBlankLine, titleFirst)) paragraphs.push(paragraph);
    titleFirst = false;
    block = [];
  };
  for (let line = 0; line < lineStarts.length; line++) {
    if (blank[line]) {
      if (hasBlankLine) flush();
      continue;
    }
    const slice = text.slice(lineStarts[line]!, lineEnds[line]!);
    const normalized = ready ? slice : normalizeInline(slice);
    if (normalized.length > 0) block.push(normalized);
  }
  flush();
  return paragraphs;
}

/**
 * Splits plain text into paragraphs: blank lines separate blocks, and inside
 * a block (the whole text when it has no blank line) hard-wrapped lines are
 * joined while short-line structures stay one paragraph per line (`reflowLines`).
 * `firstLineIsTitle`: false when the text is a body whose title is stated apart (JSON).
 */
export function splitParagraphs(text: string, firstLineIsTitle = true): string[] {
  const lines = text.split('\n');
  const hasBlankLine = lines.some((line, index) => index > 0 && index < lines.length - 1 && line.trim() === '');
  const blocks = hasBlankLine ? text.split(/\n(?:[ \t]*\n)+/) : [text];
  const paragraphs: string[] = [];
  let titleFirst = firstLineIsTitle;
  for (const block of blocks) {
    const blockLines = block
      .split('\n')
      .map(normalizeInline)
      .filter((line) => line.length > 0);
    if (blockLines.length === 0) continue;
    for (const paragraph of reflowLines(blockLines, hasBlankLine, titleFirst)) paragraphs.push(paragraph);
    titleFirst = false;
  }
  return paragraphs;
}
