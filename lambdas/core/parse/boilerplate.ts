/**
 * What counts as page furniture rather than article text, as data: tags,
 * roles, class/id tokens and the lines furniture prints (in every language
 * newsdrop reads). The walker in html/content.ts weighs these as one signal
 * among several; only hidden and non-text elements are cut outright.
 */

/** Elements that never hold article text: cut with everything inside. */
export const HARD_DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset',
  'button', 'select', 'textarea', 'input', 'option', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'dialog',
  'picture', 'img', 'source', 'meta', 'link',
]);

/** Elements that are page furniture by their tag: text under them counts less and is dropped inside the article. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'header', 'footer', 'aside', 'menu', 'figure', 'figcaption', 'label', 'fieldset',
]);

/** Elements whose end closes a paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

/** Containers a class name never marks as furniture: the page itself and the semantic article. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'dialog', 'alert',
  'alertdialog', 'toolbar', 'tablist', 'button',
]);

/** Class/id parts (split on - and _) that name furniture, so "ad" catches "ad-slot" but not "head". */
const FURNITURE_NAMES = [
  'menu', 'menus', 'nav', 'navbar', 'navigation', 'sidebar', 'sidenav', 'side-?col', 'related', 'relatednews',
  'read-?also', 'readalso', 'read-?more', 'see-?also', 'more-?news', 'also', 'share', 'sharing', 'sharebar', 'social',
  'comments?', 'breadcrumbs?', 'crumbs', 'footer', 'subscribe', 'subscription', 'newsletter', 'advert\\w*', 'ads?',
  'adv', 'banner', 'promo\\w*', 'sponsor\\w*', 'cookies?', 'consent', 'gdpr', 'tags?', 'tagcloud', 'widget',
  'popular', 'trending', 'most-?read', 'recommend\\w*', 'outbrain', 'taboola', 'paywall', 'modal', 'popup',
  'pagination', 'pager', 'masthead', 'toolbar', 'byline', 'bylines', 'author', 'authors', 'copyright', 'caption',
  'captions', 'credit', 'credits', 'gallery', 'slideshow', 'lightbox', 'carousel', 'teaser', 'teasers', 'disclaimer',
  'print', 'sr-only', 'visually-?hidden', 'screen-?reader\\w*', 'skip', 'timestamp', 'dateline', 'meta',
  'signup', 'login', 'rating', 'reactions?', 'follow', 'cta',
];
const FURNITURE_TOKEN = new RegExp(`(?:^|[-_])(?:${FURNITURE_NAMES.join('|')})(?:$|[-_])`);
const CONTENT_TOKEN =
  /(?:^|[-_])(?:article|articlebody|article-?body|content|body|story|story-?body|text|main|post|entry|news|blog)(?:$|[-_])/;

