/**
 * grantUpload and grantRead, judged by evaluating the synthesized policy statements: an uploader
 * may create objects under its own `incoming/<source>/` and nowhere else; a consumer may read the
 * table, its indexes and stream and subscribe to events, and write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AccountPrincipal, Role } from 'aws-cdk-lib/aws-iam';
import type { Template } from 'aws-cdk-lib/assertions';
import { indexes } from '../../lambdas/core/records/keys';
import type { NewsdropStack } from '../../lib/newsdrop-stack';
import { uploadPrefix } from '../../lib/article-storage';
import { isAllowed, resolve, type Statement } from './policy-eval';
import { logicalIdOf, synthesizeStack } from './stack-fixture';

let stack: NewsdropStack;
let template: Template;
let uploader: Role;
let consumer: Role;

beforeAll(() => {
  ({ stack, template } = synthesizeStack({ stage: 'test' }, (pipeline) => {
    uploader = new Role(pipeline, 'TashkentDeskUploader', { assumedBy: new AccountPrincipal(pipeline.account) });
    consumer = new Role(pipeline, 'SearchIndexConsumer', { assumedBy: new AccountPrincipal(pipeline.account) });
    pipeline.grantUpload(uploader, 'tashkent-desk');
    pipeline.grantRead(consumer);
    // A newsroom system in another account: granted through the bucket policy.
    pipeline.grantUpload(new AccountPrincipal('111122223333'), 'partner-wire');
  }));
});

function roleStatements(role: Role): Statement[] {
  const roleId = logicalIdOf(role);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy: any) => policy.Properties.Roles.some((ref: { Ref: string }) => ref.Ref === roleId))
    .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

function bucketPolicyStatements(): Statement[] {
  const bucketId = logicalIdOf(stack.storage.bucket);
  return Object.values(template.findResources('AWS::S3::BucketPolicy'))
    .filter((policy: any) => policy.Properties.Bucket.Ref === bucketId)
    .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

const objectArn = (key: string) => `${resolve({ 'Fn::GetAtt': [logicalIdOf(stack.storage.bucket), 'Arn'] })}/${key}`;

describe('grantUpload', () => {
  it('allows PutObject under incoming/<source>/ only', () => {
    const statements = [...roleStatements(uploader), ...bucketPolicyStatements().filter((s) => s.Effect === 'Deny')];
    expect(isAllowed(statements, 's3:PutObject', objectArn('incoming/tashkent-desk/2026/story.html'))).toBe(true);
    for (const key of [
      'incoming/seoul-desk/story.html', // another newsroom
      'incoming/tashkent-desk-evil/story.html', // a prefix that merely starts alike
      'incoming/story.html',
      'processed/0123abcd.json', // what the pipeline trusts
      'tashkent-desk/story.html',
    ]) {
      expect(isAllowed(statements, 's3:PutObject', objectArn(key)), key).toBe(false);
    }
  });

  it('grants nothing but PutObject: no read, delete, list or ACL change', () => {
    const actions = roleStatements(uploader).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(['s3:PutObject']);
    for (const action of ['s3:GetObject', 's3:DeleteObject', 's3:ListBucket', 's3:PutObjectAcl']) {
      expect(isAllowed(roleStatements(uploader), action, objectArn('incoming/tashkent-desk/a.txt')), action).toBe(false);
    }
  });

  it('grants another account through the bucket policy, for its own source only', () => {
    const partner = bucketPolicyStatements().filter(
      (s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('111122223333'),
    );
    expect(partner).toHaveLength(1);
    expect(isAllowed(partner, 's3:PutObject', objectArn('incoming/partner-wire/a.json'))).toBe(true);
    expect(isAllowed(partner, 's3:PutObject', objectArn('incoming/tashkent-desk/a.json'))).toBe(false);
    expect(isAllowed(partner, 's3:PutObject', objectArn('processed/a.json'))).toBe(false);
  });

  it('even an account-wide s3:PutObject is denied under processed/ by the bucket policy', () => {
    const careless: Statement = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    const statements = [careless, ...bucketPolicyStatements()];
    expect(isAllowed(statements, 's3:PutObject', objectArn('processed/forged.json'))).toBe(false);
    expect(isAllowed(statements, 's3:PutObject', objectArn('incoming/any/ok.txt'))).toBe(true);
    // The ingest function itself still writes there; nobody writes without TLS.
    const ingestRole = resolve({ 'Fn::GetAtt': [logicalIdOf(stack.ingest.role), 'Arn'] });
    expect(isAllowed(statements, 's3:PutObject', objectArn('processed/a.json'), { principalArn: ingestRole })).toBe(true);
    expect(isAllowed(statements, 's3:PutObject', objectArn('incoming/any/ok.txt'), { secureTransport: false })).toBe(false);
  });

  it('refuses a source that is not one plain path segment', () => {
    for (const source of ['', 'a/b', '*', '..', 'desk/../processed', 'a*']) {
      expect(() => uploadPrefix(source), JSON.stringify(source)).toThrow(/one path segment/);
    }
    expect(uploadPrefix('tashkent-desk')).toBe('incoming/tashkent-desk/');
  });
});

describe('grantRead', () => {
  const tableArn = () => resolve({ 'Fn::GetAtt': [logicalIdOf(stack.records.table), 'Arn'] });
  const streamArn = () => resolve({ 'Fn::GetAtt': [logicalIdOf(stack.records.table), 'StreamArn'] });
  const topicArn = () => resolve({ Ref: logicalIdOf(stack.topics.eventsTopic) });

  it('reads the table, every index and the stream, and subscribes to events', () => {
    const statements = roleStatements(consumer);
    for (const action of ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']) {
      expect(isAllowed(statements, action, tableArn()), action).toBe(true);
    }
    for (const index of Object.values(indexes)) {
      expect(isAllowed(statements, 'dynamodb:Query', `${tableArn()}/index/${index.indexName}`), index.indexName).toBe(true);
    }
    for (const action of ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream']) {
      expect(isAllowed(statements, action, streamArn()), action).toBe(true);
    }
    expect(isAllowed(statements, 'sns:Subscribe', topicArn())).toBe(true);
  });

  it('writes nothing and reads nothing else', () => {
    const statements = roleStatements(consumer);
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:Scan']) {
      expect(isAllowed(statements, action, tableArn()), action).toBe(false);
    }
    expect(isAllowed(statements, 'sns:Publish', topicArn())).toBe(false);
    expect(isAllowed(statements, 's3:GetObject', objectArn('processed/a.json'))).toBe(false);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions.every((action) => /^(dynamodb|sns):/.test(action))).toBe(true);
    expect(actions.some((action) => action.endsWith(':*'))).toBe(false);
  });
});
