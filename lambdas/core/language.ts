/**
 * Language detection by Unicode script counts plus a few word and letter hints
 * (design.md: ≈40 µs per body, versus ≈1.7 ms for franc-min). Only the
 * languages the taxonomy has terms for are told apart; everything else is
 * 'other'.
 */
import { CharClass, charClassAt, charClassOfUnit } from './parse/chars';
import type { Language } from './types';

/** Enough text to decide; keeps detection O(1) on long bodies. */
const SAMPLE_CHARS = 4000;
/** Word hints need less text than script counts. */
const WORD_SAMPLE_CHARS = 1000;
/** Every hint word is shorter; longer words are not even lower-cased. */
const MAX_HINT_WORD = 16;

const UZBEK_CYRILLIC_WORDS = new Set([
  'ва', 'билан', 'учун', 'бўйича', 'ҳам', 'ҳамда', 'бу', 'эса', 'йил', 'йилда', 'йилнинг', 'ўзбекистон',
  'ўзбекистонда', 'республикаси', 'орқали', 'кўра', 'тўғрисида', 'бўлади', 'бўлган', 'қилди', 'этди',
  'мамлакат', 'мамлакатимиз', 'янги', 'давлат', 'бир', 'лойиҳа', 'лойиҳалар', 'керак', 'ҳамкорлик',
]);
const RUSSIAN_WORDS = new Set([
  'и', 'в', 'во', 'на', 'не', 'что', 'с', 'со', 'по', 'для', 'из', 'это', 'как', 'году', 'также', 'его', 'был',
  'была', 'были', 'от', 'к', 'о', 'об', 'за', 'при', 'же', 'или', 'который', 'которые', 'года',
]);

const UZBEK_LATIN_WORDS = new Set([
  'va', 'bilan', 'uchun', "bo'yicha", 'yil', 'yilda', 'yilning', "o'zbekiston", "o'zbekistonda", 'respublikasi',
  'ham', 'hamda', 'esa', 'orqali', "ko'ra", 'tomonidan', 'mumkin', 'kerak', 'yangi', 'davlat', "bo'ldi",
  "bo'lgan", "bo'ladi", 'qilish', 'qildi', 'etdi', 'mamlakat', 'mamlakatimiz', 'loyiha', 'loyihalar',
  'hamkorlik', "qishloq", "xo'jaligi", 'shuningdek', 'bu', 'bir', 'ushbu', 'haqida', 'mazkur',
]);
const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'with', 'that', 'was', 'by', 'as', 'at', 'from', 'are',
  'will', 'its', 'has', 'have', 'be', 'this', 'an', 'said', 'which', 'were', 'new', 'their', 'also',
]);
// Frequent function words of other Latin-script languages (German, French, Spanish, Italian, Portuguese, Turkish).
const OTHER_LATIN_WORDS = new Set([
  'der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich',
  'le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'pour', 'dans', 'qui', 'sur', 'pas', 'avec', 'au',
  'el', 'los', 'las', 'y', 'que', 'en', 'es', 'por', 'una', 'del', 'con', 'para', 'se', 'lo', 'como',
  'il', 'di', 'che', 'non', 'per', 'della', 'sono', 'nel', 'da', 'um', 'não', 'com', 'uma', 'os', 'ao',
  've', 'için', 'ile', 'olarak', 'daha', 'çok', 'gibi', 'ama', 'değil',
]);
// Diacritics English never uses natively (Uzbek Latin uses none besides its apostrophes).
const OTHER_LATIN_DIACRITICS = 'äöüßéèêëàâçñãõıışğåøæœìíòóúùûîïáčšžřąęłńśźżőűÄÖÜÉÈÀÇÑÅØÆŒÍÓÚÁČŠŽŘŁŚŻİŞĞ';
const IS_OTHER_LATIN_DIACRITIC = new Uint8Array(0x180);
for (const char of OTHER_LATIN_DIACRITICS) IS_OTHER_LATIN_DIACRITIC[char.charCodeAt(0)] = 1;

// Uzbek Latin oʻ / gʻ are typed with several apostrophe look-alikes.
const UZBEK_APOSTROPHES = /[ʻʼ‘’`]/g;
const HAS_UZBEK_APOSTROPHE = /[ʻʼ‘’`]/;

function isUzbekApostrophe(code: number): boolean {
  // ' ʻ ʼ ‘ ’ `
  return code === 0x27 || code === 0x2bb || code === 0x2bc || code === 0x2018 || code === 0x2019 || code === 0x60;
}

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  hangul: number;
  other: number;
  /** Cyrillic letters only Uzbek uses (ў қ ғ ҳ) and only Russian uses (ы щ), either case. */
  uzbekLetters: number;
  russianLetters: number;
}

