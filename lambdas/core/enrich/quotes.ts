/**
 * quotes: quoted speech with its speaker. A quotation is a clause of speech:
 * names in quotation marks ("Year of Mutual Exchanges…", «Интеллектуальный
 * шелковый путь») and scare quotes are left out. The speaker is the person
 * the text attributes the quote to: after it ("…”, Mirziyoyev said; «…», —
 * заявил Мирзиёев), before it in the same sentence ("Mirziyoyev said: “…”",
 * "по словам Мирзиёева, «…»") or in the sentence introducing it ("President
 * Mirziyoyev highlighted …, stating,\n“…”").
 */
import { contextOf, enrichmentText, type BodyContext } from './context';
import { buildEntities, SPEECH_VERBS } from './entities';
import { spanIndexAt } from './sentences';
import { phraseKeys } from './text';
import type { EnrichmentInput, Quote } from './types';

const MIN_WORDS = 4;
const MIN_HANGUL_CHARS = 10;

const OPENING = /[“«„「"”]/g;

const keySet = (words: string[]) => new Set(words.map((w) => phraseKeys(w)[0]!));

// Words that introduce a quote without being "said" (participles, "according to", "по словам").
const INTRODUCERS = new Set([
  ...SPEECH_VERBS,
  ...keySet(['stating', 'saying', 'noting', 'adding', 'emphasizing', 'stressing', 'according', 'quoted', 'словам', 'цитате']),
  // Speech verbs that introduce a quote but are too common to mark a name by themselves.
  ...keySet([
    'adds', 'notes', 'explains', 'explained', 'argues', 'argued', 'recalled', 'recalls', 'continued', 'commented', 'wrote',
    'warned', 'acknowledged', 'admitted', 'concluded', 'tells', 'insists', 'pointed',
    'говорит', 'рассказал', 'уточнил', 'подчеркивает', 'отмечает', 'заявляет', 'признал', 'цитирует', 'написал', 'передает',
    'сообщает', 'констатировал', 'резюмировал',
    'deya', 'deb', 'degan', 'aytdi', 'taʼkidlaydi', 'qayd', 'дея', 'деб', 'деди', 'айтди', 'таъкидлади', 'билдирди',
  ]),
]);
const PRONOUNS = keySet(['he', 'she', 'он', 'она', 'u']);
// Words before quotation marks that make the quoted text a name, not speech.
const NAMING = keySet([
  'called', 'named', 'titled', 'entitled', 'dubbed', 'program', 'programme', 'strategy', 'platform', 'initiative',
  'project', 'campaign', 'slogan', 'concept', 'brand', 'названием', 'программа', 'проект', 'платформа', 'стратегия',
  'инициатива', 'концепция', 'форум', 'компания', 'ООО', 'АО',
  // Examples and glosses: "projects such as «…»", "means “…”".
  'как', 'means', 'meaning', 'term', 'word', 'означает', 'термин',
]);
// Kind words after a closing quotation mark that make the quoted text a name.
const NAMED_BEFORE = keySet([
  'kompaniyasi', 'kompaniyasining', 'kompaniyasi bilan', 'korxonasi', 'korxonasining', 'banki', 'guruhi', 'loyihasi', 'dasturi',
  'компанияси', 'корхонаси', 'лойиҳаси', 'дастури', 'company', 'brand', 'project', 'programme', 'program', 'initiative',
  'компания', 'проект', 'программа', 'MChJ', 'AJ', 'LLC', 'JSC',
]);
// Between two quoted items of one list: a comma, "and", "as well as".
const LIST_GAP = /^[”"»“]\s*(?:,|,?\s(?:а также|и|and|as well as|va|ва|hamda|ҳамда))\s*[“"«„]$/u;
const FUNCTION_WORDS = keySet(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'between', 'with', 'и', 'в', 'на', 'по', 'с', 'для', 'между']);

interface Span {
  start: number;
  end: number;
}

interface PersonMention extends Span {
  name: string;
  key: string;
  /** The person's stated role, lower-cased, for a quote attributed by title only ("the minister said"). */
  role?: string;
}

