import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { BatchGetItemCommand, BatchWriteItemCommand, DynamoDBClient, GetItemCommand, QueryCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { DynamoDbRecordStore, writeBatches } from '../../lambdas/adapters/dynamodb-record-store';
import { keys } from '../../lambdas/core/records/keys';
import { LeftoverError } from '../../lambdas/adapters/backoff';

const dynamoMock = mockClient(DynamoDBClient);
afterEach(() => dynamoMock.reset());

const deleteRequest = (sk: string): WriteRequest => ({ DeleteRequest: { Key: { PK: { S: 'ARTICLE#x' }, SK: { S: sk } } } });

describe('DynamoDbRecordStore batch writes', () => {
  it('retries UnprocessedItems with backoff until they are written', async () => {
    const sleeps: number[] = [];
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records', {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 1,
      baseDelayMs: 10,
    });
    dynamoMock
      .on(BatchWriteItemCommand)
      .resolvesOnce({ UnprocessedItems: { records: [deleteRequest('TOPIC#b'), deleteRequest('TOPIC#c')] } })
      .resolvesOnce({ UnprocessedItems: { records: [deleteRequest('TOPIC#c')] } })
      .resolves({ UnprocessedItems: {} });

    await store.batchWrite(['TOPIC#a', 'TOPIC#b', 'TOPIC#c'].map(deleteRequest));

    const calls = dynamoMock.commandCalls(BatchWriteItemCommand).map((call) => call.args[0].input.RequestItems?.records?.length);
    expect(calls).toEqual([3, 2, 1]);
    expect(sleeps).toEqual([10, 20]);
  });

  it('gives up with a retryable error when items stay unprocessed', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records', { sleep: async () => {}, maxAttempts: 4 });
    dynamoMock.on(BatchWriteItemCommand).callsFake((input) => ({ UnprocessedItems: input.RequestItems }));
    await expect(store.batchWrite([deleteRequest('TOPIC#a')])).rejects.toBeInstanceOf(LeftoverError);
    expect(dynamoMock.commandCalls(BatchWriteItemCommand)).toHaveLength(4);
  });

  it('removes the schema-1 items of an article in chunks of 25, never the article item', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records');
    const items = [{ PK: { S: 'ARTICLE#x' }, SK: { S: 'ARTICLE' } }, ...Array.from({ length: 27 }, (_, i) => ({ PK: { S: 'ARTICLE#x' }, SK: { S: `ENTITY#e${i}` } }))];
    dynamoMock.on(QueryCommand).resolves({ Items: items });
    dynamoMock.on(BatchWriteItemCommand).resolves({});
    await store.removeSchema1Items('x');
    const batches = dynamoMock.commandCalls(BatchWriteItemCommand).map((call) => call.args[0].input.RequestItems?.records ?? []);
    expect(batches.map((batch) => batch.length)).toEqual([25, 2]);
    expect(batches.flat().some((request) => request.DeleteRequest?.Key?.SK?.S === 'ARTICLE')).toBe(false);
  });
});

