/** The parsed page as htmlparser2 builds it, and iterative walks over it (deep markup must not overflow the stack). */
import { parseDocument } from 'htmlparser2';
import { normalizeInline } from '../normalize';
import { guardMarkup } from './guard';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlParent = HtmlElement | HtmlDocument;

export function parseDom(html: string): HtmlDocument {
  return parseDocument(guardMarkup(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
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
