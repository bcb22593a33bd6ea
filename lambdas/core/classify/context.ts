/**
 * How much a term occurrence counts, from where it stands. A topic named in
 * passing sits in a menu line, a headline, a list of sectors or an official's
 * title; a topic the article reports on sits in sentences of prose.
 *
 * Lines and sentences are examined lazily, only around hits: line starts come
 * from one native newline search, and each line's shape is computed once, the
 * first time a hit (or a hit's neighbour line) needs it.
 */
import type { MarkerHit, TermHit } from './term-matcher';

export interface ContextSettings {
  /** Lines of at most this many words without closing punctuation read as menu items or captions. */
  menuLineMaxWords: number;
  menuLineFactor: number;
  /** Longer lines without closing punctuation read as headlines. */
  headlineMaxWords: number;
  headlineFactor: number;
  /** A sentence naming this many topics, separated by commas, is an enumeration of sectors. */
  listMinTopics: number;
  listMinCommas: number;
  /** ...and one naming this many topics is one whatever its punctuation. */
  listMinTopicsAlone: number;
  listFactor: number;
  /** Factor for a term inside an institution's name ("Ministry of Energy"). */
  institutionFactor: number;
}

// Words that open (en, ru) or close (uz: "...savdo vazirligi") an institution's name.
export const INSTITUTION_BEFORE: readonly string[] = ['ministry of', 'minister of', 'ministry for', 'ministries of', 'committee for', 'committee on', 'agency for', 'министерств', 'министр ', 'министра ', 'комитет', 'агентств'];
export const INSTITUTION_AFTER: readonly string[] = ['vazirlig', 'vaziri', "qo'mitasi", 'agentligi', 'вазирлиг', 'вазири', 'қўмитаси', 'агентлиги', 'министерств'];
/** Marker strings for the term matcher: "before" cues first, then "after" cues. */
export const INSTITUTION_MARKERS: readonly string[] = [...INSTITUTION_BEFORE, ...INSTITUTION_AFTER];
const INSTITUTION_WINDOW = 40;
// Korean ministry names are single compounds ending in 부 (문화체육관광부, 산업통상자원부).
const KOREAN_MINISTRY = /^[\uAC00-\uD7A3]{3,}부(?:는|가|의|와|과|를|에서|도|)$/;

// Source credits, photo captions and reprint notes name institutions, not the story.
const ATTRIBUTION_LINE = /^(?:※|©|\(c\)|source:|photo:|image source|источник:|фото:|фото пресс-службы|manba:|манба:|출처|사진=|저작권자|copyright)/i;

const SENTENCE_END = /[.!?。…]/;

function isClosing(code: number): boolean {
  // . ! ? : ; 。 … " ' ” » ) ]
  return (
    code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 0x3002 || code === 0x2026 ||
    code === 34 || code === 39 || code === 0x201d || code === 0xbb || code === 41 || code === 93
  );
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0;
}

function isListSeparator(code: number): boolean {
  // , ; ، 、 and the bullets Korean and Uzbek outlets set items apart with: Δ ▲ · • ∙
  return code === 44 || code === 59 || code === 0x060c || code === 0x3001 || code === 0x394 || code === 0x25b2 || code === 0xb7 || code === 0x2022 || code === 0x2219;
}

/** 1: changes under toUpperCase (a lowercase letter), 2: does not, 0: not computed yet. */
const LOWERCASE = new Uint8Array(65536);

function isLowercase(code: number): boolean {
  let known = LOWERCASE[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    LOWERCASE[code] = known = ch !== ch.toUpperCase() ? 1 : 2;
  }
  return known === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "Headline. 12": a line closed by punctuation, then a short number (views, comments, a page). */
function closedBeforeCounter(text: string, start: number, last: number): boolean {
  let i = last;
  while (i >= start && last - i < 4 && isDigit(text.charCodeAt(i))) i--;
  if (i === last || i < start || !isSpace(text.charCodeAt(i))) return false;
  while (i >= start && isSpace(text.charCodeAt(i))) i--;
  return i >= start && isClosing(text.charCodeAt(i));
}

/**
 * Words no sentence or headline ends on: conjunctions, prepositions and
 * postpositions (en, ru, uz Latin and Cyrillic). An open line ending on one
 * runs on into the next line, however short it is.
 */
const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'that', 'between', 'including',
  'в', 'во', 'на', 'с', 'со', 'и', 'по', 'к', 'ко', 'о', 'об', 'для', 'из', 'от', 'за', 'при', 'а', 'но', 'что', 'как', 'между', 'также',
  'va', 'hamda', 'bilan', 'uchun', 'singari', 'kabi', 'orqali', 'hamda', 'yoki', 'ва', 'ҳамда', 'билан', 'учун', 'сингари', 'каби', 'орқали', 'ёки',
]);
const DANGLING_MAX = 9;

