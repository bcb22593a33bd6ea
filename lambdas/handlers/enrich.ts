/**
 * Enrich Lambda: one enrichment job per SQS message → runEnrichmentJob.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSRecord } from 'aws-lambda';
import { createAwsDeps } from '../adapters';
import type { PipelinePorts } from '../adapters/ports';
import { runEnrichmentJob, type EnrichDeps, type EnrichSettings, type Enricher } from '../app/run-enrichment-job';
import { extractEntities, runJob } from '../core/enrich';
import { misconfigured, readEnvironment } from './environment';
import type { SqsBatchHandler } from './ingest';
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
  const enrichDeps: EnrichDeps = {
    objects: deps.objects,
    records: deps.records,
    jobs: deps.jobs,
    events: deps.events,
    enricher: deps.enricher ?? coreEnricher,
    observer,
    settings: deps.settings,
    now: deps.now,
  };

  const handleMessage = async (message: SQSRecord): Promise<void> => {
    try {
      await runEnrichmentJob(message.body, enrichDeps);
    } catch (error) {
      observer.log('error', 'enrichment failed, message will be retried', {
        messageId: message.messageId,
        error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      });
      throw error;
    }
  };

  return async (event, context) => {
    telemetry.logger.addContext(context);
    try {
      return await processPartialResponse(event, handleMessage, new BatchProcessor(EventType.SQS), {
        context,
        throwOnFullBatchFailure: false,
      });
    } finally {
      // A batch of skipped messages records nothing; publishing would only log a warning.
      if (telemetry.metrics.hasStoredMetrics()) telemetry.metrics.publishStoredMetrics();
    }
  };
}

function handlerFromEnvironment(): SqsBatchHandler {
  const reading = readEnvironment();
  if (!reading.ok) return misconfigured(reading.missing);
  const { maxObjectBytes: _unused, ...resources } = reading.resources;
  return createEnrichHandler(createAwsDeps(resources));
}

export const handler: SqsBatchHandler = handlerFromEnvironment();
