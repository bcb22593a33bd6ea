import { createReadClient, ReadClientError, MAX_LIMIT, type FailureItem } from '../../client';
import { CliError, type Command } from '../command';
import { formatTimestamp, jsonLines, outputWidth, renderTable } from '../format';
import { parseLimit, parseOptions } from '../ops/args';
import { describeFailure } from '../ops/aws-errors';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';

const help = `Usage: newsdrop failures [--since DATE] [--until DATE] [--limit N] [--cursor C] [--json]

Articles that FAILED, most recent first, with the error code and message and
the S3 object they came from. Failed inputs are permanent (empty, binary,
unsupported, bad JSON...): fix the object and upload it again under its key.

Options:
  --since DATE    failed on or after this date (YYYY-MM-DD or ISO date-time)
  --until DATE    failed on or before this date (a bare date covers the day)
  --limit N       rows (default 20, at most ${MAX_LIMIT})
  --cursor C      continue from the cursor the previous page printed
  --json          one JSON object per line:
                  {"articleId","failedAt","error":{"code","message"},"source":{"bucket","key",...}},
                  then {"cursor":"..."} when there is a next page
${targetHelp}
  -h, --help      show this help

Example:
  newsdrop failures --since 2024-06-01 --json
`;

const failures: Command = {
  name: 'failures',
  summary: 'List failed articles with error code, message and source object.',
  help,
  async run(argv) {
    const values = parseOptions('failures', argv, {
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...targetArgOptions,
    });
    const limit = parseLimit(values.limit, 20, MAX_LIMIT);
    const target = await resolveTarget(values);
    try {
      const client = createReadClient({ dynamodb: target.clients.dynamodb, tableName: target.table });
      const page = await client.failures({ since: values.since, until: values.until, limit, cursor: values.cursor });
      if (values.json) {
        process.stdout.write(jsonLines([...page.items, ...(page.cursor ? [{ cursor: page.cursor }] : [])]));
      } else if (page.items.length === 0) {
        process.stdout.write('no failures\n');
      } else {
        process.stdout.write(
          renderTable(
            [
              { header: 'FAILED AT', value: (f: FailureItem) => formatTimestamp(f.failedAt) },
              { header: 'CODE', value: (f) => f.error?.code ?? '?' },
              { header: 'SOURCE', value: (f) => (f.source ? `s3://${f.source.bucket}/${f.source.key}` : f.articleId), maxWidth: 60 },
              { header: 'MESSAGE', value: (f) => f.error?.message, maxWidth: 70 },
            ],
            page.items,
            { width: outputWidth() },
          ),
        );
        if (page.cursor) process.stdout.write(`\nmore: newsdrop failures --limit ${limit} --cursor ${page.cursor}\n`);
      }
      return 0;
    } catch (err) {
      if (err instanceof ReadClientError) throw new CliError(err.message, 2);
      throw describeFailure(err, target);
    } finally {
      await target.close();
    }
  },
};

export default failures;
