import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/format';
import { keys } from '../../lambdas/core/records/keys';
import { runCli } from '../support/cli';
import { juneDay, seed } from '../client/support';
import { startLocalTarget, type LocalTarget } from '../client/local-target';

let local: LocalTarget;
let target: string[];

beforeAll(async () => {
  local = await startLocalTarget();
  target = ['--endpoint', local.endpoint];
  await seed(
    local.clients.dynamodb,
    [
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `energy-${String(i + 1).padStart(2, '0')}`,
        date: juneDay(i + 1),
        title: `Solar plant ${i + 1} opens`,
        topics: [{ id: 'energy', score: 0.8 }],
        entities: i < 3 ? [{ name: 'Samsung', key: 'samsung', type: 'organization' }] : [],
      })),
      {
        id: 'visit',
        date: '2024-06-14T09:30:00.000Z',
        title: 'President visits Seoul',
        topics: [{ id: 'diplomacy', score: 0.92 }],
        entities: [{ name: 'KIA', key: 'kia', type: 'organization' }],
        jobs: { quotes: { quotes: [{ text: 'a new chapter', start: 0, end: 13, speaker: 'Shavkat Mirziyoyev' }] } },
      },
      { id: 'visit-copy', date: '2024-06-13', title: 'President visits Seoul (wire copy)', topics: [{ id: 'diplomacy', score: 0.9 }] },
    ],
    local.resources.table,
  );
  await local.clients.dynamodb.send(
    new UpdateItemCommand({
      TableName: local.resources.table,
      Key: marshall(keys.article('visit-copy')),
      UpdateExpression: 'SET duplicateOf = :original',
      ExpressionAttributeValues: marshall({ ':original': 'visit' }),
    }),
  );
});

afterAll(async () => {
  await local?.stop();
});

function jsonLinesOf(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('newsdrop query', () => {
  it('pages a topic listing with --json and --cursor, newest first, without duplicates', async () => {
    const ids: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    do {
      const run = await runCli(['query', '--topic', 'energy', '--limit', '10', '--json', ...target, ...(cursor ? ['--cursor', cursor] : [])]);
      expect(run.code, run.stderr).toBe(0);
      const lines = jsonLinesOf(run.stdout);
      const last = lines.at(-1)!;
      cursor = typeof last.cursor === 'string' ? last.cursor : undefined;
      const rows = cursor ? lines.slice(0, -1) : lines;
      pageSizes.push(rows.length);
      ids.push(...rows.map((row) => String(row.articleId)));
    } while (cursor && pageSizes.length < 5);
    expect(pageSizes).toEqual([10, 10, 5]);
    expect(new Set(ids).size).toBe(25);
    expect(ids[0]).toBe('energy-25');
    expect(ids.at(-1)).toBe('energy-01');
  });

  it('filters an entity listing by date and shows one article by id', async () => {
    const [entity, byId, table] = await Promise.all([
      runCli(['query', '--entity', 'SAMSUNG', '--since', '2024-06-02', '--until', '2024-06-03', '--json', ...target]),
      runCli(['query', '--id', 'visit', '--json', ...target]),
      runCli(['query', '--topic', 'diplomacy', ...target]),
    ]);
    expect(entity.code, entity.stderr).toBe(0);
    expect(jsonLinesOf(entity.stdout).map((row) => row.articleId)).toEqual(['energy-03', 'energy-02']);

    expect(byId.code, byId.stderr).toBe(0);
    const [view] = jsonLinesOf(byId.stdout) as Array<{ article: Record<string, unknown>; topics: unknown[]; entities: Array<Record<string, unknown>>; jobs: Record<string, { result: { quotes: unknown[] } }> }>;
    expect(view!.article.title).toBe('President visits Seoul');
    expect(view!.article).not.toHaveProperty('PK');
    expect(view!.entities[0]!.entityKey).toBe('kia');
    expect(view!.jobs.quotes!.result.quotes).toHaveLength(1);

    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^DATE\s+ARTICLE\s+LANG\s+SCORE\s+DUP\s+TITLE/);
    // One date format for stated dates and timestamps alike; the duplicate is marked.
    const rows = table.stdout.split('\n').filter((line) => line.includes('President visits Seoul'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^2024-06-14\s+visit\s+en\s+0\.92\s+President visits Seoul$/);
    expect(rows[1]).toMatch(/^2024-06-13\s+visit-copy\s+en\s+0\.90\s+dup\s+President visits Seoul \(wire copy\)$/);
    expect(table.stdout).toContain('dup: the same text as an earlier article');
  });

  it('fails with a one-line reason and a non-zero exit', async () => {
    const [unknownTopic, noSelector, badCursor, missing, unreachable, help] = await Promise.all([
      runCli(['query', '--topic', 'astrology', ...target]),
      runCli(['query', ...target]),
      runCli(['query', '--topic', 'energy', '--cursor', 'garbage!', ...target]),
      runCli(['query', '--id', 'no-such-article', ...target]),
      runCli(['query', '--topic', 'energy', '--endpoint', 'http://127.0.0.1:9']),
      runCli(['query', '--help']),
    ]);
    expect(unknownTopic.code).toBe(2);
    expect(unknownTopic.stderr).toMatch(/^newsdrop: unknown topic "astrology"/);
    expect(noSelector.code).toBe(2);
    expect(noSelector.stderr).toContain('exactly one of --topic, --entity or --id');
    expect(badCursor.code).toBe(2);
    expect(badCursor.stderr).toContain('bad cursor');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no article "no-such-article"');
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe('newsdrop: nothing answers at http://127.0.0.1:9; start one with `newsdrop dev`\n');
    for (const run of [unknownTopic, noSelector, badCursor, missing, unreachable]) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: newsdrop query');
  });
});

describe('renderTable', () => {
  it('aligns columns by display width (Hangul is two columns wide) and truncates long cells', () => {
    const rows = [
      { name: '발전소', count: 7, note: 'x'.repeat(30) },
      { name: 'plant', count: 12, note: 'short' },
    ];
    const text = renderTable(
      [
        { header: 'NAME', value: (r: (typeof rows)[number]) => r.name },
        { header: 'N', value: (r) => r.count, align: 'right' },
        { header: 'NOTE', value: (r) => r.note, maxWidth: 10 },
      ],
      rows,
    );
    expect(text.split('\n')).toEqual(['NAME     N  NOTE', '발전소   7  xxxxxxxxx…', 'plant   12  short', '']);
  });
});
