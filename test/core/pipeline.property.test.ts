/**
 * Whatever bytes arrive, decode → parse (→ classify) either returns a
 * well-formed Article or throws an ArticleError: never a TypeError,
 * RangeError or stack overflow that would send a message round the retry loop.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../lambdas/core/decode';
import { parse } from '../../lambdas/core/parse';
import { ArticleError, type Article } from '../../lambdas/core/types';

const FILE_NAMES = ['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm', 'f.json', 'incoming/src/g', 'h.pdf'];
const MEDIA_TYPES = [undefined, 'text/plain', 'text/html; charset=utf-8', 'application/json', 'binary/octet-stream'];

// Pieces that steer random input into every branch: markup, JSON, dates, datelines, BOMs, magic numbers.
const TEXT_FRAGMENTS = [
  '<html>', '<body>', '<article>', '</article>', '<p>', '</p>', '<br>', '<nav>', '<div class="sidebar">', '</div>',
  '<script>var x=1</script>', '<meta property="og:title" content="T">', '<title>A | B</title>', '<time datetime="2024-06-14">',
  '&amp;', '&#x41;', '&bogus;', '<!--', '-->', '{', '}', '[', ']', '"title":', '"body":', '"html":', '"publishedAt":',
  '"language":', '"2024-02-30"', '"uz"', 'null', ',', ':', '---\ntitle: X\ndate: 2024-06-14\n---\n', '# ', '## ', '```',
  '![img](x)', '[link](y)', '**', '_', '\n', '\n\n', '\r\n', ' ', '\t', '\u200B', '\uFEFF', '\u0000', 'TASHKENT, June 14 – ',
  'ТАШКЕНТ, 14 июня — ', 'By Jane Roe', '14.06.2024', '31.02.2024', '2024년 6월 14일', 'Oʻzbekiston va ', 'Ўзбекистон ва ',
  '반도체 ', 'Samsung ', 'медь ', 'word', '.', '!', '–', '|',
];
const BYTE_FRAGMENTS: Uint8Array[] = [
  [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x00], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46, 0x2d], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0xc0, 0xe1, 0xe2], [0x80, 0x81], [0x20, 0x0a],
].map((bytes) => new Uint8Array(bytes));

const fragmentText = fc.array(fc.constantFrom(...TEXT_FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fragmentText);
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  anyText.map((text) => new TextEncoder().encode(text)),
  fc
    .array(fc.oneof(fc.constantFrom(...BYTE_FRAGMENTS), fragmentText.map((t) => new TextEncoder().encode(t))), { maxLength: 12 })
    .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part]))),
);
const options = fc.record({
  fileName: fc.constantFrom(...FILE_NAMES),
  mediaType: fc.constantFrom(...MEDIA_TYPES),
});

function expectOnlyArticleErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
  }
}

function expectWellFormed(article: Article): void {
  expect(article.title.length).toBeGreaterThan(0);
  expect(article.paragraphs.length).toBeGreaterThan(0);
  expect(article.paragraphs.every((p) => p.length > 0 && p === p.trim())).toBe(true);
  expect(article.body).toBe(article.paragraphs.join('\n\n'));
  expect(article.wordCount).toBeGreaterThan(0);
  expect(article.contentHash).toBe(createHash('sha256').update(article.body).digest('hex'));
  if (article.publishedAt !== undefined) expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
}

function withMediaType(opts: { fileName: string; mediaType: string | undefined }) {
  return opts.mediaType === undefined ? { fileName: opts.fileName } : { fileName: opts.fileName, mediaType: opts.mediaType };
}

describe('decode + parse never throw anything but ArticleError', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(anyBytes, options, (bytes, opts) => {
        expectOnlyArticleErrors(() => {
          const { text } = decode(bytes, { fileName: opts.fileName });
          expectWellFormed(parse(text, withMediaType(opts)));
        });
      }),
      { numRuns: 600 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        expectOnlyArticleErrors(() => expectWellFormed(parse(text, withMediaType(opts))));
      }),
      { numRuns: 600 },
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.option(anyText, { nil: undefined }), (value, title) => {
        const document = title !== undefined && value && typeof value === 'object' && !Array.isArray(value) ? { ...value, title } : value;
        expectOnlyArticleErrors(() => expectWellFormed(parse(JSON.stringify(document), { fileName: 'x.json' })));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyze (decode → parse → classify) never throws anything but ArticleError', () => {
  it('on arbitrary bytes and strings', async () => {
    // Imported here so the decode/parse properties above stand on their own.
    const { analyze } = await import('../../lambdas/core/analyze');
    const input = fc.oneof(anyBytes, anyText.map((text) => new TextEncoder().encode(text)));
    fc.assert(
      fc.property(input, options, (bytes, opts) => {
        expectOnlyArticleErrors(() => {
          const analysis = analyze(bytes, withMediaType(opts));
          expectWellFormed(analysis.article);
          expect(Array.isArray(analysis.topics)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });
});
