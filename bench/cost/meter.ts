/**
 * Counts what the pipeline asks of AWS: an SDK middleware on every client
 * records each request by service and operation; DynamoDB writes are priced
 * from the item before and after the write (fetched with an unmetered client,
 * one write at a time so the images are exact), reads from the consumed
 * capacity the emulator reports, SQS sends by 64 KB payload chunks.
 */
import {
  GetItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type ConsumedCapacity,
} from '@aws-sdk/client-dynamodb';
import type { AwsClients } from '../../lambdas/adapters';
import { tableKeys } from '../../lambdas/core/records/keys';
import { itemSize as sizeOf, readUnits, type StoredItem } from './item-size';
import { SQS_BILLING_CHUNK_BYTES } from './prices';
import { refusedWriteCost, writeCost, type IndexName, type WriteCost } from './write-units';

export type Service = 'S3' | 'DynamoDB' | 'SQS' | 'SNS';

export interface MeterTotals {
  /** `${service} ${operation}` → requests sent. */
  requests: Map<string, number>;
  /** Billed SQS request units of the sends (payload chunks). */
  sqsBilledSends: number;
  /** Payload bytes the sends carried (the receive side bills them again). */
  sqsPayloadBytes: number;
  sqsMessages: number;
  /** Write units by item kind (article, topic, entity, job, content, …), base table only. */
  writeUnitsByItem: Map<string, number>;
  writeUnitsByIndex: Map<IndexName, number>;
  /** Item writes by kind, to see how often each item is written. */
  writesByItem: Map<string, number>;
  readUnitsByOperation: Map<string, number>;
  /** Bytes of each article item as written, to check the 1 KB goal. */
  articleItemBytes: number[];
}

export function emptyTotals(): MeterTotals {
  return {
    requests: new Map(),
    sqsBilledSends: 0,
    sqsPayloadBytes: 0,
    sqsMessages: 0,
    writeUnitsByItem: new Map(),
    writeUnitsByIndex: new Map(),
    writesByItem: new Map(),
    readUnitsByOperation: new Map(),
    articleItemBytes: [],
  };
}

const add = <K>(map: Map<K, number>, key: K, value: number) => map.set(key, (map.get(key) ?? 0) + value);

/**
 * The item kind from its key: in an article's partition the sort key says it
 * (ARTICLE, and schema-1 TOPIC#…, JOB#…); elsewhere the partition key's prefix
 * (schema-2 TOPIC#…/ENTITY#… entries, CONTENT#… claims).
 */
export function itemKind(partitionKey: string | undefined, sortKey?: string): string {
  if (partitionKey === undefined) return 'unknown';
  const partitionKind = partitionKey.split('#')[0]!.toLowerCase();
  if (partitionKind !== 'article' || sortKey === undefined) return partitionKind;
  return sortKey.split('#')[0]!.toLowerCase();
}

type Key = Record<string, AttributeValue>;
type Middleware = Parameters<AwsClients['s3']['middlewareStack']['add']>[0];

const isConditionFailure = (error: unknown) => (error as { name?: string })?.name === 'ConditionalCheckFailedException';

export class CostMeter {
  totals: MeterTotals = emptyTotals();
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(
    /** An unmetered client on the same table, for before/after images. */
    private readonly inspector: DynamoDBClient,
    private readonly table: string,
  ) {}

  reset(): MeterTotals {
    const previous = this.totals;
    this.totals = emptyTotals();
    return previous;
  }

