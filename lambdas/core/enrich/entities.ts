/**
 * entities: people (with stated roles), organizations, countries, cities and
 * regions, each merged into one Entity with every mention. Known names come
 * from the gazetteer; unknown people are picked up next to a title or a speech
 * verb, unknown organizations by name patterns (organizations.ts).
 */
import { keyOf } from './entity-key';
import { contextOf, enrichmentText, type BodyContext } from './context';
import type { GazetteerHit, KnownPerson, PersonForm } from './gazetteer';
import type { LexiconMatch } from './lexicon';
import { hasSurnameShape, koreanNames, surnameShapes } from './name-shapes';
import { findPatternOrganizations } from './organizations';
import { isJoiningGap, isSpaceGap, phraseKeys, type Token } from './text';
import type { EnrichmentInput, Entity, EntityType, Mention } from './types';

/** A stated role found beside a person. */
interface RoleFinding {
  text: string;
  country?: string;
}

interface EntityBuilder {
  type: EntityType;
  name: string;
  key: string;
  country?: string;
  role?: RoleFinding;
  aliases?: string[];
  mentions: Mention[];
  /** Mention starts, so a repeated mention is found in constant time. */
  starts: Set<number>;
}

const keySet = (words: string[]) => new Set(words.map((w) => phraseKeys(w)[0]!));

export const SPEECH_VERBS = keySet([
  'said', 'says', 'told', 'noted', 'added', 'stated', 'explained', 'emphasized', 'emphasised', 'stressed', 'underlined',
  'remarked', 'announced', 'declared', 'highlighted', 'proposed', 'suggested', 'urged', 'replied', 'asked', 'insisted',
  'заявил', 'сказал', 'отметил', 'подчеркнул', 'сообщил', 'добавил', 'пояснил', 'предложил', 'заметил', 'указал',
  'dedi', 'taʼkidladi', 'bildirdi',
]);

// Capitalized words that open sentences or headings and are never a first name.
const NOT_A_NAME = keySet([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'This', 'That', 'These', 'Those', 'During', 'After',
  'Before', 'When', 'While', 'But', 'And', 'However', 'Meanwhile', 'According', 'Both', 'Our', 'His', 'Her', 'Their',
  'It', 'He', 'She', 'They', 'We', 'Mr', 'Mrs', 'Ms', 'Dr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Officials', 'Experts', 'Analysts', 'Sources', 'Government', 'State',
  'Extraordinary', 'Plenipotentiary', 'Honorary', 'Acting', 'Deputy', 'Senior', 'Chief', 'General', 'National', 'Hall',
  'Он', 'Она', 'Они', 'Мы', 'В', 'На', 'По', 'Как', 'Также', 'Это', 'При', 'Для', 'Глава', 'Президент',
  // Titles and ranks written in front of a name, which the role list does not carry: "Lt. Matt Harris".
  'Administrator', 'Lt', 'Sgt', 'Col', 'Gen', 'Capt', 'Cmdr', 'Maj', 'Rep', 'Sen', 'Gov', 'Prof', 'Officer', 'Detective',
  'Judge', 'Justice', 'Attorney', 'Professor', 'Sheriff', 'Inspector', 'Minister', 'Ambassador', 'Director', 'Doctor',
  'Сейчас', 'Сегодня', 'Вчера', 'Теперь', 'Здесь', 'Там',
]);
// Words that head the names of institutions, media, events and things, never a person's: a title followed by
// "Center for Environmental Politics", "Fox News", "Premier League" or "Ceres Robotics Inc" names no one.
const NOT_IN_PERSON_NAME = keySet([
  'Bank', 'University', 'Institute', 'Agency', 'Ministry', 'Academy', 'Corporation', 'Corp', 'Company', 'Fund',
  'Association', 'Committee', 'Council', 'Chamber', 'Organization', 'Organisation', 'Authority', 'Commission', 'Centre',
  'Center', 'Group', 'Holding', 'Holdings', 'Foundation', 'Inc', 'Ltd', 'LLC', 'JSC', 'PLC', 'Bureau', 'College',
  'Federation', 'Society', 'Motors', 'Airways', 'Airlines', 'Railways', 'Consortium', 'Embassy', 'Department', 'Service',
  'Senate', 'Parliament', 'Exchange', 'Museum', 'School', 'Administration', 'Court', 'Office', 'Assembly', 'Industries',
  'Project', 'Program', 'Programme', 'Initiative', 'Strategy', 'Forum', 'Festival', 'Summit', 'Conference', 'Week',
  'Award', 'Awards', 'Prize', 'Cup', 'League', 'Championship', 'Games', 'Club', 'Team', 'Party', 'Partner', 'Partners',
  'Edition', 'Politics', 'Policy', 'Rights', 'International', 'Network', 'News', 'Times', 'Journal', 'Herald',
  'Tribune', 'Gazette', 'Chronicle', 'Daily', 'Magazine', 'Television', 'Radio', 'Press', 'Media', 'Report', 'Act',
  'Street', 'Avenue', 'Square', 'Airport', 'Hospital', 'Hotel', 'Stadium', 'Arena', 'Region', 'Province',
  'District', 'Republic', 'Kingdom', 'Union', 'Systems', 'Technologies', 'Solutions', 'Energy', 'Capital', 'Securities',
  'Equities', 'Investments', 'Advisors', 'Associates', 'Research', 'Analytics', 'Consulting', 'Ventures', 'Labs',
]);

