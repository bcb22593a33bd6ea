import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { pipelineConfig } from '../lambdas/config';
import { ArticleStorage } from './article-storage';
import type { HandlerName } from './bundling';
import { PipelineMonitoring } from './monitoring';
import { NotificationTopics } from './notification-topics';
import { enrichPermissions, ingestPermissions, type PipelineResources } from './permissions';
import { PipelineFunction } from './pipeline-function';
import { RecordsTable } from './records-table';
import { consumerReadGrants } from './consumer-grants';
import { stageNames, type StageNames } from './stage';
import { WorkQueue } from './work-queue';

export interface NewsdropStackProps extends StackProps {
  /** Deployment stage (`-c stage=prod`); names the stack, dashboard, alarms and metrics namespace. Default `dev`. */
  readonly stage?: string;
  /** Email address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
  /** Handler entry files; defaults to lambdas/handlers/<name>.ts. */
  readonly handlerEntries?: Partial<Record<HandlerName, string>>;
}

/** Stable output names: the CLI reads them by stack name (`--stack`). */
export const stackOutputs = {
  bucketName: 'BucketName',
  tableName: 'TableName',
  ingestQueueUrl: 'IngestQueueUrl',
  ingestDlqUrl: 'IngestDlqUrl',
  enrichQueueUrl: 'EnrichQueueUrl',
  enrichDlqUrl: 'EnrichDlqUrl',
  eventsTopicArn: 'EventsTopicArn',
  tableArn: 'TableArn',
  tableStreamArn: 'TableStreamArn',
  alarmTopicArn: 'AlarmTopicArn',
  dashboardName: 'DashboardName',
  region: 'Region',
} as const;

/** The deployed newsdrop pipeline: S3 → SQS → ingest → SQS → enrich → DynamoDB (+ events, alarms). */
export class NewsdropStack extends Stack {
  readonly storage: ArticleStorage;
  readonly records: RecordsTable;
  readonly topics: NotificationTopics;
  readonly ingestQueue: WorkQueue;
  readonly enrichQueue: WorkQueue;
  readonly ingest: PipelineFunction;
  readonly enrich: PipelineFunction;
  readonly monitoring: PipelineMonitoring;
  readonly names: StageNames;

  /** `id` defaults to the stage's stack name (`Newsdrop-dev`). */
  constructor(scope: Construct, id: string | undefined, props: NewsdropStackProps = {}) {
    const names = stageNames(props.stage);
    super(scope, id ?? names.stackName, {
      description: `newsdrop (${names.stage}): newsroom article ingestion pipeline`,
      ...props,
    });
    this.names = names;
    const { queues, functions, env } = pipelineConfig;

    this.storage = new ArticleStorage(this, 'Storage');
    this.records = new RecordsTable(this, 'Table');
    this.topics = new NotificationTopics(this, 'Topics', { alarmEmail: props.alarmEmail });
    this.ingestQueue = new WorkQueue(this, 'IngestQueue', { queue: queues.ingest, consumer: functions.ingest });
    this.enrichQueue = new WorkQueue(this, 'EnrichQueue', { queue: queues.enrich, consumer: functions.enrich });
    this.storage.notifyUploadsTo(this.ingestQueue.queue);

    const resources: PipelineResources = {
      storage: this.storage,
      records: this.records,
      enrichQueue: this.enrichQueue.queue,
      eventsTopic: this.topics.eventsTopic,
      topicKey: this.topics.key,
    };
    const environment = {
      [env.bucket]: this.storage.bucket.bucketName,
      [env.table]: this.records.table.tableName,
      [env.enrichQueueUrl]: this.enrichQueue.queue.queueUrl,
      [env.eventsTopicArn]: this.topics.eventsTopic.topicArn,
      [env.maxObjectBytes]: String(pipelineConfig.bucket.maxObjectBytes),
      // Powertools Metrics reads its namespace from here: one namespace per stage.
      POWERTOOLS_METRICS_NAMESPACE: names.metricsNamespace,
    };

    this.ingest = new PipelineFunction(this, 'Ingest', {
      handler: 'ingest',
      entry: props.handlerEntries?.ingest,
      settings: functions.ingest,
      source: { queue: this.ingestQueue.queue, settings: queues.ingest },
      environment,
      permissions: ingestPermissions(resources),
    });
    this.enrich = new PipelineFunction(this, 'Enrich', {
      handler: 'enrich',
      entry: props.handlerEntries?.enrich,
      settings: functions.enrich,
      source: { queue: this.enrichQueue.queue, settings: queues.enrich },
      environment,
      permissions: enrichPermissions(resources),
    });
    // Only ingest writes normalized text: no uploader, operator or other role in the account may.
    this.storage.reservePrefixFor(pipelineConfig.bucket.processedPrefix, [this.ingest.role]);

    this.monitoring = new PipelineMonitoring(this, 'Monitoring', {
      stages: [
        { label: 'Ingest', ...queuesOf(this.ingestQueue), function: this.ingest.function },
        { label: 'Enrich', ...queuesOf(this.enrichQueue), function: this.enrich.function },
      ],
      table: this.records.table,
      alarmTopic: this.topics.alarmTopic,
      dashboardName: names.dashboardName,
      alarmPrefix: names.alarmPrefix,
      metricsNamespace: names.metricsNamespace,
    });

    this.addOutputs();
  }

  /** Newsroom `source` may PutObject under `incoming/<source>/` and nowhere else (see docs/deploy.md). */
  grantUpload(uploader: IGrantable, source: string): Grant {
    return this.storage.grantUpload(uploader, source);
  }

  /**
   * Read-only access for a downstream service: items and indexes of the table, its change stream,
   * and subscribing to the article events topic. Nothing that writes, nothing in the bucket.
   */
  grantRead(consumer: IGrantable): Grant[] {
    return consumerReadGrants(consumer, { records: this.records, eventsTopic: this.topics.eventsTopic });
  }

  private addOutputs(): void {
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output(stackOutputs.bucketName, this.storage.bucket.bucketName, 'Article bucket: upload under incoming/<source>/');
    output(stackOutputs.tableName, this.records.table.tableName, 'Records table');
    output(stackOutputs.ingestQueueUrl, this.ingestQueue.queue.queueUrl, 'Ingest work queue');
    output(stackOutputs.ingestDlqUrl, this.ingestQueue.deadLetterQueue.queueUrl, 'Ingest dead-letter queue');
    output(stackOutputs.enrichQueueUrl, this.enrichQueue.queue.queueUrl, 'Enrich work queue');
    output(stackOutputs.enrichDlqUrl, this.enrichQueue.deadLetterQueue.queueUrl, 'Enrich dead-letter queue');
    output(stackOutputs.eventsTopicArn, this.topics.eventsTopic.topicArn, 'Article change events for downstream services');
    output(stackOutputs.tableArn, this.records.table.tableArn, 'Records table ARN (read-only grants for consumers)');
    output(stackOutputs.tableStreamArn, this.records.table.tableStreamArn!, 'Records table change stream ARN');
    output(stackOutputs.alarmTopicArn, this.topics.alarmTopic.topicArn, 'Operator alarms: subscribe here');
    output(stackOutputs.dashboardName, this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
    output(stackOutputs.region, Aws.REGION, 'Region of the stack');
  }
}

function queuesOf(workQueue: WorkQueue) {
  return { queue: workQueue.queue, deadLetterQueue: workQueue.deadLetterQueue };
}
