/**
 * The real ingest and enrich handlers (the code Lambda runs), wired to the
 * local endpoint through the same adapters factory Lambda uses.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAwsDeps } from '../lambdas/adapters';
import { createEnrichHandler } from '../lambdas/handlers/enrich';
import { createIngestHandler } from '../lambdas/handlers/ingest';
import { METRICS_NAMESPACE, type Telemetry } from '../lambdas/handlers/telemetry';
import type { HandlerDepsTarget, PipelineHandlers } from './stack';

export interface PipelineHandlerOptions {
  /** Handler log lines (Powertools JSON) at WARN and above; silent otherwise. */
  verbose?: boolean;
}

function localTelemetry(serviceName: string, verbose: boolean): Telemetry {
  // EMF metric lines would flood stdout (and `ingest --json`): there is no CloudWatch here.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const logger = new Logger({ serviceName, logLevel: verbose ? 'WARN' : 'SILENT' });
  return { logger, metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName, logger }) };
}

export function createPipelineHandlers(target: HandlerDepsTarget, options: PipelineHandlerOptions = {}): PipelineHandlers {
  const deps = createAwsDeps({
    region: target.region,
    endpoint: target.endpoint,
    credentials: target.credentials,
    bucket: target.bucket,
    table: target.table,
    enrichQueueUrl: target.enrichQueueUrl,
    eventsTopicArn: target.eventsTopicArn,
  });
  const verbose = options.verbose ?? false;
  return {
    ingest: createIngestHandler({ ...deps, telemetry: localTelemetry('newsdrop-ingest', verbose) }),
    enrich: createEnrichHandler({ ...deps, telemetry: localTelemetry('newsdrop-enrich', verbose) }),
  };
}
