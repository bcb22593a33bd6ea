/**
 * classify: Article → the taxonomy topics it reports on, each with a score and
 * evidence spans into `article.body`. The automata are built once, at import.
 */
import { compileTaxonomy, TAXONOMY } from '../../taxonomy';
import type { Article, Evidence, TopicMatch } from '../types';
import { contextFactors, INSTITUTION_MARKERS } from './context';
import { squash, topicEvidence } from './scoring';
import { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';
import { TermMatcher, type TermHit } from './term-matcher';

export { DEFAULT_SETTINGS, type ClassifierSettings } from './settings';

const COMPILED = compileTaxonomy(TAXONOMY);
const MATCHER = new TermMatcher(COMPILED.terms, INSTITUTION_MARKERS);
const TERMS = COMPILED.terms;

export const TAXONOMY_VERSION: string = COMPILED.version;
export const TOPIC_IDS: readonly string[] = COMPILED.topicIds;

/** Keeps the longest of overlapping hits: "renewable energy" is one term, not two. */
function dropContained(hits: TermHit[]): TermHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
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
interface Weighted {
  hit: TermHit;
  topic: number;
  value: number;
  inBody: boolean;
}

function weigh(text: string, settings: ClassifierSettings, scale: number, inBody: boolean): Weighted[] {
  const { hits: raw, markers } = MATCHER.scan(text);
  const hits = dropContained(raw);
  const topicOf = (hit: TermHit) => TERMS[hit.termIndex]!.topicIndex;
  // A title is one line: judge it as prose (a list of sectors is still a list), then discount it.
  const contextSettings = inBody ? settings : { ...settings, menuLineFactor: 1, headlineFactor: 1 };
  const factors = contextFactors(text, hits, markers, topicOf, contextSettings);
  return hits.map((hit, i) => ({ hit, topic: topicOf(hit), value: TERMS[hit.termIndex]!.weight * factors[i]! * scale, inBody }));
}

export function classify(article: Article, settings: ClassifierSettings = DEFAULT_SETTINGS): TopicMatch[] {
  const weighted = weigh(article.body, settings, 1, true);
  if (article.title) weighted.push(...weigh(article.title, settings, settings.titleFactor, false));
  const byTopic: Weighted[][] = TOPIC_IDS.map(() => []);
  for (const w of weighted) byTopic[w.topic]!.push(w);

  const matches: TopicMatch[] = [];
  byTopic.forEach((occurrences, topicIndex) => {
    if (!occurrences.some((o) => o.inBody)) return;
    const evidence = topicEvidence(
      occurrences.map((o) => ({ termIndex: o.hit.termIndex, weak: TERMS[o.hit.termIndex]!.tier === 'weak', value: o.value })),
      settings,
    );
    const score = squash(evidence, settings);
    if (score < settings.threshold) return;
    matches.push({ id: TOPIC_IDS[topicIndex]!, score: Math.round(score * 1000) / 1000, evidence: pickEvidence(article.body, occurrences, settings.maxEvidence) });
  });
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The strongest body occurrence of each distinct term first, then in reading order. */
function pickEvidence(body: string, occurrences: readonly Weighted[], max: number): Evidence[] {
  const bestPerTerm = new Map<number, Weighted>();
  for (const o of occurrences) {
    if (!o.inBody) continue;
    const known = bestPerTerm.get(o.hit.termIndex);
    if (!known || o.value > known.value) bestPerTerm.set(o.hit.termIndex, o);
  }
  return [...bestPerTerm.values()]
    .sort((a, b) => b.value - a.value || a.hit.start - b.hit.start)
    .slice(0, max)
    .sort((a, b) => a.hit.start - b.hit.start)
    .map(({ hit }) => ({ text: body.slice(hit.start, hit.end), start: hit.start, end: hit.end }));
}
