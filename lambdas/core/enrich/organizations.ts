/**
 * Organizations the gazetteer does not know, found by the shape of their names:
 * English capitalized names with an institution word ("Korean Institute of
 * Public Administration", "Ministry of Energy", "Navoi State University"),
 * Russian quoted names after a legal form or kind (ООО «Узавто», компания
 * «Артель»), and Russian institution words with their genitive
 * ("Министерство энергетики Узбекистана").
 */
import type { BodyContext } from './context';
import type { GazetteerHit } from './gazetteer';
import type { LexiconMatch } from './lexicon';
import { isSpaceGap, phraseKeys, ruStem } from './text';

export interface PatternOrganization {
  name: string;
  start: number;
  end: number;
  country?: string;
}

const keySet = (words: string[]) => new Set(words.map((w) => phraseKeys(w)[0]!));

const EN_HEADS = keySet([
  'Bank', 'University', 'Institute', 'Agency', 'Ministry', 'Academy', 'Corporation', 'Corp', 'Company', 'Fund',
  'Association', 'Committee', 'Council', 'Chamber', 'Organization', 'Organisation', 'Authority', 'Commission', 'Centre',
  'Center', 'Group', 'Holding', 'Holdings', 'Foundation', 'Inc', 'Ltd', 'LLC', 'JSC', 'PLC', 'Bureau', 'College',
  'Federation', 'Society', 'Motors', 'Airways', 'Airlines', 'Railways', 'Consortium', 'Inspectorate',
  'Embassy', 'Department', 'Service', 'Khokimiyat', 'Hokimiyat', 'Senate', 'Parliament', 'Exchange', 'Museum', 'School',
  'Administration', 'Court', 'GmbH', 'Co', 'Limited', 'Enterprises', 'Industries',
  'Invest', 'Electronics', 'Chemical', 'Steel', 'Telecom', 'Apparel', 'Office', 'Assembly', 'Majlis',
]);
const UNIVERSITY_HEADS = keySet(['University', 'Institute', 'Polytechnic', 'Academy', 'School']);
const EN_CONNECTORS = keySet(['of', 'and', 'for', 'the', '&', 'de', 'on']);

const RU_KINDS = keySet([
  'компания', 'корпорация', 'банк', 'холдинг', 'концерн', 'группа', 'фонд', 'агентство', 'предприятие', 'завод',
  'комбинат', 'ассоциация', 'объединение', 'организация', 'общество', 'фирма', 'ООО', 'АО', 'ПАО', 'ЗАО', 'ОАО', 'АК',
  'АКБ', 'ГК', 'СП', 'ИП', 'ГУП', 'УП', 'MChJ', 'AJ', 'kompaniyasi', 'kompaniya',
  'JSC', 'OJSC', 'CJSC', 'PJSC', 'LLC', 'JV', 'company',
]);
// Words after a quoted name that make it a company's: "“Orient Soft” kompaniyasi", "«Sharq Textile» rahbariyati".
const KINDS_AFTER = keySet([
  'kompaniyasi', 'kompaniyasining', 'kompaniyasiga', 'kompaniyasi bilan', 'korxonasi', 'korxonasining', 'banki', 'guruhi',
  'holdingi', 'rahbariyati', 'компанияси', 'компаниясининг', 'корхонаси', 'банки', 'company', 'brand',
]);

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '"': '"', '„': '“', '“': '”' };

export function findPatternOrganizations(ctx: BodyContext): PatternOrganization[] {
  const found = [...englishNames(ctx), ...lowerCaseComplements(ctx), ...namesBeforeCompanyWord(ctx), ...quotedNames(ctx), ...quotedBeforeKind(ctx), ...cuedNames(ctx), ...koreanBracketed(ctx), ...koreanCompanyLists(ctx), ...russianHeads(ctx), ...uzbekHeads(ctx), ...koreanNames(ctx), ...acronymNames(ctx)];
  // Known hits do not overlap one another, so they are sorted by start and by end alike.
  const known = ctx.hits.filter((h) => h.payloads.some((p) => p.kind === 'organization' || p.kind === 'person'));
  return withoutNested(found.filter((o) => !overlapsAny(known, o.start, o.end)));
}

/** In text order, without a name found inside a longer one ("School Foundation" in "“School Foundation Sang Yoo” kompaniyasi"). */
function withoutNested(found: PatternOrganization[]): PatternOrganization[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PatternOrganization[] = [];
  let reach = -1;
  for (const o of sorted) {
    const previous = kept[kept.length - 1];
    if (o.end <= reach && !(previous !== undefined && previous.start === o.start && previous.end === o.end)) continue;
    kept.push(o);
    reach = Math.max(reach, o.end);
  }
  return kept;
}

function overlapsAny(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const next = sorted[lo];
  return next !== undefined && next.start < end;
}

function hitAtToken(ctx: BodyContext, i: number): LexiconMatch<GazetteerHit> | undefined {
  const index = ctx.hitAt[i];
  return index === undefined || index < 0 ? undefined : ctx.hits[index];
}

function countryWithin(ctx: BodyContext, first: number, last: number): string | undefined {
  for (let i = first; i <= last; i++) {
    const hit = hitAtToken(ctx, i);
    const country = hit?.payloads.find((p) => p.kind === 'country');
    if (country?.kind === 'country') return country.country.code;
  }
  return undefined;
}

function organization(ctx: BodyContext, first: number, last: number): PatternOrganization {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  const country = countryWithin(ctx, first, last);
  const name = ctx.body.slice(start, end).replace(/\s+/g, ' ');
  return country ? { name, start, end, country } : { name, start, end };
}