export function extractQuotes(input: EnrichmentInput): Quote[] {
  const ctx = contextOf(enrichmentText(input.article));
  const entities = buildEntities(ctx);
  const mentionsOf = (type: 'person' | 'organization'): PersonMention[] =>
    entities
      .filter((e) => e.type === type)
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name, key: e.key, role: e.role?.toLowerCase() })))
      .sort((a, b) => a.start - b.start);
  const people = mentionsOf('person');
  const organizations = mentionsOf('organization');

  const quotes: Quote[] = [];
  let previous: Quote | undefined;
  let lastName: Span | undefined;
  for (const span of quotedSpans(ctx.body)) {
    // «A», «B» and «C» after a name in quotes: items of the same list of names.
    const listed = lastName !== undefined && LIST_GAP.test(ctx.body.slice(lastName.end, span.start));
    if (listed || !isSpeech(ctx, span)) {
      lastName = span;
      continue;
    }
    const quote: Quote = { text: ctx.body.slice(span.start, span.end), start: span.start, end: span.end };
    const speaker = attribute(ctx, span, people) ?? koreanOrganizationSpeaker(ctx, span, organizations);
    if (speaker !== undefined) {
      quote.speaker = speaker.name;
      quote.speakerKey = speaker.key;
    } else if (previous?.speaker !== undefined && continues(ctx.body, previous, span, people)) {
      // "“…,” Tokayev told Xi. “…”": a quote right after an attributed one in the same paragraph goes on with it.
      quote.speaker = previous.speaker;
      if (previous.speakerKey !== undefined) quote.speakerKey = previous.speakerKey;
    }
    quotes.push(quote);
    previous = quote;
  }
  return quotes;
}

function continues(body: string, previous: Quote, span: Span, people: PersonMention[]): boolean {
  if (span.start - previous.end > 200 || body.slice(previous.end, span.start).includes('\n')) return false;
  // Someone else named in between may be the new speaker.
  const between = personAt(people, previous.end, span.start);
  return between === undefined || between.name === previous.speaker;
}

/** Inner spans of quotation marks (without the marks), outermost only, within one paragraph. */
export function quotedSpans(body: string): Span[] {
  const spans: Span[] = [];
  const closer = new QuoteCloser(body);
  OPENING.lastIndex = 0;
  for (let found = OPENING.exec(body); found !== null; found = OPENING.exec(body)) {
    const i = found.index;
    const open = body[i]!;
    // A straight or closing-style quote opens only before a word (not after one: "5" tall, ”…).
    if ((open === '"' || open === '”') && !/[\p{L}\p{N}«„“]/u.test(body[i + 1] ?? '')) continue;
    const end = closer.closeOf(i);
    if (end < 0) continue;
    let start = i + 1;
    let stop = end;
    while (start < stop && /\s/.test(body[start]!)) start++;
    while (stop > start && /\s/.test(body[stop - 1]!)) stop--;
    if (stop > start) spans.push({ start, end: stop });
    OPENING.lastIndex = end + 1;
  }
  return spans;
}

const PAIRED: readonly [string, string][] = [['“', '”'], ['«', '»'], ['„', '“'], ['「', '」']];

/**
 * Where the quotation opened at an offset closes, within its paragraph, or -1.
 * Paired marks are matched with nesting (“ a “b” c ” closes at the last ”) by
 * one stack pass per kind; a straight quote (or a ” used as an opener) closes at
 * the next straight or closing quote. Every lookup together is linear in the
 * body, however many quotation marks are left unclosed.
 */
export class QuoteCloser {
  private readonly paired = new Map<number, number>();
  private readonly paragraphEnds: number[] = [];
  private readonly next = new Map<string, number>();

  constructor(private readonly body: string) {
    for (let at = body.indexOf('\n\n'); at >= 0; at = body.indexOf('\n\n', at + 1)) this.paragraphEnds.push(at);
    for (const [open, close] of PAIRED) {
      if (!body.includes(open)) continue;
      const stack: number[] = [];
      for (let j = 0; j < body.length; j++) {
        const ch = body[j]!;
        if (ch === '\n' && body[j + 1] === '\n') {
          stack.length = 0;
        } else if (ch === close && stack.length > 0) {
          this.paired.set(stack.pop()!, j);
        } else if (ch === open) {
          stack.push(j);
        }
      }
    }
  }

  closeOf(openAt: number): number {
    const open = this.body[openAt]!;
    if (open !== '"' && open !== '”') return this.paired.get(openAt) ?? -1;
    const limit = this.paragraphEndAfter(openAt);
    const candidates = open === '"' ? ['"', '”'] : ['”'];
    let best = -1;
    for (const mark of candidates) {
      const at = this.nextIndex(mark, openAt + 1);
      if (at >= 0 && at < limit && (best < 0 || at < best)) best = at;
    }
    return best;
  }