/** Two adjacent lines this long are one hard-wrapped paragraph. */
const WRAPPED_PROSE_WORDS = 8;
/** A line that wraps onto the next has at least this many words (menu items and short headings have fewer)... */
const WRAP_MIN_WORDS = 4;
/** ...and at least this many characters... */
const WRAP_MIN_CHARS = 24;
/** ...and is about as wide as the line it wraps onto (a heading above wrapped prose is narrower). */
const WRAP_WIDTH_RATIO = 0.7;

// Raw line shape flags, packed into one byte per line.
const SHAPE_KNOWN = 1;
const SHAPE_CLOSED = 2;
const SHAPE_STARTS_LOWER = 4;
const SHAPE_EMPTY = 8;
/** "Headline. 12": a link with its counter; no sentence runs on from it, yet it is a list item. */
const SHAPE_COUNTER = 16;

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * The text's raw lines (split at \n) with their shapes, and logical lines:
 * raw lines joined where prose was hard-wrapped, so a wrapped paragraph is not
 * mistaken for a column of headlines or a menu.
 *
 * Wrapped prose is decided per run, in one pass over the lines: a run is a
 * chain of lines each left open (no closing punctuation) and followed by the
 * next non-empty line; it splits where a line is too short or too narrow to
 * have wrapped (menu items, a heading above the text). A run part of two or
 * more lines is prose when one of its breaks shows a sentence going on: the
 * next line starts in lowercase, the line ends in a comma or hyphen, or a
 * sentence ends inside the line. A column of headlines or menu items has
 * none of these; it keeps the per-line rules (menu, headline).
 */
class Lines {
  // Plain arrays, not typed ones: a few dozen entries per article, and typed arrays cost more to allocate.
  readonly starts: number[] = [];
  private readonly shape: number[];
  private readonly words: number[];
  /** Raw line → first raw line of its logical line + 1 (0: not computed yet). */
  private readonly groupOf: number[];
  /** First raw line of a logical line → its weight (0: not computed yet). */
  private readonly weightOf: number[];
  /** Raw line → the next non-empty line its sentence runs on into, or -1 (undefined: links not computed yet). */
  private joinedTo: number[] | undefined;
  private readonly wordCap: number;

  constructor(
    private readonly text: string,
    private readonly settings: ContextSettings,
  ) {
    for (let s = 0; s <= text.length; ) {
      this.starts.push(s);
      const nl = text.indexOf('\n', s);
      if (nl === -1) break;
      s = nl + 1;
    }
    const count = this.starts.length;
    this.shape = new Array<number>(count).fill(0);
    this.words = new Array<number>(count).fill(-1);
    this.groupOf = new Array<number>(count).fill(0);
    this.weightOf = new Array<number>(count).fill(0);
    this.wordCap = Math.max(settings.menuLineMaxWords, settings.headlineMaxWords, WRAPPED_PROSE_WORDS, WRAP_MIN_WORDS) + 1;
  }

  get count(): number {
    return this.starts.length;
  }

  end(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
  }

  /** Emptiness, closing punctuation and first-letter case: found from the line's two ends, whatever its length. */
  private shapeOf(line: number): number {
    let shape = this.shape[line]!;
    if (shape !== 0) return shape;
    const { text } = this;
    const start = this.starts[line]!;
    let last = this.end(line) - 1;
    while (last >= start && isSpace(text.charCodeAt(last))) last--;
    shape = SHAPE_KNOWN;
    if (last < start) shape |= SHAPE_EMPTY;
    else {
      let first = start;
      while (isSpace(text.charCodeAt(first))) first++;
      if (isLowercase(text.charCodeAt(first))) shape |= SHAPE_STARTS_LOWER;
      if (isClosing(text.charCodeAt(last))) shape |= SHAPE_CLOSED;
      else if (closedBeforeCounter(text, start, last)) shape |= SHAPE_COUNTER;
    }
    this.shape[line] = shape;
    return shape;
  }

