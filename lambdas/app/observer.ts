/**
 * What the use cases report: log lines and counters. The handlers implement it
 * with Powertools Logger/Metrics; tests and the local runtime may record it.
 */
export type MetricName =
  | 'ArticlesParsed'
  | 'ArticlesFailed'
  | 'ArticlesEnriched'
  | 'DuplicatesSkipped'
  | 'StaleEventsSkipped'
  | 'SupersededWrites'
  | 'DuplicateContent'
  | 'KeysSkipped'
  | 'TestEventsSkipped'
  | 'BadNotifications'
  | 'JobsSent'
  | 'JobsSuperseded'
  | 'BadJobMessages'
  | 'WriteConflicts'
  | 'UntrustedSequencers'
  | 'EventsRepublished'
  | 'EnrichmentKindsFailed';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Observer {
  log(level: LogLevel, message: string, attributes?: Record<string, unknown>): void;
  count(metric: MetricName, dimensions?: Record<string, string>, value?: number): void;
}

export const silentObserver: Observer = { log() {}, count() {} };
