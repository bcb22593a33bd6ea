/**
 * The exact IAM statements of each pipeline function. Written out instead of grant helpers so
 * every action and resource is visible and reviewable in one place: no `*` actions, and data
 * resources are named (object prefixes, the table, each index, one queue, one topic, one key).
 */
import type { Acknowledgment } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { pipelineConfig } from '../lambdas/config';
import type { ArticleStorage } from './article-storage';
import type { RecordsTable } from './records-table';

export interface PipelineResources {
  readonly storage: ArticleStorage;
  readonly records: RecordsTable;
  readonly enrichQueue: IQueue;
  readonly eventsTopic: ITopic;
  readonly topicKey: IKey;
}

/** A function's statements plus the cdk-nag findings they knowingly raise, each with its reason. */
export interface RolePermissions {
  readonly statements: PolicyStatement[];
  readonly acknowledgements: Acknowledgment[];
}

/**
 * Item reads (BatchGetItem when the messages of a batch read their articles together) plus Query
 * for duplicate, stale-index and related-article lookups. Only actions the DynamoDB adapter sends
 * (test/lib/iam.test.ts checks it): no DeleteItem for ingest (stale items go in BatchWriteItem) or
 * ConditionCheckItem (no transactions).
 */
const tableReadActions = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'];

function queryIndexes(records: RecordsTable): PolicyStatement {
  return new PolicyStatement({ actions: ['dynamodb:Query'], resources: records.indexArns() });
}

function publishEvents(resources: PipelineResources): PolicyStatement[] {
  return [
    new PolicyStatement({ actions: ['sns:Publish'], resources: [resources.eventsTopic.topicArn] }),
    // Publishing to a KMS-encrypted topic needs a data key from the topic key.
    new PolicyStatement({
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [resources.topicKey.keyArn],
    }),
  ];
}

/** Ingest: read uploads, write normalized text, write records, queue enrichment, publish events. */
export function ingestPermissions(resources: PipelineResources): RolePermissions {
  const { storage, records } = resources;
  const { incomingPrefix, processedPrefix } = pipelineConfig.bucket;
  const statements = [
    new PolicyStatement({
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [storage.objectsUnder(incomingPrefix)],
    }),
    new PolicyStatement({ actions: ['s3:PutObject'], resources: [storage.objectsUnder(processedPrefix)] }),
    new PolicyStatement({
      // Conditional puts of index items and the article item; BatchWriteItem deletes stale index items.
      actions: [...tableReadActions, 'dynamodb:PutItem', 'dynamodb:BatchWriteItem'],
      resources: [records.table.tableArn],
    }),
    queryIndexes(records),
    new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [resources.enrichQueue.queueArn] }),
    ...publishEvents(resources),
  ];
  return {
    statements,
    acknowledgements: [
      {
        id: storage.prefixWildcardFinding(incomingPrefix),
        reason: `Reads any newsroom upload under ${incomingPrefix}: object keys are chosen by newsrooms, so the key prefix is the narrowest resource.`,
      },
      processedTextAcknowledgement(storage, 'Writes'),
    ],
  };
}

function processedTextAcknowledgement(storage: ArticleStorage, verb: string): Acknowledgment {
  const { processedPrefix } = pipelineConfig.bucket;
  return {
    id: storage.prefixWildcardFinding(processedPrefix),
    reason: `${verb} normalized text at ${processedPrefix}<articleId>.json: article ids are computed per object at run time, so the key prefix is the narrowest resource.`,
  };
}

/** Enrich: read normalized text, read and update records, publish events. */
export function enrichPermissions(resources: PipelineResources): RolePermissions {
  const { storage, records } = resources;
  const statements = [
    new PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [storage.objectsUnder(pipelineConfig.bucket.processedPrefix)],
    }),
    new PolicyStatement({
      // DeleteItem: a superseded enrichment removes its own entity entries (conditional on its sequencer).
      actions: [...tableReadActions, 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
      resources: [records.table.tableArn],
    }),
    queryIndexes(records),
    ...publishEvents(resources),
  ];
  return { statements, acknowledgements: [processedTextAcknowledgement(storage, 'Reads')] };
}
