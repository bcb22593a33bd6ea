/**
 * Finds taxonomy terms in text: one Aho–Corasick pass per script the text
 * holds, then the Unicode word-boundary test each term's match mode asks for,
 * then assembly of gapped phrases (`сельск* хозяйств*`) from their words.
 *
 * Hot path: raw automaton matches land in reused typed arrays; an object is
 * made only for a match that passes its boundary test.
 */
import { isWordCodeUnit, normalizeCodeUnit, normalizeForMatch, type CompiledTerm } from '../../taxonomy';
import { AhoCorasick, MatchBuffer } from './aho-corasick';

export interface TermHit {
  termIndex: number;
  start: number;
  /** Exclusive; a stem match extends to the end of the word it starts. */
  end: number;
}

/** An occurrence of a marker string (matched anywhere, no word boundaries). */
export interface MarkerHit {
  markerIndex: number;
  start: number;
  end: number;
}

export interface ScanResult {
  hits: TermHit[];
  markers: MarkerHit[];
}

interface PartHit {
  /** End of the matched word (stem run on to the word's end). */
  wordEnd: number;
  partId: number;
}

// What one automaton pattern stands for; a pattern may stand for several things.
const USE_WORD = 0;
const USE_PREFIX = 1;
const USE_ANYWHERE = 2;
const USE_PART = 3;
const USE_MARKER = 4;

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const SCRIPTS = [
  { name: 'latin', present: /[A-Za-z\u00C0-\u024F]/ },
  { name: 'cyrillic', present: CYRILLIC },
  { name: 'hangul', present: HANGUL },
] as const;

function scriptOf(pattern: string): string {
  if (HANGUL.test(pattern)) return 'hangul';
  if (CYRILLIC.test(pattern)) return 'cyrillic';
  return 'latin';
}

/**
 * Latin terms hold no Cyrillic or Hangul, so none can match across those
 * letters: the Latin automaton need only walk the stretches between them that
 * hold a Latin letter (the English names in a Russian or Korean article).
 * Native regex searches find those stretches.
 */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const NOT_LATIN_SCRIPT = /[\u0400-\u04FF\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/g;

function isNotLatinScript(code: number): boolean {
  return (code >= 0x0400 && code <= 0x04ff) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7a3);
}

function wordEndFrom(text: string, index: number): number {
  let i = index;
  while (i < text.length && isWordCodeUnit(text.charCodeAt(i))) i++;
  return i;
}

/** One script's patterns; its automaton is built on the first text that holds the script. */
class ScriptAutomaton {
  private automaton: AhoCorasick | undefined;
  constructor(
    readonly name: string,
    /** All the matcher's patterns; this script's are those `globalIndex` lists. */
    private readonly patterns: readonly string[],
    /** Local pattern index → matcher-wide pattern index. */
    readonly globalIndex: Int32Array,
    readonly present: RegExp,
  ) {}

  get built(): AhoCorasick {
    return (this.automaton ??= new AhoCorasick(Array.from(this.globalIndex, (i) => this.patterns[i]!), normalizeCodeUnit));
  }
}

/**
 * Everything the matcher is built from, as plain arrays (JSON-safe): what a
 * bundle embeds so the matcher loads by copying arrays instead of compiling
 * the taxonomy at import (see classify/tables.ts and lib/bundling.ts).
 */
export interface TermMatcherData {
  /** Distinct automaton patterns, normalized. */
  patterns: string[];
  /** Uses of pattern p: useKind/useValue[useStart[p] .. useStart[p + 1]). */
  useStart: number[];
  useKind: number[];
  useValue: number[];
  /** Length of each pattern. */
  patternLengths: number[];
  /** Per distinct phrase word: 1 when it is a stem. */
  partStem: number[];
  /** Per gapped phrase, in term order: [termIndex, ...partIds]. */
  phrases: number[][];
  /** Per script with patterns, in SCRIPTS order: the matcher-wide indexes of its patterns. */
  scripts: { name: string; patterns: number[] }[];
}

