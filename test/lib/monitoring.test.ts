import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import type { NewsdropStack } from '../../lib/newsdrop-stack';
import { stackOutputs } from '../../lib/newsdrop-stack';
import { customMetrics, metricServices } from '../../lib/custom-metrics';
import { infraSettings } from '../../lib/settings';
import { logicalIdOf, synthesizeStack } from './stack-fixture';

let stack: NewsdropStack;
let template: Template;
type Alarm = { Properties: Record<string, any> };
let alarms: Alarm[];

beforeAll(() => {
  ({ stack, template } = synthesizeStack({ alarmEmail: 'desk-ops@example.com' }));
  alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
});

/** Alarms whose metric has this name and this dimension value. */
function alarmsOn(metricName: string, dimension: unknown): Alarm[] {
  return alarms.filter(
    (alarm) =>
      alarm.Properties.MetricName === metricName &&
      (alarm.Properties.Dimensions ?? []).some((d: { Value: unknown }) => JSON.stringify(d.Value) === JSON.stringify(dimension)),
  );
}

const queueName = (construct: Parameters<typeof logicalIdOf>[0]) => ({ 'Fn::GetAtt': [logicalIdOf(construct), 'QueueName'] });
const functionName = (construct: Parameters<typeof logicalIdOf>[0]) => ({ Ref: logicalIdOf(construct) });

