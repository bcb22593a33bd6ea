import { join } from 'node:path';
import { TAXONOMY_VERSION } from '../../lambdas/core/classify';
import { SCHEMA_VERSION } from '../../lambdas/core/records/keys';
import { CliError, type Command } from '../command';
import { jsonLines } from '../format';
import { parseOptions } from '../ops/args';
import { describeFailure } from '../ops/aws-errors';
import { reprocess, selectionFingerprint, type ReprocessReport } from '../ops/reprocess';
import type { ReprocessSelection, VersionCheck } from '../ops/reprocess-plan';
import { createProgress } from '../progress';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';

const help = `Usage: newsdrop reprocess (--all | --outdated | --prefix P | --since D | --until D)... [options]

Re-runs the pipeline on articles already in the bucket, e.g. after a taxonomy,
parser or schema upgrade, and backfills objects that have no record yet (always
included). Each selected object is copied onto itself, so S3 announces it again
and the pipeline records a NEW VERSION of the same article: never a duplicate.

Selection (combine freely; at least one):
  --all             every object under incoming/
  --outdated        records older than the deployed taxonomy or schema version
  --prefix P        one source: objects under incoming/P (e.g. tashkent-desk/)
  --since D         articles first received on or after D (ISO date or date-time)
  --until D         ... before D (objects without a record: their upload time)

Options:
  --rate N          copies per second (default 10): live uploads keep flowing
  --max-queue-depth N  pause while the ingest queue holds more (default 500)
  --dry-run         count what would be reprocessed, copy nothing
  --restart         ignore the checkpoint of an interrupted run with the same selection
  --state FILE      checkpoint file (default .newsdrop/reprocess-<selection>.json)
  --taxonomy-version V, --schema-version N
                    the deployed versions, when they differ from this checkout's
                    (${TAXONOMY_VERSION}, ${SCHEMA_VERSION})
  --json            one JSON summary line:
                    {"listed","skipped","resumedPast","selected":{"no-record","outdated","selected"},
                     "copied","changedMeanwhile","interrupted","dryRun","checkpoint"?}
${targetHelp}

Interrupt with Ctrl-C at any time: rerun the same command to resume after the
last finished object. The deployed operator needs s3:ListBucket (incoming/),
s3:GetObject + s3:PutObject (incoming/*), dynamodb:BatchGetItem (table) and
sqs:GetQueueAttributes (ingest queue): see docs/deploy.md.

Examples:
  newsdrop reprocess --outdated --dry-run --stage prod
  newsdrop reprocess --prefix tashkent-desk/ --since 2026-06-01 --rate 5
`;

function parseDate(option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new CliError(`--${option} must be an ISO date such as 2026-06-01, got "${value}"`, 2);
  }
  return date;
}

function parsePositive(option: string, value: string, integer: boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new CliError(`--${option} must be a positive ${integer ? 'whole ' : ''}number, got "${value}"`, 2);
  }
  return number;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.ceil(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const command: Command = {
  name: 'reprocess',
  summary: 'Re-run the pipeline on stored articles (all, by source, by date, --outdated) as new versions.',
  help,
  async run(argv) {
    const values = parseOptions('reprocess', argv, {
      all: { type: 'boolean', default: false },
      outdated: { type: 'boolean', default: false },
      prefix: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      rate: { type: 'string', default: '10' },
      'max-queue-depth': { type: 'string', default: '500' },
      'dry-run': { type: 'boolean', default: false },
      restart: { type: 'boolean', default: false },
      state: { type: 'string' },
      'taxonomy-version': { type: 'string' },
      'schema-version': { type: 'string' },
      json: { type: 'boolean', default: false },
      ...targetArgOptions,
    });
    const selection: ReprocessSelection = {
      prefix: values.prefix,
      since: parseDate('since', values.since),
      until: parseDate('until', values.until),
      outdated: values.outdated || undefined,
    };
    if (!values.all && Object.values(selection).every((value) => value === undefined)) {
      throw new CliError('choose what to reprocess: --all, --outdated, --prefix, --since or --until (see --help)', 2);
    }
    if (selection.prefix !== undefined && (selection.prefix.startsWith('/') || selection.prefix.includes('..'))) {
      throw new CliError(`--prefix is a path below incoming/, got "${selection.prefix}"`, 2);
    }
    const rate = parsePositive('rate', values.rate, false);
    const maxQueueDepth = parsePositive('max-queue-depth', values['max-queue-depth'], true);
    const versions: VersionCheck[] = [
      { field: 'taxonomyVersion', deployed: values['taxonomy-version'] ?? TAXONOMY_VERSION },
      {
        field: 'schemaVersion',
        deployed: values['schema-version'] === undefined ? SCHEMA_VERSION : parsePositive('schema-version', values['schema-version'], true),
      },
    ];

    const target = await resolveTarget(values);
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const fingerprint = selectionFingerprint({ bucket: target.bucket, selection, versions });
      const checkpointPath = values.state ?? join('.newsdrop', `reprocess-${fingerprint}.json`);
      if (values.restart) (await import('node:fs')).rmSync(checkpointPath, { force: true });
      const queues = await target.queues();
      let progress: ReturnType<typeof createProgress> | undefined;
      let lastEtaLine = 0;
      const report = await reprocess({
        s3: target.clients.s3,
        dynamodb: target.clients.dynamodb,
        sqs: target.clients.sqs,
        ingestQueueUrl: queues.ingest,
        maxQueueDepth,
        bucket: target.bucket,
        table: target.table,
        incomingPrefix: target.incomingPrefix,
        selection,
        versions,
        rate,
        dryRun: values['dry-run'],
        checkpointPath,
        signal: abort.signal,
        onProgress: (p) => {
          progress ??= createProgress({ label: 'reprocess', total: p.total });
          progress.update(p.done, p.total);
          if (Date.now() - lastEtaLine > 5_000 && p.done < p.total) {
            lastEtaLine = Date.now();
            progress.log(`${p.done}/${p.total} copied, ETA ${formatEta(p.etaSeconds)}${p.pausedForQueue ? ' (paused: ingest queue is busy)' : ''}`);
          }
        },
      });
      progress?.finish();
      process.stdout.write(values.json ? jsonLines([report]) : render(report));
      return report.interrupted ? 130 : 0;
    } catch (err) {
      throw describeFailure(err, target);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await target.close();
    }
  },
};

function render(report: ReprocessReport): string {
  const selected = report.selected['no-record'] + report.selected.outdated + report.selected.selected;
  const lines = [
    `listed ${report.listed} objects; ${selected} selected (${report.selected['no-record']} without a record, ${report.selected.outdated} outdated, ${report.selected.selected} by filter); ${report.skipped} skipped`,
  ];
  if (report.resumedPast > 0) lines.push(`resumed: ${report.resumedPast} objects were finished by the interrupted run`);
  if (report.dryRun) lines.push('dry run: nothing copied');
  else lines.push(`copied ${report.copied}; ${report.changedMeanwhile} changed meanwhile (their own upload reprocesses them)`);
  if (report.interrupted) lines.push(`interrupted after ${report.checkpoint}: rerun the same command to resume`);
  return lines.join('\n') + '\n';
}

export default command;
