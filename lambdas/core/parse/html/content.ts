/**
 * The article's main text, decided on evidence rather than on one name.
 *
 * 1. One walk over the page emits a block per run of text between block
 *    boundaries, with its link text and the page furniture around it (tags
 *    such as <nav>/<aside>, boilerplate roles and class/id tokens). Furniture
 *    is recorded, not cut: a wrapper's class token must never veto the article
 *    inside it.
 * 2. Prose blocks score their ancestors (readability's scheme: length, commas
 *    and sentence punctuation, less link text; the parent gets it all, farther
 *    ancestors a decaying share). Structural hints (itemprop=articleBody,
 *    <article>, role=main, content-like class tokens) and furniture adjust a
 *    candidate's score; they never decide alone.
 * 3. The best candidate climbs to an ancestor that scores higher, and gathers
 *    siblings that score well or read as paragraphs.
 * 4. Inside the chosen root, furniture nested in it (captions, share bars,
 *    read-also boxes, bylines) is dropped unless it holds most of the text,
 *    and so are link lists and boilerplate lines.
 */
import { normalizeInline } from '../normalize';
import {
  BLOCK_TAGS,
  HARD_DROPPED_TAGS,
  FURNITURE_TAGS,
  attributeSignal,
  hostOf,
  isChromeLine,
  isBylineText,
  isHiddenByAttributes,
  isOutboundLink,
  isPromoText,
  isReadAlsoText,
} from '../boilerplate';
import { type HtmlDocument, type HtmlElement, type HtmlNode, type HtmlParent, isElement, isText, walkElements } from './dom';

/** Marks a <br>; two in a row end a paragraph. Stripped by normalization like any control character. */
const BREAK = '\u0001';
const PARAGRAPH_BREAK = new RegExp(`${BREAK}\\s*${BREAK}[\\s${BREAK}]*`);
/** Share of link text above which a block is navigation, not prose. */
const MAX_LINK_DENSITY = 0.5;
/** How far a content-like (+) or furniture-like (-) class/id scales a candidate's score. */
const ATTRIBUTE_WEIGHT = 0.25;
/** Blocks shorter than this do not vote for a container. */
const MIN_SCORED_CHARS = 25;
/** Blocks that are one paragraph of their container rather than a container. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'pre', 'figcaption', 'caption', 'address',
  'summary', 'tr', 'td', 'th',
]);
const PUNCTUATION = /[,.;:!?،。、，．！？]/g;

/** A furniture element around a block, linked to the next one outward. */
interface Furniture {
  element: HtmlElement;
  outer: Furniture | undefined;
}

interface Block {
  text: string;
  linkChars: number;
  /** Links that started in this block, and the target of the first (judged only when it matters). */
  links: number;
  firstHref: string | undefined;
  /** The block-level element that produced the text. */
  element: HtmlParent;
  /** Preorder number of `element`: a block is inside E when E.start <= order <= E.end. */
  order: number;
  furniture: Furniture | undefined;
  /** Nearest block-level tag, e.g. 'p', 'h2', 'li'. */
  tag: string;
}

interface Range {
  start: number;
  end: number;
}

export interface MainText {
  paragraphs: string[];
  contentRoot?: HtmlParent;
  /** Short blocks just before the content (byline, date line), nearest first. */
  lead?: string[];
}

export interface ContentHints {
  /** The page's headline, dropped when it repeats at the top of the content. */
  title?: string;
  /** The page's own URL (canonical or og:url): a bare line of it is print/share chrome. */
  pageUrl?: string;
}

