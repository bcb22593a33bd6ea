/**
 * The classifier's tables, and their plain-data form: what the module a bundle embeds (see
 * tables.ts) loads at import. Imports no taxonomy data.
 *
 * The classifier reads three things of a term (its topic, weight, and whether it is weak), so
 * the tables hold those as typed columns rather than 4,000 term objects: loading them from data
 * is a few native array copies, no per-term work at cold start.
 */
import type { CompiledTaxonomy, CompiledTerm } from '../../taxonomy';
import { TermMatcher, type TermMatcherData } from './term-matcher';

export interface ClassifierTables {
  version: string;
  topicIds: string[];
  cueKinds: string[];
  /** Per term of the compiled taxonomy (index = TermHit.termIndex): its topicIndex (cue terms: topic count + cue kind). */
  termTopic: Int32Array;
  /** Per term: its weight. */
  termWeight: Float64Array;
  /** Per term: 1 when its tier is weak. */
  termWeak: Uint8Array;
  matcher: TermMatcher;
}

/** The tables as plain data (JSON-safe). */
export interface ClassifierTablesData {
  version: string;
  topicIds: string[];
  cueKinds: string[];
  termTopic: number[];
  termWeight: number[];
  termWeak: number[];
  matcher: TermMatcherData;
}

/** The tables of a compiled taxonomy and the matcher built from its terms. */
export function classifierTablesOf(compiled: CompiledTaxonomy, matcher: TermMatcher): ClassifierTables {
  const terms: readonly CompiledTerm[] = compiled.terms;
  return {
    version: compiled.version,
    topicIds: compiled.topicIds,
    cueKinds: compiled.cueKinds,
    termTopic: Int32Array.from(terms, (t) => t.topicIndex),
    termWeight: Float64Array.from(terms, (t) => t.weight),
    termWeak: Uint8Array.from(terms, (t) => (t.tier === 'weak' ? 1 : 0)),
    matcher,
  };
}

export function classifierTablesToData(tables: ClassifierTables): ClassifierTablesData {
  return {
    version: tables.version,
    topicIds: tables.topicIds,
    cueKinds: tables.cueKinds,
    termTopic: Array.from(tables.termTopic),
    termWeight: Array.from(tables.termWeight),
    termWeak: Array.from(tables.termWeak),
    matcher: tables.matcher.toData(),
  };
}

/** The tables from their data: what the generated module runs at import (native copies only). */
export function classifierTablesFrom(data: ClassifierTablesData): ClassifierTables {
  return {
    version: data.version,
    topicIds: data.topicIds,
    cueKinds: data.cueKinds,
    termTopic: new Int32Array(data.termTopic),
    termWeight: new Float64Array(data.termWeight),
    termWeak: new Uint8Array(data.termWeak),
    matcher: TermMatcher.fromData(data.termTopic.length, data.matcher),
  };
}