// What each UTF-16 code unit counts for, learned on first sight: one table load and one
// increment per character instead of a chain of range tests (and its branch misses).
const Script = {
  Unknown: 0,
  None: 1,
  Latin: 2,
  Cyrillic: 3,
  /** ў қ ғ ҳ, either case: Uzbek Cyrillic has them, Russian does not. */
  CyrillicUzbek: 4,
  /** ы щ, either case: Russian letters Uzbek Cyrillic does not use in native words. */
  CyrillicRussian: 5,
  Hangul: 6,
  OtherLetter: 7,
  /** An astral character (never one of ours) or a lone high surrogate: counts as other, skips a unit. */
  HighSurrogate: 8,
} as const;
const SCRIPT_KINDS = 9;
const scriptOfUnit = new Uint8Array(0x10000);

function learnScript(code: number): number {
  let script: number;
  if (code < 0x80) script = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? Script.Latin : Script.None;
  else if (code >= 0x0400 && code <= 0x052f) script = cyrillicScript(code);
  else if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) {
    script = Script.Hangul;
  } else if ((code >= 0x00c0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) {
    script = Script.Latin;
  } else if (code >= 0xd800 && code <= 0xdbff) script = Script.HighSurrogate;
  else script = charClassAt(String.fromCharCode(code), 0) === CharClass.Letter ? Script.OtherLetter : Script.None;
  scriptOfUnit[code] = script;
  return script;
}

function cyrillicScript(code: number): number {
  switch (code) {
    case 0x40e: case 0x45e: case 0x49a: case 0x49b: case 0x492: case 0x493: case 0x4b2: case 0x4b3:
      return Script.CyrillicUzbek;
    case 0x42b: case 0x44b: case 0x429: case 0x449:
      return Script.CyrillicRussian;
    default:
      return Script.Cyrillic;
  }
}

function countScripts(sample: string): ScriptCounts {
  const tally = new Int32Array(TALLY_SLOTS);
  tallyScripts(tally, sample, 0, sample.length);
  return countsOf(tally);
}

/** Per-`Script` counts, then the Uzbek and Russian letters that followed a lone high surrogate. */
const TALLY_SLOTS = SCRIPT_KINDS + 2;
const UZBEK_AFTER_SURROGATE = SCRIPT_KINDS;
const RUSSIAN_AFTER_SURROGATE = SCRIPT_KINDS + 1;

/** Adds the scripts of `text[from, to)` to `tally`; returns the index after the last unit read. */
function tallyScripts(tally: Int32Array, text: string, from: number, to: number): number {
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    let script = scriptOfUnit[code]!;
    if (script === Script.Unknown) script = learnScript(code);
    tally[script]!++;
    if (script === Script.HighSurrogate) {
      i++;
      tallyAfterSurrogate(tally, i < to ? text.charCodeAt(i) : -1);
    }
  }
  return i;
}

/**
 * The unit after a high surrogate is skipped as its low half, yet a lone high
 * surrogate does not pair with it: a telling Cyrillic letter there still counts.
 */
function tallyAfterSurrogate(tally: Int32Array, next: number): void {
  const script = next < 0 ? Script.Cyrillic : cyrillicScript(next);
  if (script === Script.CyrillicUzbek) tally[UZBEK_AFTER_SURROGATE]!++;
  else if (script === Script.CyrillicRussian) tally[RUSSIAN_AFTER_SURROGATE]!++;
}

function countsOf(tally: Int32Array): ScriptCounts {
  return {
    latin: tally[Script.Latin]!,
    cyrillic: tally[Script.Cyrillic]! + tally[Script.CyrillicUzbek]! + tally[Script.CyrillicRussian]!,
    hangul: tally[Script.Hangul]!,
    other: tally[Script.OtherLetter]! + tally[Script.HighSurrogate]!,
    uzbekLetters: tally[Script.CyrillicUzbek]! + tally[UZBEK_AFTER_SURROGATE]!,
    russianLetters: tally[Script.CyrillicRussian]! + tally[RUSSIAN_AFTER_SURROGATE]!,
  };
}

const Hint = { English: 0, UzbekLatin: 1, OtherLatin: 2, Russian: 3, UzbekCyrillic: 4 } as const;
type Hint = (typeof Hint)[keyof typeof Hint];