export function extractMainText(document: HtmlDocument, hints: ContentHints = {}): MainText {
  const { blocks, ranges } = collectBlocks(document);
  const texts = blocks.map((block) => normalizeInline(block.text));
  const stats = new TextStats(blocks, texts, ranges);
  const semantic = semanticRoot(document, stats);
  // Each choice in turn until one yields text: the marked body, the scored root, the semantic
  // containers (a page too short to score), the page. Never the headline alone.
  const choices: Choice[] = [];
  const scored = chooseRoots(blocks, texts, stats);
  if (semantic.articleBody && !isPartOf(semantic.articleBody, scored.roots, stats)) choices.push({ roots: [semantic.articleBody] });
  choices.push(scored);
  for (const root of [semantic.article, semantic.main, document]) if (root) choices.push({ roots: [root] });
  let roots: HtmlParent[] = [document];
  let paragraphs: string[] = [];
  for (const choice of choices) {
    if (choice.roots.length === 0) continue;
    roots = choice.roots;
    paragraphs = keptParagraphs(blocks, texts, choice, ranges, hints);
    if (paragraphs.length > 0) break;
  }
  return { paragraphs, contentRoot: roots[0]!, lead: leadTexts(blocks, texts, ranges.get(roots[0]!)!) };
}

/**
 * A marked body that is a small piece of the scored roots (the page marked
 * only its standfirst or its first paragraphs): the roots hold the article.
 */
function isPartOf(element: HtmlElement, roots: HtmlParent[], stats: TextStats): boolean {
  const range = stats.ranges.get(element)!;
  let rootChars = 0;
  let inside = false;
  for (const root of roots) {
    const rootRange = stats.ranges.get(root)!;
    if (rootRange.start <= range.start && range.end <= rootRange.end) inside = true;
    rootChars += stats.of(root).chars;
  }
  return inside && stats.of(element).chars < rootChars * 0.25;
}

/** Up to six blocks just before the content: where headline, byline and date line sit. */
function leadTexts(blocks: Block[], texts: string[], root: Range): string[] {
  let first = blocks.findIndex((block) => block.order >= root.start && block.order <= root.end);
  if (first === -1) first = blocks.length;
  const lead: string[] = [];
  for (let i = first - 1; i >= 0 && lead.length < 6; i--) if (texts[i]!.length > 0 && texts[i]!.length < 200) lead.push(texts[i]!);
  return lead;
}

interface SemanticRoots {
  articleBody?: HtmlElement;
  article?: HtmlElement;
  main?: HtmlElement;
}

/**
 * The page's own markers. itemprop=articleBody names the text outright, so it
 * wins whenever it holds any; <article> and <main> only help the scoring, and
 * stand in when the page is too short to score.
 */
function semanticRoot(document: HtmlDocument, stats: TextStats): SemanticRoots {
  const found: SemanticRoots = {};
  let articleChars = 0;
  walkElements(document, (element) => {
    if (HARD_DROPPED_TAGS.has(element.name)) return false;
    if (!found.articleBody && element.attribs.itemprop?.toLowerCase() === 'articlebody') {
      const { chars, linkChars } = stats.of(element);
      if (chars - linkChars > 0) found.articleBody = element;
    } else if (element.name === 'article') {
      const { chars } = stats.of(element);
      if (chars > articleChars) {
        found.article = element;
        articleChars = chars;
      }
    } else if (!found.main && (element.name === 'main' || element.attribs.role === 'main') && stats.of(element).chars > 0) {
      found.main = element;
    }
    return true;
  });
  return found;
}

// ------------------------------------------------------------------ blocks

/** Where an inline element with a class started: a card of links inside a sentence is cut back out. */
interface InlineMark {
  buffer: number;
  linkChars: number;
  links: number;
  flushes: number;
}
/** Pushed under an element's children: reached again when the walk leaves the element. */
class Leave {
  constructor(
    readonly element: HtmlElement,
    readonly isFurniture: boolean,
    readonly inline: InlineMark | undefined,
  ) {}
}

