/**
 * One listing over several partitions: the shards of a topic or entity
 * (schema 2, base table) plus its schema-1 GSI partition. Each source is
 * queried newest first from where the previous page stopped, the rows are
 * merged by sort key, and the cursor remembers, per source, the key of the
 * last row handed out (or that the source is done). Callers see one list.
 */
import { QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableKeys } from '../lambdas/core/records/keys';
import { ReadClientError } from './errors';
import type { StoredItem } from './items';

export interface ListingSource {
  /** Undefined for the base table. */
  indexName?: string;
  partitionKey: string;
  sortKey: string;
  partition: string;
}

interface FanoutCursor {
  /** Listing this cursor belongs to. */
  l: string;
  /** Per source: the key of the last row handed out, null when exhausted, absent when not started. */
  s: Array<Record<string, string> | null | 0>;
}

const DONE = null;
const FRESH = 0;

function encode(cursor: FanoutCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decode(listing: string, sources: number, cursor: string): FanoutCursor {
  const bad = () => new ReadClientError('bad cursor: not a cursor returned by this client for this listing');
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const candidate = payload as FanoutCursor;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.l !== 'string') throw bad();
  if (candidate.l !== listing) throw new ReadClientError('bad cursor: it belongs to a different listing (other topic, entity or status)');
  if (!Array.isArray(candidate.s) || candidate.s.length !== sources) throw bad();
  return candidate;
}

const keyOf = (item: StoredItem, source: ListingSource): Record<string, string> => {
  const names = new Set([tableKeys.partitionKey, tableKeys.sortKey, source.partitionKey, source.sortKey]);
  return Object.fromEntries([...names].map((name) => [name, item[name]?.S ?? '']));
};

const toStartKey = (key: Record<string, string>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(key).map(([name, value]) => [name, { S: value }]));

export async function fanoutPage(
  dynamodb: DynamoDBClient,
  tableName: string,
  listing: string,
  sources: ListingSource[],
  range: { lower?: string; upper?: string },
  limit: number,
  cursor: string | undefined,
): Promise<{ items: Array<{ raw: StoredItem; source: ListingSource }>; cursor?: string }> {
  const state = cursor === undefined ? { l: listing, s: sources.map(() => FRESH as 0) } : decode(listing, sources.length, cursor);
  const fetched = await Promise.all(
    sources.map(async (source, i) => {
      const position = state.s[i];
      if (position === DONE) return { rows: [] as StoredItem[], more: false };
      const names: Record<string, string> = { '#pk': source.partitionKey };
      const values: Record<string, AttributeValue> = { ':pk': { S: source.partition } };
      let condition = '#pk = :pk';
      if (range.lower !== undefined || range.upper !== undefined) names['#sk'] = source.sortKey;
      if (range.lower !== undefined && range.upper !== undefined) {
        condition += ' AND #sk BETWEEN :lower AND :upper';
        values[':lower'] = { S: range.lower };
        values[':upper'] = { S: range.upper };
      } else if (range.lower !== undefined) {
        condition += ' AND #sk >= :lower';
        values[':lower'] = { S: range.lower };
      } else if (range.upper !== undefined) {
        condition += ' AND #sk <= :upper';
        values[':upper'] = { S: range.upper };
      }
      const output = await dynamodb.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: source.indexName,
          KeyConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: position === FRESH || position === undefined ? undefined : toStartKey(position),
        }),
      );
      return { rows: output.Items ?? [], more: output.LastEvaluatedKey !== undefined };
    }),
  );
  const merged = fetched
    .flatMap(({ rows }, i) => rows.map((raw) => ({ raw, source: sources[i]!, index: i, sortKey: raw[sources[i]!.sortKey]?.S ?? '' })))
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : a.index - b.index));
  const page = merged.slice(0, limit);
  const next: FanoutCursor = { l: listing, s: [...state.s] };
  sources.forEach((source, i) => {
    if (next.s[i] === DONE) return;
    const taken = page.filter((row) => row.index === i);
    const fetchedRows = fetched[i]!.rows;
    if (taken.length === fetchedRows.length && !fetched[i]!.more) next.s[i] = DONE;
    else if (taken.length > 0) next.s[i] = keyOf(taken[taken.length - 1]!.raw, source);
  });
  const seen = new Set<string>();
  const items = page
    .filter((row) => {
      // During an upgrade an article can sit in both layouts for a moment: list it once.
      const id = row.sortKey.slice(row.sortKey.lastIndexOf('#') + 1);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map(({ raw, source }) => ({ raw, source }));
  const finished = next.s.every((position) => position === DONE);
  return finished ? { items } : { items, cursor: encode(next) };
}
