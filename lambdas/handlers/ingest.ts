/**
 * Ingest Lambda: SQS batch of S3 notifications → ingestObject per object.
 * A message fails alone (partial batch response) when its processing throws.
 */
import type { SQSRecord } from 'aws-lambda';
import { createAwsDeps } from '../adapters';
import type { PipelinePorts } from '../adapters/ports';
import { ingestObject, type Analyzer, type IngestDeps, type IngestSettings } from '../app/ingest-object';
import { MalformedNotificationError, parseS3Notification } from '../app/s3-notification';
import { pipelineConfig } from '../config';
import { analyze } from '../core/analyze';
import { TAXONOMY_VERSION } from '../core/classify';
import { misconfigured, readEnvironment } from './environment';
import { describeError, sqsBatchHandlerPerInvocation, type SqsBatchHandler } from './sqs-batch';
import { coalescedSenders } from '../adapters/coalescing';
import { createTelemetry, observerFor, type Telemetry } from './telemetry';

export interface IngestHandlerDeps extends PipelinePorts {
  settings?: Partial<IngestSettings>;
  analyze?: Analyzer;
  telemetry?: Telemetry;
  now?: () => Date;
}

export type { SqsBatchHandler } from './sqs-batch';

export function createIngestHandler(deps: IngestHandlerDeps): SqsBatchHandler {
  const telemetry = deps.telemetry ?? createTelemetry('newsdrop-ingest');
  const observer = observerFor(telemetry);
  const sharedDeps: IngestDeps = {
    objects: deps.objects,
    records: deps.records,
    jobs: deps.jobs,
    events: deps.events,
    observer,
    analyze: deps.analyze ?? analyze,
    now: deps.now,
    settings: {
      incomingPrefix: pipelineConfig.bucket.incomingPrefix,
      processedPrefix: pipelineConfig.bucket.processedPrefix,
      maxObjectBytes: pipelineConfig.bucket.maxObjectBytes,
      taxonomyVersion: TAXONOMY_VERSION,
      ...deps.settings,
    },
  };

  const handleMessage = async (message: SQSRecord, ingestDeps: IngestDeps): Promise<void> => {
    let notification;
    try {
      notification = parseS3Notification(message.body);
    } catch (error) {
      if (error instanceof MalformedNotificationError) {
        // Redelivery cannot repair the body; failing it takes it to the DLQ, where the alarm and an operator see it.
        observer.log('error', 'malformed S3 notification: failing it towards the DLQ', { messageId: message.messageId, reason: error.message });
        observer.count('BadNotifications');
      }
      throw error;
    }
    if (notification.kind === 'test') {
      observer.log('info', 's3:TestEvent skipped', { messageId: message.messageId });
      observer.count('TestEventsSkipped');
      return;
    }
    if (notification.ignored.length > 0) {
      observer.log('info', 'non-create S3 events ignored', { messageId: message.messageId, events: notification.ignored });
    }
    for (const object of notification.objects) {
      try {
        await ingestObject(object, ingestDeps);
      } catch (error) {
        observer.log('error', 'ingest failed, message will be retried', {
          messageId: message.messageId,
          key: object.key,
          error: describeError(error),
        });
        throw error;
      }
    }
  };

  // One SendMessageBatch (and one PublishBatch) for the whole batch's messages, not one per article.
  return sqsBatchHandlerPerInvocation(telemetry, (event) => {
    const senders = coalescedSenders(event.Records.length, deps);
    const invocationDeps: IngestDeps = { ...sharedDeps, jobs: senders.jobs, events: senders.events };
    return async (message) => {
      try {
        await handleMessage(message, invocationDeps);
      } finally {
        senders.finished();
      }
    };
  });
}

function handlerFromEnvironment(): SqsBatchHandler {
  const reading = readEnvironment();
  if (!reading.ok) return misconfigured(reading.missing);
  const { maxObjectBytes, ...resources } = reading.resources;
  return createIngestHandler({
    ...createAwsDeps(resources),
    settings: { maxObjectBytes },
  });
}

export const handler: SqsBatchHandler = handlerFromEnvironment();
