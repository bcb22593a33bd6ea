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

/** Languages whose furniture lines newsdrop knows; 'any' holds marks every language shares. */
type VocabularyLanguage = 'en' | 'ru' | 'uz' | 'ko' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'id';

/**
 * Lines that furniture prints, by language. Each entry opens a line (matched
 * at its start, case-insensitive); apostrophe variants of Uzbek Latin are
 * written as ['ʻ‘’`], and a label's colon may follow a space (French "Photo :").
 */
export const BOILERPLATE_VOCABULARY: Readonly<Record<VocabularyLanguage | 'any', readonly string[]>> = {
  // Words that also open ordinary sentences ("Recommended doses…", "Copyright law…") only count
  // as a whole line or before a colon.
  en: [
    'filed under', 'posted in', 'categories\\s?:', 'category\\s?:', 'read also', 'also read', 'read more\\b', 'see also',
    'related(?: (?:news|articles|stories|content|coverage|reading))?\\s*:?$', 'related\\s?:', 'more on this(?: story| topic)?\\s*:?$',
    'more from [^.]{0,40}$', 'recommended(?: for you| stories| articles| reading)?\\s*:?$', 'most (?:read|popular|viewed|shared)\\s*:?$',
    'advertisement', 'share this', 'share on ', 'share via', 'tags?\\s?:', 'topics\\s?:', 'photos?\\s?:', 'image\\s?:', 'caption\\s?:',
    'credit\\s?:', 'pictured\\s?:', 'click here to', 'to read the full', 'continue reading', 'copyright\\s*(?:©|\\(c\\)|\\d{4}|:)',
    'all rights reserved', 'follow us on',
  ],
  ru: [
    'читайте также', 'также читайте', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме:?$', 'новости по теме',
    'реклама\\s*:?$', 'подписывайтесь', 'поделиться', 'фото\\s?:', 'теги\\s?:', 'перепечатка', 'все права защищены',
  ],
  uz: [
    "shuningdek,? o['ʻ‘’`]?qing", "ko['ʻ‘’`]?proq o['ʻ‘’`]?qing", 'mavzuga oid', "obuna bo['ʻ‘’`]?ling", 'foto\\s?:',
    'шунингдек,? ўқинг', 'мавзуга оид', 'обуна бўлинг',
  ],
  ko: ['관련기사', '관련 기사', '함께 보면 좋은', '사진=', '사진 =', '무단전재', '저작권자'],
  de: [
    'lesen sie (?:auch|mehr)', 'mehr zum thema', 'auch interessant', 'das könnte sie (?:auch )?interessieren', 'weitere artikel',
    'verwandte artikel', 'schlagwörter\\s?:', 'themen\\s?:', 'foto\\s?:', 'bild\\s?:', 'bildquelle\\s?:', 'anzeige\\s*$',
    'artikel teilen', 'jetzt teilen', 'alle rechte vorbehalten',
  ],
  fr: [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet', 'articles? similaires?',
    'mots?-clés?\\s?:', 'étiquettes\\s?:', 'crédits? photo', 'publicité\\s*$', 'partager (?:cet|l[ae]) ', 'tous droits réservés',
  ],
  es: [
    'lee también', 'lea también', 'leer más', 'te puede interesar', 'le puede interesar', 'ver también', 'noticias relacionadas',
    'artículos relacionados', 'etiquetas\\s?:', 'publicidad\\s*$', 'compartir en ', 'todos los derechos reservados',
  ],
  pt: [
    'leia também', 'leia mais', 'veja também', 'saiba mais', 'notícias relacionadas', 'matérias relacionadas', 'publicidade\\s*$',
    'compartilhe', 'compartilhar', 'todos os direitos reservados',
  ],
  it: [
    'leggi anche', 'leggi di più', 'potrebbe interessarti', 'vedi anche', 'articoli correlati', 'pubblicità\\s*$', 'condividi',
    'tutti i diritti riservati', 'riproduzione riservata',
  ],
  id: [
    'baca juga', 'baca selengkapnya', 'lihat juga', 'artikel terkait', 'berita terkait', 'iklan\\s*$', 'bagikan',
    'hak cipta', 'sumber foto\\s?:',
  ],
  any: ['©', '\\(c\\) \\d{4}', 'foto\\s?:', 'tags?\\s?:'],
};

const READ_ALSO = new RegExp(`^\\s*(?:${Object.values(BOILERPLATE_VOCABULARY).flat().join('|')})`, 'iu');