const ARTICLES = keySet(['the', 'a', 'an']);
const CURRENCY_AFTER = /^\s?(?:dollars?|доллар|долл\.|dollar)/iu;
const RU_NOT_NAME = /(?:ого|его|ому|ему|ской|ских|ские|ская|ства|ство|ствам?|ции|ция|ики|ика)$/u;

export function extractEntities(input: EnrichmentInput): Entity[] {
  return buildEntities(contextOf(enrichmentText(input.article)));
}

/** People and their mention spans, for quotes attribution. */
export function buildEntities(ctx: BodyContext): Entity[] {
  const builders = new Map<string, EntityBuilder>();
  const used = new Uint8Array(ctx.tokens.length);
  const attachedTitles = new Set<number>();

  const upsert = (type: EntityType, name: string, country: string | undefined, aliases?: string[]): EntityBuilder => {
    const key = keyOf(name);
    let builder = builders.get(key);
    if (builder === undefined) {
      builder = { type, name, key, mentions: [], starts: new Set() };
      if (country) builder.country = country;
      if (aliases !== undefined && aliases.length > 0) builder.aliases = aliases.slice(0, MAX_ALIASES);
      builders.set(key, builder);
    }
    return builder;
  };
  const mention = (builder: EntityBuilder, start: number, end: number, first: number, last: number) => {
    for (let i = first; i <= last; i++) used[i] = 1;
    if (builder.starts.has(start)) return;
    builder.starts.add(start);
    builder.mentions.push({ text: ctx.body.slice(start, end), start, end });
  };
  const giveRole = (builder: EntityBuilder, role: RoleFinding) => {
    if (builder.role === undefined || rank(role) > rank(builder.role)) builder.role = role;
    if (role.country) builder.country = role.country;
  };

  // 1. Titles next to people: known people get their role, unknown names become people.
  for (const role of ctx.roles) {
    const finding = readRole(ctx, role);
    if (finding === undefined) continue;
    const target = finding.person;
    if (target.kind === 'known') {
      if (target.form === 'titled') attachedTitles.add(target.hit.first);
      giveRole(upsert('person', target.person.name, target.person.country, target.person.surnames), finding.role);
    } else {
      const builder = upsert('person', nameText(ctx, target.first, target.last), undefined);
      mention(builder, ctx.tokens[target.first]!.start, ctx.tokens[target.last]!.end, target.first, target.last);
      giveRole(builder, finding.role);
    }
  }

  // 2. Gazetteer matches.
  const organizationSpans = findPatternOrganizations(ctx);
  const insideOrganization = coverageTest(ctx.body.length, organizationSpans);
  for (const hit of ctx.hits) {
    const payload = preferredPayload(hit);
    if (payload.kind === 'person') {
      if (payload.form === 'titled' && !attachedTitles.has(hit.first)) continue;
      mention(upsert('person', payload.person.name, payload.person.country, payload.person.surnames), hit.start, hit.end, hit.first, hit.last);
    } else if (payload.kind === 'organization') {
      mention(upsert('organization', payload.organization.name, payload.organization.country, acronyms(payload.organization.variants)), hit.start, hit.end, hit.first, hit.last);
    } else if (insideOrganization(hit.start, hit.end)) {
      continue;
    } else if (payload.kind === 'country') {
      // "US dollars", "АҚШ доллари": a country inside a currency's name is not a country the article names.
      if (CURRENCY_AFTER.test(ctx.body.slice(hit.end, hit.end + 12))) continue;
      mention(upsert('country', payload.country.name, payload.country.code), hit.start, hit.end, hit.first, hit.last);
    } else {
      mention(upsert(payload.place.type, payload.place.name, payload.place.country), hit.start, hit.end, hit.first, hit.last);
    }
  }
  for (const org of organizationSpans) {
    const builder = upsert('organization', org.name, org.country);
    if (!builder.starts.has(org.start)) {
      builder.starts.add(org.start);
      builder.mentions.push({ text: ctx.body.slice(org.start, org.end), start: org.start, end: org.end });
    }
  }

  // 2b. Korean name shapes ("Kim Yong-rae", "권평오 대사").
  for (const span of koreanNames(ctx, used)) {
    const builder = upsert('person', span.name ?? nameText(ctx, span.first, span.last), undefined);
    const start = ctx.tokens[span.first]!.start;
    mention(builder, start, span.name === undefined ? ctx.tokens[span.last]!.end : start + span.name.length, span.first, span.last);
    if (span.title !== undefined && builder.role === undefined) {
      // The words between the name and the title belong to the role ("한국무역협회 회장").
      const from = ctx.tokens[span.last + 1]!.start;
      const title = ctx.tokens[span.title]!;
      const text = ctx.body.slice(from, title.end).replace(/(?:께서|에게|으로|[은는이가을를의에과와도])$/u, '');
      giveRole(builder, { text });
    }
  }

  // 2c. A given name before a word shaped like a family name ("Aziz Abdukhakimov", "M. Reshetnikov").
  for (const span of surnameShapes(ctx, used, (i) => isNameToken(ctx, i, used))) {
    const builder = upsert('person', span.name, undefined);
    const start = ctx.tokens[span.first]!.start;
    mention(builder, start, start + span.name.length, span.first, span.last);
  }

  // 3. Unknown people next to a speech verb ("Aziz Rakhimov said", "said Aziz Rakhimov").
  ctx.tokens.forEach((token, i) => {
    if (!SPEECH_VERBS.has(token.forms[0]!.key)) return;
    // Right after a closing quotation mark a single word is enough: "…,” said Dauletbek." / "…,” Dauletbek said."
    const prev = ctx.tokens[i - 1];
    const quoteBeforeVerb = /[”"»’],?\s*$/.test(ctx.body.slice(Math.max(0, token.start - 4), token.start));
    const quoteBeforeName = prev !== undefined && /[”"»’],?\s*$/.test(ctx.body.slice(Math.max(0, prev.start - 4), prev.start));
    const before =
      nameEndingAt(ctx, i - 1, used) ??
      nameBeforeApposition(ctx, i, used) ??
      (quoteBeforeName && isNameToken(ctx, i - 1, used) && isSpaceGap(ctx.body, prev!.end, token.start) ? { first: i - 1, last: i - 1 } : undefined);
    const next = ctx.tokens[i + 1];
    const afterVerb =
      next !== undefined && isSpaceGap(ctx.body, token.end, next.start) ? nameStartingAt(ctx, i + 1, used, quoteBeforeVerb ? 1 : 2) : undefined;
    const span = before ?? afterVerb;
    if (span === undefined) return;
    const builder = upsert('person', nameText(ctx, span.first, span.last), undefined);
    mention(builder, ctx.tokens[span.first]!.start, ctx.tokens[span.last]!.end, span.first, span.last);
  });

  // 4. Later surname-only mentions of unknown people ("Rakhimov added").
  addSurnameMentions(ctx, builders, used);
  mergeGivenNameOnly(builders);

  return [...builders.values()]
    .filter((b) => b.mentions.length > 0)
    .map(toEntity)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.key.localeCompare(b.key));
}

/**
 * Whether [start, end) lies wholly inside the given spans, in constant time: a
 * prefix count of covered characters (spans may overlap; each is marked once).
 */
function coverageTest(length: number, spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const covered = new Uint8Array(length);
  for (const span of spans) covered.fill(1, span.start, span.end);
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i]! + covered[i]!;
  return (start, end) => end > start && prefix[end]! - prefix[start]! === end - start;
}

