import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { pipelineConfig } from '../lambdas/config';
import { ArticleStorage } from './article-storage';
import type { HandlerName } from './bundling';
import { PipelineMonitoring } from './monitoring';
import { NotificationTopics } from './notification-topics';
import { enrichPermissions, ingestPermissions, type PipelineResources } from './permissions';
import { PipelineFunction } from './pipeline-function';
import { RecordsTable } from './records-table';
import { infraSettings } from './settings';
import { WorkQueue } from './work-queue';

export interface NewsdropStackProps extends StackProps {
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

  constructor(scope: Construct, id: string = pipelineConfig.stackName, props: NewsdropStackProps = {}) {
    super(scope, id, { description: 'newsdrop: newsroom article ingestion pipeline', ...props });
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

    this.monitoring = new PipelineMonitoring(this, 'Monitoring', {
      stages: [
        { label: 'Ingest', ...queuesOf(this.ingestQueue), function: this.ingest.function },
        { label: 'Enrich', ...queuesOf(this.enrichQueue), function: this.enrich.function },
      ],
      table: this.records.table,
      alarmTopic: this.topics.alarmTopic,
      dashboardName: infraSettings.dashboardName,
    });

    this.addOutputs();
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
    output(stackOutputs.alarmTopicArn, this.topics.alarmTopic.topicArn, 'Operator alarms: subscribe here');
    output(stackOutputs.dashboardName, this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
    output(stackOutputs.region, Aws.REGION, 'Region of the stack');
  }
}

function queuesOf(workQueue: WorkQueue) {
  return { queue: workQueue.queue, deadLetterQueue: workQueue.deadLetterQueue };
}
