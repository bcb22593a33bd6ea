/**
 * Markdown articles: the title comes from YAML front matter or the first `#`
 * heading; markup is stripped so only the words a reader sees remain (link
 * text kept, URLs, images, code blocks and HTML comments dropped).
 */
import type { Extracted } from './article';
import { toIsoDate } from './dates';
import { normalizeInline, normalizeLines } from './normalize';
import { extractFromParagraphs } from './text';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;

interface FrontMatter {
  title?: string;
  date?: string;
  author?: string;
  url?: string;
  source?: string;
}

export function parseMarkdown(source: string): Extracted {
  let text = normalizeLines(source).replace(/<!--[\s\S]*?-->/g, '');
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

interface Block {
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
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ text: heading[2]!, headingLevel: heading[1]!.length });
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && current.length > 0 && !LIST_MARKER.test(current[0]!)) {
      blocks.push({ text: current.join(' '), headingLevel: underline[1]![0] === '=' ? 1 : 2 });
      current = [];
      continue;
    }
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) {
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

/** Removes inline markup, keeping the words a reader sees. */
function stripInline(text: string): string {
  return normalizeInline(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // inline links
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
      .replace(/<(https?:[^>\s]+)>/g, '$1') // autolinks
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // inline HTML tags
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
