import { describe, expect, it } from 'vitest';
import { chooseMediaType, extensionOf, parse } from '../../../lambdas/core/parse';
import { parseError } from './helpers';

const HTML = '<!doctype html><html><body><article><p>Plain words here.</p></article></body></html>';

describe('format selection', () => {
  it.each([
    ['story.txt', 'text/plain'],
    ['incoming/uz/story.TXT', 'text/plain'],
    ['notes.md', 'text/markdown'],
    ['notes.markdown', 'text/markdown'],
    ['page.html', 'text/html'],
    ['page.htm', 'text/html'],
    ['data.json', 'application/json'],
  ])('%s → %s by extension, whatever the content or declared type', (fileName, mediaType) => {
    expect(chooseMediaType('{ "x": 1 }', { fileName, mediaType: 'text/html' })).toBe(mediaType);
  });

  it('uses the declared media type (parameters ignored) when the name has no extension', () => {
    expect(chooseMediaType('hello', { fileName: 'incoming/story', mediaType: 'text/html; charset=utf-8' })).toBe('text/html');
    expect(chooseMediaType('hello', { fileName: 'story', mediaType: 'application/json' })).toBe('application/json');
  });

  it('sniffs the content when neither says anything', () => {
    expect(chooseMediaType(`  ${HTML}`, { fileName: 'story' })).toBe('text/html');
    expect(chooseMediaType('<p>para</p>', { fileName: 'story', mediaType: 'binary/octet-stream' })).toBe('text/html');
    expect(chooseMediaType('{"title":"T"}', { fileName: 'story' })).toBe('application/json');
    expect(chooseMediaType('# Heading\n\ntext', { fileName: 'story' })).toBe('text/markdown');
    expect(chooseMediaType('<3 this story', { fileName: 'story' })).toBe('text/plain');
    expect(chooseMediaType('Just words', { fileName: 'story' })).toBe('text/plain');
  });

  it.each(['report.pdf', 'memo.docx', 'setup.exe', 'photo.png'])('UNSUPPORTED_FORMAT for %s, even when declared as text', (fileName) => {
    const error = parseError('Words that would parse.', { fileName, mediaType: 'text/plain' });
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain(fileName);
    expect(error.message).toContain(`.${fileName.split('.').pop()}`);
  });

  it('UNSUPPORTED_FORMAT for an unknown extension or a non-text declared type', () => {
    expect(parseError('words', { fileName: 'a.xyz' }).code).toBe('UNSUPPORTED_FORMAT');
    expect(parseError('words', { fileName: 'a', mediaType: 'image/png' }).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('an unknown extension with a declared text type parses by that type', () => {
    expect(parse(HTML, { fileName: 'page.php', mediaType: 'text/html' }).paragraphs).toEqual(['Plain words here.']);
  });

  it('extensionOf ignores dots in folders and leading-dot names', () => {
    expect(extensionOf('incoming/v1.2/story')).toBeUndefined();
    expect(extensionOf('.hidden')).toBeUndefined();
    expect(extensionOf('a/b.Md')).toBe('md');
  });
});
