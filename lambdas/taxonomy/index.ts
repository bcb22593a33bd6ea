export { TAXONOMY } from './topics';
export { compileTaxonomy, validateTaxonomy } from './load';
export type { CompiledTaxonomy, CompiledTerm, MatchMode } from './load';
export { normalizeForMatch, isWordCodeUnit, normalizeCodeUnit } from './normalize';
export { CUE_KINDS, TERM_LANGUAGES, TERM_TIERS } from './schema';
export { TOPIC_MODEL, type TopicModel } from './model';
export type { CueKind, TaxonomyData, TopicDefinition, TermLanguage, TermList, TermTier } from './schema';