function englishNames(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  const hyphenOrSpace = (a: number, b: number) => /^[ \u00A0]?[-–&]?[ \u00A0]?$/.test(body.slice(a, b)) && b - a >= 1;
  // A title breaks a name ("Director of the Energy Agency", "Agency CEO Kim"): people hold titles, organizations do not.
  const isTitle = (k: number) => ctx.roleAt[k]! >= 0 && !EN_HEADS.has(tokens[k]!.forms[0]!.key);
  let after: (typeof tokens)[number] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.upper || token.script !== 'latin' || isTitle(i) || UZ_POSSESSOR.test(token.text)) continue;
    let last = i;
    let hasHead = EN_HEADS.has(token.forms[0]!.key);
    let sawOf = false;
    let lastComma = -1;
    let andAfterComma = false;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const gap = body.slice(tokens[j - 1]!.end, tokens[j]!.start);
      const next = tokens[j]!;
      const key = next.forms[0]!.key;
      if (gap === ', ') {
        // "Ministry of Investments, Industry and Trade": a list inside the complement of a head.
        if (!(hasHead && sawOf && next.upper && next.script === 'latin' && !isTitle(j))) break;
        lastComma = j;
        andAfterComma = false;
      } else if (!hyphenOrSpace(tokens[j - 1]!.end, next.start)) {
        // A hard-wrapped line may break a name right after a connector ("… Protection and\nClimate Change").
        if (!(gap === '\n' && EN_CONNECTORS.has(tokens[j - 1]!.forms[0]!.key) && last > i)) break;
      }
      if (next.upper && next.script === 'latin') {
        if (isTitle(j) || UZ_POSSESSOR.test(next.text)) break;
        last = j;
        hasHead ||= EN_HEADS.has(key);
      } else if (key === 'in') {
        // "Center for Training in Digital Technologies" continues; "… in Tashkent" does not.
        const after = tokens[j + 1];
        const placeHit = hitAtToken(ctx, j + 1);
        const place = placeHit?.payloads.some((p) => p.kind === 'place' || p.kind === 'country');
        if (after === undefined || !after.upper) break;
        // "Inha University in Tashkent": a university or institute named with its city (the branch campuses' style).
        if (place && placeHit !== undefined && last > i && UNIVERSITY_HEADS.has(tokens[last]!.forms[0]!.key) && placeHit.payloads.some((p) => p.kind === 'place')) {
          // The city closes the name: capitalized words after it are someone's name.
          last = placeHit.last;
          j = placeHit.last + 1;
          break;
        }
        if (place) break;
        // "SIX Swiss Exchange in Zurich", "Goddard Space Flight Center in Greenbelt": after a head, "in" gives
        // the seat, whether or not the gazetteer knows the town.
        if (EN_HEADS.has(tokens[last]!.forms[0]!.key) && last === j - 1) break;
      } else if (key === 'on' && (after = tokens[j + 1]) !== undefined && NOT_A_COMPLEMENT.has(after.forms[0]!.key)) {
        // "the Supreme Court on Monday": a date, not a field ("Council on Foreign Relations").
        break;
      } else if (EN_CONNECTORS.has(key)) {
        if (key === 'of') sawOf ||= hasHead;
        if (key === 'and' && lastComma >= 0) andAfterComma = true;
      } else {
        break;
      }
    }
    // A list never closed by "and" was a list of names, not one name: end before its first comma.
    if (lastComma >= 0 && !andAfterComma) last = Math.min(last, lastComma - 1);
    if (hasHead && !NOT_ORG_ENDS.has(tokens[last]!.forms[0]!.key)) {
      found.push(...splitAtAnd(ctx, i, last).filter((o) => !onlyCountries(ctx, o)));
    }
    i = Math.max(i, j - 1);
  }
  return found;
}

