/**
 * Markdown articles: the title comes from YAML front matter or the first `#`
 * heading; markup is stripped so only the words a reader sees remain (link
 * text kept, URLs, images, code blocks and HTML comments dropped).
 *
 * Every pattern here is linear in its input: spans that a regex would look
 * for from every opening bracket (`[a[a[a…`, `![![…`, `<!--<!--…`, `<a<a…`)
 * are found by scanners that remember where the next closing character is,
 * and no two neighbouring quantifiers share characters.
 */
import type { Extracted } from './article';
import { toIsoDate } from './dates';
import { normalizeInline, normalizeLines } from './normalize';
import { extractFromParagraphs } from './text';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_HEADING_START = /^ {0,3}(#{1,6})[ \t]/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;
// `(?:\|\s*)?` rather than `\s*\|?\s*`: two `\s*` side by side retry every split of a long blank run.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;

interface FrontMatter {
  title?: string;
  date?: string;
  author?: string;
  url?: string;
  source?: string;
}

export function parseMarkdown(source: string): Extracted {
  let text = dropComments(normalizeLines(source));
  const frontMatter: FrontMatter = {};
  const front = FRONT_MATTER.exec(text);
  if (front) {
    Object.assign(frontMatter, readFrontMatter(front[1]!));
    text = text.slice(front[0].length);
  }

  const blocks = toBlocks(text.split('\n'));
  let title = frontMatter.title;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const plain = stripInline(block.text);
    if (plain.length === 0) continue;
    if (block.headingLevel === 1 && (title === undefined || title === plain)) {
      title = plain;
      continue;
    }
    paragraphs.push(plain);
  }

  const extracted = extractFromParagraphs(paragraphs, 'text/markdown', title);
  const date = frontMatter.date ? toIsoDate(frontMatter.date) : undefined;
  if (date) extracted.publishedAt = date;
  if (frontMatter.author) extracted.author = frontMatter.author;
  if (frontMatter.url) extracted.url = frontMatter.url;
  if (frontMatter.source) extracted.sourceName = frontMatter.source;
  return extracted;
}

export interface Block {
  text: string;
  headingLevel?: number;
}

/** Groups lines into paragraphs, headings and list items; drops code, rules and link definitions. */
function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (current.length > 0) blocks.push({ text: current.join(' ') });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = atxHeading(line);
    if (heading) {
      flush();
      blocks.push(heading);
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && current.length > 0 && !LIST_MARKER.test(current[0]!)) {
      blocks.push({ text: current.join(' '), headingLevel: underline[1]![0] === '=' ? 1 : 2 });
      current = [];
      continue;
    }
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line) || isTableSeparator(line)) {
      flush();
      continue;
    }
    if (/^ {4,}|^\t/.test(line) && current.length === 0) continue; // indented code block
    if (LIST_MARKER.test(line)) {
      flush();
      current.push(line.replace(LIST_MARKER, ''));
      continue;
    }
    current.push(line.replace(/^\s*(?:>\s?)+/, ''));
  }
  flush();
  return blocks;
}

/**
 * `# Title ##` → level and text: what `^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`
 * captures, without the lazy group that retries the closing pattern at every character.
 */
