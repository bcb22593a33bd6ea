/**
 * The classifier's tables as plain data, and back: what the module a bundle embeds
 * (see tables.ts) runs at import. Imports no taxonomy data.
 */
import { TERM_TIERS, type CompiledTaxonomy, type CompiledTerm, type MatchMode, type TermLanguage } from '../../taxonomy';
import { TermMatcher, type TermMatcherData } from './term-matcher';

export interface ClassifierTables {
  compiled: CompiledTaxonomy;
  matcher: TermMatcher;
}

/** The compiled terms as columns: a few flat arrays parse faster and smaller than 4,000 objects. */
export interface PackedTerms {
  pattern: string[];
  topicIndex: number[];
  weight: number[];
  /** Index into MODES. */
  mode: number[];
  /** Index into TERM_TIERS. */
  tier: number[];
  /** Index into `languageSets`. */
  languages: number[];
  /** The distinct language lists the terms have. */
  languageSets: TermLanguage[][];
  /** Indexes of the gapped phrases: their parts are their pattern's words (`*` marks a stem). */
  phrases: number[];
}

/** The tables as plain data (JSON-safe). */
export interface ClassifierTablesData {
  compiled: Omit<CompiledTaxonomy, 'terms'> & { terms: PackedTerms };
  matcher: TermMatcherData;
}

const MODES: readonly MatchMode[] = ['word', 'prefix', 'anywhere'];

export function packTerms(terms: readonly CompiledTerm[]): PackedTerms {
  const languageSets: TermLanguage[][] = [];
  const setIndex = new Map<string, number>();
  const languages = terms.map((t) => {
    const key = t.languages.join();
    let k = setIndex.get(key);
    if (k === undefined) {
      k = languageSets.length;
      languageSets.push(t.languages);
      setIndex.set(key, k);
    }
    return k;
  });
  return {
    pattern: terms.map((t) => t.pattern),
    topicIndex: terms.map((t) => t.topicIndex),
    weight: terms.map((t) => t.weight),
    mode: terms.map((t) => MODES.indexOf(t.mode)),
    tier: terms.map((t) => TERM_TIERS.indexOf(t.tier)),
    languages,
    languageSets,
    phrases: terms.flatMap((t, i) => (t.parts ? [i] : [])),
  };
}

/** Runs once per cold start, mostly interpreted: plain indexed loops, no callbacks. */
export function unpackTerms(packed: PackedTerms): CompiledTerm[] {
  const { pattern, topicIndex, weight, mode, tier, languages, languageSets } = packed;
  const terms: CompiledTerm[] = new Array(pattern.length);
  for (let i = 0; i < pattern.length; i++) {
    terms[i] = {
      pattern: pattern[i]!,
      topicIndex: topicIndex[i]!,
      weight: weight[i]!,
      mode: MODES[mode[i]!]!,
      tier: TERM_TIERS[tier[i]!]!,
      languages: languageSets[languages[i]!]!.slice(),
    };
  }
  for (const i of packed.phrases) {
    terms[i]!.parts = terms[i]!.pattern.split(' ').map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : { text: word, stem: false }));
  }
  return terms;
}

/** The tables from their data: what the generated module runs at import. */
export function classifierTablesFrom(data: ClassifierTablesData): ClassifierTables {
  const compiled: CompiledTaxonomy = { ...data.compiled, terms: unpackTerms(data.compiled.terms) };
  return { compiled, matcher: TermMatcher.fromData(compiled.terms, data.matcher) };
}
