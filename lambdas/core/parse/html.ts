/**
 * HTML → Extracted, with htmlparser2 (no DOM library in the Lambda).
 *
 * 1. guard + parse (html/guard.ts, html/dom.ts): hostile nesting and unclosed
 *    <title> defused in one linear pass before the parser sees the page.
 * 2. Metadata (html/metadata.ts): JSON-LD, OpenGraph/<meta>, then the markup.
 * 3. Main text (html/content.ts): the content root chosen on evidence, its
 *    furniture dropped.
 * 4. The date, with the source it came from: JSON-LD, <meta>, a <time> in
 *    the article, a date the text states, a dateline without a year resolved
 *    against the upload time.
 */
import { firstSentence, type Extracted } from './article';
import { findDate, resolveMonthDay, toIsoDate } from './dates';
import { extractMainText } from './html/content';
import { type HtmlParent, MAX_ELEMENTS, parseDom, textOf, walkElements } from './html/dom';
import { linkedBodyFallback } from './html/linked-body';
import { collectMetadata, firstIsoDate, type DateSource, type Metadata } from './html/metadata';
import { normalizeInline } from './normalize';
import { extractFromParagraphs } from './text';

export interface HtmlOptions {
  /** When the page was received: the year for a dateline that states none. Default: now. */
  referenceTime?: Date;
}

export function parseHtml(html: string, options: HtmlOptions = {}): Extracted {
  const { document, truncated } = parseDom(html);
  const meta = collectMetadata(document);
  const statedTitle = chooseTitle(meta);
  const main = extractMainText(document, { title: statedTitle, ...(meta.url ? { pageUrl: meta.url } : {}) });
  const { contentRoot, lead } = main;
  const fallback = linkedBodyFallback(meta.articleBody, main.paragraphs);
  const paragraphs = fallback ?? main.paragraphs;
  // The headline often repeats as the first block of the content root.
  const body = statedTitle ? paragraphs.filter((p, index) => !(index < 3 && p === statedTitle)) : paragraphs;
  // A page that states no title at all: its opening sentence stands in, and stays in the body.
  const title = statedTitle || firstSentence(paragraphs[0] ?? '');
  const extracted = extractFromParagraphs(body, 'text/html', title);
  extracted.paragraphsNormalized = true; // extractMainText normalized them and dropped empty ones

  const published = choosePublished(meta, contentRoot, lead ?? [], extracted, options.referenceTime ?? new Date());
  if (published) {
    extracted.publishedAt = published.iso;
    extracted.publishedSource = published.source;
  } else delete extracted.publishedAt;
  if (meta.modified) extracted.modifiedAt = meta.modified;
  const author = meta.author ?? extracted.author;
  if (author) extracted.author = author;
  if (meta.url) extracted.url = meta.url;
  if (meta.siteName) extracted.sourceName = meta.siteName;
  if (meta.language) extracted.declaredLanguage = meta.language.trim().slice(0, 35);
  if (truncated) {
    extracted.warnings = [{ code: 'MARKUP_TRUNCATED', message: `the page has more than ${MAX_ELEMENTS} elements; the rest was left out` }];
  }
  return extracted;
}

/** Trust order: machine-readable metadata, a <time> in the article, a date the text states, any <time> on the page, a yearless dateline. */
function choosePublished(
  meta: Metadata,
  contentRoot: HtmlParent | undefined,
  lead: string[],
  extracted: Extracted,
  reference: Date,
): { iso: string; source: DateSource } | undefined {
  if (meta.published) return meta.published;
  const inArticle = contentRoot ? firstTimeElementDate(contentRoot) : undefined;
  if (inArticle) return { iso: inArticle, source: 'time' };
  if (extracted.publishedAt) return { iso: extracted.publishedAt, source: extracted.dateline ? 'dateline' : 'text' };
  // The date line above the article ("14.06.2024 10:15", "Published June 14, 2024").
  for (const line of lead) {
    const date = findDate(line);
    if (date) return { iso: date, source: 'text' };
  }
  const anywhere = firstIsoDate(meta.timeDates);
  if (anywhere) return { iso: anywhere, source: 'time' };
  const yearless = extracted.dateline ? resolveMonthDay(extracted.dateline, reference) : undefined;
  if (yearless) return { iso: yearless, source: 'dateline' };
  return undefined;
}

function firstTimeElementDate(root: HtmlParent): string | undefined {
  let found: string | undefined;
  walkElements(root, (element) => {
    if (found !== undefined) return false;
    if (element.name === 'time') {
      const value = element.attribs.datetime ?? element.attribs.content;
      found = value ? toIsoDate(value) : findDate(textOf(element));
    }
    return true;
  });
  return found;
}

// ------------------------------------------------------------------ title

const TITLE_SEPARATOR = /\s+(?:[|•·»]|[-–—]|::)\s+/;
const MARKUP = /<\/?[a-zA-Z!][^>]*>?/g;

function chooseTitle(meta: Metadata): string {
  const h1 = meta.firstH1 ? clean(meta.firstH1) : undefined;
  for (const candidate of [meta.headline, meta.properties.get('twitter:title'), meta.titleTag]) {
    if (!candidate) continue;
    const title = stripSiteSuffix(clean(candidate), meta.siteName, h1);
    if (title) return title;
  }
  return h1 ?? '';
}

/** Titles never carry markup, even when a page escaped it into <title> or og:title. */
function clean(text: string): string {
  return normalizeInline(text.includes('<') ? text.replace(MARKUP, ' ') : text);
}

/** "Deal signed | Daily Courier" → "Deal signed": only when the tail is the site, or a pipe-style separator. */
function stripSiteSuffix(title: string, siteName: string | undefined, h1: string | undefined): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const separator = TITLE_SEPARATOR.exec(title)![0].trim();
  const tail = parts[parts.length - 1]!;
  const head = title.slice(0, title.lastIndexOf(tail)).replace(new RegExp(`${escapeRegExp(separator)}\\s*$`), '').trim();
  if (h1 && head === h1) return head;
  if (siteName && tail.toLowerCase() === siteName.toLowerCase()) return head;
  if (/[|•·»]|::/.test(separator) && head.split(' ').length >= 2 && tail.split(' ').length <= 4) return head;
  return title;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