/** Pattern table and uses for `terms` and `markers`: the part of construction that is pure data. */
function compileMatcherData(terms: readonly CompiledTerm[], markers: readonly string[]): TermMatcherData {
  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const uses: [kind: number, value: number][][] = [];
  const use = (pattern: string, kind: number, value: number) => {
    let idx = patternIndex.get(pattern);
    if (idx === undefined) {
      idx = patterns.length;
      patterns.push(pattern);
      patternIndex.set(pattern, idx);
      uses.push([]);
    }
    uses[idx]!.push([kind, value]);
  };
  const partIds = new Map<string, number>();
  const partStem: number[] = [];
  const phrases: number[][] = [];
  terms.forEach((term, termIndex) => {
    if (!term.parts) {
      use(term.pattern, term.mode === 'anywhere' ? USE_ANYWHERE : term.mode === 'prefix' ? USE_PREFIX : USE_WORD, termIndex);
      return;
    }
    const ids = term.parts.map((part) => {
      const key = part.text + (part.stem ? '*' : '');
      let id = partIds.get(key);
      if (id === undefined) {
        id = partStem.length;
        partStem.push(part.stem ? 1 : 0);
        partIds.set(key, id);
        use(part.text, USE_PART, id);
      }
      return id;
    });
    phrases.push([termIndex, ...ids]);
  });
  markers.forEach((marker, markerIndex) => use(normalizeForMatch(marker), USE_MARKER, markerIndex));

  const useStart: number[] = [];
  const useKind: number[] = [];
  const useValue: number[] = [];
  uses.forEach((list) => {
    useStart.push(useKind.length);
    for (const [kind, value] of list) {
      useKind.push(kind);
      useValue.push(value);
    }
  });
  useStart.push(useKind.length);
  const scripts = SCRIPTS.map((script) => ({ name: script.name, patterns: patterns.map((_, i) => i).filter((i) => scriptOf(patterns[i]!) === script.name) })).filter(
    (script) => script.patterns.length > 0,
  );
  return { patterns, patternLengths: patterns.map((p) => p.length), useStart, useKind, useValue, partStem, phrases, scripts };
}

export class TermMatcher {
  /** One automaton per script, each with its own small alphabet. */
  private readonly automata: ScriptAutomaton[] = [];
  private readonly patternLengths: Int32Array;
  /** Uses of pattern p: useKind/useValue[useStart[p] .. useStart[p + 1]). */
  private readonly useStart: Int32Array;
  private readonly useKind: Uint8Array;
  private readonly useValue: Int32Array;
  /** Distinct phrase words, each 1 when it is a stem. */
  private readonly partStem: Uint8Array;
  /** For each gapped phrase: its term index and part ids in order. */
  private readonly phrasesByFirstPart = new Map<number, { termIndex: number; partIds: number[] }[]>();
  private readonly raw = new MatchBuffer();
  private readonly source: TermMatcherData;
  readonly termCount: number;

  /**
   * `markers` are extra strings found in the same pass (the classifier's
   * institution-name cues), so context checks need no second scan.
   * `data` (from `toData()` of a matcher over the same terms and markers)
   * skips compiling the pattern table; see `TermMatcher.fromData`.
   */
  constructor(terms: readonly CompiledTerm[], markers: readonly string[] = [], data?: TermMatcherData, termCount = terms.length) {
    data ??= compileMatcherData(terms, markers);
    this.termCount = termCount;
    this.source = data;
    // Runs at cold start, mostly interpreted: native typed-array copies, plain indexed loops.
    this.useStart = new Int32Array(data.useStart);
    this.useKind = new Uint8Array(data.useKind);
    this.useValue = new Int32Array(data.useValue);
    this.partStem = new Uint8Array(data.partStem);
    this.patternLengths = new Int32Array(data.patternLengths);
    const { phrases } = data;
    for (let k = 0; k < phrases.length; k++) {
      const phrase = phrases[k]!;
      const partIds = phrase.slice(1);
      const bucket = this.phrasesByFirstPart.get(partIds[0]!);
      if (bucket) bucket.push({ termIndex: phrase[0]!, partIds });
      else this.phrasesByFirstPart.set(partIds[0]!, [{ termIndex: phrase[0]!, partIds }]);
    }
    for (const { name, patterns } of data.scripts) {
      const script = SCRIPTS.find((s) => s.name === name);
      if (!script) throw new Error(`unknown script ${name} in matcher data`);
      this.automata.push(new ScriptAutomaton(name, data.patterns, new Int32Array(patterns), script.present));
    }
  }

  /** A matcher from `toData()` output: array copies, no taxonomy compilation (bundles load this way). */
  static fromData(termCount: number, data: TermMatcherData): TermMatcher {
    return new TermMatcher([], [], data, termCount);
  }