  /**
   * Words of a line, counted only when a rule needs them (closed lines mostly
   * never do) and only up to a cap above every threshold they meet (menu,
   * headline, wrapped prose): a capped sum passes a threshold exactly when the
   * true sum does.
   */
  private wordsOf(line: number): number {
    const known = this.words[line]!;
    if (known !== -1) return known;
    const { text } = this;
    const end = this.end(line);
    const cap = this.wordCap;
    let words = 0;
    let inWord = false;
    for (let i = this.starts[line]!; i < end && words < cap; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    this.words[line] = words;
    return words;
  }

  private empty(line: number): boolean {
    return (this.shapeOf(line) & SHAPE_EMPTY) !== 0;
  }

  private closed(line: number): boolean {
    return (this.shapeOf(line) & (SHAPE_CLOSED | SHAPE_COUNTER)) !== 0;
  }

  private short(line: number): boolean {
    if (line < 0 || line >= this.starts.length) return false;
    const shape = this.shapeOf(line);
    return (shape & (SHAPE_EMPTY | SHAPE_CLOSED)) === 0 && this.wordsOf(line) <= this.settings.headlineMaxWords;
  }

  /**
   * One of several short unpunctuated lines in a row: a menu, a link list,
   * "read also" headlines. A single blank line between items does not part
   * them: parsers set each line of a menu in a paragraph of its own.
   */
  private listed(line: number): boolean {
    if (!this.short(line)) return false;
    const count = this.starts.length;
    const before = line >= 1 && this.empty(line - 1) ? line - 2 : line - 1;
    const after = line + 1 < count && this.empty(line + 1) ? line + 2 : line + 1;
    return this.short(before) || this.short(after);
  }

  /** The next non-empty line after `line` if at most two blank lines lie between, else -1. */
  private nextFilled(line: number): number {
    let j = line + 1;
    while (j < this.starts.length && this.empty(j) && j - line <= 2) j++;
    return j < this.starts.length && !this.empty(j) ? j : -1;
  }

  private previousFilled(line: number): number {
    for (let p = line - 1; p >= 0 && line - p <= 3; p--) if (!this.empty(p)) return p;
    return -1;
  }

  /** Trimmed length of a line in characters. */
  private width(line: number): number {
    const { text } = this;
    let from = this.starts[line]!;
    let to = this.end(line);
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    return to - from;
  }

  /** Whether open line `tail` ends on a word no sentence ends on ("… signed between the region and"). */
  private dangling(tail: number): boolean {
    const { text } = this;
    const start = this.starts[tail]!;
    let to = this.end(tail);
    while (to > start && isSpace(text.charCodeAt(to - 1))) to--;
    let from = to;
    while (from > start && to - from <= DANGLING_MAX && !isSpace(text.charCodeAt(from - 1))) from--;
    if (from === start || to - from > DANGLING_MAX) return false;
    return DANGLING_WORDS.has(text.slice(from, to).toLowerCase());
  }

  /** Whether open line `tail` is long and wide enough to have wrapped onto `next`. */
  private canWrap(tail: number, next: number): boolean {
    const width = this.width(tail);
    return width >= WRAP_MIN_CHARS && this.wordsOf(tail) >= WRAP_MIN_WORDS && width >= WRAP_WIDTH_RATIO * this.width(next);
  }

  /** Whether the break after open line `tail` shows a sentence going on (see the class comment). */
  private showsWrap(tail: number, next: number): boolean {
    if ((this.shapeOf(next) & SHAPE_STARTS_LOWER) !== 0) return true;
    const { text } = this;
    let last = this.end(tail) - 1;
    while (last > this.starts[tail]! && isSpace(text.charCodeAt(last))) last--;
    const end = text.charCodeAt(last);
    // , - – ، 、
    if (end === 44 || end === 45 || end === 0x2013 || end === 0x060c || end === 0x3001) return true;
    // A sentence ends inside the line: a word (lowercase letters or Hangul) closed by . ! ? and a space, then more text.
    for (let i = this.starts[tail]! + 2; i < last - 1; i++) {
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && !isSpace(text.charCodeAt(i + 2))) {
        const a = text.charCodeAt(i - 1);
        const b = text.charCodeAt(i - 2);
        if ((isLowercase(a) && isLowercase(b)) || isHangul(a)) return true;
      }
    }
    return false;
  }

