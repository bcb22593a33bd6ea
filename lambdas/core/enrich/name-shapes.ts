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
    } else if (token.script === 'hangul' && /^[\uAC00-\uD7A3]{2,3}$/.test(token.text) && HANGUL_FAMILY.has(token.text[0]!)) {
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
