/**
 * How much a term occurrence counts, from where it stands. A topic named in
 * passing sits in a menu line, a headline, a list of sectors or an official's
 * title; a topic the article reports on sits in sentences of prose.
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

interface Span {
  start: number;
  end: number;
}

interface LogicalLine extends Span {
  /** One of several short unpunctuated lines in a row: a menu, a link list, "read also" headlines. */
  listed: boolean;
  words: number;
}

interface RawLine extends Span {
  words: number;
  /** Ends with sentence or closing punctuation. */
  closed: boolean;
  startsLower: boolean;
  empty: boolean;
}

const CLOSING_CODES = new Set(['.', '!', '?', ':', ';', '。', '…', '"', "'", '”', '»', ')', ']'].map((c) => c.charCodeAt(0)));

/** Word count, closing punctuation and first-letter case of each line, in one pass. */
function rawLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const end = nl === -1 ? text.length : nl;
    let words = 0;
    let inWord = false;
    let first = -1;
    let last = -1;
    for (let i = s; i < end; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (!space) {
        if (!inWord) words++;
        if (first === -1) first = i;
        last = i;
      }
      inWord = !space;
    }
    const firstChar = first === -1 ? '' : text[first]!;
    lines.push({
      start: s,
      end,
      words,
      closed: last !== -1 && CLOSING_CODES.has(text.charCodeAt(last)),
      startsLower: firstChar !== firstChar.toUpperCase(),
      empty: first === -1,
    });
    s = end + 1;
  }
  return lines;
}

/**
 * Lines joined where prose was hard-wrapped (the next line, perhaps after a
 * blank line, continues in lowercase), so a wrapped paragraph is not mistaken
 * for a column of headlines.
 */
function logicalLines(text: string, headlineMaxWords: number): LogicalLine[] {
  const raw = rawLines(text);
  const short = raw.map((l) => !l.empty && !l.closed && l.words <= headlineMaxWords);
  const listed = short.map((isShort, i) => isShort && (short[i - 1] === true || short[i + 1] === true));
  const out: LogicalLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]!;
    const current: LogicalLine = { start: first.start, end: first.end, listed: listed[i]!, words: first.words };
    let tail = first;
    while (!current.listed && !tail.empty && !tail.closed) {
      let j = i + 1;
      while (j < raw.length && raw[j]!.empty && j - i <= 2) j++;
      const next = raw[j];
      if (!next || next.empty || listed[j]) break;
      // Across a blank line only a lowercase start continues a sentence; adjacent long lines are wrapped prose.
      const adjacent = j === i + 1;
      if (!(next.startsLower || (adjacent && tail.words >= 8 && next.words >= 8))) break;
      current.end = next.end;
      current.words += next.words;
      tail = next;
      i = j;
    }
    out.push(current);
  }
  return out;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0;
}

interface Sentences {
  starts: number[];
  ends: number[];
  separators: number[];
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0x2026; // . ! ? 。 …
}

function isListSeparator(code: number): boolean {
  return code === 44 || code === 59 || code === 0x060c || code === 0x3001; // , ; ، 、
}

/** Sentences end at . ! ? … followed by a space, and at line breaks. One pass. */
function splitSentences(text: string): Sentences {
  const out: Sentences = { starts: [0], ends: [], separators: [0] };
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 63 && code < 0x060c) continue; // letters and most symbols: nothing to decide
    let end = -1;
    if (code === 10) end = i;
    else if (isSentenceEnd(code) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) end = i + 1;
    else if (isListSeparator(code)) separators++;
    if (end !== -1) {
      out.separators[out.separators.length - 1] = separators;
      separators = 0;
      out.ends.push(end);
      out.starts.push(code === 10 ? i + 1 : end);
      out.separators.push(0);
    }
  }
  out.separators[out.separators.length - 1] = separators;
  out.ends.push(text.length);
  return out;
}

/** Index of the last span whose start is ≤ pos. */
function spanIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
  for (let i = spanIndex(cues.starts, from); i < cues.starts.length && cues.starts[i]! < to; i++) {
    if (cues.starts[i]! >= from && cues.ends[i]! <= to) return true;
  }
  return false;
}

function insideKoreanMinistryName(text: string, hit: TermHit): boolean {
  const first = text.charCodeAt(hit.start);
  if (first < 0xac00 || first > 0xd7a3) return false;
  let s = hit.start;
  while (s > 0 && text.charCodeAt(s - 1) > 32) s--;
  let e = hit.end;
  while (e < text.length && text.charCodeAt(e) > 32) e++;
  return KOREAN_MINISTRY.test(text.slice(s, e));
}

function lineWeight(text: string, line: LogicalLine, settings: ContextSettings): number {
  if (line.listed) return settings.menuLineFactor;
  const content = text.slice(line.start, line.end).trim();
  if (ATTRIBUTION_LINE.test(content)) return settings.menuLineFactor;
  if (content.length > 0 && CLOSING_CODES.has(content.charCodeAt(content.length - 1))) return 1;
  if (line.words <= settings.menuLineMaxWords) return settings.menuLineFactor;
  if (line.words <= settings.headlineMaxWords) return settings.headlineFactor;
  // A long run of words with no sentence punctuation at all is a column of links joined up.
  return SENTENCE_END.test(content) ? 1 : settings.headlineFactor;
}

/** One factor in (0, 1] per hit, same order as `hits`. */
export function contextFactors(
  text: string,
  hits: readonly TermHit[],
  markers: readonly MarkerHit[],
  topicOf: (hit: TermHit) => number,
  settings: ContextSettings,
): number[] {
  if (hits.length === 0) return [];
  const lines = logicalLines(text, settings.headlineMaxWords);
  const lineStarts = lines.map((l) => l.start);
  const lineWeights = lines.map((l) => lineWeight(text, l, settings));
  const sentences = splitSentences(text);
  const sentenceOf = hits.map((hit) => spanIndex(sentences.starts, hit.start));
  const topicsInSentence = new Map<number, Set<number>>();
  hits.forEach((hit, i) => {
    const set = topicsInSentence.get(sentenceOf[i]!) ?? new Set<number>();
    set.add(topicOf(hit));
    topicsInSentence.set(sentenceOf[i]!, set);
  });
  const cuesBefore = cuesOf(markers, (i) => i < INSTITUTION_BEFORE.length);
  const cuesAfter = cuesOf(markers, (i) => i >= INSTITUTION_BEFORE.length);
  return hits.map((hit, i) => {
    const lineFactor = lineWeights[spanIndex(lineStarts, hit.start)]!;
    const sentence = sentenceOf[i]!;
    const topics = topicsInSentence.get(sentence)!.size;
    const separators = sentences.separators[sentence]!;
    const isList = topics >= settings.listMinTopicsAlone || (topics >= settings.listMinTopics && separators >= settings.listMinCommas);
    const sentenceStart = sentences.starts[sentence]!;
    const sentenceEnd = sentences.ends[sentence]!;
    const inInstitution =
      anyCueWithin(cuesBefore, Math.max(sentenceStart, hit.start - INSTITUTION_WINDOW), hit.start) ||
      anyCueWithin(cuesAfter, hit.end, Math.min(sentenceEnd, hit.end + INSTITUTION_WINDOW)) ||
      insideKoreanMinistryName(text, hit);
    return lineFactor * (isList ? settings.listFactor : 1) * (inInstitution ? settings.institutionFactor : 1);
  });
}
