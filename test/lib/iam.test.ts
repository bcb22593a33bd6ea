import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import type { NewsdropStack } from '../../lib/newsdrop-stack';
import { logicalIdOf, synthesizeStack } from './stack-fixture';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}
interface PolicySource {
  where: string;
  statements: Statement[];
}

let stack: NewsdropStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStack({ alarmEmail: 'desk-ops@example.com' }));
});

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every identity-policy statement: AWS::IAM::Policy / ManagedPolicy and inline role policies. */
function allIdentityStatements(): PolicySource[] {
  const sources: PolicySource[] = [];
  for (const [id, resource] of Object.entries(template.toJSON().Resources as Record<string, any>)) {
    if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
      sources.push({ where: id, statements: resource.Properties.PolicyDocument.Statement });
    }
    if (resource.Type === 'AWS::IAM::Role') {
      for (const inline of resource.Properties.Policies ?? []) {
        sources.push({ where: `${id}/${inline.PolicyName}`, statements: inline.PolicyDocument.Statement });
      }
    }
  }
  return sources;
}

const dataServices = ['s3', 'dynamodb', 'sqs', 'sns', 'kms'];

/** Problems of one statement: wildcard actions on data services, or `*` resources there. */
function wildcardProblems(statement: Statement): string[] {
  const actions = asArray(statement.Action);
  const touchesData = actions.some((action) => action === '*' || dataServices.includes(action.split(':')[0]!));
  if (!touchesData) return [];
  const problems: string[] = [];
  for (const action of actions) {
    if (action === '*' || /^[a-z0-9-]+:\*$/.test(action)) problems.push(`action ${action}`);
  }
  for (const resource of asArray(statement.Resource)) {
    if (resource === '*') problems.push(`resource * for ${actions.join(',')}`);
  }
  return problems;
}

/** The statements of one role, across all policies attached to it. */
function statementsOfRole(roleLogicalId: string): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as any[];
  return policies
    .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleLogicalId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

function actionsOn(statements: Statement[], service: string): string[] {
  return statements
    .flatMap((statement) => asArray(statement.Action))
    .filter((action) => action.startsWith(`${service}:`))
    .sort();
}

describe('IAM least privilege', () => {
  it('finds the policies to check', () => {
    expect(allIdentityStatements().length).toBeGreaterThanOrEqual(3);
  });

  it('no statement touching s3, dynamodb, sqs, sns or kms has a wildcard action or a * resource', () => {
    const problems = allIdentityStatements().flatMap((source) =>
      source.statements.flatMap((statement) => wildcardProblems(statement).map((p) => `${source.where}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });

  it('the wildcard check itself catches `*` resources and service-wide actions', () => {
    expect(wildcardProblems({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })).toHaveLength(1);
    expect(wildcardProblems({ Effect: 'Allow', Action: ['dynamodb:*'], Resource: 'arn:aws:dynamodb:x' })).toHaveLength(1);
    expect(wildcardProblems({ Effect: 'Allow', Action: '*', Resource: '*' })).toHaveLength(2);
    expect(wildcardProblems({ Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' })).toEqual([]);
  });

  it('only X-Ray actions use a * resource', () => {
    const starActions = allIdentityStatements()
      .flatMap((source) => source.statements)
      .filter((statement) => asArray(statement.Resource).includes('*'))
      .flatMap((statement) => asArray(statement.Action));
    expect([...new Set(starActions)].sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('no role carries an AWS managed policy except the CDK notifications handler', () => {
    const roles = template.findResources('AWS::IAM::Role') as Record<string, any>;
    const withManaged = Object.entries(roles)
      .filter(([, role]) => role.Properties.ManagedPolicyArns)
      .map(([id]) => id);
    expect(withManaged).toEqual([expect.stringMatching(/^StorageNotificationsHandlerRole/)]);
  });
});

describe('ingest role', () => {
  let statements: Statement[];
  beforeAll(() => {
    statements = statementsOfRole(logicalIdOf(stack.ingest.role));
  });
  const bucketArn = () => ({ 'Fn::GetAtt': [logicalIdOf(stack.storage.bucket), 'Arn'] });
  const objectsUnder = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn(), `/${prefix}*`]] });

  it('reads uploads under incoming/ and writes processed/, nothing else in S3', () => {
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: objectsUnder('incoming/') }),
    );
    expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:PutObject', Resource: objectsUnder('processed/') }));
    expect(actionsOn(statements, 's3')).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject']);
  });

  it('reads and writes the table and queries only its named indexes', () => {
    const tableArn = { 'Fn::GetAtt': [logicalIdOf(stack.records.table), 'Arn'] };
    const onTable = statements.find((statement) => JSON.stringify(statement.Resource) === JSON.stringify(tableArn));
    // Exactly what the ingest use case sends: conditional puts, reads, queries, batched deletes.
    expect([...asArray(onTable!.Action)].sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']);
    const onIndexes = statements.find((statement) => JSON.stringify(statement.Resource).includes('/index/'));
    expect(onIndexes!.Action).toBe('dynamodb:Query');
    expect(JSON.stringify(onIndexes!.Resource)).not.toContain('/index/*');
  });

  it('sends only to the enrich queue and publishes only to the events topic with its key', () => {
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [logicalIdOf(stack.enrichQueue.queue), 'Arn'] } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: 'sns:Publish', Resource: { Ref: logicalIdOf(stack.topics.eventsTopic) } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Resource: { 'Fn::GetAtt': [logicalIdOf(stack.topics.key), 'Arn'] } }),
    );
    expect(actionsOn(statements, 'sqs').filter((action) => action === 'sqs:SendMessage')).toHaveLength(1);
  });
});

describe('enrich role', () => {
  let statements: Statement[];
  beforeAll(() => {
    statements = statementsOfRole(logicalIdOf(stack.enrich.role));
  });

  it('only reads processed/ text from S3', () => {
    expect(actionsOn(statements, 's3')).toEqual(['s3:GetObject']);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalIdOf(stack.storage.bucket), 'Arn'] }, '/processed/*']] },
      }),
    );
  });

  it('has exactly the table actions enrichment needs, sends to no queue, publishes events', () => {
    expect([...new Set(actionsOn(statements, 'dynamodb'))]).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    expect(actionsOn(statements, 'sqs')).not.toContain('sqs:SendMessage');
    expect(actionsOn(statements, 'sns')).toEqual(['sns:Publish']);
  });
});

describe('grants match what the adapters send', () => {
  it('every DynamoDB command the record store sends is granted to some pipeline role, and no grant goes unused', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../lambdas/adapters/dynamodb-record-store.ts', import.meta.url), 'utf8');
    const used = new Set([...source.matchAll(/new (\w+)Command\(/g)].map((match) => `dynamodb:${match[1]}`));
    const granted = new Set(
      [stack.ingest.role, stack.enrich.role].flatMap((role) => actionsOn(statementsOfRole(logicalIdOf(role)), 'dynamodb')),
    );
    expect([...used].filter((action) => !granted.has(action)), 'sent but not granted').toEqual([]);
    expect([...granted].filter((action) => !used.has(action)), 'granted but never sent').toEqual([]);
  });
});
