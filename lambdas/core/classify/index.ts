/**
 * classify: Article → the taxonomy topics it reports on, each with a score and
 * evidence spans into `article.body`. The tables (compiled taxonomy, term
 * matcher) come from `#classifier-tables`: built at import locally, prebuilt
 * data in a Lambda bundle (tables.ts); each script's automaton is built on
 * the first text holding that script.
 *
 * Terms are found with their context (menu, headline, list, institution name,
 * prose), each topic's salience is summed up as features (features.ts), and
 * the fitted model of the taxonomy (taxonomy/model.ts) decides.
 */
import { CLASSIFIER_TABLES } from '#classifier-tables';
import { normalizeForMatch, TOPIC_MODEL, type TopicModel } from '../../taxonomy';
import type { Article, Evidence, TopicMatch } from '../types';
import { contextFactors } from './context';
import { FEATURE_NAMES, leadEnd, summarize, titleActors, topicFeatures, type ArticleFacts, type TopicOccurrence, type TopicSummary } from './features';
import { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';
import type { TermHit } from './term-matcher';

export { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';
export { FEATURE_NAMES } from './features';

const { matcher: MATCHER, termTopic: TERM_TOPIC, termWeight: TERM_WEIGHT, termWeak: TERM_WEAK } = CLASSIFIER_TABLES;
const TOPIC_COUNT = CLASSIFIER_TABLES.topicIds.length;
const NEGATIVE_CUE = TOPIC_COUNT + CLASSIFIER_TABLES.cueKinds.indexOf('negative');
const EVENT_CUE = TOPIC_COUNT + CLASSIFIER_TABLES.cueKinds.indexOf('event');
const BACKGROUND_CUE = TOPIC_COUNT + CLASSIFIER_TABLES.cueKinds.indexOf('background');
/** A background cue counts only where it opens its sentence ("Earlier, …"), within this many characters. */
const OPENING = 24;

export const TAXONOMY_VERSION: string = CLASSIFIER_TABLES.version;
export const TOPIC_IDS: readonly string[] = CLASSIFIER_TABLES.topicIds;

/** Models checked against FEATURE_NAMES. Checked on first use, not at import: `npm run fit` must load the classifier to refit a stale model. */
const CHECKED_MODELS = new WeakSet<TopicModel>();

function assertFits(model: TopicModel): void {
  if (CHECKED_MODELS.has(model)) return;
  if (model.features.join() !== FEATURE_NAMES.join()) throw new Error("taxonomy model features differ from the classifier's: run npm run fit");
  CHECKED_MODELS.add(model);
}

/**
 * By start, longer first; stable, like the native sort it replaces for short
 * lists. Insertion sort: the matcher reports hits in order of their ends, so
 * they arrive almost sorted and this is near-linear with no comparator calls.
 */
function sortByPosition(hits: TermHit[]): void {
  // Hits of several scripts arrive as several sorted runs: past a few hundred, bound the worst case.
  if (hits.length > 256) {
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return;
  }
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i]!;
    let j = i - 1;
    while (j >= 0 && (hits[j]!.start > hit.start || (hits[j]!.start === hit.start && hits[j]!.end < hit.end))) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = hit;
  }
}