/** One map lookup per word instead of one per word list. */
const HINTS = new Map<string, number>();
function addHints(hint: Hint, set: Set<string>): void {
  for (const word of set) HINTS.set(word, (HINTS.get(word) ?? 0) | (1 << hint));
}
addHints(Hint.English, ENGLISH_WORDS);
addHints(Hint.UzbekLatin, UZBEK_LATIN_WORDS);
addHints(Hint.OtherLatin, OTHER_LATIN_WORDS);
addHints(Hint.Russian, RUSSIAN_WORDS);
addHints(Hint.UzbekCyrillic, UZBEK_CYRILLIC_WORDS);
/**
 * Lower-casing never shortens a word, so a word longer than every hint can
 * never be one and is not even sliced.
 */
const LONGEST_HINT = Math.min(MAX_HINT_WORD, Math.max(...[...HINTS.keys()].map((word) => word.length)));
/**
 * Lengths (bit n = n code units) of the hints starting with each lower-case
 * code unit: most words of a text fail this test and are never sliced or
 * looked up. Only used on the lower-cased head, so upper-case starts need no entry.
 */
const HINT_LENGTHS_BY_FIRST = new Map<number, number>();
for (const word of HINTS.keys()) {
  const first = word.charCodeAt(0);
  HINT_LENGTHS_BY_FIRST.set(first, (HINT_LENGTHS_BY_FIRST.get(first) ?? 0) | (1 << word.length));
}
const hintLengthsByFirst = new Int32Array(0x500);
for (const [first, lengths] of HINT_LENGTHS_BY_FIRST) if (first < 0x500) hintLengthsByFirst[first] = lengths;
const HINTS_BEYOND_TABLE = [...HINT_LENGTHS_BY_FIRST.keys()].some((first) => first >= 0x500);

/**
 * `HINTS.get(text.slice(start, end))` without making the slice: an open-addressing table keyed
 * by a hash of the code units, each slot checked unit by unit (a Map lookup of a fresh slice
 * must hash a new string; most words of a text are looked up).
 */
const HINT_SLOT_BITS = 10;
const HINT_SLOT_MASK = (1 << HINT_SLOT_BITS) - 1;
const hintSlotWord: (string | undefined)[] = new Array(1 << HINT_SLOT_BITS).fill(undefined);
const hintSlotMask = new Int32Array(1 << HINT_SLOT_BITS);

function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> HINT_SLOT_BITS)) & HINT_SLOT_MASK;
}

for (const [word, mask] of HINTS) {
  let slot = hashRange(word, 0, word.length);
  while (hintSlotWord[slot] !== undefined) slot = (slot + 1) & HINT_SLOT_MASK;
  hintSlotWord[slot] = word;
  hintSlotMask[slot] = mask;
}

function hintMaskOfRange(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  for (let slot = hashRange(text, start, end); ; slot = (slot + 1) & HINT_SLOT_MASK) {
    const word = hintSlotWord[slot];
    if (word === undefined) return undefined;
    if (word.length !== length) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
    if (same) return hintSlotMask[slot];
  }
}

function mayBeHint(lowered: string, start: number, length: number): boolean {
  const first = lowered.charCodeAt(start);
  if (first >= 0x500) return HINTS_BEYOND_TABLE;
  return (hintLengthsByFirst[first]! & (1 << length)) !== 0;
}

/**
 * Hit counts per hint list (indexed by `Hint`) over the words of the sample's
 * head: runs of `\p{L}[\p{L}\p{M}\p{N}'’-]*`, an Uzbek oʻ/gʻ apostrophe typed as
 * ‘ or ` kept inside its word, lower-cased, apostrophe look-alikes read as '.
 */