function collectBlocks(document: HtmlDocument): { blocks: Block[]; ranges: Map<HtmlParent, Range> } {
  const blocks: Block[] = [];
  const ranges = new Map<HtmlParent, Range>();
  ranges.set(document, { start: 0, end: Number.MAX_SAFE_INTEGER });
  let order = 0;
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let links = 0;
  let blockLinks = 0;
  let firstHref: string | undefined;
  let flushes = 0;
  const blockStack: { element: HtmlParent; order: number; tag: string }[] = [{ element: document, order: 0, tag: 'body' }];
  let furniture: Furniture | undefined;

  const flush = () => {
    if (buffer.trim() !== '') {
      const owner = blockStack[blockStack.length - 1]!;
      for (const piece of buffer.includes(BREAK) ? buffer.split(PARAGRAPH_BREAK) : [buffer]) {
        if (piece.trim() === '') continue;
        const share = buffer.length > 0 ? piece.length / buffer.length : 1;
        blocks.push({
          text: piece, linkChars: Math.round(linkChars * share), links: blockLinks, firstHref,
          element: owner.element, order: owner.order, furniture, tag: owner.tag,
        });
      }
    }
    buffer = '';
    linkChars = 0;
    blockLinks = 0;
    firstHref = undefined;
    flushes++;
  };

  const stack: (HtmlNode | Leave)[] = [];
  for (let i = document.children.length - 1; i >= 0; i--) stack.push(document.children[i]!);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step instanceof Leave) {
      const element = step.element;
      ranges.get(element)!.end = order;
      if (element.name === 'a') linkDepth--;
      if (BLOCK_TAGS.has(element.name)) {
        flush();
        blockStack.pop();
      } else if (element.name === 'td' || element.name === 'th') {
        buffer += ' ';
      }
      if (step.isFurniture) {
        flush();
        furniture = furniture!.outer;
      }
      const mark = step.inline;
      if (mark && mark.flushes === flushes && links - mark.links >= 3) {
        const added = buffer.length - mark.buffer;
        if (linkChars - mark.linkChars >= 0.8 * added - (links - mark.links)) {
          buffer = buffer.slice(0, mark.buffer);
          linkChars = mark.linkChars;
        }
      }
      continue;
    }
    const node = step;
    if (isText(node)) {
      buffer += node.data;
      if (linkDepth > 0) linkChars += node.data.trim().length;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'br') {
      buffer += BREAK;
      continue;
    }
    if (HARD_DROPPED_TAGS.has(name) || isHiddenByAttributes(node.attribs)) continue;
    order++;
    ranges.set(node, { start: order, end: order });
    const isFurniture = FURNITURE_TAGS.has(name) || attributeSignal(name, node.attribs) < 0;
    if (isFurniture) {
      flush();
      furniture = { element: node, outer: furniture };
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      blockStack.push({ element: node, order, tag: name });
    }
    if (name === 'a') {
      linkDepth++;
      links++;
      if (blockLinks++ === 0) firstHref = node.attribs.href;
    }
    const inline =
      !isFurniture && name !== 'a' && !BLOCK_TAGS.has(name) && (node.attribs.class || node.attribs.id)
        ? { buffer: buffer.length, linkChars, links, flushes }
        : undefined;
    stack.push(new Leave(node, isFurniture, inline));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return { blocks, ranges };
}

// ----------------------------------------------------------------- scoring

function punctuationCount(text: string): number {
  PUNCTUATION.lastIndex = 0;
  let count = 0;
  while (PUNCTUATION.exec(text) !== null) count++;
  return count;
}

/** How much one block says "prose": 0 for short or link-dominated text. */
function blockScore(text: string, linkChars: number): number {
  const length = text.length;
  if (length < MIN_SCORED_CHARS) return 0;
  const linkDensity = linkChars / length;
  if (linkDensity > MAX_LINK_DENSITY) return 0;
  return (1 + punctuationCount(text) + Math.min(length / 100, 3)) * (1 - linkDensity);
}

/** A <p>, or a <div> used as one (no block inside it): its text belongs to its container. */
function isParagraphLike(block: Block): boolean {
  if (PARAGRAPH_TAGS.has(block.tag)) return true;
  if (block.element.type === 'root') return false;
  for (const child of block.element.children) if (isElement(child) && BLOCK_TAGS.has(child.name)) return false;
  return true;
}

interface Candidate {
  element: HtmlParent;
  score: number;
}

