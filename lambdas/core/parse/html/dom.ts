/** The parsed page as htmlparser2 builds it, and iterative walks over it (deep markup must not overflow the stack). */
import { DomHandler, Parser, type parseDocument } from 'htmlparser2';
import { normalizeInline } from '../normalize';
import { guardMarkup, MAX_DEPTH, needsTitleGuard } from './guard';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlParent = HtmlElement | HtmlDocument;

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

class TooDeep extends Error {}

class TooMany extends Error {
  constructor(readonly at: number) {
    super('too many elements');
  }
}

/**
 * Elements one page may have. Real article pages stay far below (the 77
 * benchmark pages in ../shared/extraction: median 736, largest 1,587); a
 * million `<p>` in 5 MB would cost
 * seconds of extraction for nothing, so markup past the cap is cut off and the
 * article says so in a MARKUP_TRUNCATED warning.
 */
export const MAX_ELEMENTS = 50_000;

export interface ParsedDom {
  document: HtmlDocument;
  /** Markup past MAX_ELEMENTS was left out. */
  truncated: boolean;
}

/**
 * Parses as the page is, watching the depth of open elements and their count;
 * a page that nests deeper than any real one (or hides markup in an unclosed
 * <title>) is parsed again from guarded markup, one with too many elements
 * again from its first MAX_ELEMENTS, so ordinary pages pay nothing for the guards.
 */
export function parseDom(html: string): ParsedDom {
  let markup = needsTitleGuard(html) ? guardMarkup(html) : html;
  let watchDepth = markup === html;
  let truncated = false;
  // At most three passes: guarded once for depth, cut once for count.
  for (;;) {
    try {
      return { document: parseWatched(markup, watchDepth), truncated };
    } catch (error) {
      if (error instanceof TooDeep) {
        markup = guardMarkup(markup);
        watchDepth = false;
      } else if (error instanceof TooMany) {
        markup = markup.slice(0, error.at);
        truncated = true;
      } else throw error;
    }
  }
}

function parseWatched(markup: string, watchDepth: boolean): HtmlDocument {
  const handler = new DomHandler();
  const parser = new Parser(handler, OPTIONS);
  let depth = 0;
  let elements = 0;
  const open = handler.onopentag.bind(handler);
  const close = handler.onclosetag.bind(handler);
  handler.onopentag = (name, attribs) => {
    if (++elements > MAX_ELEMENTS) throw new TooMany(parser.startIndex);
    if (++depth > MAX_DEPTH && watchDepth) throw new TooDeep();
    open(name, attribs);
  };
  handler.onclosetag = () => {
    depth--;
    close();
  };
  parser.end(markup);
  return handler.root;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

export function isText(node: HtmlNode): node is Extract<HtmlNode, { type: 'text' }> {
  return node.type === 'text';
}

/** Visits every element in document order; `enter` returning false skips the element's subtree. */
export function walkElements(root: HtmlParent, enter: (element: HtmlElement) => boolean | void): void {
  const stack: HtmlNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (enter(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Concatenated text of an element (iterative). */
export function textOf(element: HtmlElement, normalize = true): string {
  let text = '';
  const stack: HtmlNode[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) text += node.data;
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return normalize ? normalizeInline(text) : text;
}
