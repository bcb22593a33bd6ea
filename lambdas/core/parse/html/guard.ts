/**
 * A linear pass over the raw markup before htmlparser2 sees it, for the two
 * ways hostile pages break it:
 * - nesting: htmlparser2 keeps open tags in an array it shifts and searches,
 *   so 200k nested <div>s cost quadratic time. Tags opened beyond MAX_DEPTH
 *   (and their matching closes) are removed; their text stays.
 * - an unclosed <title> (RCDATA) swallows the rest of the page as its text:
 *   the title is closed where markup starts inside it.
 * Pages that need neither come back as the same string, untouched.
 */

/** Far deeper than any real page's tree; well below where the parser's array work shows. */
export const MAX_DEPTH = 600;

/** Elements without content, and those the parser closes implicitly when a sibling opens. */
const NOT_COUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'rp', 'rt', 'tbody', 'thead', 'tfoot',
  'colgroup', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'nobr',
]);
/** Raw-text elements whose content is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)|<!--/g;
const MARKUP_START = /<[a-zA-Z!/]/;

export function guardMarkup(html: string): string {
  const pieces: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let excess = 0;
  let titleClose = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const start = match.index;
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', start + 4);
      if (end === -1) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    const gt = html.indexOf('>', TAG.lastIndex);
    if (gt === -1) break;
    const end = gt + 1;
    TAG.lastIndex = end;
    if (closing) {
      if (NOT_COUNTED.has(name)) continue;
      if (excess > 0) {
        excess--;
        pieces.push(html.slice(copiedTo, start));
        copiedTo = end;
      } else if (depth > 0) depth--;
      continue;
    }
    if (name === 'title') {
      // One search serves every title before the close it found (or all of them, when there is none):
      // a page of unclosed titles must not rescan its tail once per title.
      if (titleClose !== -1 && titleClose < end) titleClose = indexOfCloseTag(html, 'title', end);
      const close = titleClose;
      const inner = html.slice(end, close === -1 ? html.length : close);
      const markup = MARKUP_START.exec(inner);
      if (markup) {
        // Close the title where markup begins; a later stray </title> is ignored by the parser.
        pieces.push(html.slice(copiedTo, end + markup.index), '</title>');
        copiedTo = end + markup.index;
        TAG.lastIndex = copiedTo;
      } else if (close !== -1) TAG.lastIndex = close;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = indexOfCloseTag(html, name, end);
      TAG.lastIndex = close === -1 ? html.length : close;
      continue;
    }
    if (NOT_COUNTED.has(name) || html.charCodeAt(gt - 1) === 47 /* "/>" */) continue;
    if (depth < MAX_DEPTH) depth++;
    else {
      excess++;
      pieces.push(html.slice(copiedTo, start));
      copiedTo = end;
    }
  }
  if (pieces.length === 0) return html;
  pieces.push(html.slice(copiedTo));
  return pieces.join('');
}

const TITLE_OPEN = /<title[\s>]/gi;

/** True when some <title> holds markup or is never closed: only then must the guard rewrite the page. */
export function needsTitleGuard(html: string): boolean {
  TITLE_OPEN.lastIndex = 0;
  for (let match = TITLE_OPEN.exec(html); match !== null; match = TITLE_OPEN.exec(html)) {
    const start = html.indexOf('>', match.index) + 1;
    if (start === 0) return true;
    const close = indexOfCloseTag(html, 'title', start);
    if (close === -1 || MARKUP_START.test(html.slice(start, close))) return true;
    TITLE_OPEN.lastIndex = close;
  }
  return false;
}

const closeTagPatterns = new Map<string, RegExp>();

function indexOfCloseTag(html: string, name: string, from: number): number {
  let pattern = closeTagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\s>/]`, 'gi');
    closeTagPatterns.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
