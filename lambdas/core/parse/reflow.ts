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
/** Lines up to this multiple of the common width still show where the wrap cuts. */
const WRAP_OVERSHOOT = 1.25;
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
 * in the range editors wrap at, most lines but the last near it, and most
 * of them ending mid-sentence (a paragraph per line ends each line with a
 * sentence, however even the lengths).
 */
function looksWrapped(lines: readonly string[], width: number): boolean {
  if (lines.length < 3 || width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  let full = 0;
  let sentenceEnds = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.length >= FULL_LINE * width) full++;
    if (TERMINAL.test(lines[i]!)) sentenceEnds++;
  }
  return full * 2 >= lines.length - 1 && sentenceEnds * 2 < lines.length - 1;
}

/**
 * `lines`: the normalized, non-empty lines of one block. `betweenBlankLines`:
 * the text separates paragraphs by blank lines, so the block is one
 * paragraph; otherwise (the whole text is one block) its shape decides. `titleFirst`:
 * the block's first line is the article's first line, which a headline holds.
 */
export function reflowLines(lines: readonly string[], betweenBlankLines: boolean, titleFirst: boolean): string[] {
  if (lines.length === 0) return [];
  // Between blank lines the author marked the paragraph: its lines are all one (measured: splitting
  // lists out of such blocks cost topic CV without helping enrichment).
  if (betweenBlankLines) return [lines.join(' ')];
  const width = commonWidth(lines);
  const prose = looksWrapped(lines, width);
  const room = prose ? wrapLimit(lines, width) : 0;
  const paragraphs: string[] = [];
  let current = lines[0]!;
  let prev = describe(lines[0]!);
  let next = lines.length > 1 ? describe(lines[1]!) : undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = next!;
    next = i + 1 < lines.length ? describe(lines[i + 1]!) : undefined;
    const join = joins(prev, line, next, width, room, prose, titleFirst && i === 1);
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

function joins(
  prev: Line,
  line: Line,
  after: Line | undefined,
  width: number,
  room: number,
  prose: boolean,
  afterTitle: boolean,
): number {
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
  // A sentence ends and the next line's first word would have fitted: the author broke here, not the wrap.
  if (prev.terminal && prev.text.length + 1 + firstWordLength(line.text) <= room) return BREAK;
  // A run of short capitalized items after a full line is a menu or a list, not the sentence's end.
  if (isShortItem(line, width) && after !== undefined && isShortItem(after, width)) return BREAK;
  return SPACE;
}

/** The longest wrapped line: the wrap width is at least this. Lines far over the common width (a long title) do not count. */
function wrapLimit(lines: readonly string[], width: number): number {
  let limit = 0;
  for (const line of lines) if (line.length <= WRAP_OVERSHOOT * width && line.length > limit) limit = line.length;
  return limit;
}

function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space < 0 ? text.length : space;
}

function isShortItem(line: Line, width: number): boolean {
  return !line.terminal && !line.lower && line.text.length < 0.5 * width;
}
