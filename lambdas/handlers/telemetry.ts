/**
 * Powertools Logger + Metrics behind the use cases' Observer port.
 * Tracer is left out on purpose: aws-xray-sdk-core added ~125 KB to the
 * minified ingest bundle and most of the module init time (measured with
 * esbuild + node). `createAwsDeps({ instrumentClient })` is the hook to
 * capture SDK clients again if X-Ray is wanted.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Observer } from '../app/observer';

export const METRICS_NAMESPACE = 'Newsdrop';

export interface Telemetry {
  logger: Logger;
  metrics: Metrics;
}

export interface TelemetryOptions {
  /** Powertools log level; the local runtime and tests may pass 'WARN' or 'SILENT'. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

export function createTelemetry(serviceName: string, options: TelemetryOptions = {}): Telemetry {
  return {
    logger: new Logger({ serviceName, ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }) }),
    // The stack sets a namespace per stage (Newsdrop/prod); the option would win over the variable.
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || METRICS_NAMESPACE, serviceName }),
  };
}

export function observerFor({ logger, metrics }: Telemetry): Observer {
  return {
    log(level, message, attributes = {}) {
      logger[level](message, attributes);
    },
    count(metric, dimensions, value = 1) {
      if (dimensions === undefined) {
        metrics.addMetric(metric, MetricUnit.Count, value);
        return;
      }
      // Dimensions such as the failure code apply to this data point only; the total without them
      // is what alarms watch (CloudWatch alarms cannot sum over a dimension).
      metrics.addMetric(metric, MetricUnit.Count, value);
      const single = metrics.singleMetric();
      for (const [name, dimensionValue] of Object.entries(dimensions)) single.addDimension(name, dimensionValue);
      single.addMetric(metric, MetricUnit.Count, value);
    },
  };
}
