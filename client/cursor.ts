/**
 * Page cursors: an opaque base64url of DynamoDB's LastEvaluatedKey, tagged with
 * the index and partition it came from so a cursor cannot silently continue a
 * different listing.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ReadClientError } from './errors';

interface CursorPayload {
  /** Index name. */
  i: string;
  /** Partition value the listing queried. */
  p: string;
  /** LastEvaluatedKey as plain strings (every key attribute in this table is a string). */
  k: Record<string, string>;
}

export interface CursorScope {
  indexName: string;
  partition: string;
  /** Attribute names a LastEvaluatedKey of this index holds (table keys + index keys). */
  keyAttributes: readonly string[];
}

export function encodeCursor(scope: CursorScope, lastKey: Record<string, AttributeValue> | undefined): string | undefined {
  if (!lastKey) return undefined;
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(lastKey)) {
    if (value.S === undefined) throw new Error(`unexpected non-string key attribute ${name}`);
    plain[name] = value.S;
  }
  const payload: CursorPayload = { i: scope.indexName, p: scope.partition, k: plain };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor(scope: CursorScope, cursor: string): Record<string, AttributeValue> {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new ReadClientError('bad cursor: not a cursor returned by this client');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ReadClientError('bad cursor: not a cursor returned by this client');
  }
  if (!isPayload(payload)) throw new ReadClientError('bad cursor: not a cursor returned by this client');
  if (payload.i !== scope.indexName || payload.p !== scope.partition) {
    throw new ReadClientError('bad cursor: it belongs to a different listing (other topic, entity or status)');
  }
  const names = Object.keys(payload.k).sort();
  const expected = [...scope.keyAttributes].sort();
  if (names.length !== expected.length || names.some((name, index) => name !== expected[index])) {
    throw new ReadClientError('bad cursor: its key attributes do not match this listing');
  }
  return Object.fromEntries(Object.entries(payload.k).map(([name, value]) => [name, { S: value }]));
}

function isPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.i !== 'string' || typeof candidate.p !== 'string') return false;
  const key = candidate.k;
  if (typeof key !== 'object' || key === null || Array.isArray(key)) return false;
  return Object.values(key).every((v) => typeof v === 'string');
}
