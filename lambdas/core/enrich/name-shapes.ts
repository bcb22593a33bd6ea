/**
 * People recognized by the shape of a Korean name, with no gazetteer entry
 * and no speech verb needed: a romanized family name followed by a hyphenated
 * given name ("Kim Yong-rae", "Son Heung-min"), and a Hangul family name with a
 * one- or two-syllable given name right before a Korean title ("권평오 대사").
 */
import type { BodyContext } from './context';
import { KOREAN_FAMILY } from './entity-key';

export interface NameSpan {
  first: number;
  last: number;
  /** Token index of the title that follows a Hangul name, if any. */
  title?: number;
}

// The commonest Hangul family names (one syllable): together they cover nearly every Korean.
const HANGUL_FAMILY = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉']);

export function koreanNames(ctx: BodyContext, used: Uint8Array): NameSpan[] {
  const { tokens, body } = ctx;
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] === 1) continue;
    if (token.script === 'latin' && token.upper && KOREAN_FAMILY.has(token.forms[0]!.key)) {
      // "Kim Yong-rae": family, space, capitalized syllable, hyphen, lower-case syllable.
      const given = tokens[i + 1];
      const second = tokens[i + 2];
      if (
        given !== undefined && second !== undefined && given.upper && given.script === 'latin' &&
        /^[ \u00A0]$/.test(body.slice(token.end, given.start)) && body.slice(given.end, second.start) === '-' &&
        /^\p{Ll}{1,5}$/u.test(second.text) && /^\p{Lu}\p{Ll}{0,5}$/u.test(given.text) && used[i + 1] !== 1
      ) {
        found.push({ first: i, last: i + 2 });
        i += 2;
      }
    } else if (token.script === 'hangul' && /^[\uAC00-\uD7A3]{3}$/.test(token.text) && HANGUL_FAMILY.has(token.text[0]!)) {
      // "권평오 대사(는)": the whole word is the name, the next word is a title.
      const next = i + 1;
      const title = ctx.roleAt[next];
      if (title === undefined || title < 0 || tokens[next]!.script !== 'hangul') continue;
      if (!/^[ \u00A0]$/.test(body.slice(token.end, tokens[next]!.start))) continue;
      if (ctx.hitAt[i]! >= 0) continue;
      found.push({ first: i, last: i, title: next });
    }
  }
  return found;
}

// Family names by their ending: Slavic and Central Asian patronymic surnames (Abdukhakimov, Shomurodova,
// Бекмуратов, Toqayev), Georgian, Armenian and Ukrainian endings; an Uzbek case suffix may follow.
const LATIN_SURNAME = /^\p{Lu}[\p{L}'’ʻʼ‘]+?(?:ov|ev|yev|iev|ova|eva|yeva|sky|skiy|ski|enko|uly|kyzy|qizi|zoda|zade|dze|shvili)(ning|ga|da|dan|ni)?$/u;
const CYRILLIC_SURNAME = /^\p{Lu}\p{L}+?(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ский|ская|енко|улы|кызы|зода|заде)(а|у|ым|ом|е|ой|нинг|га|да|дан|ни)?$/u;
const INITIAL = /^\p{Lu}$/u;

export interface SurnameShape extends NameSpan {
  /** The name with a trailing case suffix cut ("Qo‘chqorovning" → "Qo‘chqorov"). */
  name: string;
}

/**
 * A given name (or an initial) followed by a word shaped like a family name:
 * "Aziz Abdukhakimov", "M. Reshetnikov", "Зафар Хашимов". The given name must
 * be a capitalized word the gazetteer does not know and no title.
 */
export function surnameShapes(ctx: BodyContext, used: Uint8Array, isGivenName: (i: number) => boolean): SurnameShape[] {
  const { tokens, body } = ctx;
  const found: SurnameShape[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i]!;
    const family = tokens[i + 1]!;
    if (used[i] === 1 || used[i + 1] === 1 || !family.upper || family.script !== given.script) continue;
    if (given.script !== 'latin' && given.script !== 'cyrillic') continue;
    const gap = body.slice(given.end, family.start);
    const initial = INITIAL.test(given.text) && /^\. ?$/.test(gap);
    if (!initial && !/^[ \u00A0]$/.test(gap)) continue;
    if (!initial && !isGivenName(i)) continue;
    if (ctx.hitAt[i + 1]! >= 0 || ctx.roleAt[i + 1]! >= 0) continue;
    const m = (family.script === 'latin' ? LATIN_SURNAME : CYRILLIC_SURNAME).exec(family.text);
    if (m === null) continue;
    // Only Uzbek suffixes are cut; a Russian case ending stays (the gazetteer and the scorer read it).
    const cut = m[1] !== undefined && /^(?:ning|ga|da|dan|ni|нинг|га|да|дан|ни)$/.test(m[1]) ? m[1].length : 0;
    const name = body.slice(given.start, family.end - cut).replace(/\s+/g, ' ');
    found.push({ first: i, last: i + 1, name });
    i += 1;
  }
  return found;
}