// Owners that belong to the name: "People’s Bank", "Women’s University", "Attorney’s Office", "Sheriff’s Department".
const ARTICLE_KEYS = keySet(['the', 'a', 'an']);
const COLLECTIVE_OWNERS = new Set([
  'people', 'women', 'children', 'men', 'workers', 'veterans', 'citizens', 'farmers', 'writers', 'attorney', 'sheriff',
  'governor', 'mayor', 'president', 'prosecutor', 'commissioner', 'chancellor', 'king', 'queen', 'speaker', 'marshal',
  'treasurer', 'comptroller', 'auditor', 'controller',
]);
const NOT_A_COMPLEMENT = keySet([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
// Heads of state bodies that translated English often gives a lower-case complement.
const STATE_HEADS = keySet(['Ministry', 'Agency', 'Committee', 'Department', 'Inspectorate', 'Service', 'Chamber']);
const LOWER_LINKS = keySet(['and', 'of', 'the']);
const MAX_LOWER_WORDS = 6;

/**
 * "the Ministry of investment and foreign trade of Uzbekistan", "Agency for strategic reforms": a state
 * body's head with a lower-case complement, closed by a named country or by punctuation.
 */
function lowerCaseComplements(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  for (let h = 0; h + 2 < tokens.length; h++) {
    if (!tokens[h]!.upper || !STATE_HEADS.has(tokens[h]!.forms[0]!.key)) continue;
    const link = tokens[h + 1]!.forms[0]!.key;
    if ((link !== 'of' && link !== 'for') || tokens[h + 2]!.upper || tokens[h + 2]!.script !== 'latin') continue;
    let last = h + 1;
    let words = 0;
    let closed = false;
    for (let j = h + 2; j < tokens.length && words <= MAX_LOWER_WORDS; j++) {
      if (!isSpaceGap(body, tokens[j - 1]!.end, tokens[j]!.start)) {
        closed = /^[,.;:)]/.test(body.slice(tokens[j - 1]!.end, tokens[j]!.start)) && !LOWER_LINKS.has(tokens[last]!.forms[0]!.key);
        break;
      }
      const token = tokens[j]!;
      const hit = hitAtToken(ctx, j);
      if (hit !== undefined && hit.first === j && tokens[j - 1]!.forms[0]!.key === 'of' && hit.payloads.some((p) => p.kind === 'country')) {
        last = hit.last;
        closed = true;
        break;
      }
      if (token.upper || token.script !== 'latin') break;
      if (!LOWER_LINKS.has(token.forms[0]!.key)) words += 1;
      last = j;
    }
    if (!closed || words === 0 || words > MAX_LOWER_WORDS) continue;
    found.push(organization(ctx, h, last));
    h = last;
  }
  return found;
}

// "Kazakh Tourism national company", "Silk Road Logistics company": capitalized words before a lower-case company word.
const COMPANY_WORD_AFTER = /^ (?:(?:national|state|state-owned|joint-stock|private|holding|investment|construction|trading) )?(?:company|corporation|holding|group|firm)\b/u;

const ANY_COMPANY_WORD = / (?:company|corporation|holding|group|firm)\b/u;

function namesBeforeCompanyWord(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  // Most bodies hold no lower-case company word at all: one scan saves a test per capitalized word.
  if (!ANY_COMPANY_WORD.test(body)) return found;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'latin' || !token.upper || /['’]s$/u.test(token.text) || !COMPANY_WORD_AFTER.test(body.slice(token.end, token.end + 40))) continue;
    let first = i;
    while (first > 0 && i - first < 3 && tokens[first - 1]!.upper && tokens[first - 1]!.script === 'latin' &&
      isSpaceGap(body, tokens[first - 1]!.end, tokens[first]!.start) && ctx.roleAt[first - 1]! < 0) first -= 1;
    // One word is too often a nationality or a sentence's first word ("Korean company", "The company").
    if (first === i || NOT_NAME_START.has(tokens[first]!.forms[0]!.key)) continue;
    const org = organization(ctx, first, i);
    if (!onlyCountries(ctx, org)) found.push(org);
  }
  return found;
}

// Names of things organizations run, not of organizations: "… Power Plant Construction Project".
const NOT_ORG_ENDS = keySet([
  'Project', 'Projects', 'Plant', 'Station', 'Programme', 'Program', 'Initiative', 'Strategy', 'Forum', 'Festival', 'Summit',
  'Conference', 'Week', 'Award', 'Awards', 'Zone', 'Road', 'Highway', 'Line', 'Corridor', 'Agreement', 'Treaty', 'Day', 'Year',
]);
// An Uzbek genitive of a surname ("Qo‘chqorovning") owns what follows; it does not start a company name.
const UZ_POSSESSOR = /(?:ov|ev|yev|ova|eva|yeva)ning$/u;

/** "Republic of Uzbekistan and the Russian Federation": every capitalized word belongs to a country name. */
function onlyCountries(ctx: BodyContext, o: PatternOrganization): boolean {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < o.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.start < o.start || !t.upper) continue;
    if (t.end > o.end) break;
    const hit = hitAtToken(ctx, k);
    if (!hit?.payloads.some((p) => p.kind === 'country')) return false;
  }
  return true;
}