/** Content roots in document order, and the best-scoring candidate they grew from (when scoring chose them). */
interface Choice {
  roots: HtmlParent[];
  core?: HtmlParent;
}

/** The content root and the siblings that belong with it, in document order. */
function chooseRoots(blocks: Block[], texts: string[], stats: TextStats): Choice {
  const scores = new Map<HtmlParent, number>();
  // The element whose own paragraphs say most: the article's core, whatever wraps it.
  const direct = new Map<HtmlParent, number>();
  let core: HtmlParent | undefined;
  let coreScore = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let score = blockScore(texts[i]!, block.linkChars);
    if (score === 0) continue;
    // Text under furniture still counts, for less: a wrapper's name alone never decides.
    if (block.furniture) score *= 0.7;
    // A paragraph votes for its container; a container holding loose text votes for itself.
    let ancestor: HtmlParent | null = isParagraphLike(block) ? (block.element.parent as HtmlParent | null) : block.element;
    if (ancestor) {
      const own = (direct.get(ancestor) ?? 0) + score;
      direct.set(ancestor, own);
      if (own > coreScore) {
        core = ancestor;
        coreScore = own;
      }
    }
    for (let level = 0; ancestor && level < 5; level++) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
      ancestor = ancestor.parent as HtmlParent | null;
    }
  }
  if (scores.size === 0) return { roots: [] };

  const candidates: Candidate[] = [];
  for (const [element, raw] of scores) {
    candidates.push({ element, score: adjustedScore(element, raw, stats) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const finalScore = new Map(candidates.map((c) => [c.element, c.score]));
  let top = candidates[0]!;

  // Climb to an ancestor that scores higher than the chain below it (the article split into sections).
  let lastScore = top.score;
  const threshold = top.score / 3;
  for (let parent = top.element.parent as HtmlParent | null; parent && parent.type !== 'root'; parent = parent.parent as HtmlParent | null) {
    const parentScore = finalScore.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = { element: parent, score: parentScore };
      break;
    }
    lastScore = parentScore;
  }
  // An only child says nothing its parent does not; the parent may hold siblings' text.
  while (top.element.parent && top.element.parent.type !== 'root' && elementChildren(top.element.parent as HtmlParent).length === 1) {
    const parent = top.element.parent as HtmlParent;
    top = { element: parent, score: Math.max(top.score, finalScore.get(parent) ?? 0) };
  }
  return { roots: withSiblings(top, finalScore, stats), core };
}

function elementChildren(parent: HtmlParent): HtmlElement[] {
  return parent.children.filter(isElement);
}

/** Text and link characters of any element, from the blocks inside its preorder range. */
class TextStats {
  constructor(
    private readonly blocks: Block[],
    private readonly texts: string[],
    readonly ranges: Map<HtmlParent, Range>,
  ) {}

  of(element: HtmlParent): { chars: number; linkChars: number; blocks: number } {
    const range = this.ranges.get(element);
    let chars = 0;
    let linkChars = 0;
    let count = 0;
    if (!range) return { chars, linkChars, blocks: count };
    // Blocks are in document order; those inside the range are contiguous around it.
    for (let i = this.firstAtOrAfter(range.start); i < this.blocks.length; i++) {
      const order = this.blocks[i]!.order;
      if (order > range.end) break;
      if (order < range.start) continue;
      chars += this.texts[i]!.length;
      linkChars += this.blocks[i]!.linkChars;
      count++;
    }
    return { chars, linkChars, blocks: count };
  }

  /** Sentences in an element's text: how many ends of a sentence its blocks hold. */
  sentences(element: HtmlParent): number {
    const range = this.ranges.get(element);
    let count = 0;
    if (!range) return count;
    for (let i = this.firstAtOrAfter(range.start); i < this.blocks.length; i++) {
      const order = this.blocks[i]!.order;
      if (order > range.end) break;
      if (order < range.start) continue;
      SENTENCE_ENDS.lastIndex = 0;
      while (SENTENCE_ENDS.exec(this.texts[i]!) !== null) count++;
    }
    return count;
  }

  /** Index of the first block whose order could be >= `start` (the order of blocks only dips inside one element). */
  private firstAtOrAfter(start: number): number {
    let low = 0;
    let high = this.blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.maxOrderUpTo(mid) < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private prefixMax: number[] | undefined;

  private maxOrderUpTo(index: number): number {
    if (!this.prefixMax) {
      this.prefixMax = [];
      let max = -1;
      for (const block of this.blocks) {
        max = Math.max(max, block.order);
        this.prefixMax.push(max);
      }
    }
    return this.prefixMax[index]!;
  }
}

function adjustedScore(element: HtmlParent, raw: number, stats: TextStats): number {
  const { chars, linkChars } = stats.of(element);
  const linkDensity = chars > 0 ? Math.min(1, linkChars / chars) : 0;
  let score = raw * (1 - linkDensity);
  if (element.type === 'root') return score;
  const el = element as HtmlElement;
  // A content-like or furniture-like name scales the text evidence; it never makes a score from nothing.
  score *= 1 + ATTRIBUTE_WEIGHT * attributeSignal(el.name, el.attribs);
  if (el.attribs.itemprop?.toLowerCase() === 'articlebody') score *= 1.5;
  else if (el.name === 'article') score *= 1.2;
  else if (el.name === 'main' || el.attribs.role === 'main') score *= 1.1;
  return score;
}

/**
 * A sibling's score as one container: the best along its chain of only
 * children, as the top candidate climbed its own (a section whose paragraphs
 * sit three wrappers deep is still a section of the article).
 */
function chainScore(element: HtmlElement, scores: Map<HtmlParent, number>): number {
  let best = scores.get(element) ?? 0;
  for (let children = elementChildren(element); children.length === 1; children = elementChildren(children[0]!)) {
    best = Math.max(best, scores.get(children[0]!) ?? 0);
  }
  return best;
}

function withSiblings(top: Candidate, scores: Map<HtmlParent, number>, stats: TextStats): HtmlParent[] {
  const parent = top.element.parent as HtmlParent | null;
  if (!parent || top.element.type === 'root') return [top.element];
  const threshold = Math.max(Math.min(10, top.score * 0.5), top.score * 0.2);
  const topClass = (top.element as HtmlElement).attribs?.class ?? '';
  const roots: HtmlParent[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === top.element) {
      roots.push(sibling);
      continue;
    }
    const bonus = topClass !== '' && sibling.attribs.class === topClass ? top.score * 0.2 : 0;
    if (chainScore(sibling, scores) + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    const { chars, linkChars, blocks } = stats.of(sibling);
    if (chars === 0 || linkChars / chars >= 0.25) continue;
    // A loose paragraph beside the article (readability's rule), or a section named like content
    // that reads as prose (two sentences or more): a standfirst or a byline box is one line at most.
    const looseParagraph = (sibling.name === 'p' || sibling.name === 'div') && blocks === 1 && chars > 80;
    if (looseParagraph || (attributeSignal(sibling.name, sibling.attribs) > 0 && stats.sentences(sibling) >= 2)) roots.push(sibling);
  }
  return roots;
}

// --------------------------------------------------------------- cleaning

const SENTENCE_END = /[.!?…。](?:["”»')\]]*)$/u;
/** Ends of sentences inside a text: the mark, closing quotes, then a space or the end. */
const SENTENCE_ENDS = /[.!?…。]["”»')\]]*(?=\s|$)/gu;

/** A paragraph that is a whole sentence whose words happen to be links: a headline list never reads like this. */
function isLinkedSentence(tag: string, text: string): boolean {
  return tag === 'p' && SENTENCE_END.test(text) && text.split(' ').length >= 8;
}

/** Words a source's name or a link to a document takes; a teaser headline to a sister site runs longer. */
const MAX_CITATION_WORDS = 6;

/**
 * A paragraph that is one link to another site, named by its URL or a few
 * words ("[Transit Weekly]", "the full report"): a source the article gives,
 * not navigation of this site nor a headline of another.
 */
function isCitation(block: Block, text: string, pageHost: string | undefined): boolean {
  if (block.tag !== 'p' || block.links !== 1 || !isOutboundLink(block.firstHref, pageHost)) return false;
  return /^\S+$/.test(text) || text.split(' ').length <= MAX_CITATION_WORDS;
}

/** A link-heavy block whose own words still make a paragraph (an inline card, a link-rich sentence). */
function hasOwnProse(text: string, linkChars: number): boolean {
  return text.length - linkChars >= 120 && punctuationCount(text) >= 2;
}

function keptParagraphs(
  blocks: Block[],
  texts: string[],
  { roots, core }: Choice,
  ranges: Map<HtmlParent, Range>,
  hints: ContentHints,
): string[] {
  const rootRanges = roots.map((root) => ranges.get(root)!);
  // The core counts only inside the roots (a climb may have left it out).
  const candidateCore = core ? ranges.get(core) : undefined;
  const coreRange = candidateCore && rootRanges.some((r) => r.start <= candidateCore.start && candidateCore.end <= r.end) ? candidateCore : undefined;
  /** The root range each block falls in, or undefined. */
  const rootOfBlock = blocks.map((block) => rootRanges.find((r) => block.order >= r.start && block.order <= r.end));
  let total = 0;
  for (let i = 0; i < blocks.length; i++) if (rootOfBlock[i]) total += texts[i]!.length;

  // Furniture is the article's own wrapper when it holds the best-scoring candidate, or most of that
  // candidate's text (a "paywall" box around the body); beside the candidate it is furniture however
  // long (a comment thread). Without a scored candidate, most of the root's text decides.
  const stats = new TextStats(blocks, texts, ranges);
  const coreChars = core ? stats.of(core).chars : total;
  const verdicts = new Map<HtmlElement, boolean>();
  const isRealFurniture = (element: HtmlElement) => {
    let verdict = verdicts.get(element);
    if (verdict === undefined) {
      const range = ranges.get(element)!;
      if (!coreRange) verdict = stats.of(element).chars < total * 0.5;
      else if (range.start <= coreRange.start && coreRange.end <= range.end) verdict = false;
      else if (coreRange.start <= range.start && range.end <= coreRange.end) verdict = stats.of(element).chars < coreChars * 0.5;
      else verdict = true;
      verdicts.set(element, verdict);
    }
    return verdict;
  };

  const pageHost = hints.pageUrl ? hostOf(hints.pageUrl) : undefined;
  const paragraphs: string[] = [];
  const headings: boolean[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const root = rootOfBlock[i];
    if (!root) continue;
    const text = texts[i]!;
    if (text.length === 0) continue;
    let dropped = false;
    for (let f = block.furniture; f; f = f.outer) {
      const range = ranges.get(f.element)!;
      if (range.start <= root.start) break; // furniture around the root: its name does not veto the article
      if (isRealFurniture(f.element)) {
        dropped = true;
        break;
      }
    }
    if (dropped) continue;
    if (
      block.linkChars > text.length * MAX_LINK_DENSITY &&
      !hasOwnProse(text, block.linkChars) &&
      !isLinkedSentence(block.tag, text) &&
      !isCitation(block, text, pageHost)
    ) continue;
    if (text.length < 300 && isReadAlsoText(text)) continue;
    if (isChromeLine(text, pageHost) || isPromoText(text) || isBylineText(text)) continue;
    if (block.tag === 'h1' && paragraphs.length === 0) continue;
    if (hints.title && paragraphs.length < 3 && text === hints.title) continue;
    paragraphs.push(text);
    headings.push(HEADING_TAGS.has(block.tag));
  }
  // A heading with nothing after it introduced a box that was dropped ("Related", "More on this").
  while (paragraphs.length > 1 && headings[headings.length - 1]) {
    paragraphs.pop();
    headings.pop();
  }
  return paragraphs;
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
