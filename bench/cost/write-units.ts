/**
 * Write units of one item change, base table plus every GSI, from the item
 * before and after the write. GSI rules (AWS guide, "Provisioned throughput
 * considerations for global secondary indexes"): an item that gains the index
 * keys is one index put, one that loses them an index delete, a key change is
 * a delete plus a put, and a change of projected attributes only is one
 * update; a write that touches nothing projected costs the index nothing.
 */
import { indexes, tableKeys, type IndexProjection } from '../../lambdas/core/records/keys';
import { itemSize, writeUnits, type StoredItem } from './item-size';

export type IndexName = keyof typeof indexes;

export interface WriteCost {
  base: number;
  byIndex: Partial<Record<IndexName, number>>;
  total: number;
}

/** The deployed projections (keys.ts). */
const PROJECTIONS: Record<IndexName, IndexProjection> = { byTopic: indexes.byTopic.projection, byEntity: indexes.byEntity.projection, byStatus: indexes.byStatus.projection };

function projected(item: StoredItem, name: IndexName): StoredItem | undefined {
  const index = indexes[name];
  if (item[index.partitionKey] === undefined || item[index.sortKey] === undefined) return undefined;
  const projection = PROJECTIONS[name];
  if (projection.type === 'ALL') return item;
  const kept = [tableKeys.partitionKey, tableKeys.sortKey, index.partitionKey, index.sortKey, ...projection.attributes];
  const out: StoredItem = {};
  for (const attribute of kept) if (item[attribute] !== undefined) out[attribute] = item[attribute];
  return out;
}

const same = (a: StoredItem, b: StoredItem) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (item: StoredItem) => Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : 1)));

function indexWriteUnits(before: StoredItem | undefined, after: StoredItem | undefined, name: IndexName): number {
  const old = before && projected(before, name);
  const next = after && projected(after, name);
  if (!old && !next) return 0;
  if (!old) return writeUnits(itemSize(next!));
  if (!next) return writeUnits(itemSize(old));
  const index = indexes[name];
  const keyChanged = old[index.partitionKey]?.S !== next[index.partitionKey]?.S || old[index.sortKey]?.S !== next[index.sortKey]?.S;
  if (keyChanged) return writeUnits(itemSize(old)) + writeUnits(itemSize(next));
  if (same(old, next)) return 0;
  return writeUnits(Math.max(itemSize(old), itemSize(next)));
}

/** A successful write (put, update or delete: `after` undefined). */
export function writeCost(before: StoredItem | undefined, after: StoredItem | undefined): WriteCost {
  const base = writeUnits(Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0));
  const byIndex: WriteCost['byIndex'] = {};
  let total = base;
  for (const name of Object.keys(indexes) as IndexName[]) {
    const units = indexWriteUnits(before, after, name);
    if (units > 0) byIndex[name] = units;
    total += units;
  }
  return { base, byIndex, total };
}

/** A write refused by its condition: still billed for the item size, no index is touched. */
export function refusedWriteCost(before: StoredItem | undefined, attempted: StoredItem | undefined): WriteCost {
  const base = writeUnits(Math.max(before ? itemSize(before) : 0, attempted ? itemSize(attempted) : 0));
  return { base, byIndex: {}, total: base };
}