  private paragraphEndAfter(offset: number): number {
    let lo = 0;
    let hi = this.paragraphEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paragraphEnds[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return this.paragraphEnds[lo] ?? this.body.length;
  }

  // Callers ask in increasing order of offset, so a remembered answer ahead of `from` still holds.
  private nextIndex(mark: string, from: number): number {
    const known = this.next.get(mark);
    if (known !== undefined && (known >= from || known < 0)) return known;
    const at = this.body.indexOf(mark, from);
    this.next.set(mark, at);
    return at;
  }
}

function isSpeech(ctx: BodyContext, span: Span): boolean {
  const { body } = ctx;
  const text = body.slice(span.start, span.end);
  const first = firstTokenAt(ctx, span.start);
  let last = first;
  while (last < ctx.tokens.length && ctx.tokens[last]!.end <= span.end) last++;
  const words = ctx.tokens.slice(first, last);
  const hangul = words.reduce((sum, w) => sum + (w.script === 'hangul' ? w.text.length : 0), 0);
  if (words.length < MIN_WORDS && hangul < MIN_HANGUL_CHARS) return false;

  // A Title Case run is a name ("Year of Mutual Exchanges between Uzbekistan and Korea").
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.forms[0]!.key));
  const capitalized = content.filter((w) => w.upper).length;
  if (content.length >= 2 && capitalized / content.length >= 0.75) return false;

  // "the programme “…”", «…» after ООО: a name.
  const before = ctx.tokens[first - 1];
  if (before !== undefined && span.start - before.end <= 3 && NAMING.has(before.forms[0]!.key)) return false;
  // «…» kompaniyasi, “…” company: a name with its kind after it.
  const after = ctx.tokens[last];
  if (after !== undefined && after.start - span.end <= 3 && NAMED_BEFORE.has(after.forms[0]!.key)) return false;

  // A short capitalized phrase without punctuation in mid-sentence is a name, not speech.
  const midSentence = /\p{Ll}[\s]*$/u.test(body.slice(Math.max(0, span.start - 3), span.start - 1));
  const shortPhrase = words.length <= 8 && !/[,.!?;:…]/.test(text);
  if (midSentence && shortPhrase && /^\p{Lu}/u.test(text)) return false;
  return true;
}

function attribute(ctx: BodyContext, span: Span, people: PersonMention[]): PersonMention | undefined {
  return speakerAfter(ctx, span, people) ?? speakerBefore(ctx, span, people) ?? speakerIntroduced(ctx, span, people);
}

