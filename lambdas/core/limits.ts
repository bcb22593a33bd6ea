/**
 * Bounds on every text field the parser hands to records, in UTF-16 code
 * units (JavaScript string length). At most 3 UTF-8 bytes per unit, so the
 * fields of one article together stay far below DynamoDB's 400 KB item and
 * SNS's 256 KB message whatever the upload holds.
 *
 * Over-long human-readable fields are cut at a word boundary with a
 * FIELD_TRUNCATED warning rather than failing the article: the body is
 * intact and the article is worth having; a newsroom would rather see its
 * story with a shortened headline and a warning than lose it to a cosmetic
 * fault. URLs are never cut (a cut URL points somewhere else): an over-long
 * one is dropped with a URL_DROPPED warning.
 */
export const FIELD_LIMITS = {
  /** Headlines run to about 150 characters; 500 leaves room for a headline with its deck. */
  title: 500,
  author: 200,
  sourceName: 200,
  /** "TASHKENT, June 14" style place lines. */
  dateline: 120,
  /** The common de facto limit of browsers, sitemaps and CDNs. */
  url: 2048,
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;