/** Keeps the longest of overlapping hits: "renewable energy" is one term, not two. */
function dropContained(hits: TermHit[]): TermHit[] {
  sortByPosition(hits);
  const kept: TermHit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

const PROSE_TITLE = { menuLineFactor: 1, headlineFactor: 1 };

interface Scanned {
  /** Topic occurrences by topic index. */
  byTopic: TopicOccurrence[][];
  /** Sentence starts of cue hits in prose, and distinct negative cue terms. */
  eventSentences: Set<number>;
  backgroundSentences: Set<number>;
  negativeTerms: Set<number>;
}

function isCue(hit: TermHit): boolean {
  return TERM_TOPIC[hit.termIndex]! >= TOPIC_COUNT;
}

/** Merges two lists sorted by start. */
function mergeByStart(a: TermHit[], b: TermHit[]): TermHit[] {
  if (b.length === 0) return a;
  const out: TermHit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/** Appends the weighted occurrences in `text` to the list of their topic; cues go to their sets. */
function weigh(text: string, settings: ClassifierSettings, scale: number, inBody: boolean, into: Scanned): void {
  const { hits: raw, markers } = MATCHER.scan(text);
  if (raw.length === 0) return;
  const cues = raw.filter(isCue);
  const topicHits = dropContained(cues.length ? raw.filter((h) => !isCue(h)) : raw);
  sortByPosition(cues);
  const hits = mergeByStart(topicHits, cues);
  // A title is one line: judge it as prose (a list of sectors is still a list), then discount it.
  const contextSettings = inBody ? settings : { ...settings, ...PROSE_TITLE };
  const { factors, sentenceStarts, sentenceEnds } = contextFactors(text, hits, markers, topicOfHit, contextSettings);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const topicIndex = TERM_TOPIC[hit.termIndex]!;
    if (topicIndex >= TOPIC_COUNT) {
      if (!inBody || factors[i]! < 0.99) continue;
      if (topicIndex === EVENT_CUE) into.eventSentences.add(sentenceStarts[i]!);
      else if (topicIndex === NEGATIVE_CUE) into.negativeTerms.add(hit.termIndex);
      else if (topicIndex === BACKGROUND_CUE && hit.start - sentenceStarts[i]! <= OPENING) into.backgroundSentences.add(sentenceStarts[i]!);
      continue;
    }
    const weight = TERM_WEIGHT[hit.termIndex]!;
    into.byTopic[topicIndex]!.push({
      termIndex: hit.termIndex,
      weak: TERM_WEAK[hit.termIndex] === 1,
      weight,
      value: weight * factors[i]! * scale,
      start: hit.start,
      end: hit.end,
      inBody,
      sentence: inBody ? sentenceStarts[i]! : -1,
      sentenceEnd: inBody ? sentenceEnds[i]! : -1,
    });
  }
}

function topicOfHit(hit: TermHit): number {
  const topic = TERM_TOPIC[hit.termIndex]!;
  return topic < TOPIC_COUNT ? topic : -1;
}

/** Sentence starts (among `starts`) whose sentence names one of the title's actors. */
function actorSentences(body: string, title: string, sentences: Iterable<readonly [number, number]>): Set<number> {
  const out = new Set<number>();
  const actors = titleActors(normalizeForMatch(title));
  if (actors.length === 0) return out;
  for (const [start, end] of sentences) {
    const sentence = normalizeForMatch(body.slice(start, end));
    if (actors.some((a) => sentence.includes(a))) out.add(start);
  }
  return out;
}

/** A topic the body names, with the features the model decides on. */
export interface TopicCandidate {
  id: string;
  features: number[];
  occurrences: TopicOccurrence[];
}

/**
 * Every topic with body evidence and its features, whatever the model will
 * decide: what the fit script learns from and what the eval explains misses with.
 */
export function topicCandidates(article: Article, settings: ClassifierSettings = DEFAULT_SETTINGS): TopicCandidate[] {
  const scanned: Scanned = { byTopic: TOPIC_IDS.map(() => []), eventSentences: new Set(), backgroundSentences: new Set(), negativeTerms: new Set() };
  weigh(article.body, settings, 1, true, scanned);
  if (article.title) weigh(article.title, settings, settings.titleFactor, false, scanned);

  const summaries: (TopicSummary | undefined)[] = [];
  let maxEvidence = 0;
  let topicsNamed = 0;
  const proseSentences = new Map<number, number>();
  scanned.byTopic.forEach((occurrences, topicIndex) => {
    if (!occurrences.some((o) => o.inBody)) return;
    const summary = summarize(occurrences, settings);
    summaries[topicIndex] = summary;
    if (summary.evidence > maxEvidence) maxEvidence = summary.evidence;
    if (summary.prose) topicsNamed++;
    for (const o of occurrences) if (o.inBody && !o.weak) proseSentences.set(o.sentence, Math.max(proseSentences.get(o.sentence) ?? 0, o.end));
  });
  if (maxEvidence === 0) return [];
  const facts: ArticleFacts = {
    body: article.body,
    headlineFactor: settings.headlineFactor,
    leadEnd: leadEnd(article.body),
    bodyLength: article.body.length,
    negativeCues: scanned.negativeTerms.size,
    eventSentences: scanned.eventSentences,
    backgroundSentences: scanned.backgroundSentences,
    actorSentences: article.title ? actorSentences(article.body, article.title, sentenceSpans(article.body, proseSentences)) : new Set(),
    maxEvidence,
    topicsNamed,
  };
  const candidates: TopicCandidate[] = [];
  scanned.byTopic.forEach((occurrences, topicIndex) => {
    const summary = summaries[topicIndex];
    if (!summary) return;
    candidates.push({ id: TOPIC_IDS[topicIndex]!, features: topicFeatures(occurrences, summary, facts), occurrences });
  });
  return candidates;
}

/** [start, end) of each sentence given its start and a point inside it: the end is the next sentence break. */
function* sentenceSpans(body: string, sentences: Map<number, number>): Iterable<readonly [number, number]> {
  for (const [start, inside] of sentences) {
    let end = inside;
    while (end < body.length) {
      const c = body.charCodeAt(end);
      if (c === 10 || c === 46 || c === 33 || c === 63 || c === 0x3002) break;
      end++;
    }
    yield [start, end];
  }
}

/** The model's margin for a candidate: ≥ 0 means labeled. */
export function topicMargin(candidate: TopicCandidate, model: TopicModel = TOPIC_MODEL): number {
  assertFits(model);
  let z = model.bias - (model.cuts[candidate.id] ?? 0);
  for (let i = 0; i < candidate.features.length; i++) z += model.weights[i]! * candidate.features[i]!;
  return z;
}

export function classify(article: Article, settings: ClassifierSettings = DEFAULT_SETTINGS, model: TopicModel = TOPIC_MODEL): TopicMatch[] {
  const matches: TopicMatch[] = [];
  for (const candidate of topicCandidates(article, settings)) {
    const margin = topicMargin(candidate, model);
    if (margin < 0) continue;
    const evidence = pickEvidence(article.body, candidate.occurrences, settings.maxEvidence);
    // No label without evidence: a topic named only in passing contexts keeps none.
    if (evidence.length === 0) continue;
    const score = 1 / (1 + Math.exp(-margin));
    matches.push({ id: candidate.id, score: Math.round(score * 1000) / 1000, evidence });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The strongest body occurrence of each distinct term first, then in reading order. */
function pickEvidence(body: string, occurrences: readonly TopicOccurrence[], max: number): Evidence[] {
  // A labeled topic has a few dozen occurrences at most: a linear search beats a Map here.
  const best: TopicOccurrence[] = [];
  for (const o of occurrences) {
    if (!o.inBody) continue;
    let k = 0;
    while (k < best.length && best[k]!.termIndex !== o.termIndex) k++;
    if (k === best.length) best.push(o);
    else if (o.value > best[k]!.value) best[k] = o;
  }
  best.sort((a, b) => b.value - a.value || a.start - b.start);
  if (best.length > max) best.length = max;
  best.sort((a, b) => a.start - b.start);
  return best.map(({ start, end }) => ({ text: body.slice(start, end), start, end }));
}