function toEntity(builder: EntityBuilder): Entity {
  const entity: Entity = {
    type: builder.type,
    name: builder.name,
    key: builder.key,
    mentions: [...builder.mentions].sort((a, b) => a.start - b.start),
  };
  if (builder.country) entity.country = builder.country;
  if (builder.role) entity.role = builder.role.text;
  if (builder.aliases) entity.aliases = builder.aliases;
  return entity;
}

const MAX_ALIASES = 8;

/** Short all-capital variants ("KOICA", "ADB") are what readers look organizations up by. */
function acronyms(variants: readonly string[]): string[] {
  return variants.filter((v) => v.length <= 10 && /^[\p{Lu}\d&-]{2,}$/u.test(v));
}

/** A role naming a country or organization beats a bare title; then the longer one. */
function rank(role: RoleFinding): number {
  return (role.country ? 1000 : 0) + role.text.length;
}

const PAYLOAD_ORDER: Record<string, number> = { country: 0, organization: 1, person: 2, place: 3 };
const FORM_ORDER: Record<PersonForm, number> = { full: 0, surname: 1, titled: 2 };

function preferredPayload(hit: LexiconMatch<GazetteerHit>): GazetteerHit {
  return [...hit.payloads].sort((a, b) => {
    const byKind = PAYLOAD_ORDER[a.kind]! - PAYLOAD_ORDER[b.kind]!;
    if (byKind !== 0) return byKind;
    return a.kind === 'person' && b.kind === 'person' ? FORM_ORDER[a.form] - FORM_ORDER[b.form] : 0;
  })[0]!;
}

