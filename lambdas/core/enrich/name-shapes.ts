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
  /** The name when it is not the tokens' text as written (a Hangul particle cut: "손흥민과" → "손흥민"). */
  name?: string;
}

// The commonest Hangul family names (one syllable): together they cover nearly every Korean.
// One romanized Korean syllable (Revised or McCune–Reischauer-like spelling): "Chang", "Keon", "Gyu", "Hwan".
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|sh)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|oo|ee|ou|oh)(?:n|ng|l|k|m|p|t)?$/iu;

const HANGUL_FAMILY = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉']);

// Korean titles as the last word of a title phrase, with the particle after them ("장관은", "제1차관을", "여사").
const KO_TITLE = /(?:대통령|국무총리|부총리|총리|장관|차관보|차관|대사|부회장|회장|부사장|사장|의장|시장|도지사|지사|주석|총재|대표|위원장|여사|단장|본부장|원장|청장|이사장|실장|국장|처장|선수|감독|교수|총장|영사|공사)(?:께서|에게|으로|과의|와의|에서|[은는이가을를의에과와도])?$/u;
// Words that may stand between a name and its title: an institution ("기획재정부", "한국무역협회") or a rank ("제1").
const KO_TITLE_QUALIFIER = /(?:부|청|처|원|회|협회|공사|공단|은행|대학교|재단|위원회|그룹|대사관|기구|센터|연구소|담당|^제\d+)$/u;
// A single family syllable before a title ("구 부총리") — except syllables that are also ordinary words
// before titles: 이 "this", 양 "both", 전 "former", 현 "current", 고 "the late", 각 "each", 그 "that"….
const NOT_BARE_FAMILY = new Set([...'이양전현고주한여부동본각두그당총신제대소남북']);
// Words that start with a family syllable and stand before titles: "양국 대통령", "서울서 … 부총리", "한국 대사".
const NOT_NAME_WORDS = new Set([
  '양국', '양측', '각국', '한국', '중국', '미국', '영국', '전국', '우리', '이번', '이날', '서울', '서울서', '현지', '정부', '당국',
  '주한', '신임', '전임', '공동', '국내', '국외', '해외', '지방', '하원', '상원', '연방', '정상', '민간', '차기',
]);
// Russian and Central Asian surnames as Hangul renders them ("무사예프", "호자예바").
const HANGUL_FOREIGN_SURNAME = /(?:예프|에프|오프|코프|로프|노프|모프|도프|조프|소프|토프|예바|에바|오바|코바|로바|노바|바예프|베코프)$/u;
const MAX_TITLE_GAP = 3;

/** Token index of a title within the next few Hangul words (an organization may come first: "한국무역협회 회장"). */
function titleAfter(ctx: BodyContext, last: number, fullName = false, unknownAllowed = 1): number | undefined {
  const { tokens, body } = ctx;
  for (let k = last + 1; k <= last + 1 + MAX_TITLE_GAP && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.script !== 'hangul' && !/^제\d/.test(token.text)) return undefined;
    if (!/^[ \u00A0·]$/.test(body.slice(tokens[k - 1]!.end, token.start))) return undefined;
    if (KO_TITLE.test(token.text) && !/기자$/.test(token.text)) return k;
    // One unknown word may stand between a full name and its title: an organization ("권평오 코트라 사장");
    // two after a foreign name in two words ("루스탐 이사타예프 카자흐 인베스트 부사장").
    if (!KO_TITLE_QUALIFIER.test(token.text) && ctx.hitAt[k]! < 0 && (k > last + unknownAllowed || !fullName)) return undefined;
  }
  return undefined;
}

