/**
 * Infrastructure-only settings: values the handlers and the local runtime never
 * read, so they live beside the stack instead of in lambdas/config.ts.
 */
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { indexes } from '../lambdas/core/records/keys';

export type IndexProjection = { readonly type: 'ALL' } | { readonly type: 'INCLUDE'; readonly attributes: readonly string[] };

export const infraSettings = {
  /** S3 server access logs are for audits and incident forensics; a quarter covers both. */
  accessLogExpirationDays: 90,
  /** Function logs: long enough to investigate a DLQ that filled up over a weekend and was redriven later. */
  functionLogRetention: RetentionDays.ONE_MONTH,
  /**
   * GSI projections, per index of the key module. byTopic and byEntity index the small topic and
   * entity index items (≈ 300 bytes): projecting ALL of them costs the same single write unit as
   * any subset, and the related-articles job and the read client get every field they read, as in
   * the local runtime. byStatus indexes the article items themselves (topics, evidence, source,
   * errors: often over 1 KB), so it carries only what a status listing shows; consumers needing
   * more (failures) fetch the article item.
   */
  indexProjections: {
    byTopic: { type: 'ALL' },
    byEntity: { type: 'ALL' },
    byStatus: {
      type: 'INCLUDE',
      attributes: ['articleId', 'title', 'status', 'language', 'publishedAt', 'date', 'updatedAt'],
    },
  } satisfies Record<keyof typeof indexes, IndexProjection>,
  alarms: {
    /** Metric period for error/throttle/DLQ alarms: short, these should page quickly. */
    period: Duration.minutes(1),
    /**
     * Oldest message older than this on a work queue means the consumer is stuck or throttled:
     * healthy batches drain within seconds.
     */
    oldestMessageAge: Duration.minutes(15),
  },
  /** SQS maximum: S3 event records for long keys stay far below it, enrichment jobs too. */
  maxMessageSizeBytes: 256 * 1024,
  dashboardName: 'Newsdrop-Pipeline',
} as const;