type PersonTarget =
  | { kind: 'known'; person: KnownPerson; form: PersonForm; hit: LexiconMatch<GazetteerHit> }
  | { kind: 'unknown'; first: number; last: number };

interface RoleReading {
  role: RoleFinding;
  person: PersonTarget;
}

function personHitAt(ctx: BodyContext, tokenIndex: number, edge: 'first' | 'last'): PersonTarget | undefined {
  const index = ctx.hitAt[tokenIndex];
  if (index === undefined || index < 0) return undefined;
  const hit = ctx.hits[index]!;
  if (hit[edge] !== tokenIndex) return undefined;
  const people = hit.payloads.filter((p): p is Extract<GazetteerHit, { kind: 'person' }> => p.kind === 'person');
  if (people.length === 0) return undefined;
  const best = people.sort((a, b) => FORM_ORDER[a.form] - FORM_ORDER[b.form])[0]!;
  return { kind: 'known', person: best.person, form: best.form, hit };
}

function countryOfHit(hit: LexiconMatch<GazetteerHit>): string | undefined {
  for (const p of hit.payloads) if (p.kind === 'country') return p.country.code;
  return undefined;
}

function isCountryOrOrganization(hit: LexiconMatch<GazetteerHit> | undefined): hit is LexiconMatch<GazetteerHit> {
  return hit !== undefined && hit.payloads.some((p) => p.kind === 'country' || p.kind === 'organization');
}

function hitStartingAt(ctx: BodyContext, tokenIndex: number): LexiconMatch<GazetteerHit> | undefined {
  const index = ctx.hitAt[tokenIndex];
  if (index === undefined || index < 0) return undefined;
  const hit = ctx.hits[index]!;
  return hit.first === tokenIndex ? hit : undefined;
}

/** Gap between a title and its person: spaces, or a comma ("The President of Uzbekistan, Shavkat Mirziyoyev"). */
function isAppositionGap(body: string, from: number, to: number): boolean {
  const gap = body.slice(from, to);
  return gap.length <= 3 && /^\s*,?\s*$/.test(gap) && !gap.includes('\n');
}

