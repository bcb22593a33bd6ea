/**
 * The real ingest and enrich handlers (the code Lambda runs), wired to the
 * local endpoint through the same adapters factory Lambda uses.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createAwsDeps } from '../lambdas/adapters';
import { createEnrichHandler } from '../lambdas/handlers/enrich';
import { createIngestHandler } from '../lambdas/handlers/ingest';
import { METRICS_NAMESPACE, type Telemetry } from '../lambdas/handlers/telemetry';
import { LOCAL_CLIENT_TUNING, LOCAL_S3_CHECKSUMS } from './clients';
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

/**
 * The adapters' client factory has no local tuning options (Lambda keeps the SDK's defaults). The SDK
 * reads cacheMiddleware and the checksum modes from the client's config on every request, so the
 * local settings (see clients.ts) can be applied after creation.
 */
function tuneForLocalEndpoint<C>(client: C): C {
  if (client instanceof S3Client || client instanceof DynamoDBClient || client instanceof SQSClient || client instanceof SNSClient) {
    Object.assign(client.config, LOCAL_CLIENT_TUNING);
  }
  if (client instanceof S3Client) {
    const config = client.config as unknown as Record<keyof typeof LOCAL_S3_CHECKSUMS, () => Promise<string>>;
    for (const [name, mode] of Object.entries(LOCAL_S3_CHECKSUMS) as [keyof typeof LOCAL_S3_CHECKSUMS, string][]) {
      config[name] = () => Promise.resolve(mode);
    }
  }
  return client;
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
    instrumentClient: tuneForLocalEndpoint,
  });
  const verbose = options.verbose ?? false;
  return {
    ingest: createIngestHandler({ ...deps, telemetry: localTelemetry('newsdrop-ingest', verbose) }),
    enrich: createEnrichHandler({ ...deps, telemetry: localTelemetry('newsdrop-enrich', verbose) }),
  };
}
