/**
 * What a downstream consumer may do, and nothing more: read the records table and its indexes,
 * read its change stream, subscribe to the article events topic. The statements are written out
 * (not the broad `grantReadData` / `grantStreamRead` helpers) so the documented consumer policy in
 * docs/deploy.md is exactly this list.
 */
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { RecordsTable } from './records-table';

export const consumerActions = {
  table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:DescribeTable'],
  stream: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
  events: ['sns:Subscribe', 'sns:GetTopicAttributes'],
} as const;

export interface ConsumerResources {
  readonly records: RecordsTable;
  readonly eventsTopic: ITopic;
}

export function consumerReadGrants(consumer: IGrantable, resources: ConsumerResources): Grant[] {
  const { table } = resources.records;
  return [
    Grant.addToPrincipal({
      grantee: consumer,
      actions: [...consumerActions.table],
      resourceArns: [table.tableArn, ...resources.records.indexArns()],
    }),
    Grant.addToPrincipal({ grantee: consumer, actions: [...consumerActions.stream], resourceArns: [table.tableStreamArn!] }),
    // A topic of this account: identity policy; another account's role goes through the topic policy.
    Grant.addToPrincipalOrResource({
      grantee: consumer,
      actions: [...consumerActions.events],
      resourceArns: [resources.eventsTopic.topicArn],
      resource: resources.eventsTopic,
    }),
  ];
}
