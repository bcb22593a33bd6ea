/** Turns what a format parser extracted into the `Article` every later stage relies on. */
import { createHash } from 'node:crypto';
import { detectLanguageAndCountWords } from '../language';
import { cleanTextField, cleanUrl, replaceUnsendable } from '../sanitize';
import { ArticleError, type Article, type ArticleWarning, type Language, type MediaType, type PublishedSource } from '../types';
import { cleanParagraphs, countWords, hasLetters, normalizeInline, toNfc } from './normalize';

export interface Extracted {
  title: string;
  paragraphs: string[];
  mediaType: MediaType;
  publishedAt?: string;
  /** Where `publishedAt` came from (HTML). */
  publishedSource?: PublishedSource;
  modifiedAt?: string;
  /** The language tag the page declares (`<html lang>`, JSON-LD inLanguage), as written. */
  declaredLanguage?: string;
  dateline?: string;
  author?: string;
  url?: string;
  sourceName?: string;
  /** A language the source declares (JSON `language`); detection runs otherwise. */
  language?: Language;
  /** Set by parsers whose paragraphs already went through `normalizeInline` and hold none empty. */
  paragraphsNormalized?: boolean;
  /** Set by parsers that proved their paragraphs already in NFC. */
  paragraphsComposed?: boolean;
  /** What the format parser itself had to leave out or repair. */
  warnings?: ArticleWarning[];
}

const MAX_TITLE_CHARS = 300;

export function buildArticle(extracted: Extracted, fileName: string): Article {
  const cleaned = extracted.paragraphsNormalized ? extracted.paragraphs : cleanParagraphs(extracted.paragraphs);
  let paragraphs = extracted.paragraphsComposed ? cleaned : toNfc(cleaned);
  // Short fields pass sanitize.ts: plain text, no control or bidi characters, bounded (limits.ts).
  const warnings: ArticleWarning[] = [...(extracted.warnings ?? [])];
  paragraphs = replaceUnsendable(paragraphs, warnings);
  let title = cleanTextField('title', extracted.title, warnings);
  if (paragraphs.length === 0 && title.length > 0) paragraphs = [title];
  if (title.length === 0 && paragraphs.length > 0) title = cleanTextField('title', firstSentence(paragraphs[0]!), warnings);
  const body = paragraphs.join('\n\n');
  if (!hasLetters(body)) {
    throw new ArticleError('NO_TEXT', `"${fileName}" has no readable text after extraction (no letters in the article body).`);
  }
  // One pass over the body yields the word count and, unless the source declared it, the language.
  const scan = extracted.language === undefined ? detectLanguageAndCountWords(title, body) : undefined;
  const article: Article = {
    title,
    paragraphs,
    body,
    language: extracted.language ?? scan!.language,
    mediaType: extracted.mediaType,
    wordCount: scan ? scan.wordCount : countWords(body),
    contentHash: createHash('sha256').update(body, 'utf8').digest('hex'),
  };
  setIfPresent(article, 'publishedAt', extracted.publishedAt);
  if (extracted.publishedAt && extracted.publishedSource) article.publishedSource = extracted.publishedSource;
  setIfPresent(article, 'modifiedAt', extracted.modifiedAt);
  setIfPresent(article, 'dateline', extracted.dateline && cleanTextField('dateline', extracted.dateline, warnings));
  setIfPresent(article, 'author', extracted.author && cleanTextField('author', extracted.author, warnings));
  setIfPresent(article, 'url', extracted.url && cleanUrl(extracted.url, warnings));
  // A language tag is at most 35 characters (BCP 47's practical bound); anything longer is not one.
  setIfPresent(article, 'declaredLanguage', extracted.declaredLanguage && normalizeInline(extracted.declaredLanguage).slice(0, 35));
  setIfPresent(article, 'sourceName', extracted.sourceName && cleanTextField('sourceName', extracted.sourceName, warnings));
  if (warnings.length > 0) article.warnings = warnings;
  return article;
}

// Optional fields are left out rather than set to undefined so records and JSON output stay clean.
function setIfPresent<K extends 'publishedAt' | 'modifiedAt' | 'dateline' | 'author' | 'url' | 'declaredLanguage' | 'sourceName'>(
  article: Article,
  key: K,
  value: string | undefined,
): void {
  if (value !== undefined && value.length > 0) article[key] = value;
}

const SENTENCE_END = /[.!?。](?=\s|$)/u;

/** The first sentence, cut to a title-sized length at a word boundary when it runs on. */
export function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  if (sentence.length <= MAX_TITLE_CHARS) return sentence.trim();
  const cut = sentence.slice(0, MAX_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}
