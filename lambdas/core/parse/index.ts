/**
 * parse: decoded text + file name (+ declared media type) → `Article`.
 * The format comes from the extension, else the declared media type, else a
 * look at the text itself.
 */
import { ArticleError, type Article, type MediaType } from '../types';
import { buildArticle, type Extracted } from './article';
import { parseHtml } from './html';
import { parseJson } from './json';
import { parseMarkdown } from './markdown';
import { parseText } from './text';

export interface ParseOptions {
  /** Object key or file name; its extension selects the parser. */
  fileName: string;
  /** Content-Type the uploader declared; used when the name has no extension. */
  mediaType?: string;
  /** When the object was uploaded: dates stated without a year resolve against it. Default: now. */
  referenceTime?: Date;
}

const BY_EXTENSION: Record<string, MediaType> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  json: 'application/json',
};

const BY_MEDIA_TYPE: Record<string, MediaType> = {
  'text/plain': 'text/plain',
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/html': 'text/html',
  'application/xhtml+xml': 'text/html',
  'application/json': 'application/json',
  'text/json': 'application/json',
};

/** Formats people upload by mistake: refused even when a text media type is declared. */
const REFUSED_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'docm', 'odt', 'rtf', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'pages', 'epub',
  'exe', 'dll', 'bin', 'zip', 'gz', 'tgz', 'rar', '7z', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff',
  'mp3', 'mp4', 'mov', 'avi', 'wav',
]);

/** Declared types that say nothing about the content (S3's defaults). */
const UNINFORMATIVE_MEDIA_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export function parse(text: string, options: ParseOptions): Article {
  const mediaType = chooseMediaType(text, options);
  return buildArticle(extract(text, mediaType, options), options.fileName);
}

function extract(text: string, mediaType: MediaType, { fileName, referenceTime }: ParseOptions): Extracted {
  switch (mediaType) {
    case 'text/plain':
      return parseText(text);
    case 'text/markdown':
      return parseMarkdown(text);
    case 'text/html':
      return parseHtml(text, referenceTime ? { referenceTime } : {});
    case 'application/json':
      return parseJson(text, fileName);
  }
}

/** The file's extension, lower case, or undefined when the base name has none. */
export function extensionOf(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return undefined;
  return base.slice(dot + 1).toLowerCase();
}

export function chooseMediaType(text: string, options: ParseOptions): MediaType {
  const declared = options.mediaType?.split(';')[0]!.trim().toLowerCase() ?? '';
  const extension = extensionOf(options.fileName);
  if (extension !== undefined) {
    const byExtension = BY_EXTENSION[extension];
    if (byExtension) return byExtension;
    const byMediaType = BY_MEDIA_TYPE[declared];
    if (byMediaType && !REFUSED_EXTENSIONS.has(extension)) return byMediaType;
    throw new ArticleError(
      'UNSUPPORTED_FORMAT',
      `"${options.fileName}": .${extension} files are not supported; upload .txt, .md, .html or .json.`,
    );
  }
  const byMediaType = BY_MEDIA_TYPE[declared];
  if (byMediaType) return byMediaType;
  if (!UNINFORMATIVE_MEDIA_TYPES.has(declared) && !declared.startsWith('text/')) {
    throw new ArticleError('UNSUPPORTED_FORMAT', `"${options.fileName}": content type ${declared} is not supported.`);
  }
  return sniff(text);
}

const HTML_START = /^<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|title|meta|section|!--)[\s>/]/i;

function sniff(text: string): MediaType {
  const start = text.trimStart().slice(0, 200);
  if (start.startsWith('<') && HTML_START.test(start)) return 'text/html';
  if (start.startsWith('{')) return 'application/json';
  if (/^(?:---\n|#{1,6} )/.test(start)) return 'text/markdown';
  return 'text/plain';
}
