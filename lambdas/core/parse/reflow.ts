/**
 * Paragraphs from the lines of one block of plain text. Hard-wrapped prose
 * (lines cut near a common width, sentences running on to the next line) is
 * joined back into paragraphs; short-line structures (a title, headings,
 * bullet and numbered lists, menus of short items, tables, verse) keep one
 * paragraph per line. One pass over the lines: each break is decided from
 * the two lines beside it and the block's common width.
 */

/** Below this common width short lines are structure (menus, verse), not wrapped prose. */
const MIN_WRAP_WIDTH = 30;
/** Above it lines are whole paragraphs: editors and mail clients wrap well below. */
const MAX_WRAP_WIDTH = 130;
/** A line at least this share of the common width was cut by the wrap, not by its author. */
const FULL_LINE = 0.7;
/** Lengths are counted into buckets up to here; longer lines count as this long. */
const LENGTH_CAP = 512;

// "- item", "• item", "* item", "1. item", "2) item", "a) item".
const LIST_ITEM = /^(?:[-*•·▪●◦‣–—]\s|\d{1,3}[.)]\s|\(?\p{Ll}\)\s)/u;
// Sentence end, allowing a closing quote or bracket after the mark.
const TERMINAL = /[.!?…。！？][\])"'»”’]?$/u;
const HYPHEN_BREAK = /\p{L}-$/u;
const STARTS_LOWER = /^[("«“'‘]?\p{Ll}/u;
const STARTS_UPPER = /^[("«“'‘]?\p{Lu}/u;

interface Line {
  text: string;
  structure: boolean;
  terminal: boolean;
  hyphen: boolean;
  lower: boolean;
  upper: boolean;
}

function describe(text: string): Line {
  return {
    text,
    structure: LIST_ITEM.test(text) || isTableRow(text),
    terminal: TERMINAL.test(text),
    hyphen: HYPHEN_BREAK.test(text),
    lower: STARTS_LOWER.test(text),
    upper: STARTS_UPPER.test(text),
  };
}

function isTableRow(text: string): boolean {
  const first = text.indexOf('|');
  return first >= 0 && text.indexOf('|', first + 1) >= 0;
}

/**
 * The width most lines of the block reach: the length that a fifth of the
 * lines exceed (counting sort, so linear). A single long title does not set it.
 */
function commonWidth(lines: readonly string[]): number {
  const counts = new Uint32Array(LENGTH_CAP + 1);
  for (const line of lines) counts[Math.min(line.length, LENGTH_CAP)]!++;
  let above = 0;
  const allowed = Math.floor(lines.length / 5);
  for (let length = LENGTH_CAP; length > 0; length--) {
    above += counts[length]!;
    if (above > allowed) return length;
  }
  return 0;
}

/**
 * True when the lines look cut at a common width: enough of them, a width
 * in the range editors wrap at, and most lines but the last near it.
 */
function looksWrapped(lines: readonly string[], width: number): boolean {
  if (lines.length < 3 || width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  let full = 0;
  for (let i = 0; i < lines.length - 1; i++) if (lines[i]!.length >= FULL_LINE * width) full++;
  return full * 2 >= lines.length - 1;
}

/**
 * `lines`: the normalized, non-empty lines of one block. `wrapped`: the
 * caller knows the block is one paragraph's worth of wrapped lines (blocks
 * between blank lines); otherwise the block's shape decides. `titleFirst`:
 * the block's first line is the article's first line, which a headline holds.
 */
export function reflowLines(lines: readonly string[], wrapped: boolean, titleFirst: boolean): string[] {
  if (lines.length === 0) return [];
  const width = commonWidth(lines);
  const prose = wrapped || looksWrapped(lines, width);
  const paragraphs: string[] = [];
  let current = lines[0]!;
  let prev = describe(lines[0]!);
  let next = lines.length > 1 ? describe(lines[1]!) : undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = next!;
    next = i + 1 < lines.length ? describe(lines[i + 1]!) : undefined;
    const join = joins(prev, line, next, width, prose, titleFirst && i === 1);
    if (join === NO_SPACE) current += line.text;
    else if (join === SPACE) current += ' ' + line.text;
    else {
      paragraphs.push(current);
      current = line.text;
    }
    prev = line;
  }
  paragraphs.push(current);
  return paragraphs;
}

const BREAK = 0;
const SPACE = 1;
const NO_SPACE = 2;

function joins(prev: Line, line: Line, after: Line | undefined, width: number, prose: boolean, afterTitle: boolean): number {
  if (line.structure) return BREAK;
  // "inter-\nnational", "Uzbek-\nKorean": the hyphen stays, a compound is the commoner case.
  if (prev.hyphen && line.lower) return NO_SPACE;
  const continues = line.lower && !prev.terminal;
  // A sentence running on from a line of some length; short lines (verse, menus) keep their breaks.
  const runsOn = continues && !prev.structure && prev.text.length >= MIN_WRAP_WIDTH;
  // A headline is followed by its lead: only a lowercase run-on joins it.
  if (afterTitle) return (prose ? continues : runsOn) ? SPACE : BREAK;
  if (!prose) return runsOn ? SPACE : BREAK;
  if (prev.text.length < FULL_LINE * width) {
    // A short line ends a paragraph, a heading or a menu item, unless the sentence visibly runs on.
    return continues && prev.text.length >= 0.4 * width ? SPACE : BREAK;
  }
  // A run of short capitalized items after a full line is a menu or a list, not the sentence's end.
  if (isShortItem(line, width) && after !== undefined && isShortItem(after, width)) return BREAK;
  return SPACE;
}

function isShortItem(line: Line, width: number): boolean {
  return !line.terminal && !line.lower && line.text.length < 0.5 * width;
}
