/**
 * Infrastructure-only settings: values the handlers and the local runtime never
 * read, so they live beside the stack instead of in lambdas/config.ts.
 */
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const infraSettings = {
  /** S3 server access logs are for audits and incident forensics; a quarter covers both. */
  accessLogExpirationDays: 90,
  /** Function logs: long enough to investigate a DLQ that filled up over a weekend and was redriven later. */
  functionLogRetention: RetentionDays.ONE_MONTH,
  alarms: {
    /** Metric period for error/throttle/DLQ alarms: short, these should page quickly. */
    period: Duration.minutes(1),
    /**
     * Oldest message older than this on a work queue means the consumer is stuck or throttled:
     * healthy batches drain within seconds.
     */
    oldestMessageAge: Duration.minutes(15),
    /** Custom-metric alarms (FAILED articles, rejected messages): sums over five minutes. */
    customMetricPeriod: Duration.minutes(5),
  },
  /** SQS maximum: S3 event records for long keys stay far below it, enrichment jobs too. */
  maxMessageSizeBytes: 256 * 1024,
} as const;
