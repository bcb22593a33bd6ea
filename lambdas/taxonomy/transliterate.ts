/**
 * Uzbek is written in two scripts (Latin since 1995, Cyrillic still common in
 * official and regional news). These functions carry a taxonomy term from one
 * script to the other so that each Uzbek concept is listed in both: the load
 * step derives the missing twin of every term (see load.ts).
 *
 * Input is a lowercase term as written (ё kept: matching folds it to е, but
 * in Uzbek it is its own letter, "yo"). Any apostrophe form is the Latin
 * tutuq belgisi or the mark of oʻ/gʻ. The rules
 * are the standard letter correspondences; loanwords that Cyrillic spells with
 * ь or ц (автомобиль, станция) come out without the soft sign or with "ts",
 * which a stem term still matches.
 */

const VOWELS_LATIN = new Set('aeiou'.split(''));
const VOWELS_CYRILLIC = new Set('аеёиоуэюяў'.split(''));

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ч: 'ch', ш: 'sh', ъ: "'", ь: '', э: 'e', ю: 'yu',
  я: 'ya', ў: "o'", қ: 'q', ғ: "g'", ҳ: 'h',
};

/** A Latin or Cyrillic letter (the only letters Uzbek terms hold); a code range test, as this runs at cold start. */
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x400 && code <= 0x4ff);
}

const APOSTROPHES = /[\u02BB\u02BC\u2018\u2019`\u00B4]/g;

/** Uzbek Cyrillic → Latin. Characters outside the alphabet (spaces, hyphens, `*`, digits) pass through. */
export function uzbekCyrillicToLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const startsWord = !isLetter(prev);
    if (ch === 'е') {
      // е is "ye" where it opens a syllable (word start, after a vowel or a hard/soft sign).
      out += startsWord || VOWELS_CYRILLIC.has(prev!) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
    } else if (ch === 'ц') {
      out += !startsWord && VOWELS_CYRILLIC.has(prev!) ? 'ts' : 's';
    } else {
      out += CYRILLIC_TO_LATIN[ch] ?? ch;
    }
  }
  return out;
}

const DIGRAPHS: [string, string][] = [["o'", 'ў'], ["g'", 'ғ'], ['sh', 'ш'], ['ch', 'ч'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'], ['ts', 'ц']];

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
};

/**
 * Uzbek Latin → Cyrillic. Returns undefined when the term holds letters outside
 * the Uzbek Latin alphabet (c, w: an English or brand name, which has no twin).
 */
export function uzbekLatinToCyrillic(written: string): string | undefined {
  const text = written.replace(APOSTROPHES, "'");
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    const digraph = DIGRAPHS.find(([latin]) => latin === pair);
    // "ts" is ц in loanwords (investitsiya, farmatsevtika, litsey), not in the verb ending "-tsa" (ketsa);
    // "yo'" is й + ў (yo'l), not ё + a stray apostrophe.
    const skip = (pair === 'ts' && !/^[eiouy]/.test(text[i + 2] ?? '')) || (pair === 'yo' && text[i + 2] === "'");
    if (digraph && !skip) {
      out += digraph[1];
      i += 2;
      continue;
    }
    const ch = text[i]!;
    if (ch === 'e') out += isLetter(text[i - 1]) && !VOWELS_LATIN.has(text[i - 1]!) ? 'е' : 'э';
    else if (ch === "'") out += isLetter(text[i - 1]) ? 'ъ' : ch; // tutuq belgisi after a letter; a quote otherwise
    else if (/[a-z]/.test(ch)) {
      const cyr = LATIN_TO_CYRILLIC[ch];
      if (cyr === undefined) return undefined;
      out += cyr;
    } else out += ch;
    i++;
  }
  return out;
}
