/**
 * A small run of the issue-8 soak (bench/soak-scenario.ts): uploads with
 * content duplicates, overwrites, shuffled batches, injected crashes and
 * hostile files through the real handlers. Nothing may be lost, duplicated
 * or left unfinished. `npm run bench -- soak` runs the 2,000-article version.
 */
import { describe, expect, it } from 'vitest';
import { formatSoakReport, runSoak } from '../../bench/soak-scenario';

const ARTICLES = Number(process.env.NEWSDROP_SOAK_TEST_ARTICLES ?? 150);

describe('soak with injected faults', () => {
  it(`${ARTICLES} uploads: 0 lost, 0 duplicated, 0 stuck, hostile files recorded`, { timeout: 600_000 }, async () => {
    const report = await runSoak({ articles: ARTICLES, crashRate: 0.05, hostileBytes: 20_000, timeoutMs: 540_000 });
    const summary = formatSoakReport(report);
    expect(report.lost, summary).toEqual([]);
    expect(report.stuck, summary).toEqual([]);
    expect(report.duplicated, summary).toBe(0);
    expect(report.deadLetters, summary).toEqual({ ingest: 0, enrich: 0 });
    expect(report.crashes).toBeGreaterThan(0);
    // The hand-made hostile files end as FAILED with their codes, not in a DLQ.
    expect(report.failedByCode.EMPTY ?? 0).toBeGreaterThan(0);
    expect(report.failedByCode.BINARY ?? 0).toBeGreaterThan(0);
    expect(report.failedByCode.BAD_JSON ?? 0).toBeGreaterThan(0);
  });
});