/** "X Institute of … and the National Institute of …" is two names; "Ministry of Industry and Trade" is one. */
function splitAtAnd(ctx: BodyContext, first: number, last: number): PatternOrganization[] {
  const { tokens } = ctx;
  const parts: [number, number][] = [];
  let from = first;
  // "The Ministry of Culture, Sports and Tourism and the Ministry of …": when one "and" is followed by
  // "the", that is where two names meet; the other "and"s are inside a name.
  let andThe = false;
  for (let k = first + 1; k < last; k++) andThe ||= tokens[k]!.forms[0]!.key === 'and' && tokens[k + 1]!.forms[0]!.key === 'the';
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.forms[0]!.key !== 'and') continue;
    if (andThe && tokens[k + 1]!.forms[0]!.key !== 'the') continue;
    const left: [number, number] = [from, k - 1];
    const right: [number, number] = [k + 1, last];
    if ((andThe || hasHeadIn(ctx, ...left)) && hasHeadIn(ctx, ...right)) {
      parts.push(left);
      from = k + 1;
    } else if (EN_HEADS.has(tokens[k - 1]!.forms[0]!.key) && k - 1 > from) {
      // "Sierra Nevada Corporation and SpaceX": a name closed by its head ends at "and"; what follows
      // is another name, kept only if it has a head of its own.
      parts.push(left);
      from = k + 1;
    }
  }
  parts.push([from, last]);
  const found: PatternOrganization[] = [];
  for (let [a, b] of parts) {
    if (ARTICLE_KEYS.has(tokens[a]!.forms[0]!.key)) a += 1;
    // "Uzbekistan’s Ministry of …": a possessive country owns the name, it is not part of it.
    if (a < b && /['’]s$/.test(tokens[a]!.text) && hitAtToken(ctx, a)?.payloads.some((p) => p.kind === 'country')) a += 1;
    // "NASA’s Goddard Space Flight Center", "South Korea’s Ministry of …", "Braun’s Ithaca Holdings": an owner in the
    // possessive is not part of the name ("People’s Bank", "Women’s University" are).
    for (let k = b - 1; k >= a; k--) {
      const m = /^(\p{L}+)['’]s$/u.exec(tokens[k]!.text);
      if (m === null || COLLECTIVE_OWNERS.has(m[1]!.toLowerCase())) continue;
      a = k + 1;
      break;
    }
    // "Officials of the Ministry of …": words before the first "of" without a head are not part of the name.
    for (let k = a + 1; k < b; k++) {
      if (tokens[k]!.forms[0]!.key !== 'of') continue;
      if (!hasHeadIn(ctx, a, k - 1) && hasHeadIn(ctx, k + 1, b)) a = tokens[k + 1]!.forms[0]!.key === 'the' ? k + 2 : k + 1;
      break;
    }
    // "… Energy Agency Sok Jai Choi": capitalized words right after the last head (no "of" between) are a name.
    let lastHead = -1;
    for (let k = a; k <= b; k++) if (EN_HEADS.has(tokens[k]!.forms[0]!.key)) lastHead = k;
    if (lastHead >= a && lastHead < b) {
      let plain = true;
      for (let k = lastHead + 1; k <= b; k++) plain &&= tokens[k]!.upper && !EN_CONNECTORS.has(tokens[k]!.forms[0]!.key);
      if (plain) b = lastHead;
    }
    if (b >= a && hasHeadIn(ctx, a, b) && (b > a || !EN_HEADS.has(tokens[a]!.forms[0]!.key))) found.push(organization(ctx, a, b));
  }
  return found;
}

function hasHeadIn(ctx: BodyContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (EN_HEADS.has(ctx.tokens[k]!.forms[0]!.key)) return true;
  return false;
}

function quotedNames(ctx: BodyContext): PatternOrganization[] {
  const { body, tokens } = ctx;
  const found: PatternOrganization[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!RU_KINDS.has(tokens[t]!.forms[0]!.key)) continue;
    let open = tokens[t]!.end;
    while (body[open] === ' ' || body[open] === '\u00A0') open++;
    const close = QUOTE_PAIRS[body[open] ?? ''];
    if (close === undefined) continue;
    // Bounded look-ahead: an unclosed quote costs at most the window, whatever the body's length.
    const within = body.slice(open + 1, open + 81).indexOf(close);
    if (within < 0) continue;
    const end = open + 1 + within;
    const name = body.slice(open + 1, end);
    const words = name.trim().split(/\s+/);
    if (name.trim() !== name || words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    found.push({ name, start: open + 1, end });
  }
  return found;
}

const CLOSING_QUOTES: Record<string, string> = { '»': '«', '"': '"', '”': '“', '“': '„' };

/** A quoted name followed by a company word: "“Sang Yoo Foundation” kompaniyasi". */
function quotedBeforeKind(ctx: BodyContext): PatternOrganization[] {
  const { body, tokens } = ctx;
  const found: PatternOrganization[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (!KINDS_AFTER.has(tokens[t]!.forms[0]!.key)) continue;
    let close = tokens[t]!.start - 1;
    while (close > 0 && (body[close] === ' ' || body[close] === '\u00A0')) close--;
    const opening = CLOSING_QUOTES[body[close] ?? ''];
    if (opening === undefined) continue;
    const from = Math.max(0, close - 80);
    const open = body.slice(from, close).lastIndexOf(opening);
    if (open < 0) continue;
    const start = from + open + 1;
    const name = body.slice(start, close);
    if (name.trim() !== name || name.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    found.push({ name, start, end: close });
  }
  return found;
}

// Words that introduce company names in English: "South Korean companies Hanil, Dongsan and Motrex",
// "brands like Blue Atlas", "national carrier Silk Air".
const EN_COMPANY_CUES = keySet([
  'companies', 'company', 'firms', 'firm', 'brands', 'brand', 'carrier', 'airline', 'automaker', 'carmaker', 'retailers',
  'retailer', 'manufacturer', 'manufacturers', 'developer', 'operator', 'startup', 'start-up', 'bank', 'banks', 'lender',
]);
const EN_CUE_LINKS = /^\s\(?$/u;
const NOT_NAME_START = keySet(['The', 'This', 'These', 'Those', 'Its', 'Their', 'Our', 'In', 'On', 'At', 'For', 'And', 'But', 'A', 'An']);

/** Capitalized names right after a company word, and the list they open. */
function cuedNames(ctx: BodyContext): PatternOrganization[] {
  const { body, tokens } = ctx;
  const found: PatternOrganization[] = [];
  for (let c = 0; c + 1 < tokens.length; c++) {
    const cue = tokens[c]!;
    if (cue.script !== 'latin' || cue.upper || !EN_COMPANY_CUES.has(cue.forms[0]!.key)) continue;
    let i = c + 1;
    const gap = body.slice(cue.end, tokens[i]!.start);
    if (!EN_CUE_LINKS.test(gap)) continue;
    // "such as", "like" and "including" are tokens of their own: step over them.
    if (tokens[i]!.text === 'such' && tokens[i + 1]?.text === 'as') i += 2;
    else if (tokens[i]!.text === 'like' || tokens[i]!.text === 'including') i += 1;
    if (i >= tokens.length) break;
    const plural = /s$/.test(cue.text);
    for (let items = 0; items < 8 && i < tokens.length; items++) {
      const first = i;
      const token = tokens[first]!;
      if (!token.upper || token.script !== 'latin' || NOT_NAME_START.has(token.forms[0]!.key) || ctx.roleAt[first]! >= 0) break;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.upper && tokens[last + 1]!.script === 'latin' && ctx.roleAt[last + 1]! < 0 &&
        /^(?:[ \u00A0]|&|[ \u00A0]&[ \u00A0]|-)$/.test(body.slice(tokens[last]!.end, tokens[last + 1]!.start)) && last - first < 4) last++;
      // A country or a nationality is not a company; a place is one only in a list of companies ("companies Sejong, …").
      const hit = hitAtToken(ctx, first);
      const kinds = hit?.payloads.map((p) => p.kind) ?? [];
      if (kinds.includes('country') || kinds.includes('person') || (kinds.length > 0 && !plural)) break;
      found.push(organization(ctx, first, last));
      if (!plural) break;
      const next = tokens[last + 1];
      if (next === undefined) break;
      const between = body.slice(tokens[last]!.end, next.start);
      if (between === ', ') i = last + 1;
      else if (between === ' ' && next.forms[0]!.key === 'and') i = last + 2;
      else if (between === ', ' || (between === ' ' && next.text === 'and')) i = last + 2;
      else break;
    }
  }
  return found;
}

// "한국 기업 미드바르(MIDBAR)가": a Korean company word, the Hangul name, its Latin spelling in brackets.
const KO_BRACKETED = /(?:기업|업체|회사|스타트업|기관)\s[\uAC00-\uD7A3]{2,12}\(([A-Z][A-Za-z0-9&.\- ]{1,30})\)/gu;

function koreanBracketed(ctx: BodyContext): PatternOrganization[] {
  const found: PatternOrganization[] = [];
  KO_BRACKETED.lastIndex = 0;
  for (let m = KO_BRACKETED.exec(ctx.body); m !== null; m = KO_BRACKETED.exec(ctx.body)) {
    const start = m.index + m[0].length - 1 - m[1]!.length;
    found.push({ name: m[1]!, start, end: start + m[1]!.length });
  }
  return found;
}

// "GAP, 리바이 스트라우스, 인디텍스, 월마트 등 100여개 서방 의류 업체들": a list closed by 등 ("and others")
// and, a few words on, a company noun.
const KO_COMPANY_NOUN = /^(?:업체|기업|회사|브랜드|제조사|은행|그룹)/u;
const MAX_LIST_ITEMS = 8;

function koreanCompanyLists(ctx: BodyContext): PatternOrganization[] {
  const { body, tokens } = ctx;
  const found: PatternOrganization[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (tokens[t]!.text !== '등' || !isSpaceGap(body, tokens[t - 1]!.end, tokens[t]!.start)) continue;
    let noun = false;
    // The words between 등 and the noun modify it; a word with a particle ends the phrase ("염료 등 수출 확대와 우리 기업").
    for (let k = t + 1; k <= t + 5 && k < tokens.length && !noun; k++) {
      noun = KO_COMPANY_NOUN.test(tokens[k]!.text);
      if (!noun && /[와과의을를이가은는에도]$/u.test(tokens[k]!.text)) break;
    }
    if (!noun) continue;
    // Walk back over items of one or two words separated by ", ".
    const items: [number, number][] = [];
    let last = t - 1;
    while (items.length < MAX_LIST_ITEMS && last >= 0) {
      let first = last;
      if (first > 0 && isSpaceGap(body, tokens[first - 1]!.end, tokens[first]!.start) && tokens[first - 1]!.script === tokens[first]!.script &&
        (first - 1 === 0 || body.slice(tokens[first - 2]!.end, tokens[first - 1]!.start) === ', ')) first -= 1;
      items.push([first, last]);
      if (first === 0 || body.slice(tokens[first - 1]!.end, tokens[first]!.start) !== ', ') break;
      last = first - 1;
    }
    if (items.length < 2) continue;
    for (const [first, last] of items) {
      const kinds = hitAtToken(ctx, first)?.payloads.map((p) => p.kind) ?? [];
      if (kinds.includes('country') || kinds.includes('place') || kinds.includes('person')) continue;
      found.push(organization(ctx, first, last));
    }
  }
  return found;
}

// Russian institution nouns in the nominative with their gender, which the adjectives before them take.
const RU_HEAD_NOUNS: readonly [string, 'm' | 'f' | 'n'][] = [
  ['министерство', 'n'], ['агентство', 'n'], ['посольство', 'n'], ['управление', 'n'], ['объединение', 'n'],
  ['комитет', 'm'], ['совет', 'm'], ['банк', 'm'], ['эксимбанк', 'm'], ['союз', 'm'], ['фонд', 'm'], ['университет', 'm'],
  ['институт', 'm'], ['центр', 'm'], ['департамент', 'm'], ['парламент', 'm'], ['сенат', 'm'], ['холдинг', 'm'],
  ['комиссия', 'f'], ['служба', 'f'], ['палата', 'f'], ['ассоциация', 'f'], ['академия', 'f'], ['корпорация', 'f'],
  ['организация', 'f'], ['инспекция', 'f'], ['биржа', 'f'],
];
const RU_HEAD_BY_STEM = new Map(RU_HEAD_NOUNS.map(([word, gender]) => [ruStem(word), { word, gender }]));
const RU_ADJECTIVE_FORM = /^(\p{L}\p{Ll}+?)(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей)$/u;

/** An adjective in the case its noun stands in, put in the nominative of the noun's gender ("Европейского" → "Европейский"). */
function nominativeAdjective(word: string, gender: 'm' | 'f' | 'n'): string {
  const m = RU_ADJECTIVE_FORM.exec(word);
  if (m === null) return word;
  const stem = m[1]!;
  const soft = /[кгхжшчщ]$/u.test(stem);
  if (gender === 'f') return stem + 'ая';
  if (gender === 'n') return stem + (/[жшчщ]$/u.test(stem) ? 'ее' : 'ое');
  return stem + (soft || /ий|его|ему|им|ем$/u.test(m[2]!) ? 'ий' : 'ый');
}

type RuHead = { word: string; gender: 'm' | 'f' | 'n' };
const RU_HEAD_CACHE = new Map<string, RuHead | null>();

function headAt(ctx: BodyContext, i: number): RuHead | undefined {
  const token = ctx.tokens[i]!;
  if (token.script !== 'cyrillic') return undefined;
  let head = RU_HEAD_CACHE.get(token.text);
  if (head === undefined) {
    head = RU_HEAD_BY_STEM.get(ruStem(token.text.toLowerCase().replace(/ё/g, 'е'))) ?? null;
    if (RU_HEAD_CACHE.size > 20_000) RU_HEAD_CACHE.clear();
    RU_HEAD_CACHE.set(token.text, head);
  }
  return head ?? undefined;
}

/**
 * Russian institution names, put in the nominative: an institution noun (after
 * capitalized adjectives: "Европейского инвестиционного банка") with its genitive
 * complement ("инвестиций, промышленности и торговли", "Республики Корея"), up to
 * a named country or place. Only the head phrase is inflected by the sentence;
 * the complement is genitive in every case, so it is kept as written.
 */
function russianHeads(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(ctx, i);
    // "пресс-служба": a compound names a department of someone already named, not an institution.
    if (head === undefined || body[tokens[i]!.start - 1] === '-') continue;
    // Adjectives before the noun: the first capitalized, any after it lower-case ("Европейский инвестиционный банк").
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= 3 && isSpaceGap(body, tokens[k]!.end, tokens[k + 1]!.start); k--) {
      if (!RU_ADJECTIVE_FORM.test(tokens[k]!.text) || tokens[k]!.script !== 'cyrillic') break;
      first = k;
      if (tokens[k]!.upper) break;
    }
    if (first < i && !tokens[first]!.upper) first = i;
    // The complement: lower-case genitive words, "и", commas inside a list, then a named country or place.
    let last = i;
    let j = i + 1;
    for (; j < tokens.length && j - i <= 8; j++) {
      const gap = body.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!isSpaceGap(body, tokens[j - 1]!.end, tokens[j]!.start) && gap !== ', ') break;
      const next = tokens[j]!;
      const hit = hitAtToken(ctx, j);
      if (hit !== undefined && hit.first === j && hit.payloads.some((p) => p.kind === 'country' || p.kind === 'place')) {
        last = hit.last;
        break;
      }
      // A title after the noun is someone's ("Сенат раиси", "банка председатель"), not part of the name.
      if (next.upper || next.script !== 'cyrillic' || SPEECH_WORDS.test(next.text) || UZBEK_WORD.test(next.text) || ctx.roleAt[j]! >= 0) break;
      if (gap === ', ' && !listClosesWithAnd(ctx, j)) break;
      // "… торговли и компанией ACWA Power": "и" before another institution ends this one.
      const after = tokens[j + 1];
      if (next.text === 'и' && after !== undefined && (headAt(ctx, j + 1) !== undefined || RU_KINDS.has(after.forms[0]!.key))) break;
      last = j;
    }
    const capitalized = tokens[first]!.upper;
    // A lower-case noun alone ("банк", "совета") names nothing; with a named complement it does ("посольстве Республики Корея").
    const named = countryWithin(ctx, i + 1, last) !== undefined || hitAtToken(ctx, last)?.payloads.some((p) => p.kind === 'place');
    if (!capitalized && !named) continue;
    if (last === i && first === i) continue;
    // A complement never ends on a conjunction or on an adjective waiting for its noun ("… узбекского").
    while (last > i && (/^(?:и|в|по|при)$/u.test(tokens[last]!.text) || /(?:ого|его|ой|ых|их)$/u.test(tokens[last]!.text))) last -= 1;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const adjectives = tokens.slice(first, i).map((t) => nominativeAdjective(t.text, head.gender));
    const noun = capitalized && first === i ? head.word[0]!.toUpperCase() + head.word.slice(1) : head.word;
    const rest = last > i ? body.slice(tokens[i]!.end, end) : '';
    const name = [...adjectives, noun].join(' ') + rest.replace(/\s+/g, ' ');
    const country = countryWithin(ctx, first, last);
    found.push(country ? { name, start, end, country } : { name, start, end });
    i = last;
  }
  return found;
}

