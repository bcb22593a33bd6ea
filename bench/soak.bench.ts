/**
 * `npm run bench -- soak`: ≥ 2,000 uploads through the local stack with
 * duplicates, overwrites, reordered batches, injected crashes and hostile
 * files (bench/soak-scenario.ts). Prints uploads, records, FAILED by code,
 * DLQ, lost, duplicated and stuck; the goal is 0 lost, 0 duplicated,
 * 0 stuck. NEWSDROP_SOAK_ARTICLES changes the count.
 */
import { formatSoakReport, runSoak } from './soak-scenario';

export async function run(): Promise<void> {
  const articles = Number(process.env.NEWSDROP_SOAK_ARTICLES ?? 2000);
  const report = await runSoak({ articles, timeoutMs: 1_800_000, onProgress: (line) => console.log(`  ${line}`) });
  console.log(formatSoakReport(report));
  if (report.lost.length + report.duplicated + report.stuck.length > 0) process.exitCode = 1;
}
