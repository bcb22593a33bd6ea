/**
 * Validates the taxonomy data and compiles it into the flat term list the
 * matcher is built from. Runs once at module init.
 */
import { normalizeForMatch } from './normalize';
import { CUE_KINDS, TERM_LANGUAGES, TERM_TIERS, type TaxonomyData, type TermLanguage, type TermTier } from './schema';

/** `word`: bounded on both sides; `prefix`: must start a word; `anywhere`: no boundary test (Korean). */
export type MatchMode = 'word' | 'prefix' | 'anywhere';

/** One word of a gapped phrase: `stem` words may run on into inflections. */
export interface PhrasePart {
  text: string;
  stem: boolean;
}

export interface CompiledTerm {
  /** Normalized text the matcher looks for (for a gapped phrase: its notation, for reports). */
  pattern: string;
  /**
   * Set when an inner word is a stem (`сельск* хозяйств*`): the phrase is then
   * matched word by word, since one automaton pattern cannot span inflections.
   */
  parts?: PhrasePart[];
  topicIndex: number;
  weight: number;
  mode: MatchMode;
  tier: TermTier;
  languages: TermLanguage[];
}

export interface CompiledTaxonomy {
  version: string;
  topicIds: string[];
  topicLabels: string[];
  /**
   * Topic terms first, then cue terms. A cue term's `topicIndex` is
   * `topicIds.length + k` for the k-th of `cueKinds`: it is no topic.
   */
  terms: CompiledTerm[];
  cueKinds: string[];
}

const TOPIC_ID = /^[a-z]+(?:-[a-z]+)*$/;

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

interface ParsedTerm {
  pattern: string;
  mode: MatchMode;
  parts?: PhrasePart[];
}

function parseTerm(raw: string, language: TermLanguage): ParsedTerm {
  const stem = raw.endsWith('*');
  const body = stem ? raw.slice(0, -1) : raw;
  // Latin acronyms in the Korean list (ICT, ODA) are words like anywhere else.
  if (language === 'ko' && HANGUL.test(raw)) return { pattern: normalizeForMatch(raw), mode: 'anywhere' };
  if (body.includes('*')) {
    const pattern = normalizeForMatch(raw);
    const parts = pattern.split(' ').map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : { text: word, stem: false }));
    return { pattern, mode: stem ? 'prefix' : 'word', parts };
  }
  return { pattern: normalizeForMatch(body), mode: stem ? 'prefix' : 'word' };
}

/** A `*` may only end a word; words are separated by single spaces. */
const TERM_SHAPE = /^[^*\s]+\*?(?: [^*\s]+\*?)*$/u;

/**
 * One walk over the data that both checks it and flattens it: each term is
 * parsed and normalized once (this runs at Lambda cold start).
 *
 * Flattening keeps one entry per normalized pattern and match mode. The same
 * spelling in two languages of one topic (Russian and Uzbek Cyrillic share
 * words) merges, keeping the higher weight.
 */
function walk(data: TaxonomyData): { problems: string[]; terms: CompiledTerm[] } {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const owner = new Map<string, string>(); // normalized pattern → topic id
  const byPattern = new Map<string, CompiledTerm>();
  for (const tier of TERM_TIERS) {
    const w = data.tierWeights[tier];
    if (!(w > 0 && w <= 1)) problems.push(`tier weight ${tier}=${w} is outside (0, 1]`);
  }
  data.topics.forEach((topic, topicIndex) => {
    if (!TOPIC_ID.test(topic.id)) problems.push(`topic id "${topic.id}" is not kebab-case`);
    if (seenIds.has(topic.id)) problems.push(`topic id "${topic.id}" appears twice`);
    seenIds.add(topic.id);
    if (!topic.label.trim()) problems.push(`topic ${topic.id} has no label`);
    for (const language of TERM_LANGUAGES) {
      const list = topic.terms[language];
      const strongOrMedium = (list?.strong?.length ?? 0) + (list?.medium?.length ?? 0);
      if (strongOrMedium === 0) problems.push(`topic ${topic.id} has no strong or medium ${language} terms`);
      const inList = new Set<string>();
      for (const tier of TERM_TIERS) {
        const weight = data.tierWeights[tier];
        for (const raw of list?.[tier] ?? []) {
          const { pattern, mode, parts } = parseTerm(raw, language);
          if (pattern.trim().length < 2 || pattern !== pattern.trim()) problems.push(`term "${raw}" (${topic.id}/${language}) is blank, too short or padded`);
          if (!TERM_SHAPE.test(raw)) problems.push(`term "${raw}" is malformed: * may only end a word, words take single spaces`);
          if (language === 'ko' && raw.includes('*')) problems.push(`Korean term "${raw}" needs no *: Korean terms match inside words`);
          if (inList.has(pattern)) problems.push(`term "${raw}" is listed twice in ${topic.id}/${language}`);
          inList.add(pattern);
          const other = owner.get(pattern);
          if (other !== undefined && other !== topic.id) problems.push(`term "${raw}" is in both ${other} and ${topic.id}`);
          owner.set(pattern, topic.id);

          const key = `${mode}:${pattern}`;
          const known = byPattern.get(key);
          if (!known) {
            const term: CompiledTerm = { pattern, topicIndex, weight, mode, tier, languages: [language] };
            if (parts) term.parts = parts;
            byPattern.set(key, term);
            continue;
          }
          if (weight > known.weight) {
            known.weight = weight;
            known.tier = tier;
          }
          if (!known.languages.includes(language)) known.languages.push(language);
        }
      }
    }
  });
  const terms = [...byPattern.values()];
  CUE_KINDS.forEach((kind, k) => {
    const seen = new Map<string, CompiledTerm>();
    for (const language of TERM_LANGUAGES) {
      for (const raw of data.cues?.[kind]?.[language] ?? []) {
        const { pattern, mode, parts } = parseTerm(raw, language);
        if (pattern.trim().length < 2 || !TERM_SHAPE.test(raw)) problems.push(`cue "${raw}" (${kind}/${language}) is malformed`);
        const key = `${mode}:${pattern}`;
        const known = seen.get(key);
        if (known) {
          if (!known.languages.includes(language)) known.languages.push(language);
          continue;
        }
        const term: CompiledTerm = { pattern, topicIndex: data.topics.length + k, weight: 1, mode, tier: 'strong', languages: [language] };
        if (parts) term.parts = parts;
        seen.set(key, term);
        terms.push(term);
      }
    }
  });
  return { problems, terms };
}

/** Every problem found in the data, as readable sentences; empty when valid. */
export function validateTaxonomy(data: TaxonomyData): string[] {
  return walk(data).problems;
}

/** Checks the data and flattens it into the term list the matcher is built from; throws when invalid. */
export function compileTaxonomy(data: TaxonomyData): CompiledTaxonomy {
  const { problems, terms } = walk(data);
  if (problems.length > 0) throw new Error(`invalid taxonomy ${data.version}: ${problems.join('; ')}`);
  return {
    version: data.version,
    topicIds: data.topics.map((t) => t.id),
    topicLabels: data.topics.map((t) => t.label),
    terms,
    cueKinds: [...CUE_KINDS],
  };
}
