/**
 * classify: Article → the taxonomy topics it reports on, each with a score and
 * evidence spans into `article.body`. The automata are built once, at import.
 */
import { compileTaxonomy, TAXONOMY } from '../../taxonomy';
import type { Article, Evidence, TopicMatch } from '../types';
import { contextFactors, INSTITUTION_MARKERS } from './context';
import { squash, topicEvidence, type Occurrence } from './scoring';
import { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';
import { TermMatcher, type TermHit } from './term-matcher';

export { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';

const COMPILED = compileTaxonomy(TAXONOMY);
const MATCHER = new TermMatcher(COMPILED.terms, INSTITUTION_MARKERS);
const TERMS = COMPILED.terms;

export const TAXONOMY_VERSION: string = COMPILED.version;
export const TOPIC_IDS: readonly string[] = COMPILED.topicIds;

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

/** A weighted occurrence: body hits carry evidence, title hits only add weight. */
interface Weighted extends Occurrence {
  hit: TermHit;
  inBody: boolean;
}

const PROSE_TITLE = { menuLineFactor: 1, headlineFactor: 1 };

/** Appends the weighted occurrences in `text` to the list of their topic. */
function weigh(text: string, settings: ClassifierSettings, scale: number, inBody: boolean, byTopic: Weighted[][]): void {
  const { hits: raw, markers } = MATCHER.scan(text);
  if (raw.length === 0) return;
  const hits = dropContained(raw);
  // A title is one line: judge it as prose (a list of sectors is still a list), then discount it.
  const contextSettings = inBody ? settings : { ...settings, ...PROSE_TITLE };
  const factors = contextFactors(text, hits, markers, topicOfHit, contextSettings);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const term = TERMS[hit.termIndex]!;
    byTopic[term.topicIndex]!.push({ hit, termIndex: hit.termIndex, weak: term.tier === 'weak', value: term.weight * factors[i]! * scale, inBody });
  }
}

function topicOfHit(hit: TermHit): number {
  return TERMS[hit.termIndex]!.topicIndex;
}

export function classify(article: Article, settings: ClassifierSettings = DEFAULT_SETTINGS): TopicMatch[] {
  const byTopic: Weighted[][] = TOPIC_IDS.map(() => []);
  weigh(article.body, settings, 1, true, byTopic);
  if (article.title) weigh(article.title, settings, settings.titleFactor, false, byTopic);

  const matches: TopicMatch[] = [];
  byTopic.forEach((occurrences, topicIndex) => {
    if (!occurrences.some((o) => o.inBody)) return;
    const score = squash(topicEvidence(occurrences, settings), settings);
    if (score < settings.threshold) return;
    // Evidence spans are cut only for the topics that are labeled.
    matches.push({ id: TOPIC_IDS[topicIndex]!, score: Math.round(score * 1000) / 1000, evidence: pickEvidence(article.body, occurrences, settings.maxEvidence) });
  });
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The strongest body occurrence of each distinct term first, then in reading order. */
function pickEvidence(body: string, occurrences: readonly Weighted[], max: number): Evidence[] {
  // A labeled topic has a few dozen occurrences at most: a linear search beats a Map here.
  const best: Weighted[] = [];
  for (const o of occurrences) {
    if (!o.inBody) continue;
    let k = 0;
    while (k < best.length && best[k]!.termIndex !== o.termIndex) k++;
    if (k === best.length) best.push(o);
    else if (o.value > best[k]!.value) best[k] = o;
  }
  best.sort((a, b) => b.value - a.value || a.hit.start - b.hit.start);
  if (best.length > max) best.length = max;
  best.sort((a, b) => a.hit.start - b.hit.start);
  return best.map(({ hit }) => ({ text: body.slice(hit.start, hit.end), start: hit.start, end: hit.end }));
}
