import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric as CloudWatchMetric,
  TextWidget,
  TreatMissingData,
  type Metric,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { customMetrics, metricServices, type CustomMetricSpec, type MetricGroup } from './custom-metrics';
import { infraSettings } from './settings';

export interface MonitoredStage {
  /** Short label used in alarm and widget names ("Ingest"). */
  readonly label: string;
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly function: IFunction;
}

export interface PipelineMonitoringProps {
  readonly stages: MonitoredStage[];
  readonly table: ITableV2;
  readonly alarmTopic: ITopic;
  readonly dashboardName: string;
  /** Alarm names start with it (`Newsdrop-prod`): alarms of two stages never collide. */
  readonly alarmPrefix: string;
  /** Namespace of the handlers' custom metrics (per stage). */
  readonly metricsNamespace: string;
}

/**
 * Alarms an operator acts on (dead letters, stuck queues, function errors and throttles), all
 * notifying the alarm topic on ALARM and on OK, plus one dashboard of the pipeline.
 */
export class PipelineMonitoring extends Construct {
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;
  private readonly alarmPrefix: string;

  constructor(scope: Construct, id: string, props: PipelineMonitoringProps) {
    super(scope, id);
    this.action = new SnsAction(props.alarmTopic);
    this.alarmPrefix = props.alarmPrefix;
    const { period, oldestMessageAge } = infraSettings.alarms;

    for (const stage of props.stages) {
      this.alarmAbove(`${stage.label}DeadLetters`, {
        metric: stage.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        threshold: 0,
        description: `${stage.label} dead-letter queue holds messages: inspect them, fix the cause, then redrive.`,
      });
      this.alarmAbove(`${stage.label}OldestMessage`, {
        metric: stage.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
        threshold: oldestMessageAge.toSeconds(),
        description: `${stage.label} queue has a message older than ${oldestMessageAge.toMinutes()} minutes: the consumer is stuck or throttled.`,
      });
      this.alarmAbove(`${stage.label}Errors`, {
        metric: stage.function.metricErrors({ period, statistic: 'Sum' }),
        threshold: 0,
        description: `${stage.label} function invocations failed as a whole (not single records).`,
      });
      this.alarmAbove(`${stage.label}Throttles`, {
        metric: stage.function.metricThrottles({ period, statistic: 'Sum' }),
        threshold: 0,
        description: `${stage.label} function was throttled: account concurrency is exhausted.`,
      });
    }

    const custom = (spec: CustomMetricSpec, metricPeriod = Duration.minutes(1)) =>
      customMetric(props.metricsNamespace, spec.name, metricPeriod);
    for (const spec of customMetrics) {
      if (spec.alarm === undefined) continue;
      this.alarmAbove(spec.name, {
        metric: custom(spec, infraSettings.alarms.customMetricPeriod),
        threshold: spec.alarm.threshold,
        description: spec.alarm.description,
      });
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: props.dashboardName });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# newsdrop pipeline', width: 24, height: 1 }),
    );
    this.dashboard.addWidgets(
      graph('Queue depth (visible)', props.stages.map((s) => labelled(s.queue.metricApproximateNumberOfMessagesVisible(), s.label))),
      graph('Dead-letter queue depth', props.stages.map((s) => labelled(s.deadLetterQueue.metricApproximateNumberOfMessagesVisible(), s.label))),
      graph('Age of oldest message (s)', props.stages.map((s) => labelled(s.queue.metricApproximateAgeOfOldestMessage(), s.label))),
    );
    this.dashboard.addWidgets(
      graph('Invocations', props.stages.map((s) => labelled(s.function.metricInvocations(), s.label))),
      graph('Errors and throttles', props.stages.flatMap((s) => [
        labelled(s.function.metricErrors(), `${s.label} errors`),
        labelled(s.function.metricThrottles(), `${s.label} throttles`),
      ])),
      graph('Duration p99 (ms)', props.stages.map((s) => labelled(s.function.metricDuration({ statistic: 'p99' }), s.label))),
    );
    this.dashboard.addWidgets(
      graph('Table throttled requests', [
        labelled(props.table.metric('WriteThrottleEvents', { statistic: 'Sum' }), 'write throttles'),
        labelled(props.table.metric('ReadThrottleEvents', { statistic: 'Sum' }), 'read throttles'),
      ], 12),
      graph('Table consumed capacity', [
        labelled(props.table.metricConsumedWriteCapacityUnits(), 'write units'),
        labelled(props.table.metricConsumedReadCapacityUnits(), 'read units'),
      ], 12),
    );
    const groups = new Map<MetricGroup, CustomMetricSpec[]>();
    for (const spec of customMetrics) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
    this.dashboard.addWidgets(
      ...[...groups].map(([group, specs]) => graph(`${group} (sum per minute)`, specs.map((spec) => custom(spec)), 24 / groups.size)),
    );
  }

  private alarmAbove(id: string, spec: { metric: IMetric; threshold: number; description: string }): void {
    const alarm = new Alarm(this, id, {
      alarmName: `${this.alarmPrefix}-${id}`,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: spec.description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
  }
}

/**
 * One custom metric summed over both handlers' `service` dimension. A math expression, not a
 * SEARCH: alarms cannot use SEARCH, and FILL keeps a handler that never emits it from blanking the sum.
 */
function customMetric(namespace: string, name: string, period: Duration): MathExpression {
  const usingMetrics = Object.fromEntries(
    metricServices.map((service, i) => [
      // Ids are unique per graph, and a graph holds several custom metrics.
      `${name.charAt(0).toLowerCase()}${name.slice(1)}${i}`,
      new CloudWatchMetric({ namespace, metricName: name, dimensionsMap: { service }, statistic: 'Sum', period }),
    ]),
  );
  return new MathExpression({
    expression: Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(' + '),
    usingMetrics,
    label: name,
    period,
  });
}

function labelled(metric: Metric, label: string): Metric {
  return metric.with({ label, period: Duration.minutes(1) });
}

function graph(title: string, metrics: IMetric[], width = 8): GraphWidget {
  return new GraphWidget({ title, left: metrics, width, height: 6 });
}