function readRole(ctx: BodyContext, role: LexiconMatch<{ style: 'of' | 'genitive' | 'preceding' }>): RoleReading | undefined {
  const { body, tokens } = ctx;
  const style = role.payloads[0]!.style;
  let roleStart = role.start;
  let firstToken = role.first;
  let country: string | undefined;

  // A country or organization right before the title: "Uzbek President", "Oʻzbekiston Prezidenti".
  const preIndex = role.first > 0 ? ctx.hitAt[role.first - 1]! : -1;
  const pre = preIndex >= 0 ? ctx.hits[preIndex] : undefined;
  // The gap is measured from the whole word, so a possessive counts: "Uzbekistan’s foreign minister".
  if (isCountryOrOrganization(pre) && pre.last === role.first - 1 && isSpaceGap(body, tokens[pre.last]!.end, role.start)) {
    roleStart = pre.start;
    firstToken = pre.first;
    country = countryOfHit(pre);
  }

  // The complement after the title.
  let roleEnd = role.end;
  let next = role.last + 1;
  let unknownNameFrom: number | undefined;
  if (style === 'of') {
    const of = tokens[next];
    if (of !== undefined && of.forms[0]!.key === 'of' && isSpaceGap(body, tokens[next - 1]!.end, of.start)) {
      let c = next + 1;
      if (tokens[c] !== undefined && tokens[c]!.forms[0]!.key === 'the') c += 1;
      const hit = hitStartingAt(ctx, c);
      if (tokens[c] === undefined || !isSpaceGap(body, tokens[c - 1]!.end, tokens[c]!.start)) {
        // "Minister of" at the end of a line: no complement.
      } else if (isCountryOrOrganization(hit)) {
        roleEnd = hit.end;
        next = hit.last + 1;
        country ??= countryOfHit(hit);
        // "Ambassador … of the United States to Uzbekistan": the host country closes the title.
        const to = tokens[next];
        const host = to !== undefined && /^(?:to|in)$/u.test(to.text) && isSpaceGap(body, tokens[next - 1]!.end, to.start) ? hitStartingAt(ctx, next + 1) : undefined;
        if (host !== undefined && host.payloads.some((p) => p.kind === 'country') && isSpaceGap(body, to!.end, tokens[next + 1]!.start)) {
          roleEnd = host.end;
          next = host.last + 1;
        }
      } else {
        const run = capitalizedRun(ctx, c);
        if (run === undefined) {
          // "head of the project": a few lower-case words up to the next punctuation or name.
          let k = c;
          while (k - c < 4 && tokens[k] !== undefined && !tokens[k]!.upper && isSpaceGap(body, tokens[k - 1]!.end, tokens[k]!.start)) k++;
          if (k > c) {
            roleEnd = tokens[k - 1]!.end;
            next = k;
          }
        } else {
          const namedAfter = personHitAt(ctx, run.last + 1, 'first') !== undefined;
          const nameFrom = namedAfter ? undefined : trailingName(ctx, run.first, run.last);
          if (nameFrom !== undefined) {
            // "Minister of Energy Jurabek Mirzamakhmudov": the trailing capitalized words are the name.
            roleEnd = tokens[nameFrom - 1]!.end;
            country ??= countryBetween(ctx, run.first, nameFrom - 1);
            unknownNameFrom = nameFrom;
            next = nameFrom;
          } else {
            roleEnd = tokens[run.last]!.end;
            next = run.last + 1;
          }
        }
      }
    }
  } else if (style === 'genitive') {
    // "Министр энергетики Узбекистана": lower-case words and named countries, up to four.
    let taken = 0;
    while (taken < 4 && tokens[next] !== undefined) {
      const gap = body.slice(tokens[next - 1]!.end, tokens[next]!.start);
      if (/^\s?«$/.test(gap)) {
        // A quoted company name inside the complement: "директор компании «Узавтосаноат»".
        const close = body.indexOf('»', tokens[next]!.start);
        if (close < 0 || close - tokens[next]!.start > 60) break;
        roleEnd = close + 1;
        while (tokens[next] !== undefined && tokens[next]!.start < close) next += 1;
        taken += 1;
        continue;
      }
      if (!isSpaceGap(body, tokens[next - 1]!.end, tokens[next]!.start)) break;
      const hit = hitStartingAt(ctx, next);
      if (isCountryOrOrganization(hit)) {
        country ??= countryOfHit(hit);
        roleEnd = hit.end;
        next = hit.last + 1;
      } else if (!tokens[next]!.upper && tokens[next]!.script === 'cyrillic' && !SPEECH_VERBS.has(tokens[next]!.forms[0]!.key)) {
        roleEnd = tokens[next]!.end;
        next += 1;
      } else if (taken > 0 && /^[A-Z][A-Z0-9&]{1,5}$/u.test(tokens[next]!.text)) {
        // "председатель совета директоров BYD Ван Чуаньфу": a company's initialism closes the complement.
        roleEnd = tokens[next]!.end;
        next += 1;
      } else {
        break;
      }
      taken += 1;
    }
  }

  let text = body.slice(roleStart, roleEnd);
  if (/^the\s/i.test(text)) text = text.replace(/^the\s+/i, '');
  const finding: RoleFinding = country ? { text, country } : { text };
  const titleIsHangul = tokens[role.first]!.script === 'hangul';

  const after = (): RoleReading | undefined => {
    // Title before the person: "President Mirziyoyev", "The President of Uzbekistan, Shavkat Mirziyoyev".
    const target = tokens[next];
    // The role may end after the last token (a closing »).
    const roleStop = Math.max(tokens[next - 1]!.end, roleEnd);
    if (target === undefined || !isAppositionGap(body, roleStop, target.start)) return undefined;
    const known = personHitAt(ctx, next, 'first');
    if (known !== undefined) {
      const titledAfterComma = known.kind === 'known' && known.form === 'titled' && !isSpaceGap(body, roleStop, target.start);
      // A Korean title follows its person: a family syllable after it is another word ("장관은 이 절차를").
      const koreanAfterTitle = titleIsHangul && known.kind === 'known' && known.form === 'titled';
      // "председатель … Ли Цзяньго": a title-only surname with a given name after it is someone else's full name.
      const otherFullName = known.kind === 'known' && known.form === 'titled' && known.hit.last + 1 < tokens.length &&
        isNameToken(ctx, known.hit.last + 1) && isSpaceGap(body, tokens[known.hit.last]!.end, tokens[known.hit.last + 1]!.start);
      if (!titledAfterComma && !koreanAfterTitle && !otherFullName) return { role: finding, person: known };
    }
    if (titleIsHangul) return undefined;
    const from = unknownNameFrom ?? next;
    const afterComma = !isSpaceGap(body, Math.max(tokens[from - 1]!.end, roleEnd), tokens[from]!.start);
    const span = nameStartingAt(ctx, from, undefined, afterComma ? 2 : 1);
    // "Minister of Ecology, Environmental Protection and Climate Change": words after a comma that go on
    // with "and" and a capital are the next item of the complement, not a name.
    if (span !== undefined && afterComma && listGoesOn(ctx, span.last)) return undefined;
    return span === undefined ? undefined : { role: finding, person: { kind: 'unknown', ...span } };
  };
  const before = (): RoleReading | undefined => {
    // Person before the title: "Mirziyoyev, the president", "윤석열 대통령".
    let p = firstToken - 1;
    if (p >= 0 && ARTICLES.has(tokens[p]!.forms[0]!.key) && isSpaceGap(body, tokens[p]!.end, tokens[firstToken]!.start)) p -= 1;
    if (p < 0) return undefined;
    const gapEnd = tokens[p + 1]!.start;
    const gap = body.slice(tokens[p]!.end, gapEnd);
    const fits = titleIsHangul || style === 'preceding' ? /^\s{1,2}$/.test(gap) : /^\s*,\s*$/.test(gap);
    if (!fits) return undefined;
    const known = personHitAt(ctx, p, 'last');
    if (known !== undefined) return { role: finding, person: known };
    // "Aziz Rakhimov, head of the project": an unknown full name before a comma and a title; one word
    // will do when it has a family name's shape ("Shermatov, Minister of …").
    const span = titleIsHangul ? undefined
      : nameEndingAt(ctx, p, undefined, false) ??
        (/,/.test(gap) && isNameToken(ctx, p) && hasSurnameShape(tokens[p]!.text) ? { first: p, last: p } : undefined);
    return span === undefined ? undefined : { role: finding, person: { kind: 'unknown', ...span } };
  };
  // "Alfred Benedict, Chairman of the Board of Allied Green Ammonia": a name before the comma owns the title,
  // and the capitalized words closing the complement are the organization's.
  const commaBefore = firstToken > 0 && /^\s*,\s*$/.test(body.slice(tokens[firstToken - 1]!.end, tokens[firstToken]!.start));
  return titleIsHangul || commaBefore ? (before() ?? after()) : (after() ?? before());
}

