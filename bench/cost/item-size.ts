/**
 * DynamoDB item size as the service bills it: attribute name bytes plus value
 * bytes; strings and binaries by UTF-8 length, numbers one byte per two
 * significant digits plus one, lists and maps 3 bytes plus one per element,
 * booleans and null one byte (AWS developer guide, "Item sizes and formats").
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DYNAMO_READ_UNIT_BYTES, DYNAMO_WRITE_UNIT_BYTES } from './prices';

export type StoredItem = Record<string, AttributeValue>;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

function numberSize(value: string): number {
  const digits = value.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + valueSize(element), 0);
  if (value.M !== undefined) return 3 + Object.keys(value.M).length + itemSize(value.M);
  return 0;
}

export function itemSize(item: StoredItem): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8(name) + valueSize(value);
  return size;
}

/** Write units of one item write of `bytes` (at least one, also for deletes of missing items). */
export const writeUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / DYNAMO_WRITE_UNIT_BYTES));

/** Read units of `bytes` read in one request (at least half a unit). */
export function readUnits(bytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / DYNAMO_READ_UNIT_BYTES));
  return consistent ? units : units / 2;
}