/** Index of the first token starting at or after `offset` (binary search). */
function firstTokenAt(ctx: BodyContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokensBetween(ctx: BodyContext, from: number, to: number): number[] {
  const indexes: number[] = [];
  for (let i = firstTokenAt(ctx, from); i < ctx.tokens.length && ctx.tokens[i]!.start < to; i++) indexes.push(i);
  return indexes;
}

const isIntroducer = (ctx: BodyContext, i: number) => INTRODUCERS.has(ctx.tokens[i]!.forms[0]!.key);

/** Index of the first person mention starting at or after `offset` (mentions are sorted by start). */
function firstPersonFrom(people: PersonMention[], offset: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first person mentioned wholly inside [start, end). */
function personAt(people: PersonMention[], start: number, end: number): PersonMention | undefined {
  for (let k = firstPersonFrom(people, start); k < people.length && people[k]!.start < end; k++) {
    if (people[k]!.end <= end) return people[k];
  }
  return undefined;
}

/** The last person mentioned wholly inside [start, end). */
function lastPersonIn(people: PersonMention[], start: number, end: number): PersonMention | undefined {
  for (let k = firstPersonFrom(people, end) - 1; k >= 0 && people[k]!.start >= start; k--) {
    if (people[k]!.end <= end) return people[k];
  }
  return undefined;
}

/**
 * Who "he", "she" or "the minister" stands for: the last person named in this paragraph or the one before
 * (at most PRONOUN_REACH characters back). Someone named further up is more often not the one meant
 * ("Trump … [two paragraphs] … she wrote in her letter") than the one meant.
 */
function lastPersonBefore(body: string, people: PersonMention[], offset: number): PersonMention | undefined {
  const from = Math.max(0, offset - PRONOUN_REACH);
  const window = body.slice(from, offset);
  const own = window.lastIndexOf('\n\n');
  const previous = own <= 0 ? -1 : window.lastIndexOf('\n\n', own - 1);
  return lastPersonIn(people, previous < 0 ? from : from + previous, offset);
}
const PRONOUN_REACH = 1500;

/** "…”, Mirziyoyev said." / "…», — заявил Мирзиёев." / "…,” he said." */
function speakerAfter(ctx: BodyContext, span: Span, people: PersonMention[]): PersonMention | undefined {
  const { body, sentences } = ctx;
  const closeAt = span.end + 1;
  const sentence = sentences[spanIndexAt(sentences, closeAt)];
  // Looked for within the window only, so a body without line breaks stays linear.
  const lineEnd = body.slice(closeAt, closeAt + 160).indexOf('\n');
  const sentenceEnd = sentence === undefined ? body.length : sentence.end;
  const limit = Math.min(sentenceEnd, lineEnd < 0 ? closeAt + 160 : closeAt + lineEnd);
  // A quote ending its sentence (“….” New sentence) leaves nothing before `limit`: no attribution after it.
  // Korean reported speech: 에르도안 대통령은 "…"고 말했다 — the speaker is named before the quote.
  const korean = KOREAN_REPORTED.exec(body.slice(span.end, span.end + 6));
  if (korean !== null) {
    // "…"라고 김 장관은 말했다: a subject named right after the quote, before the verb, is the speaker.
    const from = span.end + korean[0].length;
    const named = personAt(people, from, Math.min(limit, from + KOREAN_SUBJECT_WINDOW));
    if (named !== undefined) return named;
    // The quote may hold sentences of its own: the speaker stands in the sentence that opens it.
    const opening = sentences[spanIndexAt(sentences, Math.max(0, span.start - 1))];
    const sentenceStart = Math.min(opening?.start ?? 0, sentence?.start ?? 0);
    const speaker = lastPersonIn(people, sentenceStart, span.start);
    if (speaker !== undefined) return speaker;
  }
  const indexes = tokensBetween(ctx, span.end, limit).slice(0, 10);
  const verbAt = indexes.findIndex((i) => isIntroducer(ctx, i));
  if (verbAt < 0 || verbAt > 5) return undefined;
  const verb = ctx.tokens[indexes[verbAt]!]!;
  const before = personAt(people, span.end, verb.start);
  if (before !== undefined) return before;
  const after = personAt(people, verb.end, limit);
  if (after !== undefined) return after;
  // "…», — заявил глава МИД" / "…,” the Foreign Minister said": the person of the article who holds the title.
  const titled = indexes.slice(0, verbAt + 4).find((i) => ctx.roleAt[i]! >= 0);
  const holder = titled === undefined ? undefined : holderOf(ctx, titled, people, span.start);
  if (holder !== undefined) return holder;
  const pronoun = indexes.slice(0, verbAt + 2).some((i) => PRONOUNS.has(ctx.tokens[i]!.forms[0]!.key));
  // "…,” the minister said.": a definite title stands for the person the text last named.
  const title = verbAt >= 2 && ctx.tokens[indexes[verbAt - 2]!]!.forms[0]!.key === 'the' && ctx.roleAt[indexes[verbAt - 1]!]! >= 0 &&
    !ctx.tokens[indexes[verbAt - 1]!]!.upper;
  return pronoun || title ? lastPersonBefore(ctx.body, people, span.start) : undefined;
}

/** "Mirziyoyev said: “…”", "President Mirziyoyev proposed that … “…”", "по словам Мирзиёева, «…»". */
function speakerBefore(ctx: BodyContext, span: Span, people: PersonMention[]): PersonMention | undefined {
  const { sentences } = ctx;
  const openAt = span.start - 1;
  const sentence = sentences[spanIndexAt(sentences, openAt)];
  if (sentence === undefined || sentence.start >= openAt) return undefined;
  return speakerIn(ctx, sentence.start, openAt, people);
}

/** A quote opening its own sentence or paragraph, introduced by the sentence before ("…, stating,\n“…”"). */
function speakerIntroduced(ctx: BodyContext, span: Span, people: PersonMention[]): PersonMention | undefined {
  const { sentences, body } = ctx;
  const openAt = span.start - 1;
  const index = spanIndexAt(sentences, openAt);
  const own = sentences[index];
  if (own !== undefined && own.start < openAt && /\S/.test(body.slice(own.start, openAt))) return undefined;
  const previous = sentences[own !== undefined && own.start >= openAt ? index - 1 : index];
  if (previous === undefined || previous.end > openAt) return undefined;
  const introduces = /[:,]$/.test(body.slice(previous.start, previous.end));
  if (introduces) return speakerIn(ctx, previous.start, previous.end, people) ?? firstPerson(people, previous.start, previous.end);
  // A quote opening a paragraph continues the person who spoke in the sentence before ("X noted that …").
  const opensParagraph = /\n\s*$/.test(body.slice(previous.end, openAt + 1)) || /\n\s*[“"«„]$/.test(body.slice(previous.end, openAt + 1));
  return opensParagraph ? speakerIn(ctx, previous.start, previous.end, people, false, true) : undefined;
}

function firstPerson(people: PersonMention[], start: number, end: number): PersonMention | undefined {
  return personAt(people, start, end);
}

/** The person who speaks in [start, end): the one nearest before a speech verb, else right after it ("according to X"). */
function speakerIn(ctx: BodyContext, start: number, end: number, people: PersonMention[], verbMustEnd = false, subjectOnly = false): PersonMention | undefined {
  const indexes = tokensBetween(ctx, start, end);
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k]!;
    if (!isIntroducer(ctx, i)) continue;
    // For a sentence before the quote, the verb must end it ("… said:"), not sit somewhere inside.
    if (verbMustEnd && indexes.length - 1 - k > 1) return undefined;
    const verb = ctx.tokens[i]!;
    const before = lastPersonIn(people, start, verb.start);
    if (before !== undefined) return before;
    if (subjectOnly) continue;
    const after = personAt(people, verb.end, end);
    if (after !== undefined) return after;
    const titled = indexes.slice(Math.max(0, k - 4), k).find((j) => ctx.roleAt[j]! >= 0);
    const holder = titled === undefined ? undefined : holderOf(ctx, titled, people, start);
    if (holder !== undefined) return holder;
    const pronoun = indexes.slice(Math.max(0, k - 2), k).some((j) => PRONOUNS.has(ctx.tokens[j]!.forms[0]!.key));
    if (pronoun) return lastPersonBefore(ctx.body, people, start);
  }
  return undefined;
}

/**
 * The person a bare title stands for: the one the article gave that title, nearest before the quote, else
 * the first one after it. A title the article gave no one resolves to nobody.
 */
function holderOf(ctx: BodyContext, titleToken: number, people: PersonMention[], before: number): PersonMention | undefined {
  const role = ctx.roles[ctx.roleAt[titleToken]!];
  if (role === undefined) return undefined;
  const title = ctx.body.slice(role.start, role.end).toLowerCase();
  let best: PersonMention | undefined;
  for (const person of people) {
    if (person.role === undefined || !holdsTitle(person.role, title)) continue;
    if (person.start < before) best = person;
    else if (best === undefined) return person;
    else break;
  }
  return best;
}

/** "министр иностранных дел" holds "министр"; Russian and Uzbek endings are read off the stem ("министра"). */
function holdsTitle(role: string, title: string): boolean {
  if (role.includes(title)) return true;
  const stem = title.length > 5 ? title.slice(0, title.length - 2) : title;
  return role.includes(stem);
}

/**
 * Korean reported speech attributed to an institution when no person is named: 법무부는 "…"라고 밝혔다.
 */
function koreanOrganizationSpeaker(ctx: BodyContext, span: Span, organizations: PersonMention[]): PersonMention | undefined {
  const { body, sentences } = ctx;
  const korean = KOREAN_REPORTED.exec(body.slice(span.end, span.end + 6));
  if (korean === null) return undefined;
  const from = span.end + korean[0].length;
  const named = personAt(organizations, from, from + KOREAN_SUBJECT_WINDOW);
  if (named !== undefined) return named;
  const opening = sentences[spanIndexAt(sentences, Math.max(0, span.start - 1))];
  return lastPersonIn(organizations, opening?.start ?? Math.max(0, span.start - 300), span.start);
}

// The ending that closes Korean reported speech after the quotation mark: "…"라고 / "…"며 / "…"고.
const KOREAN_REPORTED = /^[”"」’]?\s*(?:이라고|라고|이라며|라며|며|고)(?![\p{L}])/u;
// How far after 라고 the subject of the speech verb may stand ("…"라고 우즈베키스탄 고용부는 설명했다).
const KOREAN_SUBJECT_WINDOW = 24;
