import { beforeAll, describe, expect, it } from 'vitest';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { PolicyValidationPluginReport } from 'aws-cdk-lib';
import { nagPacks } from '../../lib/nag';
import { synthesizeStack } from './stack-fixture';

/** Readable failure output: rule and the construct paths that violate it. */
function findings(report: PolicyValidationPluginReport): string[] {
  return report.violations.map(
    (violation) => `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
  );
}

describe('cdk-nag', () => {
  let reports: Map<string, PolicyValidationPluginReport>;

  beforeAll(() => {
    // With the alarm email, so the optional subscription is checked too.
    const { stack } = synthesizeStack({ alarmEmail: 'desk-ops@example.com' });
    reports = new Map(nagPacks().map((pack) => [pack.readPackName, pack.validateScope(stack)]));
  });

  it('runs the AwsSolutions and Serverless packs', () => {
    expect([...reports.keys()].sort()).toEqual(['AwsSolutions', 'Serverless']);
  });

  it.each(['AwsSolutions', 'Serverless'])('%s reports zero unacknowledged findings', (pack) => {
    const report = reports.get(pack)!;
    expect(findings(report)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('the packs do flag an insecure stack (so zero findings above means something)', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const careless = new Stack(app, 'Careless');
    new Queue(careless, 'PlainQueue');
    new LambdaFunction(careless, 'Untraced', {
      runtime: Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => {}'),
      timeout: Duration.seconds(3),
    });
    const [awsSolutions, serverless] = nagPacks().map((pack) => findings(pack.validateScope(careless)).join('\n'));
    expect(awsSolutions).toContain('AwsSolutions-SQS4');
    expect(awsSolutions).toContain('AwsSolutions-IAM4');
    expect(serverless).toContain('Serverless-LambdaTracing');
    expect(serverless).toContain('Serverless-SQSRedrivePolicy');
  });
});