  /** The old per-pair rule, for runs that are not wrapped prose: a lowercase start continues a sentence; adjacent long lines are wrapped prose. */
  private joins(tail: number, next: number): boolean {
    if (this.listed(tail) || this.listed(next)) return false;
    if ((this.shapeOf(next) & SHAPE_STARTS_LOWER) !== 0) return true;
    return next === tail + 1 && this.wordsOf(tail) >= WRAPPED_PROSE_WORDS && this.wordsOf(next) >= WRAPPED_PROSE_WORDS;
  }

  /** Decides every line break once, run by run, in one pass over the lines. */
  private links(): number[] {
    if (this.joinedTo) return this.joinedTo;
    const count = this.starts.length;
    const joinedTo = new Array<number>(count).fill(-1);
    // The current run part: its lines' first and the breaks in it; `proof` once one shows a sentence going on.
    let partFirst = -1;
    let proof = false;
    const close = (partLast: number): void => {
      if (partFirst === -1) return;
      for (let l = partFirst; l !== partLast; ) {
        const n = this.nextFilled(l);
        if (proof || this.joins(l, n)) joinedTo[l] = n;
        l = n;
      }
      partFirst = -1;
      proof = false;
    };
    for (let line = 0; line < count; line++) {
      if (this.empty(line)) continue;
      if (partFirst === -1) partFirst = line;
      const next = this.closed(line) ? -1 : this.nextFilled(line);
      if (next === -1) {
        close(line);
        continue;
      }
      const dangling = this.dangling(line);
      if (!dangling && !this.canWrap(line, next)) {
        close(line);
        if (this.joins(line, next)) joinedTo[line] = next;
        continue;
      }
      if (!proof && (dangling || this.showsWrap(line, next))) proof = true;
      // The run goes on at `next`; blank lines between are skipped by the loop.
      line = next - 1;
    }
    this.joinedTo = joinedTo;
    return joinedTo;
  }

  /** Whether the line break at `pos` (a \n) falls inside a logical line. */
  softBreak(pos: number): boolean {
    const links = this.links();
    let line = this.indexOf(pos);
    if (this.empty(line)) line = this.previousFilled(line);
    if (line === -1) return false;
    const next = links[line]!;
    return next !== -1 && pos < this.starts[next]!;
  }

  /** First raw line of the logical line holding raw line `line`. */
  private groupStart(line: number): number {
    const known = this.groupOf[line]!;
    if (known !== 0) return known - 1;
    const links = this.links();
    let first = line;
    if (!this.empty(line)) {
      for (let p = this.previousFilled(first); p !== -1 && links[p] === first; p = this.previousFilled(first)) first = p;
    }
    return first;
  }

  /** Weight of the logical line holding `pos`. */
  weightAt(pos: number): number {
    const line = this.indexOf(pos);
    const first = this.groupStart(line);
    const known = this.weightOf[first]!;
    if (known !== 0) return known;
    const links = this.links();
    let last = first;
    if (!this.empty(first)) while (links[last]! !== -1) last = links[last]!;
    for (let l = first; l <= last; l++) this.groupOf[l] = first + 1;
    const weight = this.weigh(first, last);
    this.weightOf[first] = weight;
    return weight;
  }

  private weigh(first: number, last: number): number {
    const { settings } = this;
    // A lone line among short open ones is a menu item; joined lines are a sentence wrapped.
    if (first === last && this.listed(first)) return settings.menuLineFactor;
    const content = this.text.slice(this.starts[first]!, this.end(last)).trim();
    if (ATTRIBUTION_LINE.test(content)) return settings.menuLineFactor;
    if (content.length > 0 && isClosing(content.charCodeAt(content.length - 1))) return 1;
    let words = 0;
    for (let l = first; l <= last; l++) words += this.wordsOf(l);
    if (words <= settings.menuLineMaxWords) return settings.menuLineFactor;
    if (words <= settings.headlineMaxWords) return settings.headlineFactor;
    // A long run of words with no sentence punctuation at all is a column of links joined up.
    return SENTENCE_END.test(content) ? 1 : settings.headlineFactor;
  }

