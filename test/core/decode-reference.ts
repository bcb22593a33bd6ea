/**
 * The first decode implementation, kept as the reference the fast UTF-8 path
 * in lambdas/core/decode.ts must agree with (decode.test.ts compares both on
 * random bytes).
 */
import { pipelineConfig } from '../../lambdas/config';
import { ArticleError } from '../../lambdas/core/types';

export interface DecodeOptions {
  /** Larger inputs fail with TOO_LARGE. Default: the bucket's object limit (5 MB). */
  maxBytes?: number;
  /** Only for error messages. */
  fileName?: string;
}

export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252. */
  encoding: string;
  /** Invalid UTF-8 sequences replaced by U+FFFD, when there were any. */
  replacedSequences?: number;
}

/** How many leading bytes the NUL, control-character and legacy-encoding heuristics look at. */
const SNIFF_BYTES = 8192;

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const name = options.fileName ? `"${options.fileName}"` : 'The file';
  const maxBytes = options.maxBytes ?? pipelineConfig.bucket.maxObjectBytes;
  if (bytes.length === 0) throw new ArticleError('EMPTY', `${name} is empty (0 bytes).`);
  if (bytes.length > maxBytes) {
    throw new ArticleError('TOO_LARGE', `${name} is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}.`);
  }
  refuseKnownFormats(bytes, name);
  const decoded = decodeText(bytes, name);
  checkContent(decoded.text, name);
  return decoded;
}

// ------------------------------------------------------------ magic numbers

interface Signature {
  bytes: number[];
  offset?: number;
  describe: string;
}

const BINARY_SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], describe: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], describe: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], describe: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], describe: 'a RIFF media file (WebP/WAV/AVI)' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], describe: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], describe: 'a TIFF image' },
  { bytes: [0x1f, 0x8b], describe: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], describe: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], describe: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], describe: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], describe: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], describe: 'an ELF executable' },
  { bytes: [0x4d, 0x5a], describe: 'a Windows executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], describe: 'a WebAssembly module' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], describe: 'a Java class file' },
  { bytes: [0x49, 0x44, 0x33], describe: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], describe: 'an Ogg media file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, describe: 'an MP4/QuickTime media file' },
  { bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)), describe: 'an SQLite database' },
];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function refuseKnownFormats(bytes: Uint8Array, name: string): void {
  if (startsWith(bytes, PDF)) throw unsupported(name, 'a PDF document');
  if (startsWith(bytes, RTF)) throw unsupported(name, 'an RTF document');
  if (startsWith(bytes, OLE)) throw unsupported(name, 'a legacy Microsoft Office document (.doc/.xls/.ppt)');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const office = officeFormatInZip(bytes);
    if (office) throw unsupported(name, office);
    throw new ArticleError('BINARY', `${name} is a ZIP archive, not a text article.`);
  }
  for (const signature of BINARY_SIGNATURES) {
    // Two-byte "MZ" also starts plain words ("MZ..." is rare but possible): require the NUL-rich header too.
    if (signature.bytes.length === 2 && signature.bytes[0] === 0x4d && !bytes.slice(0, 64).includes(0)) continue;
    if (startsWith(bytes, signature.bytes, signature.offset)) {
      throw new ArticleError('BINARY', `${name} is ${signature.describe}, not a text article.`);
    }
  }
}

/** Office Open XML and OpenDocument are ZIPs whose first entries name the format. */
function officeFormatInZip(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'an OpenDocument text (.odt)';
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'an OpenDocument file (.ods/.odp)';
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx)';
  if (head.includes('ppt/')) return 'a PowerPoint presentation (.pptx)';
  if (head.includes('[Content_Types].xml')) return 'an Office Open XML document';
  if (head.includes('META-INF/container.xml') || head.includes('application/epub+zip')) return 'an EPUB book';
  return undefined;
}

function unsupported(name: string, format: string): ArticleError {
  return new ArticleError(
    'UNSUPPORTED_FORMAT',
    `${name} is ${format}; newsdrop reads plain text, Markdown, HTML and JSON. Export the article as one of those.`,
  );
}

// ---------------------------------------------------------------- decoding

function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes, 'utf-8', name, 'a UTF-8 byte-order mark');
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes, 'utf-16le', name, 'a UTF-16 LE byte-order mark');
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes, 'utf-16be', name, 'a UTF-16 BE byte-order mark');

  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  if (sample.includes(0)) {
    const utf16 = utf16ByNulPattern(sample);
    if (utf16) {
      const text = tryDecode(bytes, utf16);
      if (text !== undefined && !hasManyControlCharacters(text)) return { text, encoding: utf16 };
    }
    throw new ArticleError('BINARY', `${name} contains NUL bytes: it is binary data, not text.`);
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const repaired = repairedUtf8(bytes);
  if (repaired) return repaired;
  return decodeLegacy(bytes, sample);
}