function hangulNameAt(ctx: BodyContext, i: number, used: Uint8Array): NameSpan | undefined {
  const { tokens, body } = ctx;
  const token = tokens[i]!;
  if (!/^[\uAC00-\uD7A3]+$/.test(token.text) || ctx.hitAt[i]! >= 0 || KO_TITLE.test(token.text)) return undefined;
  // A foreign name in two words before a title: "베흐조드 무사예프 장관".
  const next = tokens[i + 1];
  if (
    next !== undefined && used[i + 1] !== 1 && next.script === 'hangul' && /^[ \u00A0]$/.test(body.slice(token.end, next.start)) &&
    token.text.length >= 2 && HANGUL_FOREIGN_SURNAME.test(next.text) && ctx.hitAt[i + 1]! < 0
  ) {
    const title = titleAfter(ctx, i + 1, true, 2);
    if (title !== undefined) return { first: i, last: i + 1, title };
  }
  if (!HANGUL_FAMILY.has(token.text[0]!)) return undefined;
  if (token.text.length === 1 && NOT_BARE_FAMILY.has(token.text)) return undefined;
  if (NOT_NAME_WORDS.has(token.forms[token.forms.length - 1]!.key) || NOT_NAME_WORDS.has(token.text)) return undefined;
  // A name stands bare before its title; a genitive 의 makes the word a possessor ("양국의 경제부총리").
  if (token.text.length > 3 || token.text.endsWith('의')) return undefined;
  const title = titleAfter(ctx, i, token.text.length === 3);
  // Two-syllable and bare family names need the title right after them ("박진 외교부 장관" allows one word between).
  if (title === undefined || (token.text.length < 3 && title > i + 2)) return undefined;
  return { first: i, last: i, title };
}

// Particles a bare Hangul name takes ("구자철이", "손흥민과", "김승규와", "쿠지보에프에게").
const NAME_PARTICLE = /(?:께서|에게|에겐|이다|이며|이었|과|와|은|는|이|가|을|를|의|도|씨|님|만)$/u;
// Last syllables of common nouns that start with a family syllable (전문가, 연구원, 정상회, 지자체, 한국인…):
// rare at the end of a given name.
const NOT_GIVEN_END = new Set([...'들부청처회적급권업률율량품층체계법별측시군구쪽내외간등중후관실단팀소사인비금세액물력점장차로면리읍항역원국화어가측식제형류']);
// Syllables Korean given names are made of (Sino-Korean readings in common use): a noun such as "인프라",
// "공급망" or "마블링" has a syllable outside the set.
const GIVEN_SYLLABLE = new Set([
  ...'민준서연지현우수영호성진재은정희경훈동석혁철규용태상원주승기환범선미혜숙자순옥윤하유예아빈채다나인도한시건형찬종명국일열근식섭협휘보창광만웅욱택균봉길학문신화남송애란림소율결람솔온이후효헌평오완익필표탁홍제세래중덕권양관강천산청운겸곤흥래복덕춘삼두갑옥향분',
]);

interface BareCandidate {
  stem: string;
  /** Characters of particle after the stem. */
  cut: number;
  foreign: boolean;
}

/** A Hangul word read as a bare name with an optional particle, or undefined. */
function bareCandidate(ctx: BodyContext, i: number): BareCandidate | undefined {
  const token = ctx.tokens[i]!;
  const text = token.text;
  if (token.script !== 'hangul' || ctx.hitAt[i]! >= 0 || ctx.roleAt[i]! >= 0 || text.length < 3 || text.length > 9) return undefined;
  if (!/^[\uAC00-\uD7A3]+$/.test(text) || KO_TITLE.test(text)) return undefined;
  const particle = NAME_PARTICLE.exec(text);
  const cut = particle !== null && text.length - particle[0].length >= 3 ? particle[0].length : 0;
  const stem = text.slice(0, text.length - cut);
  if (HANGUL_FOREIGN_SURNAME.test(stem) && stem.length >= 3 && stem.length <= 7) return { stem, cut, foreign: true };
  // A three-syllable Korean name: family syllable and a two-syllable given name. A three-syllable word whose
  // last syllable is a particle is a two-syllable word with its particle ("양국은", "우리는").
  if (stem.length !== 3 || (cut === 0 && NAME_PARTICLE.test(text))) return undefined;
  // A verb or adjective stem with 하 ("소화하는") or its adnominal 한 ("연기한 배우", "방문한 대표단") is no name.
  if (stem.endsWith('하') || (cut === 0 && stem.endsWith('한'))) return undefined;
  if (!HANGUL_FAMILY.has(stem[0]!) || NOT_GIVEN_END.has(stem[2]!) || !GIVEN_SYLLABLE.has(stem[1]!) || !GIVEN_SYLLABLE.has(stem[2]!)) return undefined;
  return { stem, cut, foreign: false };
}

/**
 * Bare Hangul names with no title ("구자철이 … 구자철이", "김보경과 한국영이", "윤석영 곽태휘 김기희"):
 * the shape alone is weak, so a name needs a second mention, a neighbour of the same shape in a list,
 * or a bracketed club or affiliation right after it ("이정협(상주)이").
 */
