/**
 * Shape of the taxonomy data. The classifier reads only this: adding a term or
 * a language is a data change, not a code change.
 */

/** Script-specific term lists: Uzbek is written in both Latin and Cyrillic. */
export const TERM_LANGUAGES = ['en', 'ru', 'uz-latn', 'uz-cyrl', 'ko'] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

export const TERM_TIERS = ['strong', 'medium', 'weak'] as const;
export type TermTier = (typeof TERM_TIERS)[number];

/**
 * Term notation (kept terse so hundreds of terms stay readable):
 * - `word`   whole-word match (Unicode letters/digits/marks bound it on both sides);
 * - `stem*`  the term must start a word but may run on into suffixes
 *            (Russian inflection, Uzbek agglutination, English plurals);
 * - `noun+`  (Uzbek only) the noun and its own inflected forms: case,
 *            possessive and plural suffixes (neft, neftga, neftidan,
 *            neftlar…), where a stem would also take other words or names
 *            (kon* takes konferensiya, bozor* takes Bozorov);
 * Korean terms always match anywhere in a word: particles attach to nouns and
 * compounds are often written without spaces (핵심광물, 재생에너지); a Latin
 * acronym in the Korean list also takes a particle or noun written on (MOU를).
 * Each Uzbek term is listed in one script or both: load.ts derives the other
 * script's twin (transliterate.ts).
 */
export type TermList = Partial<Record<TermTier, readonly string[]>>;

export interface TopicDefinition {
  /** Stable id from taxonomy.md, e.g. `energy`. */
  id: string;
  label: string;
  terms: Record<TermLanguage, TermList>;
}

/**
 * Cue words that are no topic but tell how an article treats one: `negative`
 * cues mark news of another kind (match results, crime, weather, accidents);
 * `event` cues mark a sentence that reports something done (signed, built,
 * launched); `background` cues open a sentence that recalls earlier news
 * ("Earlier, ...", "Напомним, ..."). Same notation as topic terms; one list
 * per language.
 */
export const CUE_KINDS = ['negative', 'event', 'background'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface TaxonomyData {
  version: string;
  /** Evidence weight of one occurrence per tier, in (0, 1]. */
  tierWeights: Record<TermTier, number>;
  topics: readonly TopicDefinition[];
  cues?: Record<CueKind, Record<TermLanguage, readonly string[]>>;
}
