import { createReadClient, ReadClientError, MAX_LIMIT, type ArticleView, type ListingItem, type Page } from '../../client';
import { CliError, type Command } from '../command';
import { mapLimit } from '../../local/uploads';
import { formatDay, formatTimestamp, jsonLines, outputWidth, renderTable } from '../format';
import { parseLimit, parseOptions } from '../ops/args';
import { describeFailure } from '../ops/aws-errors';
import { resolveTarget, targetArgOptions, targetHelp } from '../target';

const help = `Usage: newsdrop query (--topic T | --entity E | --id ID) [options]

Read article records: a listing by topic or entity (newest first), or one
article with its topics, entities and enrichment results.

Options:
  --topic T       a taxonomy topic id, e.g. energy
  --entity E      an entity name, e.g. Samsung (case and spacing do not matter)
  --id ID         one article id
  --since DATE    from this date (YYYY-MM-DD or ISO date-time), inclusive
  --until DATE    up to this date, inclusive (a bare date covers the whole day)
  --limit N       rows per page (default 20, at most ${MAX_LIMIT})
  --cursor C      continue a listing from the cursor the previous page printed
  --json          one JSON object per line: the listing rows, then
                  {"cursor":"..."} when there is a next page; with --id, the
                  article as {"article","topics","entities","jobs"}
${targetHelp}
  -h, --help      show this help

Example:
  newsdrop query --topic energy --since 2024-06-01 --limit 10
`;

const query: Command = {
  name: 'query',
  summary: 'Read records by topic, entity, id and date range.',
  help,
  async run(argv) {
    const values = parseOptions('query', argv, {
      topic: { type: 'string' },
      entity: { type: 'string' },
      id: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...targetArgOptions,
    });
    const selectors = (['topic', 'entity', 'id'] as const).filter((name) => values[name] !== undefined);
    if (selectors.length !== 1) throw new CliError('give exactly one of --topic, --entity or --id (see newsdrop query --help)', 2);
    const limit = parseLimit(values.limit, 20, MAX_LIMIT);
    if (values.id !== undefined && (values.since ?? values.until ?? values.cursor ?? values.limit) !== undefined) {
      throw new CliError('--since, --until, --limit and --cursor apply to --topic and --entity listings, not --id', 2);
    }

    const target = await resolveTarget(values);
    try {
      const client = createReadClient({ dynamodb: target.clients.dynamodb, tableName: target.table });
      if (values.id !== undefined) {
        const view = await client.getArticle(values.id);
        if (!view) throw new CliError(`no article "${values.id}" in table ${target.table}`);
        process.stdout.write(values.json ? jsonLines([view]) : renderArticle(view));
        return 0;
      }
      const list = { since: values.since, until: values.until, limit, cursor: values.cursor };
      const page = values.topic !== undefined ? await client.byTopic(values.topic, list) : await client.byEntity(values.entity!, list);
      if (values.json) {
        process.stdout.write(jsonLines([...page.items, ...(page.cursor ? [{ cursor: page.cursor }] : [])]));
      } else {
        // Listing rows do not carry duplicateOf: look each article up (people read a page at a time).
        const duplicates = await mapLimit(page.items, 8, async (item) => (await client.getArticle(item.articleId))?.article.duplicateOf);
        process.stdout.write(renderListing(page, duplicates, argv));
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

function renderListing(page: Page<ListingItem>, duplicateOf: (string | undefined)[], argv: string[]): string {
  if (page.items.length === 0) return 'no articles\n';
  const rows = page.items.map((item, i) => ({ item, duplicateOf: duplicateOf[i] }));
  let out = renderTable(
    [
      { header: 'DATE', value: (row: (typeof rows)[number]) => formatDay(row.item.date) },
      { header: 'ARTICLE', value: (row) => row.item.articleId },
      { header: 'LANG', value: (row) => row.item.language },
      { header: 'SCORE', value: (row) => row.item.score?.toFixed(2), align: 'right' },
      { header: 'DUP', value: (row) => (row.duplicateOf ? 'dup' : '') },
      { header: 'TITLE', value: (row) => row.item.title, maxWidth: 60 },
    ],
    rows,
    { width: outputWidth() },
  );
  if (rows.some((row) => row.duplicateOf)) out += '\ndup: the same text as an earlier article (newsdrop query --id ID names it)\n';
  if (page.cursor) {
    const rest = argv.filter((arg, i) => arg !== '--cursor' && argv[i - 1] !== '--cursor' && !arg.startsWith('--cursor='));
    out += `\nnext page: newsdrop query ${rest.join(' ')} --cursor ${page.cursor}\n`;
  }
  return out;
}

function renderArticle(view: ArticleView): string {
  const { article } = view;
  const fields: Array<[string, string | number | undefined]> = [
    ['article', article.articleId],
    ['status', article.status],
    ['version', article.version],
    ['title', article.title],
    ['language', article.language],
    ['date', formatDay(article.date)],
    ['source', `s3://${article.source.bucket}/${article.source.key}`],
    ['updated', formatTimestamp(article.updatedAt)],
    ['pending jobs', view.pendingJobs.join(', ') || undefined],
    ['duplicate of', article.duplicateOf],
    ['error', article.error ? `${article.error.code}: ${article.error.message}` : undefined],
  ];
  let out = renderTable(
    [
      { header: 'FIELD', value: (row: [string, string | number | undefined]) => row[0] },
      { header: 'VALUE', value: (row) => row[1] },
    ],
    fields.filter(([, value]) => value !== undefined && value !== ''),
  );
  if (view.topics.length > 0) {
    out += '\n' + renderTable(
      [
        { header: 'TOPIC', value: (t: ArticleView['topics'][number]) => t.topicId },
        { header: 'SCORE', value: (t) => t.score.toFixed(2), align: 'right' },
        // Evidence spans are offsets into the stored text (schema 2); shown with their offsets.
        { header: 'EVIDENCE', value: (t) => (t.evidence ?? []).map((span) => `"${span.text}" @${span.start}`).join(', '), maxWidth: 60 },
      ],
      [...view.topics].sort((a, b) => b.score - a.score),
    );
  }
  if (view.entities.length > 0) {
    out += '\n' + renderTable(
      [
        { header: 'ENTITY', value: (e: ArticleView['entities'][number]) => e.name },
        { header: 'TYPE', value: (e) => e.type },
        { header: 'ROLE', value: (e) => e.role, maxWidth: 50 },
      ],
      view.entities,
    );
  }
  const jobs = Object.values(view.jobs);
  if (jobs.length > 0) {
    out += '\n' + renderTable(
      [
        { header: 'JOB', value: (j: (typeof jobs)[number]) => j!.kind },
        { header: 'COMPLETED', value: (j) => formatTimestamp(j!.completedAt) },
        { header: 'RESULTS', value: (j) => resultCount(j!.result), align: 'right' },
      ],
      jobs,
    );
  }
  return out;
}

/** Every job result holds one list (entities, figures, quotes, places, related). */
function resultCount(result: object): number {
  return Object.values(result).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}

export default query;
