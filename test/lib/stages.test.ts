/**
 * Two stages in one app (what `cdk synth -c stages=staging,prod` builds): two stacks whose
 * explicitly named resources (dashboard, alarms) and metrics namespaces never collide, both
 * cdk-nag clean. Everything else is named by CloudFormation from the stack name.
 */
import { describe, expect, it } from 'vitest';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { nagPacks } from '../../lib/nag';
import { NewsdropStack } from '../../lib/newsdrop-stack';
import { defaultStage, stageNames } from '../../lib/stage';
import { cdkJsonContext, fixtureEntry } from './stack-fixture';

/** Properties CloudFormation treats as physical names (unique per account and region). */
const NAME_PROPERTIES = ['AlarmName', 'DashboardName', 'QueueName', 'TopicName', 'TableName', 'BucketName', 'RoleName', 'FunctionName', 'LogGroupName'];

function physicalNames(template: Template): string[] {
  const names: string[] = [];
  for (const resource of Object.values(template.toJSON().Resources as Record<string, { Properties?: Record<string, unknown> }>)) {
    for (const property of NAME_PROPERTIES) {
      const value = resource.Properties?.[property];
      if (typeof value === 'string') names.push(`${property}=${value}`);
    }
  }
  return names;
}

describe('stages', () => {
  const app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
  const stacks = ['staging', 'prod'].map(
    (stage) => new NewsdropStack(app, undefined, { stage, handlerEntries: { ingest: fixtureEntry, enrich: fixtureEntry } }),
  );
  const templates = stacks.map((stack) => Template.fromStack(stack));

  it('names each stack after its stage', () => {
    expect(stacks.map((stack) => stack.stackName)).toEqual(['Newsdrop-staging', 'Newsdrop-prod']);
    expect(stageNames().stackName).toBe(`Newsdrop-${defaultStage}`);
  });

  it('gives the two stages disjoint physical names, dashboards and metrics namespaces', () => {
    const [staging, prod] = templates.map(physicalNames);
    expect(staging!.length).toBeGreaterThan(5);
    expect(staging!.filter((name) => prod!.includes(name))).toEqual([]);
    expect(staging!.every((name) => name.includes('staging'))).toBe(true);
    const namespaces = stacks.map((stack) => stack.names.metricsNamespace);
    expect(new Set(namespaces).size).toBe(2);
    for (const [i, template] of templates.entries()) {
      const functions = Object.values(template.findResources('AWS::Lambda::Function')) as any[];
      const handlers = functions.filter((fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_METRICS_NAMESPACE);
      expect(handlers).toHaveLength(2);
      for (const fn of handlers) expect(fn.Properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe(namespaces[i]);
    }
  });

  it('synthesizes both stacks in one assembly, cdk-nag clean', () => {
    const assembly = app.synth();
    expect(assembly.stacks.map((stack) => stack.stackName).sort()).toEqual(['Newsdrop-prod', 'Newsdrop-staging']);
    for (const stack of stacks) {
      for (const pack of nagPacks()) {
        const report = pack.validateScope(stack);
        expect(report.violations.map((v) => `${stack.stackName} ${v.ruleName}`)).toEqual([]);
      }
    }
  });

  it('refuses a stage that cannot be part of every name', () => {
    for (const stage of ['', 'Prod', 'prod_1', '1prod', 'a'.repeat(21), 'prod/eu']) {
      expect(() => stageNames(stage), stage).toThrow(/stage must be/);
    }
  });
});

describe('CLI --stage', () => {
  it('looks up the stage stack, and refuses a malformed stage before any AWS call', async () => {
    const { mockClient } = await import('aws-sdk-client-mock');
    const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
    const { resolveTarget } = await import('../../cli/target');
    const cfn = mockClient(CloudFormationClient);
    try {
      cfn.on(DescribeStacksCommand).rejects(new Error('Stack with id Newsdrop-prod does not exist'));
      await expect(resolveTarget({ stage: 'prod', region: 'eu-west-1' })).rejects.toThrow(/"Newsdrop-prod".*does not exist/);
      expect(cfn.commandCalls(DescribeStacksCommand)[0]!.args[0].input.StackName).toBe('Newsdrop-prod');
      await expect(resolveTarget({ stage: 'Prod!', region: 'eu-west-1' })).rejects.toThrow(/--stage must be/);
      expect(cfn.commandCalls(DescribeStacksCommand)).toHaveLength(1);
    } finally {
      cfn.restore();
    }
  });
});