  /** Index of the raw line holding `pos`. */
  private indexOf(pos: number): number {
    return lastAtOrBefore(this.starts, pos);
  }
}

/** Index of the last of the ascending `starts` that is ≤ pos. */
function lastAtOrBefore(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a sentence ends: at a line break that is not inside wrapped prose
 * (the break is not in either sentence), or after . ! ? 。 … followed by a space or the end of the text.
 * A native search for the candidate characters (one character class scans far
 * faster than an alternation with a lookahead), then the follower test here.
 */
const SENTENCE_CANDIDATE = /[\n.!?\u3002\u2026]/g;

function endsSentenceAfter(text: string, index: number): boolean {
  if (index + 1 === text.length) return true;
  const next = text.charCodeAt(index + 1);
  return next <= 0x20 || next === 0xa0;
}

/** The sentence starting at `start`: its end (exclusive) and where the next one starts. */
function sentenceFrom(text: string, start: number, out: { end: number; next: number }, lines: Lines): void {
  SENTENCE_CANDIDATE.lastIndex = start;
  while (SENTENCE_CANDIDATE.test(text)) {
    const after = SENTENCE_CANDIDATE.lastIndex;
    const isBreak = text.charCodeAt(after - 1) === 10;
    // A break inside wrapped prose is a space.
    if (isBreak ? !lines.softBreak(after - 1) : endsSentenceAfter(text, after - 1)) {
      out.end = isBreak ? after - 1 : after;
      out.next = after;
      return;
    }
  }
  out.end = text.length;
  out.next = Infinity;
}

// The conjunction that closes an enumeration ("A, B, C and D") separates its last item.
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'и']);

/** List separators in a sentence: punctuation, and the conjunction closing the list if there is punctuation at all. */
function separatorsIn(text: string, from: number, to: number): number {
  let count = 0;
  let conjunction = 0;
  let wordStart = -1;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32;
    if (isListSeparator(code)) count++;
    if (isSpace(code) || isListSeparator(code)) {
      if (wordStart !== -1 && i - wordStart <= 5 && LIST_CONJUNCTIONS.has(text.slice(wordStart, i).toLowerCase())) conjunction = 1;
      wordStart = -1;
    } else if (wordStart === -1) wordStart = i;
  }
  return count > 0 ? count + conjunction : 0;
}

/** Words in [from, to): runs of non-space, non-separator characters. */
function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const gap = isSpace(code) || isListSeparator(code);
    if (!gap && !inWord) words++;
    inWord = !gap;
  }
  return words;
}

/**
 * A sentence that is a bare run of short items ("Airports, hotels, stations,
 * restaurants, guides and interpreters.") enumerates, however few of its
 * items are topics: no verb says anything about any one of them.
 */
const SHORT_RUN_MIN_SEPARATORS = 4;
const SHORT_RUN_MAX_WORDS_PER_ITEM = 2;

/**
 * Words that announce an enumeration of areas ("in areas such as A, B and C",
 * "в таких областях, как …", "A, B kabi sohalar", "A, B 등 분야"): a sentence
 * with one names its areas in passing even when they are only two or three.
 */
const ENUMERATION_INTRO = new RegExp(
  [
    '\\bsuch as\\b', '\\bin (?:the )?(?:fields|areas|spheres|sectors) of\\b', '\\branging from\\b',
    '(?<!\\p{L})так(?:их|ие|ими|ой|ая|ое)(?: \\p{L}+)?,? как(?!\\p{L})',
    '(?<!\\p{L})в (?:сферах|областях|отраслях)(?!\\p{L})',
    '(?<!\\p{L})(?:kabi|каби)(?!\\p{L})', '(?<!\\p{L})(?:sohalar|соҳалар|yo\'nalishlar|йўналишлар)',
    '\\s등(?=[\\s의을이에과도])', '비롯(?:해|한)',
  ].join('|'),
  'iu',
);

/**
 * Uzbek verbal nouns, the head of a clause ("zaxiralarini geologik qidirish",
 * "texnoparkini barpo etish", "tizimlarini rivojlantirishda"): -(i)sh with its
 * case or possessive ending, in both scripts. Uzbek puts the verb last.
 */
const UZBEK_VERBAL_NOUN = /(?:sh|ш)(?:i|ni|da|ga|dan|ida|ini|iga|idan|и|ни|да|га|дан|ида|ини|ига|идан)?$/;
const CLAUSE_ITEM_MIN_WORDS = 3;

