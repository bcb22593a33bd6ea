import { CliError, type Command } from '../command';
import { jsonLines, renderTable } from '../format';
import { parseOptions } from '../ops/args';
import { describeFailure } from '../ops/aws-errors';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';
import { redriveQueue, type RedrivePair, type RedriveReport } from '../ops/redrive';

const help = `Usage: newsdrop redrive [--queue ingest|enrich|all] [--dry-run] [--json]

Moves messages from the dead-letter queues back to their source queues, for
example after a fix for a failing handler is deployed. Uses the SQS message
move task where the endpoint supports it (AWS), else receive → send → delete.

Options:
  --queue Q       ingest, enrich or all (default all)
  --dry-run       count the dead letters and show the first few bodies; move nothing
  --json          one JSON object per queue per line:
                  {"queue","dryRun","waiting","moved","failed","method","sample"?}
${targetHelp}
  -h, --help      show this help

Example:
  newsdrop redrive --queue ingest --dry-run
`;

const QUEUE_CHOICES = ['ingest', 'enrich', 'all'] as const;

const redrive: Command = {
  name: 'redrive',
  summary: 'Move dead letters back to their source queues (--dry-run to look first).',
  help,
  async run(argv) {
    const values = parseOptions('redrive', argv, {
      queue: { type: 'string', default: 'all' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      ...targetArgOptions,
    });
    const choice = values.queue as (typeof QUEUE_CHOICES)[number];
    if (!QUEUE_CHOICES.includes(choice)) throw new CliError(`--queue must be one of ${QUEUE_CHOICES.join(', ')}, got "${values.queue}"`, 2);

    const target = await resolveTarget(values);
    try {
      const urls = await target.queues();
      const pairs: RedrivePair[] = [
        { name: 'ingest', sourceUrl: urls.ingest, dlqUrl: urls.ingestDlq },
        { name: 'enrich', sourceUrl: urls.enrich, dlqUrl: urls.enrichDlq },
      ].filter((pair) => choice === 'all' || pair.name === choice);
      const reports: RedriveReport[] = [];
      for (const pair of pairs) {
        const report = await redriveQueue({ sqs: target.clients.sqs, pair, dryRun: values['dry-run'] });
        reports.push(report);
        if (values.json) process.stdout.write(jsonLines([report]));
      }
      if (!values.json) process.stdout.write(render(reports));
      return reports.some((r) => r.failed > 0 || r.stillRunning) ? 1 : 0;
    } catch (err) {
      throw describeFailure(err, target);
    } finally {
      await target.close();
    }
  },
};

function render(reports: RedriveReport[]): string {
  const dryRun = reports.some((r) => r.dryRun);
  let out = renderTable(
    [
      { header: 'QUEUE', value: (r: RedriveReport) => `${r.queue}-dlq` },
      { header: 'DEAD LETTERS', value: (r) => r.waiting, align: 'right' },
      { header: dryRun ? 'WOULD MOVE' : 'MOVED', value: (r) => (r.dryRun ? r.waiting : r.moved), align: 'right' },
      { header: 'FAILED', value: (r) => r.failed, align: 'right' },
      { header: 'HOW', value: (r) => (r.stillRunning ? `${r.method} (still running)` : r.method) },
    ],
    reports,
  );
  for (const report of reports) {
    for (const [i, body] of (report.sample ?? []).entries()) {
      out += `${i === 0 ? `\nfirst dead letters of ${report.queue}-dlq:\n` : ''}  ${body.length > 300 ? body.slice(0, 299) + '…' : body}\n`;
    }
  }
  if (dryRun) out += '\ndry run: nothing moved\n';
  return out;
}

export default redrive;