/**
 * The lenient decoder's own reading, counted from its output: U+FFFD it
 * inserted (genuine EF BF BD triples subtracted) against the multi-byte
 * characters it read; UTF-8 wins when those outweigh the damage.
 */
function repairedUtf8(bytes: Uint8Array): Decoded | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  let genuine = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine++;
  let replaced = -genuine;
  let evidence = genuine * 4;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point === 0xfffd) replaced++;
    else if (point >= 0x800) evidence += 4;
    else if (point >= 0x80) evidence += 1;
  }
  if (evidence === 0 || evidence < replaced) return undefined;
  return { text, encoding: 'utf-8', replacedSequences: replaced };
}

function strict(bytes: Uint8Array, encoding: string, name: string, what: string): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    throw new ArticleError('BINARY', `${name} starts with ${what} but its bytes are not valid ${encoding.toUpperCase()}.`);
  }
  return { text, encoding };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // The decoder drops a leading BOM itself (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM: text in the Basic Latin, Cyrillic or Hangul blocks
 * puts its NULs (spaces, digits, punctuation, Latin letters) on one side of
 * each byte pair only. Binary data scatters them on both.
 */
function utf16ByNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const high = Math.max(evenNuls, oddNuls);
  const low = Math.min(evenNuls, oddNuls);
  if (high < pairs * 0.1 || low > high * 0.02) return undefined;
  return oddNuls > evenNuls ? 'utf-16le' : 'utf-16be';
}

interface LegacyCandidate {
  encoding: 'windows-1251' | 'koi8-r' | 'windows-1252';
  score: number;
  text: string;
}

/**
 * Bytes that are not UTF-8: almost always windows-1251 from a Russian or
 * Uzbek newsroom, sometimes KOI8-R, occasionally Western windows-1252.
 * Cyrillic words are runs of high bytes; Western text has single accented
 * letters inside ASCII words. Between the two Cyrillic code pages, the one
 * whose decoding is mostly lower case wins (each maps the other's lower case
 * to upper case).
 */
function decodeLegacy(bytes: Uint8Array, sample: Uint8Array): Decoded {
  let highBytes = 0;
  let highNextToHigh = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! < 0x80) continue;
    highBytes++;
    if ((i > 0 && sample[i - 1]! >= 0x80) || (i + 1 < sample.length && sample[i + 1]! >= 0x80)) highNextToHigh++;
  }
  const western = highBytes > 0 && highNextToHigh / highBytes < 0.5;
  if (western) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };

  const sampleEnd = Math.min(bytes.length, SNIFF_BYTES);
  const candidates: LegacyCandidate[] = (['windows-1251', 'koi8-r'] as const).map((encoding) => {
    const sampleText = new TextDecoder(encoding).decode(bytes.subarray(0, sampleEnd));
    return { encoding, score: cyrillicPlausibility(sampleText), text: '' };
  });
  const best = candidates[0]!.score >= candidates[1]!.score ? candidates[0]! : candidates[1]!;
  return { text: new TextDecoder(best.encoding).decode(bytes), encoding: best.encoding };
}

// What windows-1252 puts at 0x80–0x9F (smart quotes, dashes, €). Node 20's TextDecoder
// maps that range to C1 control characters as ISO-8859-1 would; newer ones follow WHATWG.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Lower-case Cyrillic letters count for, upper case after a lower-case letter against (mid-word capitals). */
function cyrillicPlausibility(text: string): number {
  let score = 0;
  let previousLower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = (code >= 0x430 && code <= 0x44f) || code === 0x451;
    const upper = (code >= 0x410 && code <= 0x42f) || code === 0x401;
    if (lower) score++;
    else if (upper && previousLower) score -= 3;
    else if (code >= 0x80 && !lower && !upper) score -= 2; // box drawing and symbols: a wrong code page
    previousLower = lower;
  }
  return score;
}

// ------------------------------------------------------------------ content

const LETTER = /\p{L}/u;

function checkContent(text: string, name: string): void {
  if (text.trim() === '') throw new ArticleError('EMPTY', `${name} contains only whitespace.`);
  if (hasManyControlCharacters(text)) {
    throw new ArticleError('BINARY', `${name} is full of control characters: it is binary data, not text.`);
  }
  if (!LETTER.test(text)) {
    throw new ArticleError('NO_TEXT', `${name} has no letters (only digits, punctuation or symbols).`);
  }
}

/** C0 controls other than tab, line feed, form feed and carriage return, in the first few KB. */
function hasManyControlCharacters(text: string): boolean {
  const end = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f) controls++;
  }
  return controls > Math.max(2, end * 0.01);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 4096)));
  }
  return text;
}

function formatBytes(count: number): string {
  if (count >= 1024 * 1024) return `${(count / (1024 * 1024)).toFixed(1)} MB`;
  if (count >= 1024) return `${(count / 1024).toFixed(1)} KB`;
  return `${count} bytes`;
}