// Uzbek Cyrillic words (letters Russian lacks, Uzbek plural-possessive and case endings) are not a Russian complement.
const UZBEK_WORD = /[ўқғҳ]|лари$|^ва$/u;
const SPEECH_WORDS = /^(?:сообщил[аи]?|заявил[аи]?|отметил[аи]?|сообщает|сообщили)$/u;

function listClosesWithAnd(ctx: BodyContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length && k - from <= 6; k++) {
    if (ctx.tokens[k]!.text === 'и') return true;
    if (!isSpaceGap(ctx.body, ctx.tokens[k]!.end, ctx.tokens[k + 1]?.start ?? ctx.tokens[k]!.end) && ctx.body.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]?.start ?? 0) !== ', ') return false;
  }
  return false;
}

// Uzbek institution words end the name and carry the possessive (-i/-si): "Moliya vazirligi",
// "Koreya xalqaro hamkorlik agentligi", "Андижон вилояти ҳокимлиги"; a case suffix may follow.
const UZ_HEAD = new RegExp(
  '^(' +
    [
      'vazirligi', '\\p{L}*banki', 'agentligi', 'qomitasi', 'universiteti', 'instituti', 'markazi', 'jamgarmasi', 'palatasi',
      'kompaniyasi', 'hokimligi', 'assotsiatsiyasi', 'uyushmasi', 'xizmati', 'departamenti', 'boshqarmasi', 'kengashi', 'senati',
      'elchixonasi', 'inspeksiyasi', 'akademiyasi', 'korporatsiyasi', 'fondi', 'birlashmasi', 'assambleyasi',
      'вазирлиги', 'банки', 'агентлиги', 'қўмитаси', 'университети', 'институти', 'маркази', 'жамғармаси', 'палатаси',
      'компанияси', 'ҳокимлиги', 'ассоциацияси', 'уюшмаси', 'хизмати', 'департаменти', 'бошқармаси', 'кенгаши', 'сенати',
      'элчихонаси', 'инспекцияси', 'академияси', 'корпорацияси', 'фонди', 'бирлашмаси', 'ассамблеяси',
    ].join('|') +
    ')(ning|dagi|ga|da|dan|ni|нинг|даги|га|да|дан|ни)?$',
  'u',
);
const UZ_APOSTROPHES = /['’‘`ʻʼ]/g;
// Every head ends in i/и, possibly before a case suffix: most words are turned away before the regex.
const UZ_HEAD_HINT = /[iи](?:ning|dagi|ga|da|dan|ni|нинг|даги|га|да|дан|ни)?$/u;
const UZ_HEAD_CACHE = new Map<string, RegExpExecArray | null>();

function uzbekHead(word: string): RegExpExecArray | null {
  if (!UZ_HEAD_HINT.test(word)) return null;
  let m = UZ_HEAD_CACHE.get(word);
  if (m === undefined) {
    m = UZ_HEAD.exec(word.toLowerCase().replace(UZ_APOSTROPHES, ''));
    if (UZ_HEAD_CACHE.size > 20_000) UZ_HEAD_CACHE.clear();
    UZ_HEAD_CACHE.set(word, m);
  }
  return m;
}
const MAX_LOWER_BEFORE_HEAD = 5;

function uzbekHeads(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    if (head.script !== 'latin' && head.script !== 'cyrillic') continue;
    const m = uzbekHead(head.text);
    if (m === null) continue;
    // Walk back over the words of the name: a run of lower-case words ("xalqaro hamkorlik"), then
    // the capitalized words that open it ("Koreya", "Oʻzbekiston Respublikasi Investitsiyalar").
    let start = head.upper ? h : -1;
    let lower = 0;
    for (let k = h - 1; k >= 0 && h - k <= 10; k--) {
      const gap = body.slice(tokens[k]!.end, tokens[k + 1]!.start);
      if (!isSpaceGap(body, tokens[k]!.end, tokens[k + 1]!.start) && gap !== ', ' && gap !== '-' && gap !== '–') break;
      const hit = hitAtToken(ctx, k);
      if (hit?.payloads.some((p) => p.kind === 'person')) break;
      const token = tokens[k]!;
      // "Jamshid Qo‘chqorovning Evergreen Motors Group kompaniyasi": the owner's genitive is not in the name.
      if (UZ_POSSESSOR.test(token.text)) break;
      if (token.upper) {
        start = k;
      } else if (start >= 0 && start < h && tokens[start]!.upper && k < start) {
        break;
      } else if (++lower > MAX_LOWER_BEFORE_HEAD) {
        break;
      }
    }
    if (start < 0) continue;
    // "Bu haqda vazirlik matbuot xizmati": one capitalized word opening the sentence, then lower-case
    // words, is the sentence's first word, not the start of a name.
    const opensSentence = start === 0 || /[.!?\n]\s*$/.test(body.slice(Math.max(0, tokens[start]!.start - 3), tokens[start]!.start));
    const nextUpper = start + 1 < h && tokens[start + 1]!.upper;
    const named = hitAtToken(ctx, start) !== undefined;
    // "Иқтисодий ривожланиш бўйича ҳамкорлик жамғармаси (EDCF)": an initialism in brackets confirms the name.
    const bracketed = /^ ?\((?:[A-ZА-ЯЁЎҚҒҲ][A-Za-zА-Яа-яЁёЎўҚқҒғҲҳ&]{1,9})\)/u.test(body.slice(head.end, head.end + 14));
    if (opensSentence && start + 1 < h && !named && !bracketed) {
      // "Bugun Qishloq xoʻjaligi vazirligi": the sentence's first word opens no name; the next capital may.
      if (!nextUpper) continue;
      start += 1;
    }
    const suffix = m[2] ?? '';
    const end = head.end - suffix.length;
    const name = body.slice(tokens[start]!.start, end).replace(/\s+/g, ' ');
    const country = countryWithin(ctx, start, h);
    found.push(country ? { name, start: tokens[start]!.start, end, country } : { name, start: tokens[start]!.start, end });
  }
  return found;
}