  /** Adds the metering middleware to every client; returns the same clients. */
  instrument<C extends { middlewareStack: { add: (middleware: never, options: { step: 'initialize'; name: string }) => void } }>(
    service: Service,
    client: C,
  ): C {
    const middleware: Middleware = (next, context) => async (args) => {
      const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
      add(this.totals.requests, `${service} ${operation}`, 1);
      const input = args.input as Record<string, unknown>;
      if (service === 'SQS') this.countSqsSend(operation, input);
      if (service !== 'DynamoDB') return next(args);
      if (operation === 'PutItem' || operation === 'UpdateItem' || operation === 'DeleteItem' || operation === 'BatchWriteItem') {
        return this.serialized(() => this.meteredWrite(operation, input, () => next(args)));
      }
      if (operation === 'GetItem' || operation === 'Query' || operation === 'BatchGetItem') {
        input.ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        this.countRead(operation, input, (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity);
        return result;
      }
      return next(args);
    };
    client.middlewareStack.add(middleware as never, { step: 'initialize', name: 'costMeter' });
    return client;
  }

  private countSqsSend(operation: string, input: Record<string, unknown>): void {
    const bodies =
      operation === 'SendMessageBatch'
        ? ((input.Entries as { MessageBody?: string }[] | undefined) ?? []).map((entry) => entry.MessageBody ?? '')
        : operation === 'SendMessage'
          ? [String(input.MessageBody ?? '')]
          : undefined;
    if (bodies === undefined) return;
    const bytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
    this.totals.sqsMessages += bodies.length;
    this.totals.sqsPayloadBytes += bytes;
    this.totals.sqsBilledSends += Math.max(1, Math.ceil(bytes / SQS_BILLING_CHUNK_BYTES));
  }

  private countRead(operation: string, input: Record<string, unknown>, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
    const reported = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
    // DynamoDB bills at least half a unit (eventually consistent) or one unit per request, even for no items.
    const consistent = input.ConsistentRead === true;
    add(this.totals.readUnitsByOperation, operation, Math.max(reported, readUnits(0, consistent)));
  }

  /** One write at a time: the before/after images must belong to this write alone. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writeQueue.then(work);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async image(key: Key): Promise<StoredItem | undefined> {
    const output = await this.inspector.send(new GetItemCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return output.Item;
  }

  private async meteredWrite<T>(operation: string, input: Record<string, unknown>, send: () => Promise<T>): Promise<T> {
    const writes = writeTargets(operation, input);
    const before = await Promise.all(writes.map((write) => this.image(write.key)));
    try {
      const result = await send();
      const after = await Promise.all(writes.map((write) => (write.deletes ? Promise.resolve(undefined) : this.image(write.key))));
      writes.forEach((write, i) => this.recordWrite(write.key, writeCost(before[i], after[i]), after[i]));
      return result;
    } catch (error) {
      if (isConditionFailure(error)) writes.forEach((write, i) => this.recordWrite(write.key, refusedWriteCost(before[i], write.item)));
      throw error;
    }
  }

  private recordWrite(key: Key, cost: WriteCost, after?: StoredItem): void {
    const kind = itemKind(key[tableKeys.partitionKey]?.S, key[tableKeys.sortKey]?.S);
    add(this.totals.writeUnitsByItem, kind, cost.base);
    add(this.totals.writesByItem, kind, 1);
    for (const [index, units] of Object.entries(cost.byIndex)) add(this.totals.writeUnitsByIndex, index as IndexName, units ?? 0);
    if (kind === 'article' && after !== undefined) this.totals.articleItemBytes.push(sizeOf(after));
  }
}

interface WriteTarget {
  key: Key;
  item?: StoredItem;
  deletes: boolean;
}

function keyOf(item: StoredItem): Key {
  return { [tableKeys.partitionKey]: item[tableKeys.partitionKey]!, [tableKeys.sortKey]: item[tableKeys.sortKey]! };
}

function writeTargets(operation: string, input: Record<string, unknown>): WriteTarget[] {
  switch (operation) {
    case 'PutItem': {
      const item = input.Item as StoredItem;
      return [{ key: keyOf(item), item, deletes: false }];
    }
    case 'UpdateItem':
      return [{ key: input.Key as Key, deletes: false }];
    case 'DeleteItem':
      return [{ key: input.Key as Key, deletes: true }];
    default: {
      const requests = Object.values((input.RequestItems as Record<string, { PutRequest?: { Item: StoredItem }; DeleteRequest?: { Key: Key } }[]>) ?? {}).flat();
      return requests.map((request) =>
        request.PutRequest
          ? { key: keyOf(request.PutRequest.Item), item: request.PutRequest.Item, deletes: false }
          : { key: request.DeleteRequest!.Key, deletes: true },
      );
    }
  }
}