  /** The pattern table as plain arrays, for embedding in a bundle. */
  toData(): TermMatcherData {
    return this.source;
  }

  /** All hits in `text` (original casing: it is normalized while scanned), in no particular order. */
  find(text: string): TermHit[] {
    return this.scan(text).hits;
  }

  /** Term hits and marker hits in one pass per script present. */
  scan(text: string): ScanResult {
    const hits: TermHit[] = [];
    const markers: MarkerHit[] = [];
    let partsAt: Map<number, PartHit[]> | undefined;
    // Known once the Latin stretches are found: false when the whole text is free of Cyrillic and Hangul.
    let otherScripts = true;
    for (const script of this.automata) {
      const raw = this.raw;
      raw.count = 0;
      if (script.name === 'latin') otherScripts = this.scanLatin(script.built, text, raw);
      else if (otherScripts && script.present.test(text)) script.built.scanInto(text, raw);
      else continue;
      const { globalIndex } = script;
      for (let m = 0; m < raw.count; m++) {
        const pattern = globalIndex[raw.patterns[m]!]!;
        const end = raw.ends[m]!;
        const start = end - this.patternLengths[pattern]!;
        const startsWord = start === 0 || !isWordCodeUnit(text.charCodeAt(start - 1));
        // -1: not tested yet; the test is needed only after a word start.
        let endsWord = -1;
        for (let u = this.useStart[pattern]!, last = this.useStart[pattern + 1]!; u < last; u++) {
          const kind = this.useKind[u]!;
          const value = this.useValue[u]!;
          if (kind === USE_ANYWHERE) {
            hits.push({ termIndex: value, start, end });
            continue;
          }
          if (kind === USE_MARKER) {
            markers.push({ markerIndex: value, start, end });
            continue;
          }
          if (!startsWord) continue;
          if (endsWord === -1) endsWord = end === text.length || !isWordCodeUnit(text.charCodeAt(end)) ? 1 : 0;
          if (kind === USE_WORD) {
            if (endsWord === 1) hits.push({ termIndex: value, start, end });
          } else if (kind === USE_PREFIX) {
            hits.push({ termIndex: value, start, end: endsWord === 1 ? end : wordEndFrom(text, end) });
          } else {
            if (endsWord === 0 && this.partStem[value] === 0) continue;
            partsAt ??= new Map();
            const list = partsAt.get(start) ?? [];
            list.push({ partId: value, wordEnd: endsWord === 1 ? end : wordEndFrom(text, end) });
            partsAt.set(start, list);
          }
        }
      }
    }
    if (partsAt) this.assemblePhrases(text, partsAt, hits);
    return { hits, markers };
  }

  /** Scans the Latin stretches of `text`; returns whether the text may hold other scripts. */
  private scanLatin(automaton: AhoCorasick, text: string, into: MatchBuffer): boolean {
    let others = false;
    let pos = 0;
    while (pos < text.length) {
      LATIN_LETTER.lastIndex = pos;
      // No Latin letter from here on: what the rest holds is unknown.
      if (!LATIN_LETTER.test(text)) return true;
      const letter = LATIN_LETTER.lastIndex - 1;
      let from = letter;
      while (from > pos && !isNotLatinScript(text.charCodeAt(from - 1))) from--;
      if (from > pos) others = true;
      NOT_LATIN_SCRIPT.lastIndex = letter;
      const to = NOT_LATIN_SCRIPT.test(text) ? NOT_LATIN_SCRIPT.lastIndex - 1 : text.length;
      automaton.scanInto(text, into, from, to);
      if (to === text.length) break;
      others = true;
      pos = to + 1;
    }
    return others;
  }

  private assemblePhrases(text: string, partsAt: Map<number, PartHit[]>, hits: TermHit[]): void {
    for (const [start, firstHits] of partsAt) {
      for (const first of firstHits) {
        for (const phrase of this.phrasesByFirstPart.get(first.partId) ?? []) {
          let end = first.wordEnd;
          let complete = true;
          for (let k = 1; k < phrase.partIds.length; k++) {
            // Words of a phrase are separated by exactly one space, as in the term.
            const next = text.charCodeAt(end) === 32 ? partsAt.get(end + 1)?.find((h) => h.partId === phrase.partIds[k]) : undefined;
            if (!next) {
              complete = false;
              break;
            }
            end = next.wordEnd;
          }
          if (complete) hits.push({ termIndex: phrase.termIndex, start, end });
        }
      }
    }
  }
}
