/** The parsed page as htmlparser2 builds it, and iterative walks over it (deep markup must not overflow the stack). */
import { DomHandler, Parser, parseDocument } from 'htmlparser2';
import { normalizeInline } from '../normalize';
import { guardMarkup, MAX_DEPTH, needsTitleGuard } from './guard';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlParent = HtmlElement | HtmlDocument;

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

class TooDeep extends Error {}

/**
 * Parses as the page is, watching the depth of open elements; a page that
 * nests deeper than any real one (or hides markup in an unclosed <title>) is
 * parsed again from guarded markup, so ordinary pages pay nothing for the guard.
 */
export function parseDom(html: string): HtmlDocument {
  if (needsTitleGuard(html)) return parseDocument(guardMarkup(html), OPTIONS);
  const handler = new DomHandler();
  let depth = 0;
  const open = handler.onopentag.bind(handler);
  const close = handler.onclosetag.bind(handler);
  handler.onopentag = (name, attribs) => {
    if (++depth > MAX_DEPTH) throw new TooDeep();
    open(name, attribs);
  };
  handler.onclosetag = () => {
    depth--;
    close();
  };
  try {
    new Parser(handler, OPTIONS).end(html);
    return handler.root;
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return parseDocument(guardMarkup(html), OPTIONS);
  }
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
