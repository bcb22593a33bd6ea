/**
 * Error kinds of HTML main-text extraction found by comparing newsdrop with
 * Readability page by page, and by stripping the class names and semantic
 * tags from pages to see what the scoring leans on. Each fixture is written
 * for this test and stands for a kind, not for a site.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { isBylineText, isChromeLine, isOutboundLink, isPromoText, isReadAlsoText, siteOf } from '../../../lambdas/core/parse/boilerplate';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const html = (text: string) => parse(text, { fileName: 'page.html' });
const canonical = '<link rel="canonical" href="https://www.daily.example.com/city/tram-line">';

const P = [
  'The city council approved the new tram line on Tuesday, ending a debate that lasted almost three years.',
  'Construction is expected to begin in the spring, and the first trams should run along the river by 2027.',
  'Residents of the eastern districts, who now spend an hour on buses, welcomed the decision at the hearing.',
  'The council also asked the transport department to publish a timetable for the works before March.',
  'Critics said the budget of 400 million did not include the depot, which will be tendered separately.',
];
const article = (paragraphs = P) => paragraphs.map((p) => `<p>${p}</p>`).join('\n');

describe('a class name scales the text evidence, it never makes a candidate alone', () => {
  it('does not gather a header sibling whose only merit is a content-like class', () => {
    const body = `<div class="story-wrap">
      <div class="article-header"><h2 class="article-dek">Officials say the works will start in spring, but residents worry about noise</h2></div>
      <div class="article-body">${article()}</div></div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });

  it('still gathers a sibling section that has text of its own', () => {
    const body = `<div class="story-wrap">
      <div class="article-body">${article(P.slice(0, 3))}</div>
      <div class="article-body-more">${article(P.slice(3))}</div></div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });
});

describe('an article split into sections is read whole', () => {
  it('gathers a section whose paragraphs sit several wrappers deep, past an embed between them', () => {
    const section = (paragraphs: string[]) => `<div class="sec"><div class="cmp"><div class="inner">${article(paragraphs)}</div></div></div>`;
    const body = `<div class="wrap">${section(P.slice(0, 3))}<div class="embed"><div class="cmp"><iframe src="x"></iframe></div></div>
      ${section(P.slice(3))}</div><div class="tags"><a href="/t/1">Transport</a></div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });
});

describe('furniture beside the article is dropped however much text it holds', () => {
  it('drops a long comment thread that outweighs the article under a common wrapper', () => {
    const comments = Array.from({ length: 30 }, (_, i) =>
      `<div class="c-item"><div class="c-author"><a href="/u/${i}">reader${i}</a></div>` +
      `<div class="c-text"><p>I think this is a good idea, but the depot should come first. Number ${i}, honestly, is my view.</p></div></div>`).join('');
    const body = `<div class="main"><article><h1>Tram line approved</h1>${article()}</article>
      <section class="comments"><h3>Comments</h3>${comments}</section></div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });

  it('keeps a furniture-named box inside the article that holds most of its text', () => {
    const body = `<div class="story-body"><p>${P[0]}</p><div class="paywall">${article(P.slice(1))}</div></div><aside>Other news</aside>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });

  it('still keeps the article when its own wrapper has a furniture-like name', () => {
    const body = `<div class="layout-with-sidebar"><div class="col">${article()}</div></div><aside>Other news of the day</aside>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });
});

describe('the page\'s own markers decide only when they hold the article', () => {
  it('reads the whole article when itemprop=articleBody marks only its first paragraph', () => {
    const body = `<div class="story"><h1>Tram line approved</h1><p itemprop="articleBody">${P[0]}</p>${article(P.slice(1))}</div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });

  it('takes itemprop=articleBody when it holds the article the scoring split', () => {
    const body = `<div itemprop="articleBody"><div class="part">${article(P.slice(0, 3))}</div>
      <div class="part-b"><div class="inner">${article(P.slice(3))}</div></div></div><div class="teasers"><p>Short summary of another story.</p></div>`;
    expect(html(page(body)).paragraphs).toEqual(P);
  });
});

describe('a lone link to another site is a citation, a lone link of this site is navigation', () => {
  it('keeps source links and reference URLs the article gives, drops share buttons, own teasers and other sites\' headlines', () => {
    const body = `<article><h1>Tram line approved</h1>
      <p>${P[0]}</p><p><a href="https://transit-weekly.example.net/2024/tram">[Transit Weekly]</a></p>
      <p>${P[1]}</p><p><a href="https://www.daily.example.com/city/bus-fares">Bus fares rise in autumn</a></p>
      <p>${P[2]}</p><p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></p>
      <p>${P[3]}</p><p><a href="/city/depot">The depot question</a></p>
      <p><a href="https://sister-paper.example.net/region/flood">Flood defences on the river will be raised before winter</a></p>
      <p>${P[4]}</p>
      <p><a href="http://archive.example.org/council/minutes-2024-06.pdf">http://archive.example.org/council/minutes-2024-06.pdf</a></p></article>`;
    expect(html(page(body, canonical)).paragraphs).toEqual([
      P[0], '[Transit Weekly]', P[1], P[2], P[3], P[4], 'http://archive.example.org/council/minutes-2024-06.pdf',
    ]);
  });

  it('judges links by site, so the page host and its other subdomains are not outbound', () => {
    expect(isOutboundLink('https://other.example.net/a', 'daily.example.com')).toBe(true);
    expect(isOutboundLink('//other.example.net/a', 'daily.example.com')).toBe(true);
    expect(isOutboundLink('https://sport.daily.example.com/a', 'daily.example.com')).toBe(false);
    expect(isOutboundLink('https://twitter.com/intent/tweet?url=x', 'daily.example.com')).toBe(false);
    expect(isOutboundLink('/relative/path', 'daily.example.com')).toBe(false);
    expect(isOutboundLink('https://other.example.net/a', undefined)).toBe(false);
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('www.example.com')).toBe('example.com');
  });
});

describe('boilerplate lines by kind beyond en/ru/uz/ko', () => {
  const furniture: [string, string][] = [
    ['de read-also', 'Lesen Sie auch: Neue Buslinien im Osten'],
    ['de credit', 'Foto: Stadtverwaltung'],
    ['de ad label', 'Anzeige'],
    ['fr read-also', 'Lire aussi : le dépôt des tramways reporté'],
    ['fr credit with a spaced colon', 'Photo : service de presse de la mairie'],
    ['es read-also', 'Lee también: suben las tarifas del autobús'],
    ['pt read-also', 'Leia também: tarifas de ônibus sobem'],
    ['it read-also', 'Leggi anche: aumentano le tariffe degli autobus'],
    ['id read-also', 'Baca juga: Tarif bus naik pada musim gugur'],
    ['it copyright', 'Riproduzione riservata'],
  ];
  it.each(furniture)('drops a %s line', (_kind, line) => {
    expect(isReadAlsoText(line) || isChromeLine(line)).toBe(true);
  });

  it.each([
    ['de gallery control', 'Schließen'], ['fr gallery control', 'Suivant'], ['es comments link', '12 comentarios'],
    ['pt gallery control', 'Fechar'], ['id comments link', 'Komentar'], ['de gallery counter', 'Bild 3 von 12'],
  ])('drops a %s', (_kind, line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    ['de', 'Von Anna Beispiel'], ['fr', 'Par Anne Exemple'], ['es', 'Por Ana Ejemplo'], ['pt', 'Publicado por: Ana Exemplo'],
    ['it', 'Autore: Anna Esempio'], ['id', 'Penulis: Ani Contoh'],
  ])('drops a %s byline', (_language, line) => {
    expect(isBylineText(line)).toBe(true);
  });

  it('reads a stamp in another language only with a date after it', () => {
    expect(isBylineText('Stand: 14.06.2024, 10:15 Uhr')).toBe(true);
    expect(isBylineText('Publié le mardi 14 juin 2024')).toBe(true);
    expect(isBylineText('Atualizado em 14/06/2024 10h15')).toBe(true);
    expect(isBylineText('Stand der Technik')).toBe(false);
    expect(isBylineText('Publicado el nuevo reglamento')).toBe(false);
  });

  it('drops the metadata line a CMS prints, whatever opens it', () => {
    expect(isBylineText('05/10/2018 - Publicado por: Ana Exemplo - Categoria: Cidade - Tags: bonde obras')).toBe(true);
    expect(isBylineText('June 14, 2024 | Posted by: Anna Example | Category: City')).toBe(true);
    expect(isBylineText('14.06.2024 · Autor: Anna Beispiel · Kategorie: Stadt')).toBe(true);
  });

  it.each([
    ['en', 'Let our news meet your inbox, every weekday morning.'],
    ['de', 'Jetzt abonnieren und keine Nachricht verpassen'],
    ['fr', 'Abonnez-vous à notre lettre quotidienne'],
    ['es', 'Suscríbete a nuestro boletín'],
    ['it', 'Iscriviti alla nostra newsletter'],
    ['id', 'Ikuti kami di media sosial'],
  ])('drops a %s sign-up call', (_language, line) => {
    expect(isPromoText(line)).toBe(true);
  });

  it('keeps sentences that open with the same words', () => {
    const news = [
      'Von Berlin nach Hamburg fahren die Züge jetzt stündlich.',
      'Por outro lado, a prefeitura prometeu novas linhas até 2027.',
      'Anzeige gegen den Bauträger wurde am Montag erstattet, sagte die Polizei.',
      'Source: the council said the depot would be tendered in May.',
      'Publicado el informe, la oposición pidió nuevas audiencias.',
    ];
    const parsed = html(page(`<article>${article()}${news.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(parsed.paragraphs).toEqual([...P, ...news]);
  });

  it('drops such lines inside a page in another language', () => {
    const pt = [
      'A câmara municipal aprovou a nova linha de bonde na terça-feira, encerrando um debate de três anos.',
      'As obras devem começar na primavera, e os primeiros bondes devem circular junto ao rio até 2027.',
      'Os moradores dos bairros do leste, que hoje passam uma hora nos ônibus, comemoraram a decisão.',
    ];
    const body = `<article><h1>Linha de bonde aprovada</h1>
      <p>05/10/2018 - Publicado por: Ana Exemplo - Categoria: Cidade - Tags: bonde obras</p>
      <p>${pt[0]}</p><p>Leia também: tarifas de ônibus sobem</p><p>${pt[1]}</p>
      <p>Foto: Assessoria de imprensa</p><p>${pt[2]}</p><p>Compartilhe</p></article>`;
    expect(html(page(body)).paragraphs).toEqual(pt);
  });
});

describe('attribution of a republished article stays with it', () => {
  it('keeps the "originally published" line annotators count as the article', () => {
    const credit = 'This article was originally published by Transit Weekly. Read the original article.';
    const parsed = html(page(`<article>${article()}<p>${credit}</p></article>`));
    expect(parsed.paragraphs).toEqual([...P, credit]);
  });
});
