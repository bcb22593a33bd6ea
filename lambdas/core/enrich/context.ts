/**
 * The analysed body every job kind starts from: tokens, sentences, gazetteer
 * and title matches. Quotes need the entities, so the last analysis is kept:
 * a result depends only on the body, so the cache cannot change an answer.
 */
import { getGazetteer, type GazetteerHit } from './gazetteer';
import { mainText } from './main-text';
import type { LexiconMatch } from './lexicon';
import { getRoleLexicon, type RoleHead } from './roles';
import { splitSentences, type Span } from './sentences';
import { tokenize, type Token } from './text';

export interface BodyContext {
  /** The article body as given. */
  source: string;
  /** The same body with page furniture blanked (main-text.ts): what every job reads. */
  body: string;
  tokens: Token[];
  sentences: Span[];
  hits: LexiconMatch<GazetteerHit>[];
  /** Index into `hits` of the match covering each token, or -1. */
  hitAt: Int32Array;
  roles: LexiconMatch<RoleHead>[];
  roleAt: Int32Array;
}

let last: BodyContext | undefined;

// A title that is page chrome rather than a headline: a link, a menu, a section label ("정치 대통령·청와대").
const CHROME_TITLE = /:\/\/|www\.|[•|]/;
const MIN_HEADLINE_WORDS = 4;

function isHeadline(title: string): boolean {
  if (CHROME_TITLE.test(title)) return false;
  let words = 0;
  for (const part of title.split(/\s+/)) if (part.length > 0 && ++words >= MIN_HEADLINE_WORDS) return true;
  return false;
}

/**
 * The text the jobs read: the body, and after it the title when the body does not repeat it (a plain-text
 * file's first line, a caption-like headline, is the title only and often names who and what).
 * Body offsets are unchanged; a mention in the title starts at or after `body.length + 2`.
 */
export function enrichmentText(article: { title?: string; body: string }): string {
  // A title wholly in quotation marks is a name or a slogan, not a quotation.
  const title = (article.title ?? '').trim().replace(/^["“«„](.*)["”»“]$/su, '$1');
  if (title.length === 0 || !isHeadline(title) || article.body.includes(title)) return article.body;
  return `${article.body}\n\n${title}`;
}

export function contextOf(articleBody: string): BodyContext {
  if (last !== undefined && last.source === articleBody) return last;
  // Offsets into the main text are offsets into the article body (furniture is blanked, not cut).
  const body = mainText(articleBody);
  const tokens = tokenize(body);
  const hits = getGazetteer().lexicon.match(body, tokens);
  const roles = getRoleLexicon().match(body, tokens);
  last = {
    source: articleBody,
    body,
    tokens,
    sentences: splitSentences(body),
    hits,
    hitAt: coverage(tokens.length, hits),
    roles,
    roleAt: coverage(tokens.length, roles),
  };
  return last;
}

function coverage(size: number, matches: readonly { first: number; last: number }[]): Int32Array {
  const at = new Int32Array(size).fill(-1);
  matches.forEach((m, index) => {
    for (let i = m.first; i <= m.last; i++) at[i] = index;
  });
  return at;
}