function bareHangulNames(ctx: BodyContext, used: Uint8Array): NameSpan[] {
  const { tokens, body } = ctx;
  const candidates: (BareCandidate | undefined)[] = new Array(tokens.length);
  const counts = new Map<string, number>();
  // Two-syllable words of the article: "한국" makes "한국인" and "한국영" look like derived words.
  const shortWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'hangul') continue;
    for (const form of token.forms) if (form.key.length === 2) shortWords.add(form.key);
    if (used[i] === 1) continue;
    const candidate = bareCandidate(ctx, i);
    candidates[i] = candidate;
    if (candidate !== undefined) counts.set(candidate.stem, (counts.get(candidate.stem) ?? 0) + 1);
  }
  const listed = (a: number, b: number) =>
    candidates[a] !== undefined && candidates[b] !== undefined && !candidates[a]!.foreign && !candidates[b]!.foreign &&
    /^[ \u00A0,·]{1,2}$/.test(body.slice(tokens[a]!.end, tokens[b]!.start)) &&
    // Only the last name of a list takes a case particle; a linking 과/와 may end the others.
    (candidates[a]!.cut === 0 || /[과와]$/.test(tokens[a]!.text));
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidate = candidates[i];
    if (candidate === undefined) continue;
    const token = tokens[i]!;
    const inList = (i > 0 && listed(i - 1, i)) || (i + 1 < tokens.length && listed(i, i + 1));
    const bracketed = candidate.cut === 0 && body[token.end] === '(';
    const repeated = counts.get(candidate.stem)! >= 2 && !shortWords.has(candidate.stem.slice(0, 2));
    if (!inList && !bracketed && !repeated) continue;
    found.push({ first: i, last: i, name: candidate.stem });
  }
  return found;
}

export function koreanNames(ctx: BodyContext, used: Uint8Array): NameSpan[] {
  const found = titledKoreanNames(ctx, used);
  if (found.length === 0 && !ctx.tokens.some((t) => t.script === 'hangul')) return found;
  const taken = new Uint8Array(used);
  for (const span of found) taken.fill(1, span.first, span.last + 1);
  return [...found, ...bareHangulNames(ctx, taken)];
}

function titledKoreanNames(ctx: BodyContext, used: Uint8Array): NameSpan[] {
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
      } else if (
        given !== undefined && second !== undefined && KOREAN_SYLLABLE.test(given.text) && KOREAN_SYLLABLE.test(second.text) &&
        /^[ \u00A0]$/.test(body.slice(token.end, given.start)) && /^[ \u00A0]$/.test(body.slice(given.end, second.start)) &&
        /^\p{Lu}/u.test(given.text) && /^\p{Lu}/u.test(second.text) && used[i + 1] !== 1 && used[i + 2] !== 1 &&
        ctx.hitAt[i + 1]! < 0 && ctx.hitAt[i + 2]! < 0
      ) {
        // "Kim Chang Keon": the given name in two capitalized romanized syllables.
        found.push({ first: i, last: i + 2 });
        i += 2;
      }
    } else if (token.script === 'hangul') {
      const span = hangulNameAt(ctx, i, used);
      if (span !== undefined) {
        found.push(span);
        i = span.last;
      }
    }
  }
  return found;
}

// Family names by their ending: Slavic and Central Asian patronymic surnames (Abdukhakimov, Shomurodova,
// Бекмуратов, Toqayev), Georgian, Armenian and Ukrainian endings; an Uzbek case suffix may follow.
const LATIN_SURNAME = /^\p{Lu}[\p{L}'’ʻʼ‘]+?(?:ov|ev|yev|iev|ova|eva|yeva|sky|skiy|ski|enko|uly|kyzy|qizi|zoda|zade|dze|shvili)(ning|ga|da|dan|ni)?$/u;
const CYRILLIC_SURNAME = /^\p{Lu}\p{L}+?(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ский|ская|енко|улы|кызы|зода|заде)(а|у|ым|ом|е|ой|нинг|га|да|дан|ни)?$/u;
const INITIAL = /^\p{Lu}$/u;

/** A word shaped like a Slavic or Central Asian family name ("Shermatov", "Бекмуратова"). */
export function hasSurnameShape(word: string): boolean {
  return LATIN_SURNAME.test(word) || CYRILLIC_SURNAME.test(word);
}

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