const CONNECTORS = keySet(['of', 'and', 'for', 'the', '&', 'de', 'on']);

function listGoesOn(ctx: BodyContext, last: number): boolean {
  const and = ctx.tokens[last + 1];
  const next = ctx.tokens[last + 2];
  return and !== undefined && next !== undefined && /^(?:and|и|va|ва)$/u.test(and.text) && next.upper &&
    isSpaceGap(ctx.body, ctx.tokens[last]!.end, and.start) && isSpaceGap(ctx.body, and.end, next.start);
}

/**
 * Where a person's name starts at the end of a capitalized complement run, if it
 * does: after the last named country/organization ("… of the Republic of Korea
 * Yoo Je-chul"), else the last two words; hyphenated parts count as one word.
 */
function trailingName(ctx: BodyContext, first: number, last: number): number | undefined {
  const { tokens, body } = ctx;
  const wordStarts: number[] = [];
  for (let i = first; i <= last; i++) {
    const joinedByHyphen = i > first && body.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-';
    if (!joinedByHyphen) wordStarts.push(i);
  }
  let afterHit = -1;
  for (let i = first; i <= last; i++) {
    const index = ctx.hitAt[i]!;
    if (index >= 0 && isCountryOrOrganization(ctx.hits[index])) afterHit = ctx.hits[index]!.last + 1;
  }
  const candidates = afterHit > first && afterHit <= last ? [afterHit] : wordStarts.length >= 3 ? [wordStarts[wordStarts.length - 2]!] : [];
  for (const from of candidates) {
    // "Director of the Center for Environmental Politics": words after "for"/"of" complete the complement.
    if (from > first && CONNECTORS.has(tokens[from - 1]!.forms[0]!.key)) continue;
    const words = wordStarts.filter((w) => w >= from).length;
    let nameLike = words >= 1 && words <= 3;
    for (let i = from; i <= last && nameLike; i++) {
      nameLike = isNameToken(ctx, i) || (body.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-' && tokens[i]!.script === 'latin');
    }
    if (nameLike && (afterHit === from || words === 2)) return from;
  }
  return undefined;
}

function countryBetween(ctx: BodyContext, first: number, last: number): string | undefined {
  for (let i = first; i <= last; i++) {
    const index = ctx.hitAt[i]!;
    const code = index >= 0 ? countryOfHit(ctx.hits[index]!) : undefined;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** Capitalized words (with inner "of", "and"…) from token `from`, on one line; stops before a named person. */
function capitalizedRun(ctx: BodyContext, from: number): { first: number; last: number } | undefined {
  const { tokens, body } = ctx;
  let last = -1;
  for (let i = from; i < tokens.length; i++) {
    if (i > from && !isJoiningGap(body, tokens[i - 1]!.end, tokens[i]!.start)) break;
    if (i > from && personHitAt(ctx, i, 'first') !== undefined) break;
    const token = tokens[i]!;
    if (token.upper) last = i;
    else if (!CONNECTORS.has(token.forms[0]!.key)) break;
  }
  return last < from ? undefined : { first: from, last };
}

function isNameToken(ctx: BodyContext, i: number, used?: Uint8Array): boolean {
  const token: Token | undefined = ctx.tokens[i];
  if (token === undefined || !token.upper || token.text.length < 2) return false;
  // "… of Uzbekistan Shavkat.. 1": a word cut by an ellipsis is a truncated heading, not a name.
  if (ctx.body.startsWith('..', token.end) || ctx.body[token.end] === '…') return false;
  if (token.script !== 'latin' && token.script !== 'cyrillic') return false;
  if (!/\p{Ll}/u.test(token.text)) return false;
  // Russian adjectives and genitive nouns ("Европейского", "Республики", "Агентства") are never names.
  if (token.script === 'cyrillic' && RU_NOT_NAME.test(token.text)) return false;
  if (ctx.roleAt[i]! >= 0 || (used !== undefined && used[i] === 1)) return false;
  // A title-only form ("Lee") may start someone else's name ("Lee Jae-yong"); any other gazetteer word may not.
  const hit = ctx.hitAt[i]! >= 0 ? ctx.hits[ctx.hitAt[i]!]! : undefined;
  if (hit !== undefined && !hit.payloads.every((p) => p.kind === 'person' && p.form === 'titled')) return false;
  return !NOT_A_NAME.has(token.forms[0]!.key) && !NOT_IN_PERSON_NAME.has(token.forms[0]!.key);
}

/**
 * Whether two name words are joined: a space or hyphen, or a full stop after an initial only ("M. Reshetnikov");
 * a full stop after a word ends a sentence ("… at the Staples Center. Danilo Gallinari"), and a possessive
 * ends a name ("Jeff Bezos’s Blue Origin").
 */
function joinsName(ctx: BodyContext, left: number, right: number): boolean {
  const a = ctx.tokens[left]!;
  const b = ctx.tokens[right]!;
  if (!isJoiningGap(ctx.body, a.end, b.start)) return false;
  if (POSSESSIVE.test(a.text)) return false;
  return a.text.length === 1 || !ctx.body.slice(a.end, b.start).includes('.');
}
const POSSESSIVE = /['’]s$/u;

/** 1–3 capitalized name words starting at `from` (at least `min`). */
function nameStartingAt(ctx: BodyContext, from: number, used: Uint8Array | undefined, min: number): { first: number; last: number } | undefined {
  if (!isNameToken(ctx, from, used)) return undefined;
  let last = hyphenated(ctx, from);
  let words = 1;
  while (
    words < 3 &&
    isNameToken(ctx, last + 1, used) &&
    ctx.tokens[last + 1]!.script === ctx.tokens[from]!.script &&
    joinsName(ctx, last, last + 1)
  ) {
    last = hyphenated(ctx, last + 1);
    words += 1;
  }
  if (headFollows(ctx, last)) return undefined;
  return words >= min ? { first: from, last } : undefined;
}

/** "Kotak Institutional Equities": capitalized words that run into an institution word open its name. */
function headFollows(ctx: BodyContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return next !== undefined && next.upper && NOT_IN_PERSON_NAME.has(next.forms[0]!.key) && isSpaceGap(ctx.body, ctx.tokens[last]!.end, next.start);
}

/** Romanized Korean given names continue in lower case after a hyphen ("Jae-yong"). */
function hyphenated(ctx: BodyContext, i: number): number {
  const next = ctx.tokens[i + 1];
  const gap = next === undefined ? '' : ctx.body.slice(ctx.tokens[i]!.end, next.start);
  return next !== undefined && gap === '-' && /^\p{Ll}+$/u.test(next.text) && next.script === 'latin' ? i + 1 : i;
}

/** 2–3 capitalized name words ending at `to`, the first of them not opening a longer capitalized run. */
function nameEndingAt(ctx: BodyContext, to: number, used: Uint8Array | undefined, beforeVerb = true): { first: number; last: number } | undefined {
  if (!isNameToken(ctx, to, used)) return undefined;
  if (beforeVerb && !isSpaceGap(ctx.body, ctx.tokens[to]!.end, ctx.tokens[to + 1]!.start)) return undefined;
  let first = to;
  while (
    to - first < 2 &&
    isNameToken(ctx, first - 1, used) &&
    ctx.tokens[first - 1]!.script === ctx.tokens[to]!.script &&
    joinsName(ctx, first - 1, first)
  ) {
    first -= 1;
  }
  return to - first >= 1 && !headFollows(ctx, to) ? { first, last: to } : undefined;
}

/** "Doston Olimjonov, a chief specialist at the agency, noted": the name before a comma-delimited apposition. */
function nameBeforeApposition(ctx: BodyContext, verb: number, used: Uint8Array): { first: number; last: number } | undefined {
  const { tokens, body } = ctx;
  if (verb < 2 || !/^\s*,\s*$/.test(body.slice(tokens[verb - 1]!.end, tokens[verb]!.start))) return undefined;
  for (let k = verb - 2; k >= Math.max(0, verb - 12); k--) {
    const gap = body.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (/[.!?;:\n"“”«»]/.test(gap)) return undefined;
    if (!/^\s*,\s*$/.test(gap)) continue;
    const span = nameEndingAt(ctx, k, used, false);
    if (span === undefined) return undefined;
    // The name must open its sentence or clause, not end a list ("…, Tashkent and Samarkand, said").
    const opening = span.first === 0 ? '\n' : body.slice(tokens[span.first - 1]!.end, tokens[span.first]!.start);
    return /[.!?\n]\s*$/.test(opening) || span.first === 0 ? span : undefined;
  }
  return undefined;
}

function nameText(ctx: BodyContext, first: number, last: number): string {
  return ctx.body.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end).replace(/\s+/g, ' ').replace(POSSESSIVE, '');
}

/**
 * A one-word person that is the first name of someone named in full ("… of Uzbekistan Shavkat" in a cut
 * heading, "Shavkat Mirziyoyev" in the text) is that person; with two such people it is dropped.
 */
function mergeGivenNameOnly(builders: Map<string, EntityBuilder>): void {
  // Most articles have no one-word person: skip the key building for them.
  let single = false;
  for (const builder of builders.values()) single ||= builder.type === 'person' && !/[\s-]/u.test(builder.name);
  if (!single) return;
  const byGiven = new Map<string, EntityBuilder | null>();
  for (const builder of builders.values()) {
    if (builder.type !== 'person') continue;
    const keys = phraseKeys(builder.name);
    if (keys.length < 2) continue;
    byGiven.set(keys[0]!, byGiven.has(keys[0]!) ? null : builder);
  }
  for (const [key, builder] of builders) {
    if (builder.type !== 'person') continue;
    const keys = phraseKeys(builder.name);
    if (keys.length !== 1 || !byGiven.has(keys[0]!)) continue;
    const full = byGiven.get(keys[0]!);
    if (full) {
      for (const m of builder.mentions) {
        if (full.starts.has(m.start)) continue;
        full.starts.add(m.start);
        full.mentions.push(m);
      }
      if (full.role === undefined && builder.role !== undefined) full.role = builder.role;
    }
    builders.delete(key);
  }
}

function addSurnameMentions(ctx: BodyContext, builders: Map<string, EntityBuilder>, used: Uint8Array): void {
  const bySurname = new Map<string, EntityBuilder>();
  const ambiguous = new Set<string>();
  for (const builder of builders.values()) {
    if (builder.type !== 'person' || builder.mentions.length === 0) continue;
    const keys = phraseKeys(builder.name);
    if (keys.length < 2) continue;
    const surname = keys[keys.length - 1]!;
    // Two people sharing a surname: a bare surname is ambiguous.
    if (bySurname.has(surname)) ambiguous.add(surname);
    bySurname.set(surname, builder);
  }
  ctx.tokens.forEach((token, i) => {
    if (used[i] === 1 || !token.upper || ambiguous.has(token.forms[0]!.key)) return;
    // A title-only gazetteer form ("Saidov") is a plain surname mention once the full name was seen.
    const hit = ctx.hitAt[i]! >= 0 ? ctx.hits[ctx.hitAt[i]!]! : undefined;
    if (hit !== undefined && !(hit.first === hit.last && hit.payloads.every((p) => p.kind === 'person' && p.form === 'titled'))) return;
    const builder = bySurname.get(token.forms[0]!.key);
    if (builder === undefined) return;
    used[i] = 1;
    builder.starts.add(token.start);
    builder.mentions.push({ text: token.text, start: token.start, end: token.end });
  });
}
