/**
 * Salience features of one topic in one article: whether the article reports
 * on the topic, not whether a word occurs. Each is a small number, roughly in
 * 0..3; the fitted model (taxonomy/model.ts) weighs them. Their order is the
 * order of FEATURE_NAMES, which the model data repeats and the loader checks.
 */
import { topicEvidence, type Occurrence, type ScoringSettings } from './scoring';

export const FEATURE_NAMES = [
  /** log(1 + evidence): term weights × context factors, repeats decayed (title included, discounted). */
  'evidence',
  /** log(1 + distinct strong terms in prose). */
  'strongTerms',
  /** log(1 + distinct strong or medium terms in prose). */
  'distinctTerms',
  /** log(1 + prose sentences holding a strong or medium term). */
  'sentences',
  /** Tier weight of the best title term (0 when the title does not name the topic). */
  'title',
  /** Tier weight of the best prose term in the lead (first two prose paragraphs). */
  'lead',
  /** This topic's evidence over the article's strongest topic's: 1 for the main subject. */
  'share',
  /** Where the topic first appears in prose, 0 (start of the body) to 1 (end): asides come late. */
  'firstMention',
  /**
   * 1 when a strong or medium term heads a section: it opens its line
   * ("Semiconductor cooperation: …") or stands in a lone subheading line.
   */
  'heading',
  /** Share of the topic's raw weight that sits in lists, menus, headlines, institution names. */
  'passing',
  /** log(1 + distinct cue words of other news kinds: results, crime, weather, accidents). */
  'negativeCues',
  /** Share of the topic's prose sentences that also hold an event or cooperation word. */
  'eventSentences',
  /** Share of the topic's prose sentences that state a figure (an amount, a capacity, a date): deals have numbers, slogans do not. */
  'figureSentences',
  /** Share of the topic's prose sentences that recall earlier news ("Earlier, …", "Напомним, …"). */
  'backgroundSentences',
  /** Share of the topic's prose sentences that name an actor of the title. */
  'actorSentences',
  /**
   * Share of the topic's prose sentences that report on it: the sentence holds
   * an event or cooperation word and names an actor of the title ("Uzbekistan
   * and China signed …"), not a passing mention beside someone else's news.
   */
  'reportSentences',
  /** 1 when only weak terms name the topic in prose. */
  'weakOnly',
  /** 1 when the topic's prose evidence is one term in one sentence: a mention, not yet a story. */
  'singleMention',
  /** log(1 + topics named in prose by a strong or medium term): many topics means a survey, not a story. */
  'topicsNamed',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A prose context factor is 1; anything discounted is a passing context. */
const PROSE = 0.99;

export interface TopicOccurrence extends Occurrence {
  start: number;
  end: number;
  inBody: boolean;
  /** Tier weight before any context factor. */
  weight: number;
  /** Start and end of the body sentence holding it (-1 in the title). */
  sentence: number;
  sentenceEnd: number;
}

/** Article-wide facts every topic's features read. */
export interface ArticleFacts {
  body: string;
  /** Context factor of a lone unpunctuated line (a subheading, or one stray headline). */
  headlineFactor: number;
  leadEnd: number;
  bodyLength: number;
  negativeCues: number;
  /** Starts of sentences holding an event cue, and of sentences naming a title actor. */
  eventSentences: ReadonlySet<number>;
  backgroundSentences: ReadonlySet<number>;
  actorSentences: ReadonlySet<number>;
  /** Largest topic evidence in the article, and how many topics prose names. */
  maxEvidence: number;
  topicsNamed: number;
}

export interface TopicSummary {
  evidence: number;
  prose: boolean;
}

export function summarize(occurrences: readonly TopicOccurrence[], settings: ScoringSettings): TopicSummary {
  let prose = false;
  for (const o of occurrences) if (o.inBody && !o.weak && o.value >= PROSE * o.weight) prose = true;
  return { evidence: topicEvidence(occurrences, settings), prose };
}

export function topicFeatures(occurrences: readonly TopicOccurrence[], summary: TopicSummary, facts: ArticleFacts): number[] {
  const strong = new Set<number>();
  const distinct = new Set<number>();
  const sentences = new Set<number>();
  let figures = 0;
  let title = 0;
  let lead = 0;
  let raw = 0;
  let discounted = 0;
  let weakOnly = 1;
  let first = facts.bodyLength;
  let opensLine = 0;
  for (const o of occurrences) {
    if (!o.inBody) {
      if (o.weight > title) title = o.weight;
      continue;
    }
    raw += o.weight;
    const isProse = o.value >= PROSE * o.weight;
    if (!o.weak && opensLine === 0 && Math.abs(o.value - facts.headlineFactor * o.weight) < 1e-9) opensLine = 1;
    if (!isProse) {
      discounted += o.weight - o.value;
      continue;
    }
    if (o.start < facts.leadEnd && o.weight > lead) lead = o.weight;
    if (o.weak) continue;
    weakOnly = 0;
    if (o.start < first) first = o.start;
    if (opensLine === 0 && o.start - lineStart(facts.body, o.start) <= LINE_OPENING) opensLine = 1;
    distinct.add(o.termIndex);
    if (o.weight >= 1) strong.add(o.termIndex);
    if (!sentences.has(o.sentence)) {
      sentences.add(o.sentence);
      if (hasDigit(facts.body, o.sentence, o.sentenceEnd)) figures++;
    }
  }
  let events = 0;
  let actors = 0;
  let background = 0;
  let reports = 0;
  for (const s of sentences) {
    const event = facts.eventSentences.has(s);
    const actor = facts.actorSentences.has(s);
    if (event) events++;
    if (facts.backgroundSentences.has(s)) background++;
    if (actor) actors++;
    if (event && actor) reports++;
  }
  const n = Math.max(1, sentences.size);
  return [
    Math.log1p(summary.evidence),
    Math.log1p(strong.size),
    Math.log1p(distinct.size),
    Math.log1p(sentences.size),
    title,
    lead,
    facts.maxEvidence > 0 ? summary.evidence / facts.maxEvidence : 0,
    facts.bodyLength > 0 ? first / facts.bodyLength : 1,
    opensLine,
    raw > 0 ? discounted / raw : 0,
    Math.log1p(facts.negativeCues),
    sentences.size ? events / n : 0,
    sentences.size ? figures / n : 0,
    sentences.size ? background / n : 0,
    sentences.size ? actors / n : 0,
    sentences.size ? reports / n : 0,
    weakOnly,
    distinct.size === 1 && sentences.size === 1 ? 1 : 0,
    Math.log1p(facts.topicsNamed),
  ];
}

/** A term this close to its line's start opens the line (a short qualifier may come first). */
const LINE_OPENING = 12;

function lineStart(text: string, pos: number): number {
  // Looks back only as far as the opening window needs.
  for (let i = pos - 1; i >= 0 && i >= pos - LINE_OPENING - 1; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return pos > LINE_OPENING ? -Infinity : 0;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const MIN_LEAD_PARAGRAPH = 60;
const PROSE_PUNCTUATION = /[.!?。]/;

/**
 * End of the lead: the first two paragraphs that read as prose (long enough,
 * with sentence punctuation), so a menu or a dateline above them is skipped.
 */
export function leadEnd(body: string): number {
  let found = 0;
  for (let start = 0; start < body.length; ) {
    const gap = body.indexOf('\n\n', start);
    const end = gap === -1 ? body.length : gap;
    if (end - start >= MIN_LEAD_PARAGRAPH && PROSE_PUNCTUATION.test(body.slice(start, end))) {
      if (++found === 2) return end;
    }
    if (gap === -1) break;
    start = gap + 2;
  }
  return body.length;
}

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’ʻ-]*/gu;

/**
 * Actors of the article as word prefixes of its title: a word's first five
 * letters (inflection and agglutination change the rest), or the first two
 * syllables of a Korean word (particles follow them). Short words are skipped.
 */
export function titleActors(normalizedTitle: string): string[] {
  const out = new Set<string>();
  for (const [word] of normalizedTitle.matchAll(WORD)) {
    if (HANGUL_SYLLABLE.test(word)) {
      if (word.length >= 2) out.add(word.slice(0, 2));
    } else if (word.length >= 5 && !/^\d/.test(word)) out.add(word.slice(0, 5));
  }
  return [...out];
}
