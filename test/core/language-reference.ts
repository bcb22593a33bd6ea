/**
 * The first, regex-and-Set implementation of language detection, kept as the
 * readable reference the optimized scanner in lambdas/core/language.ts must
 * agree with (language.test.ts checks both on random text).
 */
import { CharClass, charClassAt, forEachWord } from '../../lambdas/core/parse/chars';
import type { Language } from '../../lambdas/core/types';

/** Enough text to decide; keeps detection O(1) on long bodies. */
const SAMPLE_CHARS = 4000;
/** Word hints need less text than script counts. */
const WORD_SAMPLE_CHARS = 1000;
/** Every hint word is shorter; longer words are not even lower-cased. */
const MAX_HINT_WORD = 16;

// Letters Uzbek Cyrillic has and Russian does not.
const UZBEK_CYRILLIC_LETTERS = new Set(['ў', 'Ў', 'қ', 'Қ', 'ғ', 'Ғ', 'ҳ', 'Ҳ']);
// Russian letters Uzbek Cyrillic does not use in native words.
const RUSSIAN_ONLY_LETTERS = new Set(['ы', 'Ы', 'щ', 'Щ']);

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
const OTHER_LATIN_DIACRITICS = /[äöüßéèêëàâçñãõıışğåøæœìíòóúùûîïáčšžřąęłńśźżőűÄÖÜÉÈÀÇÑÅØÆŒÍÓÚÁČŠŽŘŁŚŻİŞĞ]/g;

// Uzbek Latin oʻ / gʻ are typed with several apostrophe look-alikes.
const UZBEK_APOSTROPHES = /[ʻʼ‘’`]/g;
const UZBEK_OG = /[og]['ʻʼ‘’`]/gi;
// Uzbek Latin q is rarely followed by u, unlike English and most Latin languages.
const Q_WITHOUT_U = /q(?!u)/gi;

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  hangul: number;
  other: number;
}

function countScripts(sample: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, hangul: 0, other: 0 };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts.latin++;
    } else if (code >= 0x0400 && code <= 0x052f) {
      counts.cyrillic++;
    } else if (
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0x1100 && code <= 0x11ff) ||
      (code >= 0x3130 && code <= 0x318f)
    ) {
      counts.hangul++;
    } else if ((code >= 0x00c0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) {
      counts.latin++;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      i++; // astral letters (CJK extensions, historic scripts) are never one of ours
      counts.other++;
    } else if (charClassAt(sample, i) === CharClass.Letter) {
      counts.other++;
    }
  }
  return counts;
}

/** Lower-cased short words of the sample, with Uzbek apostrophe look-alikes unified to '. */
function words(sample: string): string[] {
  const list: string[] = [];
  forEachWord(
    sample,
    (start, end) => {
      let stop = end;
      // Uzbek oʻ/gʻ apostrophes (ʻ is a letter modifier, ‘ ` are not word parts): keep them inside the word.
      while (stop < sample.length && UZBEK_APOSTROPHE_CHARS.has(sample[stop]!) && charClassAt(sample, stop + 1) === CharClass.Letter) {
        stop++;
        while (stop < sample.length && charClassAt(sample, stop) !== CharClass.Other) stop++;
      }
      if (stop - start > MAX_HINT_WORD) return;
      let word = sample.slice(start, stop).toLowerCase();
      if (/[ʻʼ‘’`]/.test(word)) word = word.replace(UZBEK_APOSTROPHES, "'");
      list.push(word);
    },
    WORD_SAMPLE_CHARS,
  );
  return list;
}

const UZBEK_APOSTROPHE_CHARS = new Set(['‘', '`']);

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

/** Hit counts per hint list, indexed by `Hint`. */
function countHints(list: string[]): number[] {
  const hits = [0, 0, 0, 0, 0];
  for (const word of list) {
    const mask = HINTS.get(word);
    if (mask === undefined) continue;
    for (let hint = 0; hint < hits.length; hint++) if (mask & (1 << hint)) hits[hint]!++;
  }
  return hits;
}

function countMatches(text: string, regex: RegExp): number {
  return text.match(regex)?.length ?? 0;
}

function detectCyrillic(sample: string): Language {
  let uzbekLetters = 0;
  let russianLetters = 0;
  for (const char of sample) {
    if (UZBEK_CYRILLIC_LETTERS.has(char)) uzbekLetters++;
    else if (RUSSIAN_ONLY_LETTERS.has(char)) russianLetters++;
  }
  const hits = countHints(words(sample));
  const uzbekEvidence = uzbekLetters + 2 * hits[Hint.UzbekCyrillic]!;
  const russianEvidence = russianLetters + 2 * hits[Hint.Russian]!;
  return uzbekEvidence > russianEvidence ? 'uz' : 'ru';
}

function detectLatin(sample: string, latinLetters: number): Language {
  const hits = countHints(words(sample));
  const head = sample.length > WORD_SAMPLE_CHARS ? sample.slice(0, WORD_SAMPLE_CHARS) : sample;
  const english = hits[Hint.English]!;
  const uzbek = hits[Hint.UzbekLatin]! + countMatches(head, UZBEK_OG) + 0.5 * countMatches(head, Q_WITHOUT_U);
  const diacritics = countMatches(head, OTHER_LATIN_DIACRITICS);
  const other = hits[Hint.OtherLatin]! + (diacritics / Math.max(Math.min(latinLetters, head.length), 1) > 0.01 ? diacritics * 0.5 : 0);
  if (uzbek > english && uzbek >= other && uzbek >= 1) return 'uz';
  if (other > english && other >= 2) return 'other';
  return 'en';
}

/** 'en' | 'ru' | 'uz' | 'ko' by the dominant script and language hints; 'other' for anything else or no letters. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = countScripts(sample);
  const top = Math.max(counts.latin, counts.cyrillic, counts.hangul, counts.other);
  if (top === 0) return 'other';
  // A Hangul syllable carries what two or three Latin letters do: Korean news full of Latin brand names is still Korean.
  if (counts.hangul * 3 >= top) return 'ko';
  if (counts.cyrillic === top) return detectCyrillic(sample);
  if (counts.latin === top) return detectLatin(sample, counts.latin);
  return 'other';
}