/**
 * The enumeration item a hit stands in (between the separators around it)
 * is a clause of its own: three or more words closed by a separator, the
 * last one a verbal noun.
 * Uzbek lists concrete projects this way ("A ni qurish, B ni ishlab chiqarish,
 * C ni barpo etish masalalari muhokama qilindi"); a list of sectors names
 * bare nouns ("energetika, transport va turizm sohalarida").
 */
function inClauseItem(text: string, hit: TermHit, from: number, to: number): boolean {
  let s = hit.start;
  while (s > from && !isListSeparator(text.charCodeAt(s - 1))) s--;
  let e = hit.end;
  while (e < to && !isListSeparator(text.charCodeAt(e))) e++;
  // The last item runs on to the sentence's own verb: only an item closed by a separator is judged.
  if (e >= to) return false;
  let last = e;
  while (last > s && isSpace(text.charCodeAt(last - 1))) last--;
  let words = 0;
  let inWord = false;
  for (let i = s; i < last; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= CLAUSE_ITEM_MIN_WORDS && UZBEK_VERBAL_NOUN.test(text.slice(Math.max(s, last - 6), last).toLowerCase());
}

/** Where institution cues occur: parallel arrays sorted by start. */
interface Cues {
  starts: number[];
  ends: number[];
}

function cuesOf(markers: readonly MarkerHit[], kind: (markerIndex: number) => boolean): Cues {
  const picked = markers.filter((m) => kind(m.markerIndex)).sort((a, b) => a.start - b.start);
  return { starts: picked.map((m) => m.start), ends: picked.map((m) => m.end) };
}

function anyCueWithin(cues: Cues, from: number, to: number): boolean {
  if (cues.starts.length === 0 || from >= to) return false;
  for (let i = lastAtOrBefore(cues.starts, from); i < cues.starts.length && cues.starts[i]! < to; i++) {
    if (cues.starts[i]! >= from && cues.ends[i]! <= to) return true;
  }
  return false;
}

const KOREAN_MINISTRY_SUFFIX = 0xbd80; // 부

function insideKoreanMinistryName(text: string, hit: TermHit): boolean {
  const first = text.charCodeAt(hit.start);
  if (first < 0xac00 || first > 0xd7a3) return false;
  // Only a word holding 부 can be a ministry's name: the regex runs on those alone.
  let suffix = false;
  let s = hit.start;
  while (s > 0 && text.charCodeAt(s - 1) > 32) if (text.charCodeAt(--s) === KOREAN_MINISTRY_SUFFIX) suffix = true;
  let e = hit.start;
  for (; e < text.length && text.charCodeAt(e) > 32; e++) if (text.charCodeAt(e) === KOREAN_MINISTRY_SUFFIX) suffix = true;
  return suffix && KOREAN_MINISTRY.test(text.slice(s, Math.max(e, hit.end)));
}

/** Middle dots that join the items of an enumeration: · ㆍ ・ */
function isMiddleDot(code: number): boolean {
  return code === 0xb7 || code === 0x318d || code === 0x30fb;
}

const ENUMERATION_WINDOW = 24;

/**
 * A term set directly against a middle dot in a run of three or more items
 * ("보건·제약·화학·교육 등"): one item of an enumeration of fields, however few
 * of the items are topics. Two items ("에너지·자원") are often one compound name.
 */
function inDotEnumeration(text: string, hit: TermHit, from: number, to: number): boolean {
  const before = hit.start > from ? text.charCodeAt(hit.start - 1) : 0;
  const after = hit.end < to ? text.charCodeAt(hit.end) : 0;
  if (!isMiddleDot(before) && !isMiddleDot(after)) return false;
  let dots = 0;
  const lo = Math.max(from, hit.start - ENUMERATION_WINDOW);
  const hi = Math.min(to, hit.end + ENUMERATION_WINDOW);
  for (let i = lo; i < hi; i++) if (isMiddleDot(text.charCodeAt(i))) dots++;
  return dots >= 2;
}

/** Per hit, same order as the hits: its context factor and the span of its sentence. */
export interface HitContext {
  factors: number[];
  sentenceStarts: number[];
  sentenceEnds: number[];
}

/**
 * One factor in (0, 1] per hit, same order as `hits`, which must be sorted by
 * start (the classifier sorts them when it drops contained hits).
 */
export function contextFactors(
  text: string,
  hits: readonly TermHit[],
  markers: readonly MarkerHit[],
  topicOf: (hit: TermHit) => number,
  settings: ContextSettings,
): HitContext {
  if (hits.length === 0) return { factors: [], sentenceStarts: [], sentenceEnds: [] };
  const lines = new Lines(text, settings);
  // Hits sorted by start share a sentence in runs: each hit's sentence span and distinct topics in it.
  // Sentences are walked forward from the text start, so each boundary is found once.
  const sentenceStarts = new Array<number>(hits.length);
  const sentenceEnds = new Array<number>(hits.length);
  const topicCount = new Array<number>(hits.length);
  /** Topic → the run (index of its first hit) that last counted it. */
  const countedInRun: number[] = [];
  const sentence = { end: -1, next: 0 };
  let start = 0;
  let runStart = 0;
  let topics = 0;
  for (let i = 0; i < hits.length; i++) {
    const pos = hits[i]!.start;
    if (i === 0 || pos >= sentence.next) {
      for (let k = runStart; k < i; k++) topicCount[k] = topics;
      topics = 0;
      runStart = i;
      if (i > 0) start = sentence.next;
      for (sentenceFrom(text, start, sentence, lines); pos >= sentence.next; sentenceFrom(text, start, sentence, lines)) start = sentence.next;
    }
    sentenceStarts[i] = start;
    sentenceEnds[i] = sentence.end;
    const topic = topicOf(hits[i]!);
    // Cue words (negative topic index) are no topic: they never make a sentence a list of sectors.
    if (topic >= 0 && countedInRun[topic] !== runStart + 1) {
      countedInRun[topic] = runStart + 1;
      topics++;
    }
  }
  for (let k = runStart; k < hits.length; k++) topicCount[k] = topics;

  const cuesBefore = cuesOf(markers, (i) => i < INSTITUTION_BEFORE.length);
  const cuesAfter = cuesOf(markers, (i) => i >= INSTITUTION_BEFORE.length);
  const factors = new Array<number>(hits.length);
  let separators = 0;
  let separatorsOf = -1; // sentence start `separators` was counted for
  let intro = false;
  let introOf = -1; // sentence start `intro` was decided for
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const sentenceFrom = sentenceStarts[i]!;
    const sentenceTo = sentenceEnds[i]!;
    const topics = topicCount[i]!;
    let isList = topics >= settings.listMinTopicsAlone;
    if (!isList && topics >= settings.listMinTopics) {
      if (separatorsOf !== sentenceFrom) {
        separators = separatorsIn(text, sentenceFrom, sentenceTo);
        separatorsOf = sentenceFrom;
      }
      isList = separators >= settings.listMinCommas;
    }
    if (!isList && topics >= 2) {
      if (separatorsOf !== sentenceFrom) {
        separators = separatorsIn(text, sentenceFrom, sentenceTo);
        separatorsOf = sentenceFrom;
      }
      if (separators >= SHORT_RUN_MIN_SEPARATORS && wordsIn(text, sentenceFrom, sentenceTo) <= SHORT_RUN_MAX_WORDS_PER_ITEM * (separators + 1)) {
        isList = true;
      } else if (separators >= 2) {
        if (introOf !== sentenceFrom) {
          intro = ENUMERATION_INTRO.test(text.slice(sentenceFrom, sentenceTo));
          introOf = sentenceFrom;
        }
        isList = intro;
      }
    }
    const inInstitution =
      anyCueWithin(cuesBefore, Math.max(sentenceFrom, hit.start - INSTITUTION_WINDOW), hit.start) ||
      anyCueWithin(cuesAfter, hit.end, Math.min(sentenceTo, hit.end + INSTITUTION_WINDOW)) ||
      insideKoreanMinistryName(text, hit);
    if (isList && inClauseItem(text, hit, sentenceFrom, sentenceTo)) isList = false;
    if (!isList) isList = inDotEnumeration(text, hit, sentenceFrom, sentenceTo);
    factors[i] = lines.weightAt(hit.start) * (isList ? settings.listFactor : 1) * (inInstitution ? settings.institutionFactor : 1);
  }
  return { factors, sentenceStarts, sentenceEnds };
}
