/**
 * The last gate between a parser's output and the records: the short text
 * fields (title, author, source name, dateline) come out as plain text
 * without markup, control or bidi-override characters and within their
 * limits (limits.ts); a URL comes out only when it is an absolute http(s)
 * URL. What had to change is reported as warnings on the article, never
 * silently. Every step is one linear pass.
 */
import { FIELD_LIMITS, type LimitedField } from './limits';
import { nfc, normalizeInline } from './parse/normalize';
import type { ArticleWarning } from './types';

// Tags (`<b>`, `</p>`, `<!-- x -->`, `<?xml …?>`): `[^<>]*` stops at the next bracket, so the
// attempts from successive "<" scan disjoint stretches and the whole pass stays linear.
const TAG = /<[A-Za-z/!?][^<>]*>/g;
// C0 and C1 controls, bidi embeddings/overrides/isolates and marks, interlinear annotation
// characters, and lone surrogates: none belongs in a headline or a name, and the bidi ones can
// make a record display as something other than what it holds.
const UNWANTED =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Plain, bounded text for `field`; warnings for what was removed or cut are
 * pushed onto `warnings`. May return '' (a title made only of markup).
 */
export function cleanTextField(field: LimitedField, value: string, warnings: ArticleWarning[]): string {
  const limit = FIELD_LIMITS[field];
  // Nothing past a few limits' worth can survive the cut: do not clean megabytes to keep 500 characters.
  let text = value.length > limit * 4 ? value.slice(0, limit * 4) : value;
  let tags = 0;
  text = text.replace(TAG, () => {
    tags++;
    return ' ';
  });
  if (tags > 0) warnings.push({ code: 'MARKUP_REMOVED', field, count: tags, message: `${tags} tag(s) removed from ${field}.` });
  let removed = 0;
  text = text.replace(UNWANTED, () => {
    removed++;
    return '';
  });
  if (removed > 0) {
    warnings.push({
      code: 'CHARACTERS_REMOVED',
      field,
      count: removed,
      message: `${removed} control, bidi-override or invalid character(s) removed from ${field}.`,
    });
  }
  text = nfc(normalizeInline(text));
  if (text.length > limit || value.length > limit * 4) {
    const cut = truncate(text, limit);
    warnings.push({
      code: 'FIELD_TRUNCATED',
      field,
      message: `${field} was ${value.length} characters; cut to ${cut.length} (limit ${limit}).`,
    });
    text = cut;
  }
  return text;
}

/** At most `limit` units: cut at the last space in the second half, else hard, then "…". */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const space = text.lastIndexOf(' ', end);
  if (space > limit / 2) end = space;
  // Never leave half of a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F]/;

/** The URL when it is an absolute http(s) URL within the limit; undefined (with a warning) otherwise. */
export function cleanUrl(value: string, warnings: ArticleWarning[]): string | undefined {
  const url = value.trim();
  if (url.length === 0) return undefined;
  const reason = urlProblem(url);
  if (reason === undefined) return url;
  const shown = url.length > 80 ? `${url.slice(0, 80)}…` : url;
  warnings.push({ code: 'URL_DROPPED', field: 'url', message: `url ${JSON.stringify(shown)} dropped: ${reason}.` });
  return undefined;
}

function urlProblem(url: string): string | undefined {
  if (url.length > FIELD_LIMITS.url) return `longer than ${FIELD_LIMITS.url} characters`;
  if (WHITESPACE_OR_CONTROL.test(url)) return 'it contains spaces or control characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not an absolute URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `scheme ${parsed.protocol} is not http(s)`;
  if (parsed.hostname.length === 0) return 'no host';
  return undefined;
}

// Lone surrogates and the noncharacters U+FFFE/U+FFFF: SQS and SNS refuse messages holding them
// (a JSON "\ud800" escape puts one in a body), which would fail every retry of the article.
const UNSENDABLE = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_UNSENDABLE = new RegExp(UNSENDABLE.source);

/** Paragraphs with unsendable characters replaced by U+FFFD (same length: offsets stay valid). */
export function replaceUnsendable(paragraphs: string[], warnings: ArticleWarning[]): string[] {
  if (!paragraphs.some((p) => HAS_UNSENDABLE.test(p))) return paragraphs;
  let replaced = 0;
  const result = paragraphs.map((p) =>
    p.replace(UNSENDABLE, () => {
      replaced++;
      return '\uFFFD';
    }),
  );
  warnings.push({ code: 'CHARACTERS_REMOVED', field: 'body', count: replaced, message: `${replaced} lone surrogate(s) or noncharacter(s) in the body replaced by U+FFFD.` });
  return result;
}
