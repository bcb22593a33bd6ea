/**
 * The core's data model. Nothing here knows about AWS: the same types flow
 * through the Lambda handlers, the local runtime and the CLI.
 */

export type Language = 'en' | 'ru' | 'uz' | 'ko' | 'other';

export type MediaType = 'text/plain' | 'text/markdown' | 'text/html' | 'application/json';

/** Where a published date was read: structured data first, the upload time never silently. */
export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'dateline' | 'text' | 'upload';

/** A parsed article. `body` is the normalized text; every offset in the project points into it. */
export interface Article {
  title: string;
  /** Main-text paragraphs in reading order (no menus, sidebars, scripts). */
  paragraphs: string[];
  /** `paragraphs.join('\n\n')`: the normalized text that offsets and the content hash refer to. */
  body: string;
  language: Language;
  /** ISO 8601 date or date-time when the article states one. */
  publishedAt?: string;
  /** Where `publishedAt` came from; 'upload' only when a later stage fell back to the upload time. */
  publishedSource?: PublishedSource;
  /** ISO 8601 date or date-time of the last update the page declares. */
  modifiedAt?: string;
  /** Place line such as "TASHKENT, June 14" when the article opens with one. */
  dateline?: string;
  author?: string;
  url?: string;
  /** The language tag the source declares (`<html lang>`, JSON-LD inLanguage), as written; `language` is what newsdrop detected. */
  declaredLanguage?: string;
  /** Publisher or outlet named by the article itself (JSON `source`, HTML `og:site_name`). */
  sourceName?: string;
  mediaType: MediaType;
  wordCount: number;
  /** Hex SHA-256 of `body`: finds the same content uploaded under another key. */
  contentHash: string;
  /** What was repaired on the way in (broken bytes, cut or dropped fields); absent when nothing was. */
  warnings?: ArticleWarning[];
}

export type ArticleWarningCode =
  /** Invalid UTF-8 sequences became U+FFFD; `count` says how many. */
  | 'INVALID_BYTES_REPLACED'
  /** A field longer than its limit was cut at a word boundary (see limits.ts). */
  | 'FIELD_TRUNCATED'
  /** A URL that is not http(s), or not a URL at all, was left out. */
  | 'URL_DROPPED'
  /** Control, bidi-override or invisible characters were removed from a field. */
  | 'CHARACTERS_REMOVED'
  /** Markup (tags) was removed from a field that must be plain text. */
  | 'MARKUP_REMOVED'
  /** An HTML page with more elements than any real page was read up to the cap (html/dom.ts). */
  | 'MARKUP_TRUNCATED';

export interface ArticleWarning {
  code: ArticleWarningCode;
  message: string;
  /** Article field concerned, e.g. `title`, `url`. */
  field?: string;
  count?: number;
}

/** An evidence span: `body.slice(start, end) === text`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface TopicMatch {
  /** Taxonomy id, e.g. `energy`. */
  id: string;
  /** 0..1, higher is more confident. */
  score: number;
  evidence: Evidence[];
}

/**
 * Permanent input problems. An object failing with one of these is recorded as
 * FAILED and never retried: retrying cannot change the bytes.
 */
export type ArticleErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE'
  | 'NO_TEXT'
  | 'BAD_JSON'
  | 'SCHEMA'
  /** A field is longer than the pipeline stores (limits.ts); `field` names it. */
  | 'TOO_LARGE_FIELD'
  /** A value cannot be stored as given (a number above 2^53, a date outside years 1–9999); `field` names it. */
  | 'VALUE_OUT_OF_RANGE'
  /** The article used up its CPU budget; `stage` names the stage that was running. */
  | 'TIMEOUT';

export interface ArticleErrorInfo {
  code: ArticleErrorCode;
  message: string;
  /** Field at fault, for `SCHEMA`/`BAD_JSON`/`TOO_LARGE_FIELD`/`VALUE_OUT_OF_RANGE`. */
  field?: string;
  /** Stage that ran out of time, for `TIMEOUT` ("decode", "parse", "classify", an enrichment job…). */
  stage?: string;
}

export class ArticleError extends Error implements ArticleErrorInfo {
  readonly code: ArticleErrorCode;
  readonly field?: string;
  readonly stage?: string;

  constructor(code: ArticleErrorCode, message: string, field?: string, stage?: string) {
    super(message);
    this.name = 'ArticleError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (stage !== undefined) this.stage = stage;
  }

  toJSON(): ArticleErrorInfo {
    const info: ArticleErrorInfo = { code: this.code, message: this.message };
    if (this.field !== undefined) info.field = this.field;
    if (this.stage !== undefined) info.stage = this.stage;
    return info;
  }
}

export function isArticleError(err: unknown): err is ArticleError {
  return err instanceof ArticleError;
}
