/**
 * Enrichment job contract. Each job kind is a pure function of the article
 * (plus, for `related`, candidate articles the adapter looked up); the enrich
 * handler dispatches on `kind` and stores each result once as a job item.
 */
import type { Article, TopicMatch } from '../types';

export const JOB_KINDS = ['entities', 'figures', 'quotes', 'places', 'related'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** The SQS message body of one enrichment job. */
export interface EnrichmentJob {
  kind: JobKind;
  articleId: string;
  /** Article version the job belongs to; a job for a superseded version changes nothing. */
  version: number;
  /** S3 key of the normalized article JSON under `processed/`. */
  processedKey: string;
  /**
   * The processed document itself, when small enough to travel in the message
   * (saves the S3 GET); jobs without it load `processedKey`.
   */
  document?: import('../records/types').ProcessedDocument;
}

export type EntityType = 'person' | 'organization' | 'country' | 'city' | 'region';

/**
 * Offsets are into the article body; a title the body does not repeat is read after it, so a mention
 * at or after `body.length + 2` lies in the title, at offset `start - body.length - 2` (context.ts enrichmentText).
 */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  type: EntityType;
  /** Canonical display name ("Shavkat Mirziyoyev", "Samsung", "South Korea"). */
  name: string;
  /** Lower-cased normalized key used by the byEntity index (see records/keys entityKeyOf). */
  key: string;
  /** ISO 3166-1 alpha-2 for countries, and for people/orgs/cities when known. */
  country?: string;
  /** Stated role for people ("President of Uzbekistan"). */
  role?: string;
  /** Other names the entity is known by (surname forms, acronyms, other scripts); see entityLookupKeys. */
  aliases?: string[];
  mentions: Mention[];
}

export interface Figure {
  kind: 'money' | 'quantity' | 'percentage' | 'year';
  value: number;
  /** ISO 4217 for money; a unit word for quantities ("unit", "vehicle", "MW", "tonne"). */
  unit?: string;
  /** "year", "month", ... when the text states a rate ("annually", "per year"). */
  period?: string;
  text: string;
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  /** Speaker name as resolved to an entity when the text attributes the quote. */
  speaker?: string;
  speakerKey?: string;
}

export interface Place {
  name: string;
  key: string;
  type: 'city' | 'region' | 'country';
  country: string;
  lat: number;
  lon: number;
  mentions: Mention[];
}

/** A candidate earlier article for `related`, as the adapter found it by topic/entity. */
export interface RelatedCandidate {
  articleId: string;
  title: string;
  publishedAt?: string;
  topics: string[];
  entities: string[];
}

export interface RelatedArticle {
  articleId: string;
  title: string;
  score: number;
  sharedTopics: string[];
  sharedEntities: string[];
}

export interface JobResults {
  entities: { entities: Entity[] };
  /** `dropped`: amounts read but not kept (a value beyond Number.MAX_SAFE_INTEGER), present only when some were. */
  figures: { figures: Figure[]; dropped?: { text: string; start: number; end: number; reason: 'value-out-of-range' }[] };
  quotes: { quotes: Quote[] };
  places: { places: Place[] };
  related: { related: RelatedArticle[] };
}

export interface EnrichmentInput {
  articleId: string;
  article: Article;
  topics: TopicMatch[];
}
