/**
 * Waits until articles reach a final status (ENRICHED or FAILED), polling the
 * article items through keys.ts. Shared by `newsdrop ingest`, the demo and the
 * integration tests.
 */
import { BatchGetItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { articleIdFor, keys } from '../lambdas/core/records/keys';
import { articleFromItem } from '../lambdas/core/records/mapping';
import type { ArticleRecord } from '../lambdas/core/records/types';

export interface ArticleTarget {
  bucket: string;
  key: string;
  /** When set, only a record of this upload counts (an older version may already be final). */
  etag?: string;
}

export type FinalRecord = ArticleRecord & { status: 'ENRICHED' | 'FAILED' };

export interface WaitForArticlesOptions {
  dynamodb: DynamoDBClient;
  table: string;
  targets: ArticleTarget[];
  timeoutMs?: number;
  pollMs?: number;
  /** Called when an article reaches its final status. */
  onFinal?: (target: ArticleTarget, record: FinalRecord) => void;
  /** Stops the wait before the next read (the stack is shutting down): what is known so far is returned. */
  signal?: AbortSignal;
}

export interface WaitResult {
  /** Final records by S3 key. */
  final: Map<string, FinalRecord>;
  /** Keys with no final record when the time ran out. */
  pending: ArticleTarget[];
}

const BATCH_GET_LIMIT = 100;

export function isFinal(record: Pick<ArticleRecord, 'status'> | undefined): boolean {
  return record?.status === 'ENRICHED' || record?.status === 'FAILED';
}

export async function waitForArticles(options: WaitForArticlesOptions): Promise<WaitResult> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const final = new Map<string, FinalRecord>();
  let pending = [...options.targets];
  const check = async (chunk: ArticleTarget[]): Promise<number> => {
    const records = await getArticles(options.dynamodb, options.table, chunk.map((t) => articleIdFor(t.bucket, t.key)));
    let finished = 0;
    for (const target of chunk) {
      const record = records.get(articleIdFor(target.bucket, target.key));
      if (!record || !isFinal(record)) continue;
      if (target.etag !== undefined && normalizeEtag(record.source?.etag) !== normalizeEtag(target.etag)) continue;
      if (final.has(target.key)) continue;
      final.set(target.key, record as FinalRecord);
      finished += 1;
      options.onFinal?.(target, record as FinalRecord);
    }
    return finished;
  };
  for (let round = 0; ; round += 1) {
    if (options.signal?.aborted) return { final, pending };
    // Articles finish roughly in upload order. Reading every pending item on every poll costs
    // O(articles²) reads over a burst and slows the pipeline it watches, so a poll reads the oldest
    // pending chunk and moves on to the next one only while chunks keep finishing. The first and the
    // last poll read everything.
    const sweepAll = round === 0 || Date.now() >= deadline;
    for (let i = 0; i < pending.length; i += BATCH_GET_LIMIT) {
      const finished = await check(pending.slice(i, i + BATCH_GET_LIMIT));
      if (!sweepAll && finished === 0) break;
    }
    pending = pending.filter((t) => !final.has(t.key));
    if (pending.length === 0) return { final, pending };
    if (Date.now() >= deadline) {
      if (sweepAll) return { final, pending };
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs ?? 150, Math.max(0, deadline - Date.now()))));
  }
}

/** Article items by id (any number, fetched 100 at a time); missing ids are absent from the map. */
export async function getArticles(dynamodb: DynamoDBClient, table: string, articleIds: string[]): Promise<Map<string, ArticleRecord>> {
  const out = new Map<string, ArticleRecord>();
  const unique = [...new Set(articleIds)];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
    let keysLeft: Record<string, AttributeValue>[] = unique.slice(i, i + BATCH_GET_LIMIT).map((id) => {
      const k = keys.article(id);
      return { PK: { S: k.PK }, SK: { S: k.SK } };
    });
    while (keysLeft.length > 0) {
      const response = await dynamodb.send(
        new BatchGetItemCommand({ RequestItems: { [table]: { Keys: keysLeft, ConsistentRead: true } } }),
      );
      for (const item of response.Responses?.[table] ?? []) {
        const record = articleFromItem(unmarshall(item));
        out.set(record.articleId, record);
      }
      keysLeft = response.UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  return out;
}

function normalizeEtag(etag: string | undefined): string | undefined {
  return etag?.replaceAll('"', '');
}

