/**
 * Word-level view of a body shared by every job kind. JS `\b` only knows
 * ASCII, so words are runs of Unicode letters, digits and marks; each token
 * carries the keys it may be looked up by, because Russian and Uzbek inflect
 * names and Korean glues particles to them ("Ташкенте", "Toshkentda", "서울에서").
 */

export type Script = 'latin' | 'cyrillic' | 'hangul' | 'other';

/** A way to read a word: `key` to look up; `cut` characters at its end (a suffix or particle) are not part of the name. */
export interface TokenForm {
  key: string;
  cut: number;
}

/** What a word is, whatever its position: shared by every occurrence of the same spelling. */
interface WordReading {
  script: Script;
  upper: boolean;
  forms: TokenForm[];
}

export interface Token {
  start: number;
  end: number;
  text: string;
  script: Script;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** forms[0] is the primary reading; further forms strip a suffix or particle. */
  forms: readonly TokenForm[];
}

/** Where a reading of `token` ends in the body. */
export function formEnd(token: Token, form: TokenForm): number {
  return token.end - form.cut;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’‘`][\p{L}\p{M}]+)*/gu;
// Unicode property classes cost ~3× a range class. Bodies written only in Latin, Cyrillic and Hangul
// (plus punctuation) take this explicit-range twin, which reads them identically (a parity test checks it).
const WORD_RANGES = 'A-Za-z0-9\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u036F\u0400-\u0481\u0483-\u052F\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3';
const LETTER_RANGES = WORD_RANGES.replace('0-9\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE', '\u00AA\u00B5\u00BA');
const FAST_TOKEN = new RegExp(`[${WORD_RANGES}]+(?:['’‘\`][${LETTER_RANGES}]+)*`, 'g');
// Any character outside the scripts and punctuation blocks the fast class was written for.
const OTHER_SCRIPT = /[^\u0000-\u036F\u0400-\u052F\u1100-\u11FF\u2000-\u206F\u20A0-\u20CF\u2190-\u22FF\u3000-\u3004\u3008-\u3020\u3030\u303D-\u303F\u3131-\u318E\uAC00-\uD7A3\uFEFF]/;
const APOSTROPHES = /['’‘`ʻʼ]/g;
const UPPER = /^\p{Lu}/u;

export function scriptOf(word: string): Script {
  const code = word.codePointAt(0) ?? 0;
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic';
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) {
    return 'hangul';
  }
  if (/[a-zA-Z\u00C0-\u024F\u02BB\u02BC]/.test(word[0] ?? '')) return 'latin';
  return 'other';
}

// Russian case and adjective endings, longest first. -ов/-ев/-ин are left alone:
// they end surnames in the nominative (Мирзиёев, Путин) rather than inflect them.
const RU_ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ией', 'ии', 'ой', 'ей', 'ый', 'ий', 'ая', 'яя', 'ое',
  'ые', 'ие', 'ую', 'юю', 'ым', 'им', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ых', 'их', 'ию', 'ия',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й',
];

/** Crude Russian stem: enough to make "Ташкента", "Ташкенте" and "Ташкент" agree. */
export function ruStem(word: string): string {
  for (const ending of RU_ENDINGS) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

// Uzbek case suffixes that attach to place and country names (Toshkentda, Koreyaning).
const UZ_SUFFIXES = ['ning', 'dagi', 'dan', 'da', 'ga', 'ka', 'qa', 'ni', 'lik'];
const UZ_CYRILLIC_SUFFIXES = ['нинг', 'даги', 'дан', 'да', 'га', 'ни', 'ка', 'қа'];
// Korean particles and the demonym/language suffixes that attach to names (서울에서, 한국인).
const KO_PARTICLES = [
  '에게는', '에서도', '으로도', '까지는', '부터는', '이라는', '에서는', '에서의', '으로는', '에서', '에게', '까지', '부터', '으로',
  '과의', '와의', '와는', '과는', '와도', '과도', '로는', '로도', '라는', '처럼', '보다', '에는', '에도', '이며', '이다',
  '의', '은', '는', '이', '가', '을', '를', '와', '과', '에', '도', '로', '만', '인', '어', '측', '산',
];

function formsOf(text: string, script: Script): TokenForm[] {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  if (script === 'cyrillic') {
    const forms: TokenForm[] = [{ key: ruStem(lower), cut: 0 }];
    for (const suffix of UZ_CYRILLIC_SUFFIXES) {
      if (lower.length - suffix.length >= 4 && lower.endsWith(suffix)) {
        forms.push({ key: ruStem(lower.slice(0, -suffix.length)), cut: 0 });
      }
    }
    return forms;
  }
  const primary = lower.replace(APOSTROPHES, '');
  const forms: TokenForm[] = [{ key: primary, cut: 0 }];
  if (script === 'latin') {
    if (/['’]s$/.test(lower)) forms.push({ key: lower.slice(0, -2).replace(APOSTROPHES, ''), cut: 2 });
    for (const suffix of UZ_SUFFIXES) {
      if (primary.length - suffix.length >= 4 && primary.endsWith(suffix)) {
        forms.push({ key: primary.slice(0, -suffix.length), cut: trailingLength(text, suffix.length) });
      }
    }
  } else if (script === 'hangul') {
    for (const particle of KO_PARTICLES) {
      if (primary.length - particle.length >= 1 && primary.endsWith(particle)) {
        forms.push({ key: primary.slice(0, -particle.length), cut: particle.length });
      }
    }
  }
  return forms;
}

// Readings are pure functions of the spelling; news vocabulary repeats, so they are kept (bounded).
const READINGS = new Map<string, WordReading>();
const MAX_READINGS = 100_000;

function readingOf(word: string): WordReading {
  let reading = READINGS.get(word);
  if (reading === undefined) {
    const script = scriptOf(word);
    reading = { script, upper: UPPER.test(word), forms: formsOf(word, script) };
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    READINGS.set(word, reading);
  }
  return reading;
}

// Suffix length in the original text, where apostrophes may sit inside the suffix (rare); counts letters only.
function trailingLength(text: string, letters: number): number {
  let count = 0;
  let i = text.length;
  while (i > 0 && count < letters) {
    i -= 1;
    if (!APOSTROPHES.test(text[i]!)) count += 1;
    APOSTROPHES.lastIndex = 0;
  }
  return text.length - i;
}

export function tokenize(text: string, offset = 0, pattern: 'auto' | 'unicode' = 'auto'): Token[] {
  const tokens: Token[] = [];
  const regex = pattern === 'unicode' || OTHER_SCRIPT.test(text) ? TOKEN : FAST_TOKEN;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const word = m[0];
    const start = offset + m.index;
    const end = start + word.length;
    const reading = readingOf(word);
    tokens.push({ start, end, text: word, script: reading.script, upper: reading.upper, forms: reading.forms });
  }
  return tokens;
}

/** Keys of a gazetteer phrase, read exactly as body tokens are read (primary forms only). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.forms[0]!.key);
}

/** True when only spaces, a hyphen or an abbreviating full stop separate two tokens (a name continues: "St. Petersburg"). */
export function isJoiningGap(body: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = body[i]!;
    if (ch !== ' ' && ch !== '\u00A0' && ch !== '-' && ch !== '‐' && ch !== '‑' && ch !== '.') return false;
  }
  return true;
}

/** True when only horizontal spaces separate two offsets. */
export function isSpaceGap(body: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = body[i]!;
    if (ch !== ' ' && ch !== '\u00A0') return false;
  }
  return true;
}