describe('alarms', () => {
  it.each([
    ['ingest', () => stack.ingestQueue.deadLetterQueue],
    ['enrich', () => stack.enrichQueue.deadLetterQueue],
  ])('%s DLQ alarms as soon as one message is visible', (_name, dlqOf) => {
    const [alarm, ...others] = alarmsOn('ApproximateNumberOfMessagesVisible', queueName(dlqOf()));
    expect(others).toEqual([]);
    expect(alarm!.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
  });

  it.each([
    ['ingest', () => stack.ingestQueue.queue],
    ['enrich', () => stack.enrichQueue.queue],
  ])('%s queue alarms when its oldest message is too old', (_name, queueOf) => {
    const [alarm] = alarmsOn('ApproximateAgeOfOldestMessage', queueName(queueOf()));
    expect(alarm!.Properties).toMatchObject({
      Threshold: infraSettings.alarms.oldestMessageAge.toSeconds(),
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it.each([
    ['ingest', 'Errors', () => stack.ingest.function],
    ['ingest', 'Throttles', () => stack.ingest.function],
    ['enrich', 'Errors', () => stack.enrich.function],
    ['enrich', 'Throttles', () => stack.enrich.function],
  ])('%s function alarms on any %s', (_name, metricName, functionOf) => {
    const [alarm, ...others] = alarmsOn(metricName, functionName(functionOf()));
    expect(others).toEqual([]);
    expect(alarm!.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  const customAlarmSpecs = customMetrics.filter((spec) => spec.alarm !== undefined);

  it.each(customAlarmSpecs.map((spec) => [spec.name, spec] as const))(
    'custom metric %s alarms on its sum over both handlers in the stage namespace',
    (name, spec) => {
      const matching = alarms.filter((alarm) => alarm.Properties.AlarmName === `${stack.names.alarmPrefix}-${name}`);
      expect(matching).toHaveLength(1);
      const properties = matching[0]!.Properties;
      expect(properties.Threshold).toBe(spec.alarm!.threshold);
      expect(properties.ComparisonOperator).toBe('GreaterThanThreshold');
      const queries = properties.Metrics as { Expression?: string; MetricStat?: { Metric: any; Stat: string } }[];
      const stats = queries.filter((query) => query.MetricStat).map((query) => query.MetricStat!);
      expect(stats.map((stat) => stat.Metric.Dimensions[0].Value).sort()).toEqual([...metricServices].sort());
      for (const stat of stats) {
        expect(stat.Metric).toMatchObject({ Namespace: stack.names.metricsNamespace, MetricName: name });
        expect(stat.Stat).toBe('Sum');
      }
      expect(queries.find((query) => query.Expression)!.Expression).toMatch(/FILL\(.*\+.*FILL\(/);
    },
  );

  it('alarms on FAILED articles', () => {
    expect(customAlarmSpecs.map((spec) => spec.name)).toContain('ArticlesFailed');
  });

  it('names every alarm after the stage', () => {
    for (const alarm of alarms) expect(alarm.Properties.AlarmName).toMatch(new RegExp(`^${stack.names.alarmPrefix}-[A-Za-z]+$`));
  });

  it('every alarm notifies the alarm topic on ALARM and on OK', () => {
    expect(alarms).toHaveLength(8 + customAlarmSpecs.length);
    const alarmTopic = { Ref: logicalIdOf(stack.topics.alarmTopic) };
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([alarmTopic]);
      expect(alarm.Properties.OKActions).toEqual([alarmTopic]);
      expect(alarm.Properties.AlarmDescription).toEqual(expect.any(String));
    }
  });

  it('subscribes the alarm email to the alarm topic when given', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'desk-ops@example.com',
      TopicArn: { Ref: logicalIdOf(stack.topics.alarmTopic) },
    });
  });
});

describe('dashboard', () => {
  it('charts queue and DLQ depths, function invocations, errors, duration and table throttles', () => {
    const dashboard = template.findResources('AWS::CloudWatch::Dashboard');
    const [properties] = Object.values(dashboard).map((resource: any) => resource.Properties);
    expect(properties.DashboardName).toBe(stack.names.dashboardName);
    const body = JSON.stringify(properties.DashboardBody);
    for (const metric of [
      'ApproximateNumberOfMessagesVisible',
      'ApproximateAgeOfOldestMessage',
      'Invocations',
      'Errors',
      'Throttles',
      'Duration',
      'WriteThrottleEvents',
      'ReadThrottleEvents',
    ]) {
      expect(body, metric).toContain(`\\"${metric}\\"`);
    }
    for (const queue of [stack.ingestQueue.deadLetterQueue, stack.enrichQueue.deadLetterQueue]) {
      expect(body).toContain(logicalIdOf(queue));
    }
  });

  it('charts every custom metric of the list in the stage namespace', () => {
    const [properties] = Object.values(template.findResources('AWS::CloudWatch::Dashboard')).map((resource: any) => resource.Properties);
    const body = JSON.stringify(properties.DashboardBody);
    expect(body).toContain(stack.names.metricsNamespace);
    for (const spec of customMetrics) {
      for (const service of metricServices) expect(body).toContain(`\\"${spec.name}\\",\\"service\\",\\"${service}\\"`);
    }
  });
});

describe('outputs', () => {
  it('names every output the CLI reads, each bound to its resource', () => {
    const ref = (construct: Parameters<typeof logicalIdOf>[0]) => ({ Ref: logicalIdOf(construct) });
    const expected: Record<string, unknown> = {
      [stackOutputs.bucketName]: ref(stack.storage.bucket),
      [stackOutputs.tableName]: ref(stack.records.table),
      [stackOutputs.ingestQueueUrl]: ref(stack.ingestQueue.queue),
      [stackOutputs.ingestDlqUrl]: ref(stack.ingestQueue.deadLetterQueue),
      [stackOutputs.enrichQueueUrl]: ref(stack.enrichQueue.queue),
      [stackOutputs.enrichDlqUrl]: ref(stack.enrichQueue.deadLetterQueue),
      [stackOutputs.eventsTopicArn]: ref(stack.topics.eventsTopic),
      [stackOutputs.tableArn]: { 'Fn::GetAtt': [logicalIdOf(stack.records.table), 'Arn'] },
      [stackOutputs.tableStreamArn]: { 'Fn::GetAtt': [logicalIdOf(stack.records.table), 'StreamArn'] },
      [stackOutputs.alarmTopicArn]: ref(stack.topics.alarmTopic),
      [stackOutputs.dashboardName]: ref(stack.monitoring.dashboard),
      [stackOutputs.region]: { Ref: 'AWS::Region' },
    };
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expect(outputs[name]!.Value, name).toEqual(value);
  });

  it('keeps the output names the CLI contract uses', () => {
    expect(Object.values(stackOutputs)).toEqual([
      'BucketName',
      'TableName',
      'IngestQueueUrl',
      'IngestDlqUrl',
      'EnrichQueueUrl',
      'EnrichDlqUrl',
      'EventsTopicArn',
      'TableArn',
      'TableStreamArn',
      'AlarmTopicArn',
      'DashboardName',
      'Region',
    ]);
  });
});
