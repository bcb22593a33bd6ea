/**
 * What counts as page furniture rather than article text. Kept apart from the
 * walker so the rules can be read and extended in one place.
 */

/** Elements that never hold article text. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'iframe', 'frame', 'frameset', 'svg', 'math', 'menu', 'button', 'select', 'textarea', 'input', 'label',
  'object', 'embed', 'canvas', 'video', 'audio', 'map', 'dialog', 'figure', 'picture', 'img',
]);

/** Elements whose end closes a paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

/** Containers a class name can never remove: the page itself and the semantic article. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

const DROPPED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'dialog', 'alert',
  'alertdialog', 'toolbar', 'tablist',
]);

// Matched against each class/id token; parts are separated by - or _, so "ad" catches "ad-slot" but not "head".
const BOILERPLATE_TOKEN = new RegExp(
  '(?:^|[-_])(?:' +
    [
      'menu', 'menus', 'nav', 'navbar', 'navigation', 'sidebar', 'sidenav', 'side-?col', 'related', 'relatednews',
      'read-?also', 'readalso', 'read-?more', 'see-?also', 'more-?news', 'also', 'share', 'sharing', 'social',
      'comments?', 'breadcrumbs?', 'crumbs', 'footer', 'subscribe', 'subscription', 'newsletter', 'advert\\w*',
      'ads?', 'adv', 'banner', 'promo', 'sponsor\\w*', 'cookies?', 'consent', 'gdpr', 'tags?', 'tagcloud',
      'widget', 'popular', 'trending', 'most-?read', 'recommend\\w*', 'outbrain', 'taboola', 'paywall', 'modal',
      'popup', 'pagination', 'pager', 'masthead', 'toolbar', 'byline-share', 'copyright',
    ].join('|') +
    ')(?:$|[-_])',
);
const CONTENT_TOKEN = /(?:^|[-_])(?:article|articlebody|content|body|story|text|main|post|entry|news)(?:$|[-_])/;

/**
 * True when class/id/role/hidden attributes mark an element as boilerplate.
 * A token that looks like boilerplate wins within itself ("related-articles"),
 * but another token that only says "content" keeps the element
 * ("layout-with-sidebar article-content").
 */
export function isBoilerplateByAttributes(tag: string, attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attribs.role?.toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return true;
  if (PROTECTED_TAGS.has(tag)) return false;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  let boilerplate = false;
  let contentOnly = false;
  for (const token of names.split(/\s+/)) {
    if (token === '') continue;
    if (BOILERPLATE_TOKEN.test(token)) boilerplate = true;
    else if (CONTENT_TOKEN.test(token)) contentOnly = true;
  }
  return boilerplate && !contentOnly;
}

/** Headings and lead-ins of "read also" boxes, in the newsroom's languages. */
const READ_ALSO = new RegExp(
  '^\\s*(?:' +
    [
      'read also', 'also read', 'read more', 'see also', 'related(?: (?:news|articles|stories))?', 'more on this',
      'more from', 'recommended', 'most read', 'читайте также', 'также читайте', 'читайте еще', 'читайте ещё',
      'смотрите также', 'по теме', 'новости по теме', 'реклама', "shuningdek o['ʻ‘’`]?qing", 'shuningdek, o[\'ʻ‘’`]?qing',
      "ko['ʻ‘’`]?proq o['ʻ‘’`]?qing", 'шунингдек ўқинг', 'шунингдек, ўқинг', 'мавзуга оид', '관련기사', '관련 기사',
      '함께 보면 좋은', 'advertisement', 'share this', 'share on', 'subscribe to', 'sign up for', 'tags?:', 'теги:',
      // Copyright lines that sit inside article containers.
      '©', '\\(c\\) \\d{4}', 'copyright', 'all rights reserved', 'перепечатка', 'все права защищены', '무단전재', '저작권자',
    ].join('|') +
    ')',
  'iu',
);

export function isReadAlsoText(text: string): boolean {
  return READ_ALSO.test(text);
}
