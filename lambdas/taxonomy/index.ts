export { TAXONOMY } from './topics';
export { compileTaxonomy, validateTaxonomy } from './load';
export type { CompiledTaxonomy, CompiledTerm, MatchMode } from './load';
export { normalizeForMatch, isWordCodeUnit, normalizeCodeUnit } from './normalize';
export { TERM_LANGUAGES, TERM_TIERS } from './schema';
export type { TaxonomyData, TopicDefinition, TermLanguage, TermList, TermTier } from './schema';
