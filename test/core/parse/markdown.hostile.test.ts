import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { atxHeading, dropComments, isTableSeparator, stripLinksAndTags } from '../../../lambdas/core/parse/markdown';
import {
  REFERENCE_TABLE_SEPARATOR,
  referenceAtxHeading,
  referenceDropComments,
  referenceStripLinks,
} from './markdown-reference';

const MARKUP = ['[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '<http:', 'https:', '/', 'a', 'B', ' ', '\t', '#', '-', '|', ':', '\n'];
const markup = fc.array(fc.constantFrom(...MARKUP), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('markdown scanners agree with the regexes they replace', () => {
  it('links, images, autolinks and tags', () => {
    fc.assert(fc.property(markup, (text) => {
      expect(stripLinksAndTags(text)).toBe(referenceStripLinks(text));
    }), { numRuns: 3000 });
  });

  it('comments', () => {
    fc.assert(fc.property(markup, (text) => {
      expect(dropComments(text)).toBe(referenceDropComments(text));
    }), { numRuns: 2000 });
  });

  it('ATX headings', () => {
    const line = markup.map((text) => text.replace(/\n/g, ''));
    fc.assert(fc.property(fc.constantFrom('', ' ', '#', '## ', '  ### '), line, (start, rest) => {
      expect(atxHeading(start + rest)).toEqual(referenceAtxHeading(start + rest));
    }), { numRuns: 3000 });
  });

  it('table separators', () => {
    const line = fc.array(fc.constantFrom(' ', '\t', '|', ':', '-', '---', 'a'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(line, (text) => {
      expect(isTableSeparator(text)).toBe(REFERENCE_TABLE_SEPARATOR.test(text));
    }), { numRuns: 3000 });
  });
});

// 400 KB of what once took minutes: each case must parse (a timed-out test is the failure).
const SIZE = 400_000;
const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

describe('markdown: hostile runs of unclosed markup parse in linear time', () => {
  it.each([
    ['[a', run('[a')],
    ['![', `word ${run('![')}`],
    ['[[[', `word ${run('[')}`],
    ['<a', run('<a')],
    ['<http:', run('<http:')],
    ['[a](', run('[a](')],
  ])('a %s run stays as text', (_name, text) => {
    const article = parse(text, { fileName: 'hostile.md' });
    expect(article.body.length + article.title.length).toBeGreaterThan(SIZE / 2);
    expect(article.title.length).toBeLessThanOrEqual(301);
  });

  it('an unclosed <!-- run stays as text, a closed comment still vanishes', () => {
    const article = parse(`Heading line\n\nkept <!-- gone --> too\n\n${run('<!--')} tail`, { fileName: 'hostile.md' });
    expect(article.paragraphs[0]).toBe('kept too');
    expect(article.body).toContain('<!--<!--');
  });

  it('a heading padded with a huge blank run', () => {
    const article = parse(`# Budget ${' '.repeat(SIZE)}x ##\n\nBody text.`, { fileName: 'hostile.md' });
    expect(article.title).toBe('Budget x');
  });

  it('a line of blanks before one letter (an indented code block, dropped)', () => {
    const article = parse(`Title\n\nLead paragraph.\n\n${' '.repeat(SIZE)}x tail`, { fileName: 'hostile.md' });
    expect(article.paragraphs).toEqual(['Lead paragraph.']);
  });
});
