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
import { isSpaceGap, phraseKeys } from './text';

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
]);
const EN_CONNECTORS = keySet(['of', 'and', 'for', 'the', '&', 'de', 'on']);

const RU_KINDS = keySet([
  'компания', 'корпорация', 'банк', 'холдинг', 'концерн', 'группа', 'фонд', 'агентство', 'предприятие', 'завод',
  'комбинат', 'ассоциация', 'объединение', 'организация', 'общество', 'фирма', 'ООО', 'АО', 'ПАО', 'ЗАО', 'ОАО', 'АК',
  'АКБ', 'ГК', 'СП', 'ИП', 'ГУП', 'УП', 'MChJ', 'AJ', 'kompaniyasi', 'kompaniya',
]);
const RU_HEADS = keySet([
  'Министерство', 'Агентство', 'Комитет', 'Палата', 'Ассоциация', 'Академия', 'Университет', 'Институт', 'Центр',
  'Фонд', 'Корпорация', 'Служба', 'Инспекция', 'Банк',
]);

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '"': '"', '„': '“', '“': '”' };

export function findPatternOrganizations(ctx: BodyContext): PatternOrganization[] {
  const found = [...englishNames(ctx), ...quotedNames(ctx), ...russianHeads(ctx)];
  // Known hits do not overlap one another, so they are sorted by start and by end alike.
  const known = ctx.hits.filter((h) => h.payloads.some((p) => p.kind === 'organization' || p.kind === 'person'));
  return found.filter((o) => !overlapsAny(known, o.start, o.end)).sort((a, b) => a.start - b.start);
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
  const hyphenOrSpace = (a: number, b: number) => /^[ \u00A0]?-?[ \u00A0]?$/.test(body.slice(a, b)) && b - a >= 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.upper || token.script !== 'latin') continue;
    let last = i;
    let hasHead = EN_HEADS.has(token.forms[0]!.key);
    let j = i + 1;
    for (; j < tokens.length && hyphenOrSpace(tokens[j - 1]!.end, tokens[j]!.start); j++) {
      const next = tokens[j]!;
      const key = next.forms[0]!.key;
      if (next.upper && next.script === 'latin') {
        last = j;
        hasHead ||= EN_HEADS.has(key);
      } else if (key === 'in') {
        // "Center for Training in Digital Technologies" continues; "… in Tashkent" does not.
        const after = tokens[j + 1];
        const place = hitAtToken(ctx, j + 1)?.payloads.some((p) => p.kind === 'place' || p.kind === 'country');
        if (after === undefined || !after.upper || place) break;
      } else if (!EN_CONNECTORS.has(key)) {
        break;
      }
    }
    if (hasHead) found.push(...splitAtAnd(ctx, i, last));
    i = Math.max(i, j - 1);
  }
  return found;
}

/** "X Institute of … and the National Institute of …" is two names; "Ministry of Industry and Trade" is one. */
function splitAtAnd(ctx: BodyContext, first: number, last: number): PatternOrganization[] {
  const { tokens } = ctx;
  const parts: [number, number][] = [];
  let from = first;
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.forms[0]!.key !== 'and') continue;
    const left: [number, number] = [from, k - 1];
    const right: [number, number] = [k + 1, last];
    if (hasHeadIn(ctx, ...left) && hasHeadIn(ctx, ...right)) {
      parts.push(left);
      from = k + 1;
    }
  }
  parts.push([from, last]);
  const found: PatternOrganization[] = [];
  for (let [a, b] of parts) {
    if (tokens[a]!.forms[0]!.key === 'the') a += 1;
    if (b > a && hasHeadIn(ctx, a, b)) found.push(organization(ctx, a, b));
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
    const end = body.indexOf(close, open + 1);
    if (end < 0 || end - open > 80) continue;
    const name = body.slice(open + 1, end);
    const words = name.trim().split(/\s+/);
    if (name.trim() !== name || words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    found.push({ name, start: open + 1, end });
  }
  return found;
}

function russianHeads(ctx: BodyContext): PatternOrganization[] {
  const { tokens, body } = ctx;
  const found: PatternOrganization[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.upper || token.script !== 'cyrillic' || !RU_HEADS.has(token.forms[0]!.key)) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i <= 5 && isSpaceGap(body, tokens[j - 1]!.end, tokens[j]!.start); j++) {
      const next = tokens[j]!;
      const hit = hitAtToken(ctx, j);
      if (hit !== undefined && hit.first === j && hit.payloads.some((p) => p.kind === 'country')) {
        last = hit.last;
        break;
      }
      if (next.upper || next.script !== 'cyrillic') break;
      last = j;
    }
    if (last > i) found.push(organization(ctx, i, last));
  }
  return found;
}
