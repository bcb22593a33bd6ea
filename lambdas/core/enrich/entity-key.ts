/**
 * `entityKeyOf` (records/keys, shared with the read side) memoized: it
 * normalizes with NFKC and a locale-aware lower-casing, which is slow enough
 * to dominate entity extraction when called per mention.
 */
import { entityKeyOf } from '../records/keys';

const KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

export function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = entityKeyOf(name);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/**
 * Index lookup keys of an entity: its canonical key first, then aliases (a
 * surname, a short name) under which downstream may look it up. Minimal
 * version: the canonical key only (the enrichment work adds aliases).
 */
export function entityLookupKeys(entity: { key: string }): string[] {
  return [entity.key];
}
