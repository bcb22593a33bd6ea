import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../lambdas/core/decode';
import { ArticleError } from '../../lambdas/core/types';
import { encodeSingleByte, encodeUtf16 } from '../fixtures/articles/legacy-encoding';
import { decode as referenceDecode } from './decode-reference';

const fixtures = join(import.meta.dirname, '../fixtures/articles');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeError(bytes: Uint8Array, options?: Parameters<typeof decode>[1]): ArticleError {
  try {
    decode(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return error as ArticleError;
  }
  throw new Error('decode did not throw');
}

/** A minimal ZIP local file header naming one entry: enough for format detection. */
function zipWithEntry(entryName: string, extra = ''): Uint8Array {
  const header = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...new Array(16).fill(0)];
  const nameBytes = [...entryName].map((c) => c.charCodeAt(0));
  return new Uint8Array([...header, nameBytes.length, 0, 0, 0, ...nameBytes, ...[...extra].map((c) => c.charCodeAt(0))]);
}

const RUSSIAN = 'Министерство сообщило, что добыча меди и золота выросла на десять процентов.';

describe('decode: encodings', () => {
  it('reads strict UTF-8', () => {
    expect(decode(utf8('Tashkent — Сеул — 서울'))).toEqual({ text: 'Tashkent — Сеул — 서울', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello')]);
    expect(decode(bytes)).toEqual({ text: 'Hello', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with a BOM (Korean fixture)', () => {
    const { text, encoding } = decode(fixture('ko-utf16.txt'));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('우즈베키스탄, 한국 기업과 반도체')).toBe(true);
  });

  it('reads UTF-16 BE with a BOM', () => {
    const { text, encoding } = decode(encodeUtf16('반도체 공장 Semiconductor plant', 'be', true));
    expect(encoding).toBe('utf-16be');
    expect(text).toBe('반도체 공장 Semiconductor plant');
  });

  it('recognizes UTF-16 LE without a BOM from its NUL pattern (Korean fixture)', () => {
    const { text, encoding } = decode(fixture('ko-utf16-nobom.txt'));
    expect(encoding).toBe('utf-16le');
    expect(text).toContain('나망간');
  });

  it('recognizes UTF-16 BE without a BOM (Latin text)', () => {
    const { text, encoding } = decode(encodeUtf16('Trade turnover reached two billion dollars.', 'be', false));
    expect(encoding).toBe('utf-16be');
    expect(text).toBe('Trade turnover reached two billion dollars.');
  });

  it('falls back to windows-1251 for legacy Russian bytes (fixture)', () => {
    const { text, encoding } = decode(fixture('ru-cp1251.txt'));
    expect(encoding).toBe('windows-1251');
    expect(text).toContain('вольфрамового и молибденового концентрата');
  });

  it('tells KOI8-R from windows-1251', () => {
    const { text, encoding } = decode(encodeSingleByte(RUSSIAN, 'koi8-r'));
    expect(encoding).toBe('koi8-r');
    expect(text).toBe(RUSSIAN);
  });

  it('reads Uzbek Cyrillic in windows-1251', () => {
    const uzbek = 'Ўзбекистон ва Корея ҳамкорлиги бўйича янги лойиҳалар';
    // windows-1251 has no Ўў/Ққ/Ғғ/Ҳҳ except Ўў: newsrooms on that code page write the rest without them.
    const writable = uzbek.replace(/ҳ/g, 'х').replace(/қ/g, 'к');
    const { text, encoding } = decode(encodeSingleByte(writable, 'windows-1251'));
    expect(encoding).toBe('windows-1251');
    expect(text).toBe(writable);
  });

  it('reads Western windows-1252 text (accents inside Latin words)', () => {
    const western = 'Le président a visité le café près de l’école à Séoul.';
    const { text, encoding } = decode(encodeSingleByte(western, 'windows-1252'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(western);
  });
});

describe('decode: a few broken bytes in UTF-8 are repaired, not re-read as a code page', () => {
  const article = (stray: number[]) =>
    new Uint8Array([
      ...utf8('Ministry says — again — that “copper output” rose. Тошкент — Сеул. '),
      ...stray,
      ...utf8(' The rest of the report follows in plain words, with one more dash — here.'),
    ]);

  it.each([[[0x96]], [[0x92]], [[0xff]], [[0x96, 0x92, 0xff]]])('stray bytes %j become U+FFFD and are counted', (stray) => {
    const decoded = decode(article(stray));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Ministry says — again — that “copper output” rose. Тошкент — Сеул.');
    expect(decoded.text).not.toContain('вЂ');
    expect(decoded.text).not.toContain('â€');
    expect(decoded.replacedSequences).toBe(stray.length);
    expect(decoded.text.split('\uFFFD')).toHaveLength(stray.length + 1);
  });

  it('a truncated multi-byte character at the end is one replacement', () => {
    const decoded = decode(new Uint8Array([...utf8('Сеул — Ташкент '), 0xe2, 0x80]));
    expect(decoded).toEqual({ text: 'Сеул — Ташкент \uFFFD', encoding: 'utf-8', replacedSequences: 1 });
  });

  it('valid UTF-8 reports no replacements, and a genuine U+FFFD is not counted as one', () => {
    expect(decode(utf8('Plain — text')).replacedSequences).toBeUndefined();
    const decoded = decode(new Uint8Array([...utf8('Seoul \uFFFD — Busan '), 0x92]));
    expect(decoded.replacedSequences).toBe(1);
  });

  it('a windows-1252 file without any real UTF-8 still reads as windows-1252', () => {
    const bytes = new Uint8Array([...utf8('The minister said'), 0x96, ...utf8('again'), 0x96, ...utf8('that it isn'), 0x92, ...utf8('t over.')]);
    expect(decode(bytes)).toEqual({ text: 'The minister said–again–that it isn’t over.', encoding: 'windows-1252' });
  });

  it('a windows-1251 article whose bytes happen to form a few valid UTF-8 pairs stays windows-1251', () => {
    // "ТАСС»" puts С (0xD1) before » (0xBB): a valid two-byte UTF-8 sequence by accident.
    const text = `${RUSSIAN} Об этом сообщает ТАСС» и другие. ${RUSSIAN}`;
    const { text: decoded, encoding } = decode(encodeSingleByte(text, 'windows-1251'));
    expect(encoding).toBe('windows-1251');
    expect(decoded).toBe(text);
  });
});

describe('decode: refusals', () => {
  it('EMPTY for zero bytes (fixture)', () => {
    const error = decodeError(fixture('empty.txt'), { fileName: 'empty.txt' });
    expect(error.code).toBe('EMPTY');
    expect(error.message).toContain('empty.txt');
    expect(error.message).toContain('0 bytes');
  });

  it('EMPTY for whitespace only, including a BOM and UTF-16 spaces', () => {
    expect(decodeError(utf8(' \n\t\r\n ')).code).toBe('EMPTY');
    expect(decodeError(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])).code).toBe('EMPTY');
    expect(decodeError(encodeUtf16('   \n  ', 'le', true)).code).toBe('EMPTY');
  });

  it('BINARY for a PNG saved as .txt (fixture), naming the format', () => {
    const error = decodeError(fixture('not-text.txt'), { fileName: 'not-text.txt' });
    expect(error.code).toBe('BINARY');
    expect(error.message).toContain('PNG image');
  });

  it.each([
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]],
    ['GIF image', [...'GIF89a'].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0])],
    ['gzip archive', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]],
    ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]],
    ['ELF executable', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ['Windows executable', [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]],
  ])('BINARY for a %s', (description, bytes) => {
    const error = decodeError(new Uint8Array(bytes as number[]));
    expect(error.code).toBe('BINARY');
    expect(error.message).toContain(description);
  });

  it('BINARY for a plain ZIP archive', () => {
    const error = decodeError(zipWithEntry('photos/plov.jpg'));
    expect(error.code).toBe('BINARY');
    expect(error.message).toContain('ZIP archive');
  });

  it('BINARY for NUL bytes that no UTF-16 reading explains', () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : 65 + (i % 26);
    const error = decodeError(bytes);
    expect(error.code).toBe('BINARY');
    expect(error.message).toContain('NUL');
  });

  it('BINARY when a UTF-16 BOM is followed by an odd number of bytes', () => {
    expect(decodeError(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])).code).toBe('BINARY');
  });

  it('BINARY for text riddled with control characters', () => {
    const bytes = new Uint8Array(200);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 4 === 0 ? 0x01 : 0x61;
    expect(decodeError(bytes).code).toBe('BINARY');
  });

  it.each([
    ['PDF document', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['Word document (.docx)', zipWithEntry('[Content_Types].xml', 'word/document.xml')],
    ['Excel workbook (.xlsx)', zipWithEntry('xl/workbook.xml')],
    ['PowerPoint presentation (.pptx)', zipWithEntry('ppt/presentation.xml')],
    ['OpenDocument text (.odt)', zipWithEntry('mimetype', 'application/vnd.oasis.opendocument.text')],
    ['RTF document', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}')],
    ['legacy Microsoft Office document', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ])('UNSUPPORTED_FORMAT for a %s, named in the message', (format, bytes) => {
    const error = decodeError(bytes, { fileName: 'upload.bin' });
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain(format);
    expect(error.message).toContain('"upload.bin"');
  });

  it('TOO_LARGE above the default 5 MB bucket limit', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    const error = decodeError(bytes, { fileName: 'huge.txt' });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe('"huge.txt" is 5.0 MB; the limit is 5.0 MB.');
  });

  it('TOO_LARGE honours a configured limit, and accepts input exactly at it', () => {
    expect(decodeError(utf8('a'.repeat(101)), { maxBytes: 100 }).code).toBe('TOO_LARGE');
    expect(decode(utf8('a'.repeat(100)), { maxBytes: 100 }).text).toHaveLength(100);
  });

  it('NO_TEXT for punctuation, digits and symbols only', () => {
    const error = decodeError(utf8('--- 2024 *** !!! <> {} 12,5% →'), { fileName: 'dashes.txt' });
    expect(error.code).toBe('NO_TEXT');
    expect(error.message).toContain('"dashes.txt"');
  });
});