export function atxHeading(line: string): Block | undefined {
  const start = ATX_HEADING_START.exec(line);
  if (!start) return undefined;
  let from = start[0].length;
  while (from < line.length && isBlank(line.charCodeAt(from))) from++;
  let end = trimBlankEnd(line, line.length);
  let hashes = end;
  while (hashes > from && line.charCodeAt(hashes - 1) === 0x23) hashes--;
  // A closing run of #s counts only after a blank inside the text: `# ##` is a heading reading "##".
  if (hashes < end && hashes > from && isBlank(line.charCodeAt(hashes - 1))) end = trimBlankEnd(line, hashes);
  return { text: line.slice(from, Math.max(from, end)), headingLevel: start[1]!.length };
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function trimBlankEnd(line: string, end: number): number {
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The next match of a one-character pattern at or after a position. Callers
 * ask with positions that never go back, so the answers are found by one
 * forward scan in all: an earlier answer still ahead of the position is reused.
 */
class NextMatch {
  private askedFrom = -1;
  private found = -1;

  /** `target`: one character (found with indexOf) or a global one-character class. */
  constructor(
    private readonly text: string,
    private readonly target: string | RegExp,
  ) {}

  from(position: number): number {
    if (this.askedFrom >= 0 && position >= this.askedFrom && (this.found < 0 || this.found >= position)) return this.found;
    this.askedFrom = position;
    this.found = typeof this.target === 'string' ? this.text.indexOf(this.target, position) : this.search(this.target, position);
    return this.found;
  }

  private search(pattern: RegExp, position: number): number {
    pattern.lastIndex = position;
    const match = pattern.exec(this.text);
    return match ? match.index : -1;
  }
}

/** `<!--…-->` removed; an unclosed comment is left as text, as the regex `<!--[\s\S]*?-->` would. */
export function dropComments(text: string): string {
  let out = '';
  let copied = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', copied)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break; // no later comment can close either
    out += text.slice(copied, open);
    copied = close + 3;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

interface BracketSpan {
  /** `![` for images, `[` for links. */
  opener: '![' | '[';
  /** What follows the label: `(url)` or `[reference]`. */
  target: '(' | '[';
  /** Reference links need a non-empty label. */
  labelRequired: boolean;
  /** Links keep their label; images vanish. */
  keepLabel: boolean;
}

/**
 * Replaces every `opener label ] target … close` span as the regex
 * `\[([^\]]*)\]\(([^)]*)\)` (and its image and reference variants) would,
 * left to right without overlaps, in one forward pass.
 */
function replaceBracketSpans(text: string, span: BracketSpan): string {
  let open = text.indexOf(span.opener);
  if (open < 0) return text;
  const labelClose = new NextMatch(text, ']');
  const targetClose = new NextMatch(text, span.target === '(' ? ')' : ']');
  let out = '';
  let copied = 0;
  while (open >= 0) {
    const labelStart = open + span.opener.length;
    const labelEnd = labelClose.from(labelStart);
    if (labelEnd < 0) break; // no "]" left: no later span can close
    if ((!span.labelRequired || labelEnd > labelStart) && text[labelEnd + 1] === span.target) {
      const end = targetClose.from(labelEnd + 2);
      if (end < 0) break; // later spans would look for their closer even further on
      out += text.slice(copied, open);
      if (span.keepLabel) out += text.slice(labelStart, labelEnd);
      copied = end + 1;
      open = text.indexOf(span.opener, copied);
      continue;
    }
    open = text.indexOf(span.opener, open + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `<https://…>` → the URL: `<(https?:[^>\s]+)>` by one forward pass. */
function unwrapAutolinks(text: string): string {
  let open = text.indexOf('<http');
  if (open < 0) return text;
  const stop = new NextMatch(text, /[>\s]/g);
  let out = '';
  let copied = 0;
  while (open >= 0) {
    const scheme = text.startsWith('https:', open + 1) ? 6 : text.startsWith('http:', open + 1) ? 5 : 0;
    if (scheme > 0) {
      const end = stop.from(open + 1 + scheme);
      if (end > open + 1 + scheme && text[end] === '>') {
        out += text.slice(copied, open) + text.slice(open + 1, end);
        copied = end + 1;
        open = text.indexOf('<http', copied);
        continue;
      }
    }
    open = text.indexOf('<http', open + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Inline HTML tags → a space: `<\/?[A-Za-z][^>]*>` by one forward pass. */
function replaceTags(text: string): string {
  let open = text.indexOf('<');
  if (open < 0) return text;
  const close = new NextMatch(text, '>');
  let out = '';
  let copied = 0;
  while (open >= 0) {
    const nameAt = text.charCodeAt(open + 1) === 0x2f ? open + 2 : open + 1;
    if (isAsciiLetter(text.charCodeAt(nameAt))) {
      const end = close.from(nameAt + 1);
      if (end < 0) break;
      out += `${text.slice(copied, open)} `;
      copied = end + 1;
      open = text.indexOf('<', copied);
      continue;
    }
    open = text.indexOf('<', open + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const IMAGE: BracketSpan = { opener: '![', target: '(', labelRequired: false, keepLabel: false };
const REFERENCE_IMAGE: BracketSpan = { opener: '![', target: '[', labelRequired: false, keepLabel: false };
const INLINE_LINK: BracketSpan = { opener: '[', target: '(', labelRequired: false, keepLabel: true };
const REFERENCE_LINK: BracketSpan = { opener: '[', target: '[', labelRequired: true, keepLabel: true };

/** Images and comments dropped, links and autolinks to their text, tags to a space. */
export function stripLinksAndTags(text: string): string {
  const withoutLinks = replaceBracketSpans(
    replaceBracketSpans(replaceBracketSpans(replaceBracketSpans(text, IMAGE), REFERENCE_IMAGE), INLINE_LINK),
    REFERENCE_LINK,
  );
  return replaceTags(unwrapAutolinks(withoutLinks));
}

export function isTableSeparator(line: string): boolean {
  return TABLE_SEPARATOR.test(line);
}

/** Removes inline markup, keeping the words a reader sees. */
function stripInline(text: string): string {
  return normalizeInline(
    stripLinksAndTags(text)
      .replace(/`+([^`]*)`+/g, '$1')
      // A span never crosses its own marker character, so an unclosed marker in a huge
      // paragraph costs a scan to the next marker, not to the end (no quadratic blow-up).
      .replace(/\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/g, '$1')
      .replace(/__(?=[^\s_])([^_]*?[^\s_])__/g, '$1')
      .replace(/(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=[^\s~])([^~]*?[^\s~])~~/g, '$1')
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .replace(/\s\|\s/g, ' · ')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'),
  );
}

/** Reads the flat `key: value` pairs newsroom front matter uses; nested YAML is ignored. */
function readFrontMatter(yaml: string): FrontMatter {
  const result: FrontMatter = {};
  for (const line of yaml.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = unquote(match[2]!.trim());
    if (value.length === 0) continue;
    if (key === 'title') result.title = value;
    else if (key === 'date' || key === 'published' || key === 'publishedat' || key === 'published_at') result.date = value;
    else if (key === 'author') result.author = value;
    else if (key === 'url' || key === 'canonical') result.url = value;
    else if (key === 'source' || key === 'site') result.source = value;
  }
  return result;
}

function unquote(value: string): string {
  const quoted = /^(['"])([\s\S]*)\1$/.exec(value);
  return quoted ? quoted[2]!.replace(/\\"/g, '"').replace(/''/g, "'") : value;
}
