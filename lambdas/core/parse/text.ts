/**
 * Plain-text articles: the first short line is the title, blank lines
 * separate paragraphs; without any, hard-wrapped lines are joined back into
 * paragraphs and other lines stay one paragraph each (reflow.ts). A dateline, a byline and a
 * stated publication date are read from the top of the article.
 */
import type { Extracted } from './article';
import { firstSentence } from './article';
import { findDate } from './dates';
import { textParagraphs } from './normalize';

/** A first line longer than this is the article's opening sentence run on, not a headline. */
const MAX_TITLE_LINE = 200;
/** Dates and bylines count only near the top: later dates are events the article reports. */
const HEAD_PARAGRAPHS = 4;

export function parseText(text: string): Extracted {
  const { paragraphs, composed } = textParagraphs(text);
  const extracted = extractFromParagraphs(paragraphs, 'text/plain');
  extracted.paragraphsNormalized = true;
  if (composed) extracted.paragraphsComposed = true;
  return extracted;
}

/** Shared with the Markdown parser once markup is gone. */
export function extractFromParagraphs(
  paragraphs: string[],
  mediaType: Extracted['mediaType'],
  knownTitle?: string,
): Extracted {
  let title = knownTitle ?? '';
  let rest = paragraphs;
  if (knownTitle === undefined && paragraphs.length > 0) {
    const first = paragraphs[0]!;
    if (first.length <= MAX_TITLE_LINE) {
      title = first;
      rest = paragraphs.slice(1);
    } else {
      title = firstSentence(first);
    }
  }
  const head = readHead(rest);
  return {
    title,
    paragraphs: head.paragraphs,
    mediaType,
    ...(head.publishedAt ? { publishedAt: head.publishedAt } : {}),
    ...(head.dateline ? { dateline: head.dateline } : {}),
    ...(head.author ? { author: head.author } : {}),
  };
}

// "TASHKENT, June 14 –", "ТАШКЕНТ, 14 июня —", "SEOUL (Yonhap) -", "TOSHKENT, 14-iyun —".
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}'’ʻ‘`.\- ]{1,40}?(?:\s*\([^)]{1,40}\))?(?:,\s*[^–—:]{1,40}?)?)\s+[–—-]{1,2}\s+(?=\S)/u;
// "By Jane Roe", "Автор: Иван Петров", "Muallif: ...": one to four capitalised name words (no /i: it would make \p{Lu} match lower case).
const BYLINE =
  /^(?:[Bb]y|BY|[Аа]втор|[Мм]уаллиф|[Mm]uallif)\s*:?\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\s*[|,·•—–]\s*(.+)|\s+(\d.*))?$/u;
const DATE_LINE_MAX = 60;
const LEAD_DATE_CHARS = 80;

interface Head {
  paragraphs: string[];
  publishedAt?: string;
  dateline?: string;
  author?: string;
}

/**
 * Reads metadata stated at the top. Lines that are nothing but a byline or a
 * date ("By Jane Roe", "14.06.2024") are metadata and leave the body; a
 * dateline stays in its paragraph because it is part of the lead sentence.
 */
function readHead(paragraphs: string[]): Head {
  const head: Head = { paragraphs: [] };
  paragraphs.forEach((paragraph, index) => {
    if (index >= HEAD_PARAGRAPHS) {
      head.paragraphs.push(paragraph);
      return;
    }
    // Length first: a byline is short, and the pattern need not run over a long lead paragraph.
    const byline = paragraph.length <= 120 ? BYLINE.exec(paragraph) : null;
    if (byline) {
      head.author ??= byline[1]!.trim();
      const stated = byline[2] ?? byline[3];
      const date = stated ? findDate(stated) : undefined;
      if (date) head.publishedAt ??= date;
      return;
    }
    if (paragraph.length <= DATE_LINE_MAX && isOnlyDate(paragraph)) {
      const date = findDate(paragraph);
      if (date) {
        head.publishedAt ??= date;
        return;
      }
    }
    if (head.dateline === undefined) {
      const dateline = DATELINE.exec(paragraph);
      if (dateline && isPlaceName(dateline[1]!)) head.dateline = dateline[1]!.trim();
    }
    // Only the opening words: a date later in the lead is usually an event the story reports.
    const date = findDate(paragraph.slice(0, LEAD_DATE_CHARS));
    if (date) head.publishedAt ??= date;
    head.paragraphs.push(paragraph);
  });
  return head;
}

function isPlaceName(dateline: string): boolean {
  const place = dateline.split(/[,(]/)[0]!.trim();
  return (place.match(/\p{Lu}/gu) ?? []).length >= 3;
}

/** True when a line holds a date and at most a short label ("Published: June 14, 2024"). */
function isOnlyDate(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.length <= 5;
}
