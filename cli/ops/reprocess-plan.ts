/**
 * Which stored objects `newsdrop reprocess` re-runs, and why. Reads only: lists the objects under
 * `incoming/` (optionally one source prefix), fetches their article items in batches and sorts
 * each object into one of the reasons below. Objects come in key order, which is what makes a
 * checkpoint (the last finished key) enough to resume.
 */
import { BatchGetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { articleIdFor, articleIdFromKey, keys, tableKeys } from '../../lambdas/core/records/keys';

export interface ReprocessSelection {
  /** Below `incoming/`, e.g. `tashkent-desk/`; all sources when absent. */
  prefix?: string;
  /** Articles first received (objects without a record: last modified) in [since, until). */
  since?: Date;
  until?: Date;
  /** Only records older than the deployed versions (plus objects without a record). */
  outdated?: boolean;
}

/** A record field holding a version, and the version the deployed code writes. */
export interface VersionCheck {
  field: string;
  deployed: string | number;
}

export type PlanReason = 'no-record' | 'outdated' | 'selected';

export interface PlannedObject {
  key: string;
  etag?: string;
  reason: PlanReason;
}

export interface PlanCounts {
  listed: number;
  /** Outside the date range, or up to date under --outdated. */
  skipped: number;
  /** Objects already done by the interrupted run this one resumes (before the checkpoint). */
  resumedPast: number;
}

interface StoredArticle {
  receivedAt?: string;
  [field: string]: unknown;
}

/** Compares "1.10.0" > "1.9.2" numerically segment by segment; numbers compare as numbers. */
export function compareVersions(a: string | number, b: string | number): number {
  const parts = (value: string | number) => String(value).split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function isOutdated(record: StoredArticle, checks: VersionCheck[]): boolean {
  return checks.some((check) => {
    const stored = record[check.field];
    // A record that predates a version field is older than any version of it.
    if (typeof stored !== 'string' && typeof stored !== 'number') return true;
    return compareVersions(stored, check.deployed) < 0;
  });
}

export interface PlanRequest {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  bucket: string;
  table: string;
  incomingPrefix: string;
  selection: ReprocessSelection;
  versions: VersionCheck[];
  /** Resume: objects at or before this key were finished by the interrupted run. */
  startAfter?: string;
}

/** Yields the objects to reprocess, page by page (≤ 1,000 keys each), in key order. */
export async function* planReprocess(request: PlanRequest, counts: PlanCounts): AsyncGenerator<PlannedObject[]> {
  const prefix = request.incomingPrefix + (request.selection.prefix ?? '');
  let continuationToken: string | undefined;
  do {
    const page = await request.s3.send(
      new ListObjectsV2Command({ Bucket: request.bucket, Prefix: prefix, ContinuationToken: continuationToken }),
    );
    continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    // Consoles create "folder/" marker objects; they are not articles (ingest skips them too).
    const objects = (page.Contents ?? []).filter((object) => object.Key !== undefined && !object.Key.endsWith('/'));
    counts.listed += objects.length;
    const pending = objects.filter((object) => {
      if (request.startAfter !== undefined && object.Key! <= request.startAfter) {
        counts.resumedPast += 1;
        return false;
      }
      return true;
    });
    const records = await fetchArticles(request, pending.map((object) => object.Key!));
    const planned: PlannedObject[] = [];
    for (const object of pending) {
      const record = records.get(object.Key!);
      const reason = decide(record, object.LastModified, request);
      if (reason === undefined) counts.skipped += 1;
      else planned.push({ key: object.Key!, etag: object.ETag?.replaceAll('"', ''), reason });
    }
    if (planned.length > 0) yield planned;
  } while (continuationToken !== undefined);
}

function decide(record: StoredArticle | undefined, lastModified: Date | undefined, request: PlanRequest): PlanReason | undefined {
  const { since, until, outdated } = request.selection;
  const received = record?.receivedAt !== undefined ? new Date(record.receivedAt) : lastModified;
  if (received !== undefined) {
    if (since !== undefined && received < since) return undefined;
    if (until !== undefined && received >= until) return undefined;
  }
  if (record === undefined) return 'no-record';
  if (outdated) return isOutdated(record, request.versions) ? 'outdated' : undefined;
  return 'selected';
}

/** Article items of these object keys, by key (BatchGetItem, 100 keys per call, unprocessed keys retried). */
async function fetchArticles(request: PlanRequest, objectKeys: string[]): Promise<Map<string, StoredArticle>> {
  const byArticleId = new Map(objectKeys.map((key) => [articleIdFor(request.bucket, key), key]));
  const found = new Map<string, StoredArticle>();
  const fields = [tableKeys.partitionKey, 'receivedAt', ...request.versions.map((check) => check.field)];
  const names = Object.fromEntries(fields.map((field, i) => [`#f${i}`, field]));
  const projection = Object.keys(names).join(', ');
  const ids = [...byArticleId.keys()];
  for (let start = 0; start < ids.length; start += 100) {
    let requestKeys = ids.slice(start, start + 100).map((id) => {
      const key = keys.article(id);
      return { PK: { S: key.PK }, SK: { S: key.SK } };
    });
    for (let attempt = 0; requestKeys.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
      const output = await request.dynamodb.send(
        new BatchGetItemCommand({
          RequestItems: { [request.table]: { Keys: requestKeys, ProjectionExpression: projection, ExpressionAttributeNames: names, ConsistentRead: true } },
        }),
      );
      for (const item of output.Responses?.[request.table] ?? []) {
        const record = unmarshall(item) as StoredArticle;
        const objectKey = byArticleId.get(articleIdFromKey(String(record[tableKeys.partitionKey])));
        if (objectKey !== undefined) found.set(objectKey, record);
      }
      requestKeys = (output.UnprocessedKeys?.[request.table]?.Keys ?? []) as typeof requestKeys;
    }
  }
  return found;
}
