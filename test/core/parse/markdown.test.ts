import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { expectWellFormed, parseFixture } from './helpers';

describe('markdown', () => {
  it('reads the briefing fixture: front matter, stripped markup, no code or comments', () => {
    const article = parseFixture('briefing.md');
    expectWellFormed(article);
    expect(article.title).toBe('Weekly briefing: Tashkent IT Park signs outsourcing deals with Korean firms');
    expect(article.publishedAt).toBe('2024-07-02');
    expect(article.author).toBe('Newsdrop Desk');
    expect(article.sourceName).toBe('Newsdrop Briefings');
    expect(article.dateline).toBe('TASHKENT, July 2');
    expect(article.mediaType).toBe('text/markdown');
    expect(article.paragraphs[0]).toBe(
      'TASHKENT, July 2 – Three Korean software companies agreed this week to open business process outsourcing centres at IT Park Uzbekistan, hiring about 1,200 graduates over two years.',
    );
    expect(article.paragraphs).toContain('An artificial intelligence lab training local engineers in computer vision.');
    expect(article.paragraphs).toContain(
      '"Uzbek engineers already work on our e-government products," a company executive said at the signing.',
    );
    // The title heading is not repeated in the body.
    expect(article.paragraphs).not.toContain(article.title);
    for (const leftover of ['editor: check', 'internal-id', 'https://', 'photo.jpg', '**', '![', '](', '---']) {
      expect(article.body).not.toContain(leftover);
    }
  });

  it('takes the title from the first # heading without front matter', () => {
    const article = parse('Intro line\n\n# The real headline\n\nBody with `code` and __bold__ and _emphasis_.', {
      fileName: 'n.md',
    });
    expect(article.title).toBe('The real headline');
    expect(article.paragraphs).toEqual(['Intro line', 'Body with code and bold and emphasis.']);
  });

  it('falls back to the first line, and reads setext headings', () => {
    expect(parse('Plain first line\n\nBody.', { fileName: 'n.md' }).title).toBe('Plain first line');
    const setext = parse('Headline\n========\n\nBody text.', { fileName: 'n.markdown' });
    expect(setext.title).toBe('Headline');
    expect(setext.paragraphs).toEqual(['Body text.']);
  });

  it('keeps snake_case words and reference-link text intact', () => {
    const article = parse('# T\n\nThe file_name_here is [documented][docs].\n\n[docs]: https://example.com', {
      fileName: 'n.md',
    });
    expect(article.paragraphs).toEqual(['The file_name_here is documented.']);
  });

  it('turns table rows into text and drops separator rows', () => {
    const article = parse('# T\n\n| Year | Trade |\n|---|---|\n| 2023 | $2.3 billion |', { fileName: 'n.md' });
    expect(article.body).toContain('2023 · $2.3 billion');
    expect(article.body).not.toContain('---');
  });
});

describe('markdown: hostile input', () => {
  it('stays linear on unclosed emphasis markers in one huge paragraph', () => {
    const text = `# T\n\n${'**word _other '.repeat(20_000)}`;
    const article = parse(text, { fileName: 'n.md' });
    expect(article.wordCount).toBe(40_000);
  });
});