export function isReadAlsoText(text: string): boolean {
  return READ_ALSO.test(text);
}

/** Whole lines that are controls of galleries and players ("Close", "Next"), ad labels and comment links, by language. */
export const CHROME_VOCABULARY: Readonly<Record<VocabularyLanguage | 'any', readonly string[]>> = {
  en: [
    'close', 'open', 'next', 'previous', 'prev', 'back', 'back to (?:gallery|top|article)', 'view gallery', 'expand',
    'collapse', 'play', 'pause', 'replay', 'loading\\.*', 'advert', 'advertisement', 'ad', 'sponsored', 'comments?',
    '\\d+ comments?', 'leave a (?:comment|reply)', 'tell us what you think\\W*',
  ],
  ru: ['комментарии', 'закрыть', 'далее', 'назад', 'реклама'],
  uz: ['izohlar', 'yopish', 'keyingi', 'reklama'],
  ko: ['댓글', '닫기', '다음', '이전', '광고'],
  de: ['schließen', 'weiter', 'zurück', 'anzeige', 'werbung', 'kommentare', '\\d+ kommentare?'],
  fr: ['fermer', 'suivant', 'précédent', 'publicité', 'commentaires?', '\\d+ commentaires?'],
  es: ['cerrar', 'siguiente', 'anterior', 'publicidad', 'comentarios?', '\\d+ comentarios?'],
  pt: ['fechar', 'próximo', 'anterior', 'publicidade', 'comentários?', '\\d+ comentários?'],
  it: ['chiudi', 'avanti', 'indietro', 'pubblicità', 'commenti', '\\d+ commenti'],
  id: ['tutup', 'berikutnya', 'sebelumnya', 'iklan', 'komentar', '\\d+ komentar'],
  // Gallery counters: "Photo 3 of 12", "3/12", "фото 3 из 12".
  any: ['(?:image|photo|picture|slide|foto|bild|фото|rasm|사진)? ?\\d+ ?(?:of|/|из|von|de|di|dari) ?\\d+'],
};

const CHROME_LINE = new RegExp(`^(?:${Object.values(CHROME_VOCABULARY).flat().join('|')})$`, 'iu');
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

/** A person's name after "by": two capitalised words, so "Von Berlin nach Hamburg" is no byline. */
const NAME = '\\p{Lu}[\\p{Ll}\\p{M}’\'.-]+ \\p{Lu}';

/** A date after a stamp's label, an optional weekday before it: "14.06.2024", "mardi 14 juin". */
const DATE = '(?:\\p{L}+,? )?\\d';

/** Short lines that name the author or the time of publication rather than tell the story. */
export const BYLINE_VOCABULARY: Readonly<Record<VocabularyLanguage, readonly string[]>> = {
  en: ['by \\p{Lu}', 'written by', 'posted by', 'published by', '(?:last )?updated(?: on| at)?:? ', 'published(?: on| at)?:? ', 'posted(?: on| at)?:? '],
  ru: ['автор:', 'текст:', 'обновлено:? ', 'опубликовано:? '],
  uz: ['muallif:', 'yangilandi:? ', 'chop etildi:? ', 'муаллиф:'],
  ko: ['기자 ', '입력 ?[:：]?', '수정 ?[:：]?', '등록 ?[:：]?'],
  // Stamps in other languages need a date after them (an optional weekday first), or a name after "by".
  de: [`von ${NAME}`, 'autor(?:in)?\\s?:', `(?:veröffentlicht|aktualisiert)(?: am)?:? ${DATE}`, `stand:? ${DATE}`, 'veröffentlicht von'],
  fr: [`par ${NAME}`, 'auteur\\s?:', `(?:publié|mis à jour) le ${DATE}`, 'publié par'],
  es: [`por ${NAME}`, 'autor\\s?:', `(?:publicado|actualizado)(?: el)?:? ${DATE}`, 'publicado por'],
  pt: [`por ${NAME}`, 'autor\\s?:', `(?:publicado|atualizado)(?: em)?:? ${DATE}`, 'publicado por'],
  it: ['autore\\s?:', `(?:pubblicato|aggiornato)(?: il)?:? ${DATE}`, 'pubblicato da'],
  id: ['penulis\\s?:', 'editor\\s?:', 'oleh\\s?:? \\p{Lu}', `(?:diterbitkan|diperbarui):? ${DATE}`],
};
const BYLINE = new RegExp(`^(?:${Object.values(BYLINE_VOCABULARY).flat().join('|')})`, 'u');

