import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
  type GlobalSecondaryIndexPropsV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { indexes, tableKeys, type IndexDefinition } from '../lambdas/core/records/keys';

/**
 * The single records table. Key schema and index names come from the key module, the only
 * owner of the layout. On-demand billing: ingestion is bursty (newsroom uploads), and idle
 * hours cost nothing. The stream (new and old images) is the downstream change feed.
 */
export class RecordsTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    const globalSecondaryIndexes: GlobalSecondaryIndexPropsV2[] = Object.values(indexes).map((index: IndexDefinition) => {
      const { projection } = index;
      return {
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        ...(projection.type === 'ALL'
          ? { projectionType: ProjectionType.ALL }
          : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projection.attributes] }),
      };
    });

    this.table = new TableV2(this, 'Records', {
      partitionKey: { name: tableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableKeys.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      // AWS-managed key: encryption at rest with CloudTrail-visible key use, no key policy to run.
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableKeys.ttlAttribute,
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes,
    });
  }

  /** ARNs of the GSIs, one by one: functions may Query exactly these indexes. */
  indexArns(): string[] {
    return Object.values(indexes).map((index) => `${this.table.tableArn}/index/${index.indexName}`);
  }
}