function countHints(sample: string): number[] {
  const hits = [0, 0, 0, 0, 0];
  const limit = Math.min(WORD_SAMPLE_CHARS, sample.length);
  const head = sample.length > limit ? sample.slice(0, limit) : sample;
  // One lower-casing for the whole head; per-word slices of it equal per-word lower-casing
  // unless a character changes length (İ), which sends words through the slow form.
  let lowered = head.toLowerCase();
  const lowerBySlice = lowered.length === head.length;
  if (lowerBySlice && HAS_UZBEK_APOSTROPHE.test(lowered)) lowered = lowered.replace(UZBEK_APOSTROPHES, "'");
  const count = (start: number, end: number) => {
    let stop = end;
    // Uzbek oʻ/gʻ apostrophes (ʻ is a letter modifier, ‘ ` are not word parts): keep them inside the word.
    while (stop < sample.length) {
      const code = sample.charCodeAt(stop);
      if ((code !== 0x2018 && code !== 0x60) || charClassAt(sample, stop + 1) !== CharClass.Letter) break;
      stop++;
      while (stop < sample.length && charClassAt(sample, stop) !== CharClass.Other) stop++;
    }
    if (stop - start > LONGEST_HINT) return;
    let mask: number | undefined;
    if (lowerBySlice && stop <= limit) {
      if (!mayBeHint(lowered, start, stop - start)) return;
      mask = hintMaskOfRange(lowered, start, stop);
    } else {
      let word = sample.slice(start, stop).toLowerCase();
      if (HAS_UZBEK_APOSTROPHE.test(word)) word = word.replace(UZBEK_APOSTROPHES, "'");
      mask = HINTS.get(word);
    }
    if (mask === undefined) return;
    for (let hint = 0; hint < hits.length; hint++) if (mask & (1 << hint)) hits[hint]!++;
  };
  let start = -1;
  for (let i = 0; i < limit; i++) {
    const code = sample.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      kind = charClassAt(sample, i);
      i++; // the low half of the pair belongs to this character
    } else {
      let unit = classOfUnit[code]!;
      if (unit === 0) unit = learnUnit(code);
      kind = unit >> 4;
    }
    if (kind === LETTER) {
      if (start < 0) start = code >= 0xd800 && code <= 0xdbff ? i - 1 : i;
    } else if (kind !== WORD_PART && start >= 0) {
      count(start, code >= 0xd800 && code <= 0xdbff ? i - 1 : i);
      start = -1;
    }
  }
  if (start >= 0) count(start, limit);
  return hits;
}

function detectCyrillic(sample: string, counts: ScriptCounts): Language {
  const hits = countHints(sample);
  const uzbekEvidence = counts.uzbekLetters + 2 * hits[Hint.UzbekCyrillic]!;
  const russianEvidence = counts.russianLetters + 2 * hits[Hint.Russian]!;
  return uzbekEvidence > russianEvidence ? 'uz' : 'ru';
}

function detectLatin(sample: string, latinLetters: number): Language {
  const hits = countHints(sample);
  const headLength = Math.min(WORD_SAMPLE_CHARS, sample.length);
  // One scan for three letter hints: o/g + apostrophe (Uzbek oʻ gʻ), q without u (Uzbek), other diacritics.
  let uzbekOg = 0;
  let qWithoutU = 0;
  let diacritics = 0;
  for (let i = 0; i < headLength; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0x6f || code === 0x67 || code === 0x4f || code === 0x47) {
      if (i + 1 < headLength && isUzbekApostrophe(sample.charCodeAt(i + 1))) {
        uzbekOg++;
        i++;
      }
    } else if (code === 0x71 || code === 0x51) {
      const next = i + 1 < headLength ? sample.charCodeAt(i + 1) : -1;
      if (next !== 0x75 && next !== 0x55) qWithoutU++;
    } else if (code < 0x180 && IS_OTHER_LATIN_DIACRITIC[code] === 1) {
      diacritics++;
    }
  }
  const english = hits[Hint.English]!;
  const uzbek = hits[Hint.UzbekLatin]! + uzbekOg + 0.5 * qWithoutU;
  const other = hits[Hint.OtherLatin]! + (diacritics / Math.max(Math.min(latinLetters, headLength), 1) > 0.01 ? diacritics * 0.5 : 0);
  if (uzbek > english && uzbek >= other && uzbek >= 1) return 'uz';
  if (other > english && other >= 2) return 'other';
  return 'en';
}

/** 'en' | 'ru' | 'uz' | 'ko' by the dominant script and language hints; 'other' for anything else or no letters. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  return decide(sample, countScripts(sample));
}

function decide(sample: string, counts: ScriptCounts): Language {
  const top = Math.max(counts.latin, counts.cyrillic, counts.hangul, counts.other);
  if (top === 0) return 'other';
  // A Hangul syllable carries what two or three Latin letters do: Korean news full of Latin brand names is still Korean.
  if (counts.hangul * 3 >= top) return 'ko';
  if (counts.cyrillic === top) return detectCyrillic(sample, counts);
  if (counts.latin === top) return detectLatin(sample, counts.latin);
  return 'other';
}

const LETTER: number = CharClass.Letter;
const WORD_PART: number = CharClass.WordPart;
const HIGH_SURROGATE: number = Script.HighSurrogate;
/** Per code unit: `Script` in the low nibble, `CharClass` (of the unit alone) in the high one; 0 until learned. */
const classOfUnit = new Uint8Array(0x10000);

