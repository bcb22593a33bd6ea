/**
 * Text normalization shared by every parser. The normalized paragraphs are
 * what offsets and the content hash refer to, so every format must produce
 * them the same way.
 */

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

/** True when `normalizeInline` would return the text unchanged. */
function isClean(text: string): boolean {
  if (text.length === 0) return true;
  if (spaceKind(text.charCodeAt(0)) !== KEEP || spaceKind(text.charCodeAt(text.length - 1)) !== KEEP) return false;
  let previousSpace = false;
  for (let i = 1; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) {
      previousSpace = false;
      continue;
    }
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    if (spaceKind(code) !== KEEP) return false;
    previousSpace = false;
  }
  return true;
}

/** NFC for a list of strings, paying for one ICU call when they are already composed (the usual case). */
export function toNfc(strings: string[]): string[] {
  const joined = strings.join('\n');
  return joined.normalize('NFC') === joined ? strings : strings.map((text) => normalizeInline(text.normalize('NFC')));
}

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
 * Splits plain text into paragraphs: on blank lines when the text has any
 * (lines inside a paragraph are hard wraps), otherwise on every line break.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const hasBlankLine = lines.some((line, index) => index > 0 && index < lines.length - 1 && line.trim() === '');
  if (!hasBlankLine) return lines;
  return text.split(/\n(?:[ \t]*\n)+/).map((block) => block.replace(/\n/g, ' '));
}
