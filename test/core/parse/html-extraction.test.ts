/**
 * One fixture per failure class of HTML main-text extraction (issue 9), each
 * written for this test: the article must survive wrappers whose names look
 * like furniture, win over empty or teaser containers, lose its captions,
 * gallery chrome, bylines and promos, and keep link-rich prose and every
 * section.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { guardMarkup, MAX_DEPTH } from '../../../lambdas/core/parse/html/guard';
import { MAX_ELEMENTS } from '../../../lambdas/core/parse/html/dom';
import { expectWellFormed } from './helpers';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const html = (text: string) => parse(text, { fileName: 'page.html' });

const P = [
  'The city council approved the new tram line on Tuesday, ending a debate that lasted almost three years.',
  'Construction is expected to begin in the spring, and the first trams should run along the river by 2027.',
  'Residents of the eastern districts, who now spend an hour on buses, welcomed the decision at the hearing.',
  'The council also asked the transport department to publish a timetable for the works before March.',
  'Critics said the budget of 400 million did not include the depot, which will be tendered separately.',
];
const article = (paragraphs = P) => paragraphs.map((p) => `<p>${p}</p>`).join('\n');
const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/n/${i}">Another headline about a different story number ${i}</a></li>`).join('');

describe('html extraction: a furniture-like name never vetoes the article', () => {
  it.each([
    ['an ad-margins wrapper', `<div class="Page-ad-margins"><div class="story">${article()}</div></div>`],
    ['a sidebar-named layout column', `<div class="site_sidebar-layout"><div>${article()}</div></div><aside><ul>${teasers}</ul></aside>`],
    ['a widget wrapper', `<div id="widget-area-2"><section>${article()}</section></div>`],
    ['a form around the whole page', `<form id="aspnetForm"><nav><ul>${teasers}</ul></nav><div>${article()}</div></form>`],
    ['a utility-class section', `<div class="story"><div class="overflow-hidden relative">${article(P.slice(0, 2))}</div>${article(P.slice(2))}</div>`],
    ['a role=complementary wrapper', `<div role="complementary"><div class="text">${article()}</div></div>`],
  ])('keeps the body inside %s', (_name, body) => {
    const parsed = html(page(`<h1>Tram line approved</h1>${body}`, '<title>Tram line approved</title>'));
    expectWellFormed(parsed);
    expect(parsed.paragraphs).toEqual(P);
  });
});

describe('html extraction: the right root', () => {
  it('skips an empty first <main> for the article after it', () => {
    const parsed = html(page(`<main class="top"></main><div class="wrap"><h1>Tram line approved</h1>${article()}</div>`));
    expect(parsed.paragraphs).toEqual(P);
  });

  it('prefers the article over a teaser list with more links and longer total text', () => {
    const longTeasers = Array.from({ length: 20 }, (_, i) =>
      `<div class="card"><a href="/s/${i}">A long teaser headline that points readers to another story, number ${i}</a></div>`).join('');
    const parsed = html(page(`<div class="list">${longTeasers}</div><div class="body">${article()}</div>`));
    expect(parsed.paragraphs).toEqual(P);
  });

  it('gathers sibling sections of a multi-section article', () => {
    const sections = `<div class="section"><h2>The route</h2>${article(P.slice(0, 2))}</div>
      <div class="section"><h2>The cost</h2>${article(P.slice(2, 4))}</div>
      <div class="section"><h2>What comes next</h2>${article(P.slice(4))}</div>`;
    const parsed = html(page(`<div class="story">${sections}</div><footer>Contact the newsroom</footer>`));
    expect(parsed.paragraphs).toEqual(['The route', P[0], P[1], 'The cost', P[2], P[3], 'What comes next', P[4]]);
  });

  it('falls back to the semantic root when every line is short, never to the headline alone', () => {
    const parsed = html(page('<article><h1>Short note</h1><p>Trams: yes.</p><p>Depot: later.</p></article>', '<title>Short note</title>'));
    expect(parsed.paragraphs).toEqual(['Trams: yes.', 'Depot: later.']);
  });

  it('falls back to the next candidate when the best one yields nothing after cleaning', () => {
    const promo = '<p>Sign up for our newsletter, and get the news, the offers, and more, every single morning.</p>'.repeat(4);
    const parsed = html(page(`<div class="box">${promo}</div><article><h1>Depot later</h1><p>The depot will be tendered in May.</p></article>`,
      '<title>Depot later</title>'));
    expect(parsed.paragraphs).toEqual(['The depot will be tendered in May.']);
  });

  it('uses JSON-LD articleBody when the markup hides the text from the walker', () => {
    const linked = JSON.stringify({ '@type': 'NewsArticle', headline: 'Tram line approved', articleBody: P.join('\n') });
    const body = `<div class="teasers"><p>${'A short summary line for the front page of the site, with a comma, and more. '.repeat(2)}</p></div>
      <div class="app-root" data-state="loading"></div>`;
    const parsed = html(page(body, `<script type="application/ld+json">${linked}</script>`));
    expect(parsed.paragraphs).toEqual(P);
  });
});

describe('html extraction: furniture inside the article is dropped', () => {
  it('drops captions, credits and gallery chrome', () => {
    const body = `<article><h1>Tram line approved</h1>
      <figure><img src="a.jpg"><figcaption>Photo: the new tram at the depot. (Archive)</figcaption></figure>
      <div class="gallery"><span>Close</span><span>Back to Gallery</span><p>Image 1 of 12</p></div>
      ${article(P.slice(0, 3))}
      <p>Photo: Council press office</p>
      <p>https://news.example.org/city/2024/06/tram-line-approved-after-three-years</p>
      <div class="image-caption">A tram on the river embankment in a rendering.</div>
      ${article(P.slice(3))}
      <p>Close</p><p>https://records.example.com/council/minutes-2024-06</p></article>`;
    // The page's own URL is chrome; a URL of another site is a citation and stays.
    const parsed = html(page(body, '<link rel="canonical" href="https://www.news.example.org/city/tram">'));
    expect(parsed.paragraphs).toEqual([...P, 'https://records.example.com/council/minutes-2024-06']);
  });

  it('drops bylines, teasers, read-also boxes and promos', () => {
    const body = `<article><h1>Tram line approved</h1><div class="byline">By Anna Example, City Desk</div>
      ${article(P.slice(0, 2))}
      <div class="related-stories"><h3>More on transport</h3><ul>${teasers}</ul></div>
      <p>Read also: <a href="/x">Bus fares rise in autumn</a></p>
      ${article(P.slice(2))}
      <p>Sign up for our morning newsletter to get the city news first.</p>
      <p>By Anna Example</p><p>Updated at 1:23 p.m.</p>
      <p>[button link="https://news.example.org/tips" type="big"] Send us your tips[/button]</p>
      <p>Click here for more information.</p><p>Comments</p>
      <p><a href="/full">To read the full story, subscribe</a></p>
      <div class="share-tools"><a>Facebook</a> <a>Twitter</a></div>
      <p>Filed under: City, Transport</p><h3>More stories</h3><ul class="list">${teasers}</ul></article>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });

  it('keeps short sentences that merely look like a byline or a promo', () => {
    const news = [
      'By Friday the council must decide.',
      'Riders who subscribe to the monthly pass will pay less, and students can sign up for a discount.',
      'Recommended speeds on the bridge will drop to 30 km/h during the works.',
      'Copyright rules for the tram design are still being negotiated with the architects.',
      'Реклама на остановках будет запрещена после открытия линии.',
    ];
    const parsed = html(page(`<article>${article()}${news.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(parsed.paragraphs).toEqual([...P, ...news]);
  });

  it('drops boilerplate lines in Russian, Uzbek and Korean', () => {
    const body = `<article><p>Городской совет утвердил новую трамвайную линию, завершив спор, длившийся три года.</p>
      <p>Читайте также: трамваи вернутся на набережную</p><p>Подписывайтесь на наш канал, чтобы не пропустить новости.</p>
      <p>Shuningdek oʻqing: avtobus narxlari oshdi</p><p>관련기사 다른 기사 제목</p><p>Реклама</p>
      <p>Строительство начнётся весной, а первые трамваи пойдут по набережной к 2027 году.</p></article>`;
    expect(html(page(body)).paragraphs).toEqual([
      'Городской совет утвердил новую трамвайную линию, завершив спор, длившийся три года.',
      'Строительство начнётся весной, а первые трамваи пойдут по набережной к 2027 году.',
    ]);
  });

  it('keeps link-rich prose and an inline card inside a sentence', () => {
    const linked = `<p><a href="/a">The council</a> voted <a href="/b">after the hearing</a>, citing <a href="/c">the transport plan</a> and <a href="/d">the study of the eastern districts</a>.</p>`;
    const card = `<p>Residents spoke at the meeting <span class="card"><a href="/p">A profile of the resident group and its three-year campaign for a better tram route</a> <a>MORE</a></span> and the members of the council listened to every one of them, which took most of the afternoon.</p>`;
    const parsed = html(page(`<article>${article(P.slice(0, 3))}${linked}${card}</article>`));
    expect(parsed.body).toContain('The council voted after the hearing, citing the transport plan');
    expect(parsed.body).toContain('and the members of the council listened to every one of them');
  });
});

describe('html extraction: metadata', () => {
  const body = `<article><h1>Tram line approved</h1>${article()}</article>`;

  it('reads dates from JSON-LD first and says so, with the modified date and author', () => {
    const linked = JSON.stringify({
      '@type': 'NewsArticle', datePublished: '2024-06-14T08:00:00Z', dateModified: '2024-06-15T10:30:00Z',
      author: { '@type': 'Person', name: 'Anna Example' }, inLanguage: 'en-GB',
    });
    const parsed = html(page(body, `<meta property="article:published_time" content="2024-06-01"><script type="application/ld+json">${linked}</script>`));
    expect(parsed.publishedAt).toBe('2024-06-14T08:00:00.000Z');
    expect(parsed.publishedSource).toBe('json-ld');
    expect(parsed.modifiedAt).toBe('2024-06-15T10:30:00.000Z');
    expect(parsed.author).toBe('Anna Example');
    expect(parsed.declaredLanguage).toBe('en-GB');
  });

  it('reads <meta> dates and the canonical URL, site name and html lang', () => {
    const parsed = html(page(body, `<meta property="article:published_time" content="2024-06-01"><meta property="article:modified_time" content="2024-06-02">
      <link rel="canonical" href="https://news.example.org/tram"><meta property="og:site_name" content="City News">`).replace('<html>', '<html lang="en">'));
    expect(parsed).toMatchObject({
      publishedAt: '2024-06-01', publishedSource: 'meta', modifiedAt: '2024-06-02', url: 'https://news.example.org/tram',
      sourceName: 'City News', declaredLanguage: 'en',
    });
  });

  it('resolves a yearless dateline against the upload time, never into the future', () => {
    const text = page(`<article><p>RIVERTON, June 14 — ${P[0]}</p>${article(P.slice(1))}</article>`);
    const june = parse(text, { fileName: 'p.html', referenceTime: new Date('2025-06-20T00:00:00Z') });
    expect(june.publishedAt).toBe('2025-06-14');
    expect(june.publishedSource).toBe('dateline');
    const january = parse(text, { fileName: 'p.html', referenceTime: new Date('2026-01-05T00:00:00Z') });
    expect(january.publishedAt).toBe('2025-06-14');
  });

  it('reads a full date from the line above the article', () => {
    const parsed = html(page(`<div class="head"><h1>Tram line approved</h1><div class="when">14.06.2024 10:15</div></div><div class="text">${article()}</div>`));
    expect(parsed.publishedAt).toBe('2024-06-14');
    expect(parsed.publishedSource).toBe('text');
  });

  it('takes the author from the byline the page prints when no metadata names one', () => {
    const parsed = html(page(`<article><h1>Tram line approved</h1><div class="article-byline">By Anna Example</div>${article()}</article>`));
    expect(parsed.author).toBe('Anna Example');
    expect(parsed.body).not.toContain('Anna Example');
  });

  it('leaves an undated article without a date rather than inventing one', () => {
    const parsed = html(page(body));
    expect(parsed.publishedAt).toBeUndefined();
    expect(parsed.publishedSource).toBeUndefined();
  });
});

describe('html extraction: hostile markup', () => {
  it('caps nesting before parsing, keeping the text', () => {
    const deep = '<div>'.repeat(200_000) + `<p>${P[0]}</p>` + '</div>'.repeat(200_000);
    const guarded = guardMarkup(deep);
    expect((guarded.match(/<div>/g) ?? []).length).toBe(MAX_DEPTH);
    expect(html(page(deep)).paragraphs).toEqual([P[0]]);
  });

  it('returns ordinary markup untouched', () => {
    const text = page(`<article>${article()}</article>`, '<title>Tram line approved</title>');
    expect(guardMarkup(text)).toBe(text);
  });

  it('closes an unclosed <title> before the markup it would swallow', () => {
    const parsed = html(`<html><head><title>Tram line approved</head><body><article>${article()}</article></body></html>`);
    expect(parsed.title).toBe('Tram line approved');
    expect(parsed.paragraphs).toEqual(P);
  });

  it('never puts markup into a title', () => {
    const parsed = html(page(`<article>${article()}</article>`, '<meta property="og:title" content="Tram &lt;b&gt;line&lt;/b&gt; approved">'));
    expect(parsed.title).toBe('Tram line approved');
  });
});

describe('pages with more elements than any real page', () => {
  it('reads the first MAX_ELEMENTS elements and says the rest was left out', () => {
    const html = `<html><head><title>Grid story</title></head><body><article><p>The operator signed the grid contract on Monday.</p>${'<p>x '.repeat(MAX_ELEMENTS + 5_000)}</article></body></html>`;
    const article = parse(html, { fileName: 'many.html' });
    expect(article.title).toBe('Grid story');
    expect(article.body).toContain('The operator signed the grid contract on Monday.');
    expect(article.paragraphs.length).toBeLessThan(MAX_ELEMENTS);
    expect(article.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'MARKUP_TRUNCATED' })]));
  });

  it('leaves an ordinary page whole, without a warning', () => {
    const article = parse('<html><body><article><p>The operator signed the grid contract on Monday.</p><p>Work starts in May.</p></article></body></html>', { fileName: 'ok.html' });
    expect(article.paragraphs).toHaveLength(2);
    expect(article.warnings ?? []).toEqual([]);
  });
});
