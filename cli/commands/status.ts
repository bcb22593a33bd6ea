import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createReadClient, ARTICLE_STATUSES, type StatusCounts } from '../../client';
import type { Command } from '../command';
import { jsonLines, renderTable } from '../format';
import { parseOptions } from '../ops/args';
import { describeFailure } from '../ops/aws-errors';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';

const help = `Usage: newsdrop status [--json]

Pipeline health at a glance: messages waiting and in flight on the ingest and
enrich queues and their dead-letter queues, and articles by status.

Options:
  --json          one JSON object:
                  {"queues":[{"queue","url","waiting","inFlight","delayed"}],
                   "articles":{"RECEIVED","PARSED","ENRICHED","FAILED"}}
${targetHelp}
  -h, --help      show this help

Example:
  newsdrop status --endpoint http://127.0.0.1:4566
`;

export interface QueueDepth {
  queue: string;
  url: string;
  /** ApproximateNumberOfMessages. */
  waiting: number;
  /** ApproximateNumberOfMessagesNotVisible: received, not yet deleted. */
  inFlight: number;
  delayed: number;
}

async function queueDepth(sqs: SQSClient, queue: string, url: string): Promise<QueueDepth> {
  const result = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  const attribute = (name: string) => Number(result.Attributes?.[name as keyof typeof result.Attributes] ?? 0);
  return {
    queue,
    url,
    waiting: attribute('ApproximateNumberOfMessages'),
    inFlight: attribute('ApproximateNumberOfMessagesNotVisible'),
    delayed: attribute('ApproximateNumberOfMessagesDelayed'),
  };
}

const status: Command = {
  name: 'status',
  summary: 'Queue depths (with dead letters) and articles by status.',
  help,
  async run(argv) {
    const values = parseOptions('status', argv, { json: { type: 'boolean', default: false }, ...targetArgOptions });
    const target = await resolveTarget(values);
    try {
      const urls = await target.queues();
      const client = createReadClient({ dynamodb: target.clients.dynamodb, tableName: target.table });
      const [queues, articles] = await Promise.all([
        Promise.all([
          queueDepth(target.clients.sqs, 'ingest', urls.ingest),
          queueDepth(target.clients.sqs, 'ingest-dlq', urls.ingestDlq),
          queueDepth(target.clients.sqs, 'enrich', urls.enrich),
          queueDepth(target.clients.sqs, 'enrich-dlq', urls.enrichDlq),
        ]),
        client.countByStatus(),
      ]);
      if (values.json) {
        process.stdout.write(jsonLines([{ queues, articles }]));
      } else {
        process.stdout.write(render(queues, articles));
      }
      return 0;
    } catch (err) {
      throw describeFailure(err, target);
    } finally {
      await target.close();
    }
  },
};

function render(queues: QueueDepth[], articles: StatusCounts): string {
  const deadLetters = queues.filter((q) => q.queue.endsWith('-dlq')).reduce((sum, q) => sum + q.waiting, 0);
  let out = renderTable(
    [
      { header: 'QUEUE', value: (q: QueueDepth) => q.queue },
      { header: 'WAITING', value: (q) => q.waiting, align: 'right' },
      { header: 'IN FLIGHT', value: (q) => q.inFlight, align: 'right' },
      { header: 'DELAYED', value: (q) => q.delayed, align: 'right' },
    ],
    queues,
  );
  out += '\n' + renderTable(
    [
      { header: 'STATUS', value: (row: { status: string; count: number }) => row.status },
      { header: 'ARTICLES', value: (row) => row.count, align: 'right' },
    ],
    ARTICLE_STATUSES.map((s) => ({ status: s, count: articles[s] })),
  );
  if (deadLetters > 0) out += `\n${deadLetters} dead letter(s): look with newsdrop redrive --dry-run, move back with newsdrop redrive\n`;
  return out;
}

export default status;