function learnUnit(code: number): number {
  const script = scriptOfUnit[code] || learnScript(code);
  // High surrogates get their word class from the whole code point in the loop.
  const wordClass = script === Script.HighSurrogate ? CharClass.Other : charClassOfUnit(code);
  const unit = script | (wordClass << 4);
  classOfUnit[code] = unit;
  return unit;
}

/**
 * `detectLanguage(`${title}\n${body}`)` and `countWords(body)` with a single
 * pass over the body: the script counts of the sample and the word count come
 * out of the same loop (two passes cost as much again as everything else
 * parse does to a text article).
 */
export function detectLanguageAndCountWords(title: string, body: string): { language: Language; wordCount: number } {
  const tally = new Int32Array(TALLY_SLOTS);
  tallyScripts(tally, title, 0, Math.min(title.length, SAMPLE_CHARS));
  // The sample is `${title}\n${body}` cut to SAMPLE_CHARS; the line feed counts for no script, and a
  // high surrogate ending the title skips just that line feed, so the body is read from its start.
  const bodySampleEnd = Math.min(body.length, Math.max(0, SAMPLE_CHARS - title.length - 1));
  // Word and script counting both skip the unit after a high surrogate, so they visit the same units.
  // Hot loops: one table load per unit gives both the script (low nibble) and the word class (high
  // nibble). The sample and the rest of the body run in separate loops, so the rest tests no sample
  // bound; the word state is 0/1, so a word start is counted by an addition rather than a branch.
  const units = classOfUnit;
  const length = body.length;
  let wordCount = 0;
  let inWord = 0;
  let i = 0;
  // The sample loop takes two units per step into two tallies: consecutive increments of one slot
  // otherwise wait on each other's store. A pair holding a high surrogate or a unit not learned yet
  // takes the one-unit path below.
  const pairTally = new Int32Array(TALLY_SLOTS);
  while (i < bodySampleEnd) {
    if (i + 1 < bodySampleEnd) {
      const first = units[body.charCodeAt(i)]!;
      const second = units[body.charCodeAt(i + 1)]!;
      if (first !== 0 && second !== 0 && (first & 15) !== HIGH_SURROGATE && (second & 15) !== HIGH_SURROGATE) {
        tally[first & 15]!++;
        pairTally[second & 15]!++;
        const firstKind = first >> 4;
        if (firstKind === LETTER) {
          wordCount += inWord ^ 1;
          inWord = 1;
        } else if (firstKind !== WORD_PART) {
          inWord = 0;
        }
        const secondKind = second >> 4;
        if (secondKind === LETTER) {
          wordCount += inWord ^ 1;
          inWord = 1;
        } else if (secondKind !== WORD_PART) {
          inWord = 0;
        }
        i += 2;
        continue;
      }
    }
    const code = body.charCodeAt(i);
    let unit = units[code]!;
    if (unit === 0) unit = learnUnit(code);
    const script = unit & 15;
    tally[script]!++;
    let kind = unit >> 4;
    if (script === HIGH_SURROGATE) {
      tallyAfterSurrogate(tally, i + 1 < bodySampleEnd ? body.charCodeAt(i + 1) : -1);
      kind = charClassAt(body, i);
      i++; // the low half of the pair belongs to this character
    }
    if (kind === LETTER) {
      wordCount += inWord ^ 1;
      inWord = 1;
    } else if (kind !== WORD_PART) {
      inWord = 0;
    }
    i++;
  }
  for (let slot = 0; slot < TALLY_SLOTS; slot++) tally[slot]! += pairTally[slot]!;
  for (; i < length; i++) {
    const code = body.charCodeAt(i);
    let unit = units[code]!;
    if (unit === 0) unit = learnUnit(code);
    let kind = unit >> 4;
    if ((unit & 15) === HIGH_SURROGATE) {
      kind = charClassAt(body, i);
      i++;
    }
    if (kind === LETTER) {
      wordCount += inWord ^ 1;
      inWord = 1;
    } else if (kind !== WORD_PART) {
      inWord = 0;
    }
  }
  const sample =
    title.length >= SAMPLE_CHARS ? title.slice(0, SAMPLE_CHARS) : `${title}\n${body.slice(0, SAMPLE_CHARS - title.length - 1)}`;
  return { language: decide(sample, countsOf(tally)), wordCount };
}

const LANGUAGES: ReadonlySet<string> = new Set<Language>(['en', 'ru', 'uz', 'ko', 'other']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGES.has(value);
}
