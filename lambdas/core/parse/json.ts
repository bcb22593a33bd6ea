/**
 * JSON article schema (one article per file):
 *
 * ```jsonc
 * {
 *   "title": "string, required, non-empty",
 *   "body": "string: plain text, paragraphs separated by blank lines",
 *   "html": "string: article HTML; only its main text is kept",   // body or html is required
 *   "publishedAt": "ISO 8601 date or date-time, e.g. 2024-06-14 or 2024-06-14T09:30:00+05:00",
 *   "url": "string: canonical URL of the article",
 *   "source": "string: publisher or outlet name",
 *   "language": "en | ru | uz | ko | other (detected from the text when absent)",
 *   "author": "string"
 * }
 * ```
 * Unknown fields are ignored. When both `body` and `html` are present, `body`
 * wins. Invalid JSON fails with BAD_JSON (line and column); a schema violation
 * fails with SCHEMA and `field` naming the offending field.
 */
import { ArticleError } from '../types';
import type { Extracted } from './article';
import { toIsoDate } from './dates';
import { parseHtml } from './html';
import { isLanguage } from '../language';
import { normalizeLines, splitParagraphs } from './normalize';
import { extractFromParagraphs } from './text';

const OPTIONAL_STRING_FIELDS = ['body', 'html', 'publishedAt', 'url', 'source', 'language', 'author'] as const;

export function parseJson(text: string, fileName: string): Extracted {
  const value = readJson(text, fileName);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new ArticleError('SCHEMA', `"${fileName}" must hold one JSON object (an article), not ${kind}.`, '$');
  }
  const record = value as Record<string, unknown>;

  if (record.title === undefined || record.title === null) {
    throw new ArticleError('SCHEMA', `"${fileName}": field "title" is required.`, 'title');
  }
  if (typeof record.title !== 'string') {
    throw new ArticleError('SCHEMA', `"${fileName}": field "title" must be a string, got ${describe(record.title)}.`, 'title');
  }
  if (record.title.trim() === '') {
    throw new ArticleError('SCHEMA', `"${fileName}": field "title" must not be empty.`, 'title');
  }
  for (const field of OPTIONAL_STRING_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') {
      throw new ArticleError('SCHEMA', `"${fileName}": field "${field}" must be a string, got ${describe(fieldValue)}.`, field);
    }
  }
  const body = optionalString(record.body);
  const html = optionalString(record.html);
  if ((body === undefined || body.trim() === '') && (html === undefined || html.trim() === '')) {
    throw new ArticleError('SCHEMA', `"${fileName}": one of "body" or "html" is required and must not be empty.`, 'body');
  }

  let publishedAt: string | undefined;
  const publishedRaw = optionalString(record.publishedAt);
  if (publishedRaw !== undefined) {
    publishedAt = /^\d{4}-\d{2}-\d{2}/.test(publishedRaw.trim()) ? toIsoDate(publishedRaw) : undefined;
    if (!publishedAt) {
      throw new ArticleError(
        'SCHEMA',
        `"${fileName}": field "publishedAt" must be an ISO 8601 date such as 2024-06-14 or 2024-06-14T09:30:00Z, got "${publishedRaw.slice(0, 40)}".`,
        'publishedAt',
      );
    }
  }
  const language = optionalString(record.language)?.trim().toLowerCase();
  if (language !== undefined && !isLanguage(language)) {
    throw new ArticleError('SCHEMA', `"${fileName}": field "language" must be one of en, ru, uz, ko, other; got "${language.slice(0, 20)}".`, 'language');
  }

  // The body gets the same dateline/byline reading as a text file; stated fields win over what it finds.
  const fromContent =
    body !== undefined && body.trim() !== ''
      ? extractFromParagraphs(splitParagraphs(normalizeLines(body), false), 'application/json', record.title)
      : parseHtml(html!);
  const extracted: Extracted = { title: record.title, paragraphs: fromContent.paragraphs, mediaType: 'application/json' };
  if (fromContent.dateline) extracted.dateline = fromContent.dateline;
  const date = publishedAt ?? fromContent.publishedAt;
  if (date) extracted.publishedAt = date;
  const author = optionalString(record.author) ?? fromContent.author;
  if (author) extracted.author = author;
  const url = optionalString(record.url) ?? fromContent.url;
  if (url) extracted.url = url;
  const source = optionalString(record.source) ?? fromContent.sourceName;
  if (source) extracted.sourceName = source;
  if (language !== undefined && isLanguage(language)) extracted.language = language;
  return extracted;
}

function readJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = errorPosition(reason, text);
    const { line, column } = lineAndColumn(text, position);
    throw new ArticleError(
      'BAD_JSON',
      `"${fileName}" is not valid JSON: ${reason.replace(/\s*in JSON at position \d+.*$/, '')} at line ${line}, column ${column} (offset ${position}).`,
    );
  }
}

/** V8 says "at position N" for most errors and nothing for a truncated file. */
function errorPosition(message: string, text: string): number {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : text.length;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value).slice(0, 30)}`;
}