describe('decode agrees with the reference implementation', () => {
  const outcome = (run: () => { text: string; encoding: string }) => {
    try {
      return run();
    } catch (error) {
      return { error: (error as ArticleError).code, message: (error as Error).message };
    }
  };
  // Text around the 8 KB sniffing window with NULs, control characters, BOMs and invalid bytes in it.
  const PIECES = ['news ', 'Новости ', '뉴스 ', '😀', '\n', '\t', '\u0000', '\u0001', '\u007f', '\u000b', '\uFEFF', ' '];
  const bytes = fc
    .tuple(
      fc.constantFrom(0, 4000, 8180, 8200),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
      fc.constantFrom('', '\uFEFF'),
    )
    .map(([padding, pieces, raw, bom]) => {
      const text = new TextEncoder().encode(bom + 'a'.repeat(padding) + pieces.join(''));
      const at = Math.floor(text.length / 2);
      return new Uint8Array([...text.subarray(0, at), ...raw, ...text.subarray(at)]);
    });

  it('on random text with NULs, controls and stray bytes', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, fc.uint8Array({ maxLength: 64 })), (input) => {
        expect(outcome(() => decode(input, { fileName: 'a.txt' }))).toEqual(outcome(() => referenceDecode(input, { fileName: 'a.txt' })));
      }),
      { numRuns: 400 },
    );
  });
});

