/**
 * The records table as a CreateTable request, built from the key module (keys,
 * indexes and their projections), so the local runtime, the tests and the
 * benchmarks create exactly the table the CDK stack deploys.
 */
import type { CreateTableCommandInput, Projection } from '@aws-sdk/client-dynamodb';
import { indexes, tableKeys, type IndexProjection } from '../lambdas/core/records/keys';

function projectionOf(projection: IndexProjection): Projection {
  return projection.type === 'ALL'
    ? { ProjectionType: 'ALL' }
    : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.attributes] };
}

export function recordsTableInput(tableName: string): CreateTableCommandInput {
  const gsis = Object.values(indexes);
  const keyNames = new Set<string>([tableKeys.partitionKey, tableKeys.sortKey, ...gsis.flatMap((gsi) => [gsi.partitionKey, gsi.sortKey])]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: gsis.map((gsi) => ({
      IndexName: gsi.indexName,
      KeySchema: [
        { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
        { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
      ],
      Projection: projectionOf(gsi.projection),
    })),
  };
}
