/**
 * decode → parse → classify: the core path every entry point (ingest Lambda,
 * local runtime, CLI) runs on an uploaded object's bytes.
 */
import { classify, TAXONOMY_VERSION } from './classify';
import { decode } from './decode';
import { parse } from './parse';
import type { Article, ArticleWarning, TopicMatch } from './types';

export interface AnalyzeOptions {
  /** Object key or file name; its extension selects the parser. */
  fileName: string;
  /** Content-Type the uploader declared, used when the extension says nothing. */
  mediaType?: string;
  /** Objects above this size are refused with TOO_LARGE. */
  maxBytes?: number;
}

export interface Analysis {
  article: Article;
  topics: TopicMatch[];
  /** Encoding the bytes were decoded from ("utf-8", "utf-16le", "windows-1251"). */
  encoding: string;
  taxonomyVersion: string;
}

/** Throws `ArticleError` for input that can never become an article. */
export function analyze(bytes: Uint8Array, options: AnalyzeOptions): Analysis {
  const decoded = decode(bytes, { maxBytes: options.maxBytes, fileName: options.fileName });
  const article = parse(decoded.text, { fileName: options.fileName, mediaType: options.mediaType });
  if (decoded.replacedSequences) {
    addWarning(article, {
      code: 'INVALID_BYTES_REPLACED',
      message: `${decoded.replacedSequences} invalid UTF-8 byte sequence(s) replaced by U+FFFD.`,
      count: decoded.replacedSequences,
    });
  }
  return { article, topics: classify(article), encoding: decoded.encoding, taxonomyVersion: TAXONOMY_VERSION };
}

function addWarning(article: Article, warning: ArticleWarning): void {
  (article.warnings ??= []).push(warning);
}
