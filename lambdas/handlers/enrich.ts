/**
 * Enrich Lambda: one enrichment message per article version → enrichArticle (every job kind).
 */
import type { SQSRecord } from 'aws-lambda';
import { createAwsDeps } from '../adapters';
import type { PipelinePorts } from '../adapters/ports';
import { enrichArticle, type EnrichDeps, type EnrichSettings, type Enricher } from '../app/enrich-article';
import { extractEntities, runJob } from '../core/enrich';
import { misconfigured, readEnvironment } from './environment';
import { describeError, sqsBatchHandlerPerInvocation, type SqsBatchHandler } from './sqs-batch';
import { coalescedSenders } from '../adapters/coalescing';
import { createTelemetry, observerFor, type Telemetry } from './telemetry';

export interface EnrichHandlerDeps extends PipelinePorts {
  enricher?: Enricher;
  settings?: Partial<EnrichSettings>;
  telemetry?: Telemetry;
  now?: () => Date;
}

export const coreEnricher: Enricher = { runJob, extractEntities };

export function createEnrichHandler(deps: EnrichHandlerDeps): SqsBatchHandler {
  const telemetry = deps.telemetry ?? createTelemetry('newsdrop-enrich');
  const observer = observerFor(telemetry);
  const sharedDeps: EnrichDeps = {
    objects: deps.objects,
    records: deps.records,
    jobs: deps.jobs,
    events: deps.events,
    enricher: deps.enricher ?? coreEnricher,
    observer,
    settings: deps.settings,
    now: deps.now,
  };

  const handleMessage = async (message: SQSRecord, enrichDeps: EnrichDeps): Promise<void> => {
    try {
      await enrichArticle(message.body, enrichDeps);
    } catch (error) {
      observer.log('error', 'enrichment failed, message will be retried', {
        messageId: message.messageId,
        error: describeError(error),
      });
      throw error;
    }
  };

  // The change events of the whole batch go out in one PublishBatch.
  return sqsBatchHandlerPerInvocation(telemetry, (event) => {
    const senders = coalescedSenders(event.Records.length, deps);
    const invocationDeps: EnrichDeps = { ...sharedDeps, events: senders.events };
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
  const { maxObjectBytes: _unused, ...resources } = reading.resources;
  return createEnrichHandler(createAwsDeps(resources));
}

export const handler: SqsBatchHandler = handlerFromEnvironment();