// Korean institution names are one word ending in an institution suffix ("산업통상자원부", "한국무역협회", "관세청").
const KO_ORG = /^[\uAC00-\uD7A3]+(?:협회|연구원|진흥원|개발원|공사|공단|은행|대학교|재단|위원회|연합회|상공회의소|그룹|대사관|총영사관|기구|연맹|연구소|협의회|기금|중공업)$|^[\uAC00-\uD7A3]{2,}[부청]$/u;
const KO_NOT_ORG = /(?:정부|일부|내부|외부|전부|북부|남부|동부|서부|중부|본부|세부|간부|대부|상부|하부|요청|신청|초청|경청|시청)$/u;

function koreanNames(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  tokens.forEach((token, t) => {
    if (token.script !== 'hangul' || token.text.length < 3) return;
    // The longest reading that is an institution name (particles stripped: "법무부는" → "법무부").
    for (const form of token.forms) {
      const name = token.text.slice(0, token.text.length - form.cut);
      if (name.length < 3 || !KO_ORG.test(name) || KO_NOT_ORG.test(name)) continue;
      const end = token.start + name.length;
      // "고용 및 빈곤감축부": two fields joined by 및 ("and") name one institution.
      const and = tokens[t - 1];
      const field = tokens[t - 2];
      if (and?.text === '및' && field !== undefined && /^[\uAC00-\uD7A3]{2,6}$/u.test(field.text) && !KO_PARTICLE_END.test(field.text) &&
        isSpaceGap(body, field.end, and.start) && isSpaceGap(body, and.end, token.start)) {
        found.push({ name: body.slice(field.start, end), start: field.start, end });
      } else {
        found.push({ name, start: token.start, end });
      }
      break;
    }
  });
  return found;
}
// A Hangul word ending in a case particle is no field of a name ("기술과", "협력을").
const KO_PARTICLE_END = /[은는이가을를의에와과도로]$/u;

