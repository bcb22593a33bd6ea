/**
 * The handlers' custom metrics (Powertools EMF, one namespace per stage) that the dashboard charts
 * and the alarms watch. One list: a new metric name is a one-line addition here, and
 * test/lib/custom-metrics.test.ts fails while a name the handlers emit is missing.
 *
 * Every metric is published per handler with the `service` dimension (Powertools' default
 * dimension); a metric also counted with extra dimensions (ArticlesFailed by `code`) is published
 * a second time without them, which is the series charted and alarmed on here.
 */

/** Powertools service names of the two handlers (the `service` dimension). */
export const metricServices = ['newsdrop-ingest', 'newsdrop-enrich'] as const;

export type MetricGroup = 'Articles' | 'Skipped events' | 'Enrichment jobs' | 'Rejected messages';

export interface MetricAlarmSpec {
  /** Alarm when the sum over the period is above this. */
  readonly threshold: number;
  readonly description: string;
}

export interface CustomMetricSpec {
  readonly name: string;
  /** Dashboard widget the metric is drawn in. */
  readonly group: MetricGroup;
  readonly alarm?: MetricAlarmSpec;
}

export const customMetrics: readonly CustomMetricSpec[] = [
  { name: 'ArticlesParsed', group: 'Articles' },
  { name: 'ArticlesEnriched', group: 'Articles' },
  {
    name: 'ArticlesFailed',
    group: 'Articles',
    alarm: {
      threshold: 0,
      description:
        'Articles ended FAILED (input faults: bad encoding, empty, too large, ...). List them with `newsdrop failures --stage <stage>`; a burst after a deploy points at a regression.',
    },
  },
  { name: 'DuplicateContent', group: 'Articles' },
  { name: 'DuplicatesSkipped', group: 'Skipped events' },
  { name: 'StaleEventsSkipped', group: 'Skipped events' },
  { name: 'SupersededWrites', group: 'Skipped events' },
  { name: 'KeysSkipped', group: 'Skipped events' },
  { name: 'TestEventsSkipped', group: 'Skipped events' },
  { name: 'JobsSent', group: 'Enrichment jobs' },
  { name: 'JobsSuperseded', group: 'Enrichment jobs' },
  {
    name: 'EnrichmentKindsFailed',
    group: 'Enrichment jobs',
    alarm: {
      threshold: 0,
      description:
        'An enrichment kind threw or produced an unstorable result; the article still reached ENRICHED with the kind listed in enrichmentFailures. Read the enrich logs for the stack trace.',
    },
  },
  { name: 'EventsRepublished', group: 'Articles' },
  { name: 'WriteConflicts', group: 'Skipped events' },
  {
    name: 'UntrustedSequencers',
    group: 'Rejected messages',
    alarm: {
      threshold: 0,
      description:
        'An event claimed a sequencer that S3 does not back (HeadObject showed another object): a forged or misrouted notification. The real upload was processed; find the sender.',
    },
  },
  {
    name: 'BadNotifications',
    group: 'Rejected messages',
    alarm: { threshold: 0, description: 'The ingest queue received messages that are not S3 notifications: a misconfigured or forged sender.' },
  },
  {
    name: 'BadJobMessages',
    group: 'Rejected messages',
    alarm: { threshold: 0, description: 'The enrich queue received messages that are not enrichment jobs: a misconfigured or forged sender.' },
  },
  {
    name: 'UnparseableMessages',
    group: 'Rejected messages',
    alarm: { threshold: 0, description: 'Queue messages could not be parsed and were quarantined: inspect the quarantine, fix the sender.' },
  },
];