describe('DynamoDbRecordStore calls gathered across the messages of a batch', () => {
  const articleItem = (id: string, version: number) => ({
    PK: { S: keys.article(id).PK },
    SK: { S: keys.article(id).SK },
    ...Object.fromEntries(Object.entries(marshall({ articleId: id, version, status: 'PARSED', schemaVersion: 2, source: { bucket: 'b', key: `incoming/${id}.txt`, sequencer: '01' } }))),
  });

  it('reads the articles asked for in one turn with one consistent BatchGetItem, missing ones as undefined', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records');
    dynamoMock.on(BatchGetItemCommand).resolves({ Responses: { records: [articleItem('b'.repeat(32), 3), articleItem('a'.repeat(32), 1)] } });
    const [a, missing, b, aAgain] = await Promise.all(['a'.repeat(32), 'c'.repeat(32), 'b'.repeat(32), 'a'.repeat(32)].map((id) => store.getArticle(id)));
    expect([a?.version, missing, b?.version, aAgain?.version]).toEqual([1, undefined, 3, 1]);
    const calls = dynamoMock.commandCalls(BatchGetItemCommand);
    expect(calls).toHaveLength(1);
    const request = calls[0]!.args[0].input.RequestItems!.records!;
    expect(request.ConsistentRead).toBe(true);
    expect(request.Keys).toHaveLength(3);
    expect(dynamoMock.commandCalls(GetItemCommand)).toHaveLength(0);
  });

  it('retries UnprocessedKeys of the gathered read', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records', { sleep: async () => {} });
    const b = { PK: { S: keys.article('b'.repeat(32)).PK }, SK: { S: keys.article('b'.repeat(32)).SK } };
    dynamoMock
      .on(BatchGetItemCommand)
      .resolvesOnce({ Responses: { records: [articleItem('a'.repeat(32), 1)] }, UnprocessedKeys: { records: { Keys: [b] } } })
      .resolves({ Responses: { records: [articleItem('b'.repeat(32), 2)] } });
    const versions = await Promise.all(['a'.repeat(32), 'b'.repeat(32)].map(async (id) => (await store.getArticle(id))?.version));
    expect(versions).toEqual([1, 2]);
    expect(dynamoMock.commandCalls(BatchGetItemCommand)).toHaveLength(2);
  });

  it('writes the entries of several messages in one BatchWriteItem, a key written twice in separate requests', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records');
    dynamoMock.on(BatchWriteItemCommand).resolves({});
    const entry = (articleId: string, topicId: string) => ({ articleId, version: 1, topicId, score: 0.9, date: '2026-06-01', sequencer: '01', title: 't', language: 'en' as const });
    await Promise.all([
      store.putEntries([entry('a'.repeat(32), 'energy'), entry('a'.repeat(32), 'trade')], []),
      store.putEntries([entry('b'.repeat(32), 'energy')], []),
      // The same article again (a duplicate event in the batch): its keys go in a request of their own.
      store.putEntries([entry('a'.repeat(32), 'energy')], []),
    ]);
    const batches = dynamoMock.commandCalls(BatchWriteItemCommand).map((call) => call.args[0].input.RequestItems!.records!);
    expect(batches.map((batch) => batch.length)).toEqual([3, 1]);
    for (const batch of batches) {
      const requestKeys = batch.map((request) => `${request.PutRequest!.Item!.PK!.S}|${request.PutRequest!.Item!.SK!.S}`);
      expect(new Set(requestKeys).size).toBe(requestKeys.length);
    }
  });
});

describe('DynamoDbRecordStore listing queries of one turn', () => {
  it('reads a partition asked for by several articles at once with one Query, each caller getting the items', async () => {
    const store = new DynamoDbRecordStore(new DynamoDBClient({ region: 'us-east-1' }), 'records');
    dynamoMock.on(QueryCommand).callsFake((input) => ({ Items: [{ PK: input.ExpressionAttributeValues[':pk'], SK: { S: 'x' }, entityKey: { S: 'k' }, articleId: { S: 'a'.repeat(32) }, title: { S: 't' }, date: { S: '2026-06-01' } }] }));
    const [first, second, other] = await Promise.all([store.queryEntity('person:kim', 20), store.queryEntity('person:kim', 20), store.queryEntity('org:hyundai', 20)]);
    expect(first).toEqual(second);
    expect(other).toHaveLength(2);
    const partitions = dynamoMock.commandCalls(QueryCommand).map((call) => call.args[0].input.ExpressionAttributeValues![':pk']!.S);
    // Two entity shards for each of the two lookup keys, each read once.
    expect(partitions).toHaveLength(4);
    expect(new Set(partitions).size).toBe(4);
  });
});

describe('writeBatches', () => {
  it('keeps order, at most 25 per batch and no key twice in one', () => {
    const requests = [...Array.from({ length: 30 }, (_, i) => deleteRequest(`TOPIC#${i}`)), deleteRequest('TOPIC#29'), deleteRequest('TOPIC#x')];
    const batches = writeBatches(requests);
    expect(batches.map((batch) => batch.length)).toEqual([25, 5, 2]);
    expect(batches.flat()).toEqual(requests);
  });
});