// Capitals that are not organizations: units, currencies, documents, titles, common abbreviations.
const NOT_ORG_ACRONYMS = new Set(
  ('MOU MOUS MOA CEO CFO CTO COO GDP GNP USD EUR KRW UZS RUB KZT CNY JPY GBP FDI ICT ESG SME SMES PPP LNG LPG CNG EV EVS TV ' +
    'USA UAE UK EU RK RF PRC ROK DPRK USSR CIS OK PM AM VIP PHD MW GW KW KWH MWH GWH TWH LLC JSC LTD INC PLC ID PR HR IT AI ' +
    'AJ MCHJ ООО АО ПАО ЗАО ОАО CO2 COVID NEWS PHOTO VIDEO FAQ PDF HTML URL TASS UNESCO RSS API R&D M&A B2B B2C ASAP ETC ' +
    'GMT UTC KST UZT JV FTA EPA WTO CBU QR SMS GPS USB NB BRB MROT GMP BPO KPO SAF SIP ODA LRT BRT SEZ FEZ EIZ TIZ IPO EPC PPA ' +
    'BOT NPL KPI MTM ATM POS VAT CIF FOB ' +
    // Products, technology, medicine and finance: "SUV", "CPU", "LED", "EBITDA", "SARS".
    'SUV SUVS CPU GPU RAM SSD HDD LED LCD OLED DVD HDMI USB LAN WAN VPN HDR FPS DVI APP APPS CTR CPM RPM ROI EBITDA EPS ' +
    'RRP MSRP BMI ICU ER DNA RNA HIV AIDS SARS MERS PCR BPA PET PVC CEO VR AR IOT SAAS SEO CRM ERP OEM ' +
    // Common words written in capitals for emphasis.
    'THE AND FOR NOT ALL NEW NOW TOP HOT BIG BEST FREE LIVE MORE SALE WOW YES PLAN BUILD GROW HUGE DID ONE TWO ' +
    // Cyrillic: countries, currencies, plants, accidents, wages, taxes, diseases, schools, fuel, events.
    'США АҚШ ОАЭ КНР КНДР СССР СНГ ДТП МРОТ БРВ АЭС ГЭС ТЭС ТЭЦ ВВП НДС НДФЛ ЖКХ ЖКУ ПДД ГСМ АЗС ЛЭП СМИ ВУЗ ВИЧ ' +
    'СПИД ОРВИ ДНК ИВЛ ЕГЭ ОГЭ СИЗО МКАД ТРЦ НИОКР КПП ЭКСПО МИР ЧМ ПАО ЗАО ОАО АКБ ГУП ЧП ЧС ИНН ПИН ТВ').split(' '),
);

