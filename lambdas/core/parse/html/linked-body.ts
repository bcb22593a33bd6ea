/**
 * A cross-check against the text a page ships for machines (JSON-LD
 * articleBody): when the extracted paragraphs cover little of it, the wrong
 * block won, and that text is the better body. It is never used when the
 * extraction agrees with it: JSON-LD bodies are often truncated or flattened.
 */
import { normalizeInline } from '../normalize';

/** JSON-LD bodies shorter than this are summaries, not the article. */
const MIN_LINKED_CHARS = 400;
const WORD = /[\p{L}\p{N}]{3,}/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Share of the linked body's words that the extraction contains. */
export function coverage(linkedBody: string, paragraphs: string[]): number {
  const linked = words(linkedBody);
  if (linked.length === 0) return 1;
  const extracted = new Set(words(paragraphs.join(' ')));
  let found = 0;
  for (const word of linked) if (extracted.has(word)) found++;
  return found / linked.length;
}

/** The linked body as paragraphs, when it should replace the extraction; else undefined. */
export function linkedBodyFallback(linkedBody: string | undefined, paragraphs: string[]): string[] | undefined {
  if (!linkedBody) return undefined;
  const text = linkedBody.includes('<') ? linkedBody.replace(/<[^>]*>/g, ' ') : linkedBody;
  if (text.length < MIN_LINKED_CHARS) return undefined;
  const extractedChars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (extractedChars >= text.length || coverage(text, paragraphs) >= 0.5) return undefined;
  const split = text.split(/\n\s*\n|\r?\n/).map((p) => normalizeInline(p)).filter((p) => p.length > 0);
  return split.length > 0 ? split : undefined;
}
