import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { expectWellFormed, parseFixture } from './helpers';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const LONG = 'The delegation visited the new textile plant, where officials described the expansion plans in detail.';

describe('html: the news-page fixture', () => {
  const article = parseFixture('news-page.html');

  it('keeps the article text', () => {
    expectWellFormed(article);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^TASHKENT, June 15 – The state geology committee/);
    expect(article.body).toContain('deep processing of tungsten concentrate');
    // Entities decoded.
    expect(article.body).toContain('“We want the raw materials processed here, not shipped as ore,”');
    expect(article.body).toContain('the country & its mining regions');
  });

  it('drops menus, sidebars, read-also boxes, share, tags, comments, ads, cookie and footer text, scripts', () => {
    for (const boilerplate of [
      'Weather forecast', 'Horoscope', 'Politics', 'Home', // nav + breadcrumbs
      'cookies', 'Share on', 'Read also', 'metro', 'Pakhtakor', // cookie banner, share, read-also
      'Читайте также', 'Курс сума', 'Tags', 'Comments', 'Hope the jobs', // inline read-also, tags, comments
      'Most popular', 'plov', 'Advertisement', 'Chilanzar', 'newsletter', // sidebar, ad, subscribe
      'All rights reserved', 'Contacts', 'trackPageView', 'dataLayer', 'font-family', // footer, script, style
      'By Timur Rashidov',
    ]) {
      expect(article.body, boilerplate).not.toContain(boilerplate);
    }
  });

  it('reads title, date, author, site and canonical URL', () => {
    expect(article.title).toBe('Uzbekistan and Korea launch lithium and tungsten exploration venture');
    expect(article.publishedAt).toBe('2024-06-15T02:45:00.000Z');
    expect(article.author).toBe('Timur Rashidov');
    expect(article.sourceName).toBe('Central Asia Ledger');
    expect(article.url).toBe('https://ledger.example.com/business/2024/06/15/lithium-venture');
    expect(article.dateline).toBe('TASHKENT, June 15');
    expect(article.language).toBe('en');
    expect(article.mediaType).toBe('text/html');
  });
});