// Russian and Uzbek Cyrillic initialisms (СГБ, УВД, ЕБРР, ЦСКА); two letters are too often something else.
const CYRILLIC_ACRONYM = /^[А-ЯЁЎҚҒҲ]{3,6}$/u;

function acronymNames(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  tokens.forEach((token, i) => {
    if (!token.upper || token.text.length > 6) return;
    if (token.script === 'cyrillic' ? !CYRILLIC_ACRONYM.test(token.text) : token.script !== 'latin' || !/^[A-Z][A-Z0-9&]{2,5}$/.test(token.text)) return;
    // A digit makes a model, a code or a year: "RAV4", "PS4", "FY2020".
    if (NOT_ORG_ACRONYMS.has(token.text) || /\d/.test(token.text)) return;
    if (hitAtToken(ctx, i) !== undefined) return;
    // Capitals next to capitals are a shouted headline, not a name.
    const shouting = (t: typeof token | undefined) =>
      t !== undefined && /^[A-Z][A-Z0-9]+$/.test(t.text) && !NOT_ORG_ACRONYMS.has(t.text) && t.start - token.end < 3 && token.start - t.end < 3;
    if (shouting(tokens[i - 1]) || shouting(tokens[i + 1])) return;
    if (body[token.start - 1] === '(' && body[token.end] === ')') return;
    found.push({ name: token.text, start: token.start, end: token.end });
  });
  return found;
}
