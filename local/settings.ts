/**
 * The event-source and queue settings the local runtime applies, derived from
 * lambdas/config.ts. Tests may override single values (short visibility
 * timeouts, fewer receives) without touching the shared config.
 */
import { pipelineConfig, visibilityTimeoutSeconds, type FunctionSettings, type QueueSettings } from '../lambdas/config';

export interface QueueRuntimeSettings {
  name: string;
  dlqName: string;
  batchSize: number;
  maxBatchingWindowSeconds: number;
  maxReceiveCount: number;
  maxConcurrency: number;
  visibilityTimeoutSeconds: number;
  dlqRetentionSeconds: number;
  functionName: string;
  functionTimeoutSeconds: number;
  memoryMb: number;
}

export interface LocalSettings {
  region: string;
  bucket: string;
  incomingPrefix: string;
  table: string;
  eventsTopicName: string;
  /** A queue subscribed to the events topic so the demo and tests can observe events. */
  eventsObserverQueueName: string;
  ingest: QueueRuntimeSettings;
  enrich: QueueRuntimeSettings;
}

export interface LocalSettingsOverrides {
  ingest?: Partial<QueueRuntimeSettings>;
  enrich?: Partial<QueueRuntimeSettings>;
}

function queueSettings(queue: QueueSettings, fn: FunctionSettings, functionName: string): QueueRuntimeSettings {
  return {
    name: queue.name,
    dlqName: queue.dlqName,
    batchSize: queue.batchSize,
    maxBatchingWindowSeconds: queue.maxBatchingWindowSeconds,
    maxReceiveCount: queue.maxReceiveCount,
    maxConcurrency: queue.maxConcurrency,
    visibilityTimeoutSeconds: visibilityTimeoutSeconds(fn, queue),
    dlqRetentionSeconds: queue.dlqRetentionDays * 86_400,
    functionName,
    functionTimeoutSeconds: fn.timeoutSeconds,
    memoryMb: fn.memoryMb,
  };
}

export function localSettings(overrides: LocalSettingsOverrides = {}): LocalSettings {
  const c = pipelineConfig;
  return {
    region: c.localRegion,
    bucket: c.bucket.localName,
    incomingPrefix: c.bucket.incomingPrefix,
    table: c.table.localName,
    eventsTopicName: c.events.localTopicName,
    eventsObserverQueueName: `${c.events.localTopicName}-observer`,
    ingest: { ...queueSettings(c.queues.ingest, c.functions.ingest, 'newsdrop-ingest'), ...overrides.ingest },
    enrich: { ...queueSettings(c.queues.enrich, c.functions.enrich, 'newsdrop-enrich'), ...overrides.enrich },
  };
}
