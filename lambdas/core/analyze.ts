/**
 * decode → parse → classify: the core path every entry point (ingest Lambda,
 * local runtime, CLI) runs on an uploaded object's bytes.
 */
import { classify, TAXONOMY_VERSION } from './classify';
import { decode } from './decode';
import { parse } from './parse';
import { ArticleError, type Article, type ArticleWarning, type TopicMatch } from './types';

export interface AnalyzeOptions {
  /** Object key or file name; its extension selects the parser. */
  fileName: string;
  /** Content-Type the uploader declared, used when the extension says nothing. */
  mediaType?: string;
  /** Objects above this size are refused with TOO_LARGE. */
  maxBytes?: number;
  /** Milliseconds the whole analysis may take; past it the article fails with TIMEOUT. Default 5,000. */
  budgetMs?: number;
  /**
   * When the object was uploaded: a dateline without a year ("June 14") is
   * resolved against it, never into its future. Default: now.
   */
  referenceTime?: Date;
  /** Milliseconds from any origin; injected by tests. Default `performance.now`. */
  clock?: () => number;
}

/**
 * A slow article must not hold its batch: the ingest function has 30 s for a
 * whole batch, and a file that takes seconds in one stage (the goal is under
 * 1 s for any file up to 5 MB) is an input problem to report, not a reason
 * to keep the batch mates waiting and time out together. Checked between
 * stages, so it bounds how far past the budget an article runs by one stage.
 */
export const DEFAULT_ARTICLE_BUDGET_MS = 5000;

/** Checks a per-article time budget at stage boundaries; reusable by later stages (enrichment). */
export class StageDeadline {
  private readonly started: number;

  constructor(
    private readonly budgetMs: number,
    private readonly clock: () => number,
    private readonly fileName: string,
  ) {
    this.started = clock();
  }

  /** Throws TIMEOUT naming `stage` (the stage that just ended) when the budget is spent. */
  check(stage: string): void {
    const elapsed = this.clock() - this.started;
    if (elapsed <= this.budgetMs) return;
    throw new ArticleError(
      'TIMEOUT',
      `"${this.fileName}" took ${Math.round(elapsed)} ms, over its ${this.budgetMs} ms budget, by the end of the ${stage} stage.`,
      undefined,
      stage,
    );
  }
}

export interface Analysis {
  article: Article;
  topics: TopicMatch[];
  /** Encoding the bytes were decoded from ("utf-8", "utf-16le", "windows-1251"). */
  encoding: string;
  taxonomyVersion: string;
}

/** Throws `ArticleError` for input that can never become an article, or that ran past its time budget. */
export function analyze(bytes: Uint8Array, options: AnalyzeOptions): Analysis {
  const clock = options.clock ?? (() => performance.now());
  const deadline = new StageDeadline(options.budgetMs ?? DEFAULT_ARTICLE_BUDGET_MS, clock, options.fileName);
  const decoded = decode(bytes, { maxBytes: options.maxBytes, fileName: options.fileName });
  deadline.check('decode');
  const article = parse(decoded.text, { fileName: options.fileName, mediaType: options.mediaType, referenceTime: options.referenceTime });
  deadline.check('parse');
  if (decoded.replacedSequences) {
    addWarning(article, {
      code: 'INVALID_BYTES_REPLACED',
      message: `${decoded.replacedSequences} invalid UTF-8 byte sequence(s) replaced by U+FFFD.`,
      count: decoded.replacedSequences,
    });
  }
  const topics = classify(article);
  deadline.check('classify');
  return { article, topics, encoding: decoded.encoding, taxonomyVersion: TAXONOMY_VERSION };
}

function addWarning(article: Article, warning: ArticleWarning): void {
  (article.warnings ??= []).push(warning);
}