export function isHiddenByAttributes(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * What class/id/role say about an element: -1 furniture, +1 content, 0 nothing.
 * A furniture token wins within itself ("related-articles"), but another token
 * that only says "content" keeps the element ("layout-with-sidebar article-content").
 */
export function attributeSignal(tag: string, attribs: Record<string, string>): number {
  const role = attribs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return -1;
  if (PROTECTED_TAGS.has(tag)) return 0;
  const className = attribs.class;
  const id = attribs.id;
  if (!className && !id) return 0;
  const names = id ? (className ? `${className} ${id}` : id) : className!;
  let signal = signalCache.get(names);
  if (signal === undefined) {
    signal = tokenSignal(names.toLowerCase());
    // Pages reuse a few hundred class strings; the bound keeps a hostile page from growing the cache.
    if (signalCache.size > 5000) signalCache.clear();
    signalCache.set(names, signal);
  }
  return signal;
}

const signalCache = new Map<string, number>();

function tokenSignal(names: string): number {
  let furniture = false;
  let content = false;
  for (const token of names.split(/\s+/)) {
    if (token === '') continue;
    if (FURNITURE_TOKEN.test(token)) furniture = true;
    else if (CONTENT_TOKEN.test(token)) content = true;
  }
  if (content) return 1;
  return furniture ? -1 : 0;
}

/**
 * Lines that furniture prints, by language. Each entry opens a line (matched
 * at its start, case-insensitive); apostrophe variants of Uzbek Latin are
 * written as ['ʻ‘’`].
 */
export const BOILERPLATE_VOCABULARY: Readonly<Record<'en' | 'ru' | 'uz' | 'ko' | 'any', readonly string[]>> = {
  // Words that also open ordinary sentences ("Recommended doses…", "Copyright law…") only count
  // as a whole line or before a colon.
  en: [
    'filed under', 'posted in', 'categories:', 'category:', 'read also', 'also read', 'read more\\b', 'see also',
    'related(?: (?:news|articles|stories|content|coverage|reading))?\\s*:?$', 'related:', 'more on this(?: story| topic)?\\s*:?$',
    'more from [^.]{0,40}$', 'recommended(?: for you| stories| articles| reading)?\\s*:?$', 'most (?:read|popular|viewed|shared)\\s*:?$',
    'advertisement', 'share this', 'share on ', 'share via', 'tags?:', 'topics:', 'photo:', 'photos:', 'image:', 'caption:',
    'credit:', 'pictured:', 'click here to', 'to read the full', 'continue reading', 'copyright\\s*(?:©|\\(c\\)|\\d{4}|:)',
    'all rights reserved', 'follow us on', 'this article (?:was|is) (?:originally )?(?:published|republished)',
  ],
  ru: [
    'читайте также', 'также читайте', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме:?$', 'новости по теме',
    'реклама\\s*:?$', 'подписывайтесь', 'поделиться', 'фото:', 'теги:', 'перепечатка', 'все права защищены',
  ],
  uz: [
    "shuningdek,? o['ʻ‘’`]?qing", "ko['ʻ‘’`]?proq o['ʻ‘’`]?qing", 'mavzuga oid', "obuna bo['ʻ‘’`]?ling", 'foto:',
    'шунингдек,? ўқинг', 'мавзуга оид', 'обуна бўлинг',
  ],
  ko: ['관련기사', '관련 기사', '함께 보면 좋은', '사진=', '사진 =', '무단전재', '저작권자'],
  any: ['©', '\\(c\\) \\d{4}'],
};

const READ_ALSO = new RegExp(`^\\s*(?:${Object.values(BOILERPLATE_VOCABULARY).flat().join('|')})`, 'iu');

export function isReadAlsoText(text: string): boolean {
  return READ_ALSO.test(text);
}

/** Whole lines that are controls of galleries and players ("Close", "Next"), ad labels, or a bare URL. */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'close', 'open', 'next', 'previous', 'prev', 'back', 'back to (?:gallery|top|article)', 'view gallery', 'expand',
      'collapse', 'play', 'pause', 'replay', 'loading\\.*', 'advert', 'advertisement', 'ad', 'sponsored', 'comments?',
      '\\d+ comments?', '(?:image|photo|picture|slide|фото|rasm|사진)? ?\\d+ ?(?:of|/|из) ?\\d+', 'leave a (?:comment|reply)', 'tell us what you think\\W*', 'комментарии', 'izohlar', '댓글',
      'закрыть', 'далее', 'назад', 'реклама', 'yopish', 'keyingi', 'reklama', '닫기', '다음', '이전', '광고',
    ].join('|') +
    ')$',
  'iu',
);
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A CMS shortcode the site failed to render: "[button link=…]Send us…[/button]". */
const SHORTCODE = /^\[[a-z][\w-]*\s+[\w-]+\s*=|\[\/[a-z][\w-]*\]$/i;

/**
 * `pageHost`: the page's own host. A bare URL of the page itself is print or
 * share chrome; a URL of another site is a citation and stays.
 */
export function isChromeLine(text: string, pageHost?: string): boolean {
  if (BARE_URL.test(text)) return pageHost !== undefined && hostOf(text) === pageHost;
  return (text.length <= 60 && CHROME_LINE.test(text)) || SHORTCODE.test(text);
}

/** Lower-case host without "www.", or undefined when the text is no URL. */
export function hostOf(url: string): string | undefined {
  const match = /^(?:https?:\/\/)?([^/?#\s:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : undefined;
}

/** Hosts whose links share or follow rather than cite: a lone link to them is a button, not a source. */
const SOCIAL_SITES: ReadonlySet<string> = new Set([
  'facebook.com', 'twitter.com', 'x.com', 't.co', 'linkedin.com', 'pinterest.com', 'reddit.com', 'whatsapp.com', 'wa.me',
  't.me', 'telegram.me', 'vk.com', 'ok.ru', 'instagram.com', 'tiktok.com', 'flipboard.com', 'tumblr.com', 'line.me',
  'kakao.com', 'naver.com', 'addthis.com', 'sharethis.com',
]);

/** The site part of a host: "news.example.co.uk" and "www.example.co.uk" are one site, "example.com" another. */
export function siteOf(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = tld.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * A link to another site (a source, a citation), judged against the page's
 * own host; links of share and follow buttons, relative links and any link on
 * a page whose host is unknown are not outbound.
 */
export function isOutboundLink(href: string | undefined, pageHost: string | undefined): boolean {
  if (!href || !pageHost || !/^(?:https?:)?\/\//i.test(href)) return false;
  const host = hostOf(href.replace(/^\/\//, ''));
  if (!host) return false;
  const site = siteOf(host);
  return site !== siteOf(pageHost) && !SOCIAL_SITES.has(site);
}

/** Short lines that name the author or the time of publication rather than tell the story. */
export const BYLINE_VOCABULARY: Readonly<Record<'en' | 'ru' | 'uz' | 'ko', readonly string[]>> = {
  en: ['by \\p{Lu}', 'written by', 'posted by', 'published by', '(?:last )?updated(?: on| at)?:? ', 'published(?: on| at)?:? ', 'posted(?: on| at)?:? '],
  ru: ['автор:', 'текст:', 'обновлено:? ', 'опубликовано:? '],
  uz: ['muallif:', 'yangilandi:? ', 'chop etildi:? ', 'муаллиф:'],
  ko: ['기자 ', '입력 ?[:：]?', '수정 ?[:：]?', '등록 ?[:：]?'],
};
const BYLINE = new RegExp(`^(?:${Object.values(BYLINE_VOCABULARY).flat().join('|')})`, 'u');

/** A byline or a "Updated at 1:23 p.m." line: short, no sentence of its own. */
export function isBylineText(text: string): boolean {
  // A sentence ("By Friday the council must decide.") ends like one; a stamp may end in "p.m.".
  if (/[.!?。]$/.test(text) && !/[ap]\.m\.$/i.test(text)) return false;
  return text.length <= 80 && !/[.!?。]\s+\S/.test(text) && BYLINE.test(text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text);
}

/** Calls to sign up or subscribe, anywhere in a short block: promos the CMS placed inside the article. */
export const PROMO_VOCABULARY: Readonly<Record<'en' | 'ru' | 'uz' | 'ko', readonly string[]>> = {
  en: [
    // Specific enough that news about subscriptions ("users who subscribe to the service") stays.
    'sign up (?:for|to) (?:our|the|a|free)\\b[^.]{0,60}(?:newsletter|updates|alerts|emails?|briefing|digest)',
    'subscribe (?:to|for) (?:our|the)\\b[^.]{0,40}(?:newsletter|channel|podcast|updates)', 'subscribe now',
    'our newsletter', 'delivered to your inbox',
    'click here (?:to|for)',
    'follow (?:us|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?) on (?:instagram|facebook|twitter|x|youtube|telegram|tiktok)',
  ],
  ru: ['подписывайтесь', 'подпишитесь', 'наш канал', 'нашу рассылку'],
  uz: ["obuna bo['ʻ‘’`]?ling", 'kanalimizga', 'обуна бўлинг', 'каналимизга'],
  ko: ['구독하기', '뉴스레터'],
};
const PROMO = new RegExp(Object.values(PROMO_VOCABULARY).flat().join('|'), 'iu');

export function isPromoText(text: string): boolean {
  return text.length < 250 && PROMO.test(text);
}