describe('html: extraction rules', () => {
  it('without semantic markup, picks the densest text block over link lists', () => {
    const html = page(
      `<div id="top"><ul><li><a href="/1">World news today</a></li><li><a href="/2">Sports results</a></li><li><a href="/3">Culture and arts</a></li></ul></div>
       <div id="wrap"><div class="col"><p>${LONG}</p><p>${LONG} Second.</p><p>${LONG} Third.</p></div>
       <div class="col2"><p><a href="/x">Teaser linking to another story entirely</a></p></div></div>`,
      '<title>Textile plant opens - Fergana Daily</title>',
    );
    const article = parse(html, { fileName: 'p.html' });
    expect(article.paragraphs).toEqual([LONG, `${LONG} Second.`, `${LONG} Third.`]);
    expect(article.title).toBe('Textile plant opens - Fergana Daily');
  });

  it('prefers itemprop=articleBody, then the <article> with the most text', () => {
    const html = page(
      `<article><p>Short teaser about something else.</p></article>
       <article><h1>Main story</h1><p>${LONG}</p><p>${LONG} Again.</p></article>`,
    );
    const article = parse(html, { fileName: 'p.html' });
    expect(article.title).toBe('Main story');
    expect(article.paragraphs).toEqual([LONG, `${LONG} Again.`]);

    const withBody = page(`<div itemprop="articleBody"><p>Only this text counts.</p></div><div><p>${LONG}</p></div>`);
    expect(parse(withBody, { fileName: 'p.html' }).paragraphs).toEqual(['Only this text counts.']);
  });

  it('drops boilerplate by class, id, role and hidden attributes, but keeps content wrappers', () => {
    const html = page(
      `<main><div class="layout-with-sidebar article-content"><p>${LONG}</p>
       <div class="related-articles"><p>Related story text</p></div>
       <div id="social-share">Share text</div><div role="complementary">Aside text</div>
       <div class="ad-slot">Ad text</div><div hidden>Hidden text</div><div style="display: none">Invisible</div>
       <div class="shuningdek">Shuningdek oʻqing: boshqa yangilik</div>
       <p>관련기사: 다른 기사</p>
       <div class="header-note"><p>Header note stays: only the "head" prefix.</p></div></div></main>`,
    );
    const article = parse(html, { fileName: 'p.html' });
    expect(article.paragraphs).toEqual([LONG, 'Header note stays: only the "head" prefix.']);
  });

  it('makes paragraphs of block elements and of double <br>', () => {
    const html = page(`<article><div>First block<br>still first</div><p>Second<br><br>Third</p><ul><li>Item one</li><li>Item two</li></ul></article>`);
    expect(parse(html, { fileName: 'p.html' }).paragraphs).toEqual([
      'First block still first', 'Second', 'Third', 'Item one', 'Item two',
    ]);
  });

  it('strips a " | Site" suffix from <title>, and falls back to the first h1', () => {
    const withSuffix = page(`<article><p>${LONG}</p></article>`, '<title>Cotton harvest begins | Farm Weekly</title>');
    expect(parse(withSuffix, { fileName: 'p.html' }).title).toBe('Cotton harvest begins');
    const namedSite = page(`<article><p>${LONG}</p></article>`,
      '<title>Tashkent – Seoul flights resume – Sky News UZ</title><meta property="og:site_name" content="Sky News UZ">');
    expect(parse(namedSite, { fileName: 'p.html' }).title).toBe('Tashkent – Seoul flights resume');
    const h1Only = page(`<article><h1>From the heading</h1><p>${LONG}</p></article>`);
    expect(parse(h1Only, { fileName: 'p.html' }).title).toBe('From the heading');
  });

  it.each([
    ['<meta name="pubdate" content="2024-03-01">', '2024-03-01'],
    ['<meta itemprop="datePublished" content="2024-03-01T10:00:00Z">', '2024-03-01T10:00:00.000Z'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-01"}]}</script>', '2024-03-01'],
  ])('reads the published date from %s', (head, iso) => {
    expect(parse(page(`<article><p>${LONG}</p></article>`, head), { fileName: 'p.html' }).publishedAt).toBe(iso);
  });

  it('reads the date from a <time> element in the article', () => {
    const html = page(`<article><time datetime="2024-03-02">2 March</time><p>${LONG}</p></article>`);
    expect(parse(html, { fileName: 'p.html' }).publishedAt).toBe('2024-03-02');
  });

  it('survives broken markup, unknown entities and very deep nesting', () => {
    const deep = '<div>'.repeat(12_000) + `<p>${LONG}</p>` + '</div>'.repeat(12_000);
    expect(parse(page(deep), { fileName: 'p.html' }).paragraphs).toEqual([LONG]);
    const broken = '<html><body><p>Unclosed &zzunknown; <b>bold <i>text</p><p>Next &amp; last';
    expect(parse(broken, { fileName: 'p.html' }).paragraphs).toEqual(['Unclosed &zzunknown; bold text', 'Next & last']);
  });

  it('NO_TEXT when a page is all boilerplate', () => {
    expect(() => parse(page('<nav><a>Home</a></nav><script>var a = 1;</script>'), { fileName: 'p.html' })).toThrow(
      expect.objectContaining({ code: 'NO_TEXT' }),
    );
  });
});

describe('html: hostile input', () => {
  it('bounds work on huge JSON-LD arrays', () => {
    const html = `<html><head><script type="application/ld+json">[${'{"@type":"NewsArticle"},'.repeat(150_000)}1]</script></head><body><article><p>${LONG}</p></article></body></html>`;
    expect(parse(html, { fileName: 'p.html' }).paragraphs).toEqual([LONG]);
  });
});

describe('html: Korean and Russian layouts', () => {
  it('drops 관련기사 boxes and copyright lines inside the article body', () => {
    const html = `<html><head><meta property="og:title" content="삼성, 타슈켄트에 가전 공장"></head><body>
      <div class="gnb"><a>정치</a><a>경제</a></div>
      <div id="articleBody"><p>삼성전자가 타슈켄트에 가전제품 공장을 세운다고 밝혔다.</p>
      <div class="box"><strong>관련기사</strong><ul><li><a>LG, 우즈벡 진출 확대</a></li></ul></div>
      <p>무단전재 및 재배포 금지</p></div></body></html>`;
    const article = parse(html, { fileName: 'k.html' });
    expect(article.paragraphs).toEqual(['삼성전자가 타슈켄트에 가전제품 공장을 세운다고 밝혔다.']);
    expect(article.language).toBe('ko');
  });

  it('reads table layouts with <br><br> paragraphs and a dated line, dropping side columns', () => {
    const html = `<html><head><title>Узбекистан увеличит добычу меди - Новости Востока</title></head><body>
      <table><tr><td class="left"><a href="/1">Курсы валют</a><br><a href="/2">Погода в Ташкенте</a></td>
      <td><h1>Узбекистан увеличит добычу меди</h1><div>14.06.2024 10:15</div>
      <div>ТАШКЕНТ, 14 июня — Комбинат к 2030 году удвоит выпуск меди, сообщили в министерстве.<br><br>Проект стоит 5 млрд долларов.<br><br><b>Читайте также:</b> <a href="/x">Цены на хлопок выросли</a><br><br>На комбинате создадут 7 тысяч рабочих мест.</div></td>
      <td class="right"><h3>Популярное</h3><a href="/q">Новый рейс в Сеул открыт сегодня</a></td></tr></table>
      <div>© 2024 Новости Востока.</div></body></html>`;
    const article = parse(html, { fileName: 'r.html' });
    expect(article.title).toBe('Узбекистан увеличит добычу меди');
    expect(article.publishedAt).toBe('2024-06-14');
    expect(article.dateline).toBe('ТАШКЕНТ, 14 июня');
    expect(article.paragraphs).toEqual([
      'ТАШКЕНТ, 14 июня — Комбинат к 2030 году удвоит выпуск меди, сообщили в министерстве.',
      'Проект стоит 5 млрд долларов.',
      'На комбинате создадут 7 тысяч рабочих мест.',
    ]);
  });
});
