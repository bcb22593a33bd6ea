/**
 * What a page states about itself: JSON-LD first (it is written for machines),
 * then OpenGraph / article: / <meta>, then the markup (<title>, <h1>, <link
 * rel=canonical>, <html lang>, <time>).
 */
import { toIsoDate } from '../dates';
import { normalizeInline } from '../normalize';
import { type HtmlDocument, textOf, walkElements } from './dom';

export type { PublishedSource as DateSource } from '../../types';
import type { PublishedSource as DateSource } from '../../types';

export interface Metadata {
  properties: Map<string, string>;
  titleTag?: string;
  firstH1?: string;
  headline?: string;
  url?: string;
  siteName?: string;
  author?: string;
  language?: string;
  published?: { iso: string; source: DateSource };
  modified?: string;
  /** JSON-LD articleBody, when the page ships its text for machines too. */
  articleBody?: string;
  /** <time datetime> anywhere on the page: the last resort. */
  timeDates: string[];
  /** The byline the page prints (itemprop=author, rel=author, a "byline" element), when no metadata names the author. */
  pageByline?: string;
}

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'itemprop:datepublished', 'date',
  'pubdate', 'publish-date', 'publish_date', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.issued', 'parsely-pub-date', 'sailthru.date', 'article.published', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'itemprop:datemodified', 'last-modified',
  'dcterms.modified', 'article.updated',
];

export function collectMetadata(document: HtmlDocument): Metadata {
  const properties = new Map<string, string>();
  const jsonLd: unknown[] = [];
  const meta: Metadata = { properties, timeDates: [] };
  walkElements(document, (element) => {
    const attribs = element.attribs;
    switch (element.name) {
      case 'html':
        if (attribs.lang) meta.language ??= attribs.lang;
        break;
      case 'meta': {
        const key = (attribs.property ?? attribs.name ?? attribs['http-equiv'] ?? '').toLowerCase().trim();
        const content = attribs.content;
        if (key && content !== undefined && !properties.has(key)) properties.set(key, content);
        if (!key && attribs.itemprop && content !== undefined) properties.set(`itemprop:${attribs.itemprop.toLowerCase()}`, content);
        break;
      }
      case 'title':
        meta.titleTag ??= textOf(element);
        return false;
      case 'h1':
        meta.firstH1 ??= textOf(element);
        break;
      case 'link':
        if (attribs.rel?.toLowerCase().split(/\s+/).includes('canonical') && attribs.href) meta.url ??= attribs.href;
        break;
      case 'time': {
        const value = attribs.datetime ?? attribs.content;
        if (value) meta.timeDates.push(value);
        break;
      }
      case 'script':
        if (attribs.type?.toLowerCase().includes('ld+json')) {
          try {
            jsonLd.push(JSON.parse(textOf(element, false)));
          } catch {
            // Broken JSON-LD is common and says nothing about the article itself.
          }
        }
        return false;
      case 'style':
        return false;
      default: {
        if (meta.pageByline === undefined && isBylineElement(element.name, attribs)) {
          const byline = bylineName(textOf(element));
          if (byline) meta.pageByline = byline;
        }
        const itemprop = attribs.itemprop?.toLowerCase();
        if (itemprop === 'datepublished' || itemprop === 'datemodified') {
          const value = attribs.datetime ?? attribs.content;
          if (value) properties.set(`itemprop:${itemprop}`, value);
        }
      }
    }
    return true;
  });

  const linked = readLinkedData(jsonLd);
  const fromLinked = linked.datePublished ? toIsoDate(linked.datePublished) : undefined;
  if (fromLinked) meta.published = { iso: fromLinked, source: 'json-ld' };
  else {
    const fromMeta = firstIsoDate(PUBLISHED_META_KEYS.map((key) => properties.get(key)));
    if (fromMeta) meta.published = { iso: fromMeta, source: 'meta' };
  }
  const modified = (linked.dateModified && toIsoDate(linked.dateModified)) || firstIsoDate(MODIFIED_META_KEYS.map((key) => properties.get(key)));
  if (modified) meta.modified = modified;

  meta.url ??= properties.get('og:url') ?? linked.url;
  const siteName = properties.get('og:site_name') ?? linked.publisher ?? properties.get('application-name');
  if (siteName) meta.siteName = normalizeInline(siteName);
  const author =
    linked.author ?? properties.get('author') ?? nonUrl(properties.get('article:author')) ?? properties.get('parsely-author') ?? meta.pageByline;
  if (author) meta.author = normalizeInline(author);
  meta.language ??= properties.get('content-language') ?? linked.inLanguage ?? properties.get('og:locale');
  const headline = properties.get('og:title') ?? linked.headline;
  if (headline) meta.headline = headline;
  if (linked.articleBody) meta.articleBody = linked.articleBody;
  return meta;
}

const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author-?name|author)(?:$|[\s_-])/i;

function isBylineElement(tag: string, attribs: Record<string, string>): boolean {
  if (attribs.itemprop?.toLowerCase() === 'author') return true;
  if (tag === 'a' && attribs.rel?.toLowerCase().split(/\s+/).includes('author')) return true;
  return attribs.class !== undefined && BYLINE_CLASS.test(attribs.class);
}

/** "By Anna Example, City Desk" → "Anna Example, City Desk"; anything long or sentence-like is not a byline. */
function bylineName(text: string): string | undefined {
  const name = text.replace(/^(?:by|от|автор:?|muallif:?)\s+/i, '').trim();
  if (name.length < 3 || name.length > 80 || /[.!?]\s/.test(name) || !/\p{L}/u.test(name)) return undefined;
  return name;
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:/i.test(value) ? value : undefined;
}

export function firstIsoDate(values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const iso = value ? toIsoDate(value) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

interface LinkedData {
  datePublished?: string;
  dateModified?: string;
  headline?: string;
  author?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
  articleBody?: string;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting/;

/** Reads the NewsArticle (or any *Article) object from JSON-LD blocks, including @graph arrays. */
function readLinkedData(blocks: unknown[]): LinkedData {
  const found: LinkedData = {};
  const queue: unknown[] = [...blocks];
  for (let i = 0; i < queue.length && i < 200; i++) {
    const item = queue[i];
    if (Array.isArray(item)) {
      enqueue(queue, item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) enqueue(queue, record['@graph']);
    const type = record['@type'];
    const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
    if (!ARTICLE_TYPES.test(types)) continue;
    for (const key of ['datePublished', 'dateModified', 'headline', 'url', 'articleBody'] as const) {
      if (typeof record[key] === 'string') found[key] ??= record[key];
    }
    const language = record.inLanguage;
    if (typeof language === 'string') found.inLanguage ??= language;
    const author = nameOf(Array.isArray(record.author) ? record.author[0] : record.author);
    if (author) found.author ??= author;
    const publisher = nameOf(record.publisher);
    if (publisher) found.publisher ??= publisher;
  }
  return found;
}

/** Bounded: a page's JSON-LD is untrusted input and may hold huge arrays. */
function enqueue(queue: unknown[], items: unknown[]): void {
  for (let i = 0; i < items.length && i < 50; i++) queue.push(items[i]);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  return undefined;
}