/** A byline or a "Updated at 1:23 p.m." line: short, no sentence of its own. */
export function isBylineText(text: string): boolean {
  // A sentence ("By Friday the council must decide.") ends like one; a stamp may end in "p.m.".
  if (/[.!?。]$/.test(text) && !/[ap]\.m\.$/i.test(text)) return false;
  if (text.length > 160 || /[.!?。]\s+\S/.test(text)) return false;
  return (text.length <= 80 && BYLINE.test(text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text)) || isMetaLine(text);
}

/**
 * Labels of the line a CMS prints above or below a post ("Posted by: …  Category: …  Tags: …"), by language.
 * Two of them in one short line make it metadata, wherever the line starts (often with the date).
 */
export const META_LABELS: Readonly<Record<VocabularyLanguage, readonly string[]>> = {
  en: ['posted by', 'written by', 'author', 'by', 'published', 'posted', 'updated', 'category', 'categories', 'tags?', 'topics?', 'filed under', 'source', 'date'],
  ru: ['автор', 'рубрика', 'категория', 'теги', 'метки', 'источник', 'опубликовано', 'обновлено', 'дата'],
  uz: ['muallif', 'rukn', 'teglar', 'manba', 'муаллиф', 'рукн', 'манба'],
  ko: ['기자', '입력', '수정', '등록', '출처'],
  de: ['autor(?:in)?', 'von', 'veröffentlicht', 'aktualisiert', 'kategorie', 'schlagwörter', 'themen', 'quelle', 'datum'],
  fr: ['auteur', 'par', 'publié', 'catégories?', 'étiquettes', 'mots-clés', 'source', 'date'],
  es: ['autor', 'por', 'publicado', 'categorías?', 'etiquetas', 'fuente', 'fecha'],
  pt: ['autor', 'publicado por', 'por', 'publicado', 'categorias?', 'fonte', 'data'],
  it: ['autore', 'pubblicato', 'categori[ae]', 'fonte', 'data'],
  id: ['penulis', 'editor', 'oleh', 'kategori', 'sumber', 'tanggal'],
};
const META_LABEL = new RegExp(
  `(?:^|[\\s|·•–—-])(?:${Object.values(META_LABELS).flat().join('|')})\\s?[:：]`,
  'giu',
);

/** Two labelled fields in a line of at most 160 characters: the post's metadata, not its text. */
function isMetaLine(text: string): boolean {
  META_LABEL.lastIndex = 0;
  let labels = 0;
  while (META_LABEL.exec(text) !== null) if (++labels >= 2) return true;
  return false;
}

/** Calls to sign up or subscribe, anywhere in a short block: promos the CMS placed inside the article. */
export const PROMO_VOCABULARY: Readonly<Record<VocabularyLanguage, readonly string[]>> = {
  en: [
    // Specific enough that news about subscriptions ("users who subscribe to the service") stays.
    'sign up (?:for|to) (?:our|the|a|free)\\b[^.]{0,60}(?:newsletter|updates|alerts|emails?|briefing|digest)',
    'subscribe (?:to|for) (?:our|the)\\b[^.]{0,40}(?:newsletter|channel|podcast|updates)', 'subscribe now',
    'our newsletter', 'your inbox',
    'click here (?:to|for)',
    'follow (?:us|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?) on (?:instagram|facebook|twitter|x|youtube|telegram|tiktok)',
  ],
  ru: ['подписывайтесь', 'подпишитесь', 'наш канал', 'нашу рассылку'],
  uz: ["obuna bo['ʻ‘’`]?ling", 'kanalimizga', 'обуна бўлинг', 'каналимизга'],
  ko: ['구독하기', '뉴스레터'],
  de: ['newsletter abonnieren', 'jetzt abonnieren', 'unseren? newsletter', 'folgen sie uns'],
  fr: ['abonnez-vous', 'inscrivez-vous', 'notre newsletter', 'suivez-nous'],
  es: ['suscríbete', 'suscríbase', 'nuestro boletín', 'nuestra newsletter', 'síguenos'],
  pt: ['assine (?:a|nossa) newsletter', 'inscreva-se', 'nossa newsletter', 'siga-nos'],
  it: ['iscriviti', 'nostra newsletter', 'seguici su'],
  id: ['berlangganan', 'ikuti kami'],
};
const PROMO = new RegExp(Object.values(PROMO_VOCABULARY).flat().join('|'), 'iu');

export function isPromoText(text: string): boolean {
  return text.length < 250 && PROMO.test(text);
}
