/**
 * Finds taxonomy terms in normalized text: one Aho–Corasick pass, then the
 * Unicode word-boundary test each term's match mode asks for, then assembly of
 * gapped phrases (`сельск* хозяйств*`) from their words.
 */
import { isWordCodeUnit, normalizeForMatch, NORMAL_CODE_UNITS, type CompiledTerm } from '../../taxonomy';
import { AhoCorasick } from './aho-corasick';

export interface TermHit {
  termIndex: number;
  start: number;
  /** Exclusive; a stem match extends to the end of the word it starts. */
  end: number;
}

type PatternUse = { kind: 'term'; termIndex: number } | { kind: 'part'; partId: number } | { kind: 'marker'; markerIndex: number };

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

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const SCRIPTS = [
  { name: 'hangul', present: HANGUL },
  { name: 'cyrillic', present: CYRILLIC },
  { name: 'latin', present: /[A-Za-z\u00C0-\u024F]/ },
] as const;

function scriptOf(pattern: string): string {
  if (HANGUL.test(pattern)) return 'hangul';
  if (CYRILLIC.test(pattern)) return 'cyrillic';
  return 'latin';
}

function wordEndFrom(text: string, index: number): number {
  let i = index;
  while (i < text.length && isWordCodeUnit(text.charCodeAt(i))) i++;
  return i;
}

function startsWord(text: string, start: number): boolean {
  return start === 0 || !isWordCodeUnit(text.charCodeAt(start - 1));
}

export class TermMatcher {
  /** One automaton per script, each with its own small alphabet; a text skips scripts it lacks. */
  private readonly automata: { automaton: AhoCorasick; present: RegExp; globalIndex: number[] }[] = [];
  private readonly patternLengths: number[];
  private readonly uses: PatternUse[][] = [];
  /** Distinct phrase words, each with whether it is a stem. */
  private readonly partStem: boolean[] = [];
  /** For each gapped phrase: its term index and part ids in order. */
  private readonly phrasesByFirstPart = new Map<number, { termIndex: number; partIds: number[] }[]>();

  /**
   * `markers` are extra strings found in the same pass (the classifier's
   * institution-name cues), so context checks need no second scan.
   */
  constructor(
    private readonly terms: readonly CompiledTerm[],
    markers: readonly string[] = [],
  ) {
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    const use = (pattern: string, u: PatternUse) => {
      let idx = patternIndex.get(pattern);
      if (idx === undefined) {
        idx = patterns.length;
        patterns.push(pattern);
        patternIndex.set(pattern, idx);
        this.uses.push([]);
      }
      this.uses[idx]!.push(u);
    };
    const partIds = new Map<string, number>();
    terms.forEach((term, termIndex) => {
      if (!term.parts) {
        use(term.pattern, { kind: 'term', termIndex });
        return;
      }
      const ids = term.parts.map((part) => {
        const key = part.text + (part.stem ? '*' : '');
        let id = partIds.get(key);
        if (id === undefined) {
          id = this.partStem.length;
          this.partStem.push(part.stem);
          partIds.set(key, id);
          use(part.text, { kind: 'part', partId: id });
        }
        return id;
      });
      const bucket = this.phrasesByFirstPart.get(ids[0]!) ?? [];
      bucket.push({ termIndex, partIds: ids });
      this.phrasesByFirstPart.set(ids[0]!, bucket);
    });
    markers.forEach((marker, markerIndex) => use(normalizeForMatch(marker), { kind: 'marker', markerIndex }));
    for (const script of SCRIPTS) {
      const globalIndex = patterns.map((_, i) => i).filter((i) => scriptOf(patterns[i]!) === script.name);
      if (globalIndex.length === 0) continue;
      const automaton = new AhoCorasick(globalIndex.map((i) => patterns[i]!), NORMAL_CODE_UNITS);
      this.automata.push({ automaton, present: script.present, globalIndex });
    }
    this.patternLengths = patterns.map((p) => p.length);
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** All hits in `text` (original casing: it is normalized while scanned), in no particular order. */
  find(text: string): TermHit[] {
    return this.scan(text).hits;
  }

  /** Term hits and marker hits in one pass. */
  scan(text: string): ScanResult {
    const hits: TermHit[] = [];
    const markers: MarkerHit[] = [];
    const partsAt = new Map<number, PartHit[]>();
    const lengths = this.patternLengths;
    const onMatch = (pattern: number, end: number) => {
      const start = end - lengths[pattern]!;
      for (const u of this.uses[pattern]!) {
        if (u.kind === 'term') {
          const term = this.terms[u.termIndex]!;
          if (term.mode === 'anywhere') {
            hits.push({ termIndex: u.termIndex, start, end });
          } else if (startsWord(text, start)) {
            const endsWord = end === text.length || !isWordCodeUnit(text.charCodeAt(end));
            if (term.mode === 'prefix') hits.push({ termIndex: u.termIndex, start, end: endsWord ? end : wordEndFrom(text, end) });
            else if (endsWord) hits.push({ termIndex: u.termIndex, start, end });
          }
        } else if (u.kind === 'marker') {
          markers.push({ markerIndex: u.markerIndex, start, end });
        } else if (startsWord(text, start)) {
          const endsWord = end === text.length || !isWordCodeUnit(text.charCodeAt(end));
          if (!endsWord && !this.partStem[u.partId]) continue;
          const list = partsAt.get(start) ?? [];
          list.push({ partId: u.partId, wordEnd: endsWord ? end : wordEndFrom(text, end) });
          partsAt.set(start, list);
        }
      }
    };
    for (const { automaton, present, globalIndex } of this.automata) {
      if (present.test(text)) automaton.scan(text, (local, end) => onMatch(globalIndex[local]!, end));
    }
    if (partsAt.size > 0) this.assemblePhrases(text, partsAt, hits);
    return { hits, markers };
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
