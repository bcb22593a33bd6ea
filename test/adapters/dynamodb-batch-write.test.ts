import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { BatchWriteItemCommand, DynamoDBClient, QueryCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { DynamoDbRecordStore } from '../../lambdas/adapters/dynamodb-record-store';
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
