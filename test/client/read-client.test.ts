import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadClient, ReadClientError, type ListingItem, type ReadClient } from '../../client';
import { indexes, keys } from '../../lambdas/core/records/keys';
import {
  TABLE,
  TAXONOMY_IDS,
  articleItems,
  createRecordsTable,
  juneDay,
  putItems,
  seed,
  startDynamo,
  type DynamoFixture,
} from './support';

let dynamo: DynamoFixture;
let client: ReadClient;

const ENERGY_COUNT = 25;

beforeAll(async () => {
  dynamo = await startDynamo();
  await createRecordsTable(dynamo.client);
  client = createReadClient({ dynamodb: dynamo.client, tableName: TABLE });

  // 25 energy articles, one per day of June 2024; every odd day also names Samsung.
  await seed(
    dynamo.client,
    Array.from({ length: ENERGY_COUNT }, (_, i) => ({
      id: `energy-${String(i + 1).padStart(2, '0')}`,
      date: juneDay(i + 1),
      topics: [{ id: 'energy', score: 0.5 + i / 100 }],
      entities: i % 2 === 0 ? [{ name: 'Samsung', key: 'samsung', type: 'organization' }] : [],
    })),
  );

  // Exactly 25 members: pages of 10 + 10 + 5.
  await seed(
    dynamo.client,
    Array.from({ length: 25 }, (_, i) => ({ id: `farm-${i}`, date: `2024-07-${String(i + 1).padStart(2, '0')}`, topics: [{ id: 'agriculture-food', score: 0.7 }] })),
  );

  // A fully enriched article, its collection, and leftovers of an older version.
  await seed(dynamo.client, [
    {
      id: 'visit',
      version: 2,
      date: '2024-06-14T09:30:00.000Z',
      title: 'President visits Seoul',
      topics: [
        { id: 'diplomacy', score: 0.92 },
        { id: 'automotive', score: 0.61 },
      ],
      entities: [
        { name: 'Shavkat Mirziyoyev', key: 'shavkat mirziyoyev', type: 'person', role: 'President of Uzbekistan' },
        { name: 'KIA', key: 'kia', type: 'organization' },
      ],
      jobs: {
        entities: { entities: [] },
        figures: { figures: [{ kind: 'quantity', value: 60000, unit: 'unit', period: 'year', text: '60,000 units annually', start: 10, end: 31 }] },
      },
    },
  ]);
  const stale = articleItems({ id: 'visit', version: 1, date: '2024-06-13', topics: [{ id: 'energy', score: 0.3 }], jobs: { quotes: { quotes: [] } } });
  await putItems(dynamo.client, stale.filter((item) => item.SK !== keys.article('visit').SK));

  // Index items written, article item not yet: downstream must not see it.
  await putItems(dynamo.client, articleItems({ id: 'half-written', date: juneDay(3), topics: [{ id: 'energy', score: 0.9 }] }).slice(1));

  // Failures (and one article that is fine).
  await seed(dynamo.client, [
    { id: 'bad-1', status: 'FAILED', date: juneDay(1), updatedAt: '2024-06-01T08:00:00.000Z', error: { code: 'EMPTY', message: 'the object has no bytes' }, sourceKey: 'incoming/wire/empty.txt' },
    { id: 'bad-2', status: 'FAILED', date: juneDay(2), updatedAt: '2024-06-02T08:00:00.000Z', error: { code: 'BINARY', message: 'looks like a PNG image' }, sourceKey: 'incoming/wire/photo.txt' },
    { id: 'bad-3', status: 'FAILED', date: juneDay(5), updatedAt: '2024-06-05T08:00:00.000Z', error: { code: 'BAD_JSON', message: 'unexpected end of JSON input' }, sourceKey: 'incoming/feed/item.json' },
    { id: 'parsed-1', status: 'PARSED', date: juneDay(6) },
    { id: 'parsed-2', schema: 1, status: 'PARSED', date: juneDay(8), jobs: { figures: { figures: [] }, quotes: { quotes: [] } } },
    { id: 'received-1', status: 'RECEIVED', date: juneDay(7) },
  ]);
});

afterAll(async () => {
  await dynamo?.stop();
});

async function allPages(list: (cursor?: string) => Promise<{ items: ListingItem[]; cursor?: string }>) {
  const pages: ListingItem[][] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor !== undefined && pages.length < 10);
  return pages;
}

describe('getArticle', () => {
  it('assembles the article with its topics, entities and job results by kind', async () => {
    const view = await client.getArticle('visit');
    expect(view).toBeDefined();
    expect(view!.article.articleId).toBe('visit');
    expect(view!.article.version).toBe(2);
    expect(view!.article.title).toBe('President visits Seoul');
    expect(view!.article.source.key).toBe('incoming/wire/visit.txt');
    expect(view!.topics.map((t) => t.topicId).sort()).toEqual(['automotive', 'diplomacy']);
    expect(view!.topics.find((t) => t.topicId === 'diplomacy')!.score).toBe(0.92);
    expect(view!.entities.map((e) => e.entityKey).sort()).toEqual(['kia', 'shavkat mirziyoyev']);
    expect(view!.entities.find((e) => e.entityKey === 'shavkat mirziyoyev')!.role).toBe('President of Uzbekistan');
    expect(Object.keys(view!.jobs).sort()).toEqual(['entities', 'figures']);
    expect(view!.jobs.figures!.result.figures[0]!.value).toBe(60000);
  });

  it('leaves out items of an older version', async () => {
    const view = await client.getArticle('visit');
    expect(view!.topics.some((t) => t.topicId === 'energy')).toBe(false);
    expect(view!.jobs.quotes).toBeUndefined();
  });

  it('hides keys, index keys and sequencers', async () => {
    const view = await client.getArticle('visit');
    const internal = ['PK', 'SK', ...Object.values(indexes).flatMap((i) => [i.partitionKey, i.sortKey]), 'sequencer'];
    for (const object of [view!.article, ...view!.topics, ...view!.entities, ...Object.values(view!.jobs)]) {
      for (const name of internal) expect(object, name).not.toHaveProperty(name);
    }
    for (const entity of view!.entities) expect(entity.entityKey).not.toMatch(/#/);
  });

  it('derives pending jobs from the job items of the current version', async () => {
    const parsed = await client.getArticle('parsed-1');
    expect(parsed!.article.status).toBe('PARSED');
    expect(parsed!.pendingJobs).toEqual(['entities', 'figures', 'quotes', 'places', 'related']);
    expect((await client.getArticle('parsed-2'))!.pendingJobs).toEqual(['entities', 'places', 'related']);
    const enriched = await client.getArticle('visit');
    expect(enriched!.pendingJobs).toEqual([]);
  });

  it('returns undefined for an unknown id and for an article whose item is not written yet', async () => {
    expect(await client.getArticle('no-such-article')).toBeUndefined();
    expect(await client.getArticle('half-written')).toBeUndefined();
  });
});

describe('byTopic', () => {
  it('pages through 25 articles 10 at a time, newest first, without duplicates', async () => {
    const pages = await allPages((cursor) => client.byTopic('energy', { limit: 10, cursor, since: '2024-06-01', until: '2024-06-30' }));
    const ids = pages.flat().map((item) => item.articleId);
    // half-written (June 3) and the stale visit item (June 13) are also in the index: the listing is the index.
    const expected = 25 + 2;
    expect(pages.map((page) => page.length)).toEqual([10, 10, expected - 20]);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = pages.flat().map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages[0]![0]).toMatchObject({ articleId: 'energy-25', date: '2024-06-25', title: 'Article energy-25', language: 'en', score: 0.74 });
  });

  it('pages exactly 25 articles into 10 + 10 + 5', async () => {
    const pages = await allPages((cursor) => client.byTopic('agriculture-food', { limit: 10, cursor }));
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    const ids = pages.flat().map((item) => item.articleId);
    expect(new Set(ids).size).toBe(25);
    expect(ids[0]).toBe('farm-24');
    expect(ids.at(-1)).toBe('farm-0');
  });

  it('filters by since and until, until covering its whole day', async () => {
    const page = await client.byTopic('energy', { since: '2024-06-10', until: '2024-06-12' });
    expect(page.items.map((item) => item.articleId)).toEqual(['energy-12', 'energy-11', 'energy-10']);
    expect(page.cursor).toBeUndefined();

    const diplomacy = await client.byTopic('diplomacy', { since: '2024-06-14', until: '2024-06-14' });
    expect(diplomacy.items.map((item) => item.articleId)).toEqual(['visit']);
    expect(diplomacy.items[0]!.date).toBe('2024-06-14T09:30:00.000Z');

    expect((await client.byTopic('diplomacy', { until: '2024-06-14T09:00:00Z' })).items).toEqual([]);
    expect((await client.byTopic('diplomacy', { since: '2024-06-14T09:30:00Z' })).items).toHaveLength(1);
    expect((await client.byTopic('energy', { since: '2024-06-24' })).items.map((item) => item.articleId)).toEqual(['energy-25', 'energy-24']);
  });

  it('rejects an unknown topic, bad dates, an inverted range and a bad limit', async () => {
    await expect(client.byTopic('astrology')).rejects.toThrow('unknown topic "astrology"');
    await expect(client.byTopic('energy', { since: '2024-02-30' })).rejects.toThrow('bad date "2024-02-30" for since');
    await expect(client.byTopic('energy', { until: 'yesterday' })).rejects.toThrow('bad date "yesterday" for until');
    await expect(client.byTopic('energy', { since: '2024-06-12', until: '2024-06-10' })).rejects.toThrow('is after until');
    await expect(client.byTopic('energy', { limit: 0 })).rejects.toThrow(ReadClientError);
    await expect(client.byTopic('energy', { limit: 2.5 })).rejects.toThrow('limit must be a whole number');
  });

  it('accepts every taxonomy id', async () => {
    for (const id of TAXONOMY_IDS) await expect(client.byTopic(id, { limit: 1 })).resolves.toBeDefined();
  });
});

describe('cursors', () => {
  it('rejects garbage, a tampered cursor and a cursor of another listing', async () => {
    const first = await client.byTopic('energy', { limit: 5 });
    expect(first.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    await expect(client.byTopic('energy', { cursor: 'not a cursor!' })).rejects.toThrow('bad cursor');
    await expect(client.byTopic('energy', { cursor: Buffer.from('{"i":1}').toString('base64url') })).rejects.toThrow('bad cursor');
    await expect(client.byTopic('diplomacy', { cursor: first.cursor })).rejects.toThrow('different listing');
    await expect(client.byEntity('samsung', { cursor: first.cursor })).rejects.toThrow('different listing');
    const payload = JSON.parse(Buffer.from(first.cursor!, 'base64url').toString('utf8'));
    payload.s.pop();
    await expect(client.byTopic('energy', { cursor: Buffer.from(JSON.stringify(payload)).toString('base64url') })).rejects.toThrow('bad cursor');
  });
});

describe('byEntity', () => {
  it('normalizes the entity name and pages newest first', async () => {
    const pages = await allPages((cursor) => client.byEntity('  SAMSUNG ', { limit: 5, cursor }));
    const ids = pages.flat().map((item) => item.articleId);
    const odd = Array.from({ length: 13 }, (_, i) => `energy-${String(25 - 2 * i).padStart(2, '0')}`);
    expect(ids).toEqual(odd);
    expect(pages.map((page) => page.length)).toEqual([5, 5, 3]);
  });

  it('finds a person by a differently written name and filters by date', async () => {
    const page = await client.byEntity('Shavkat  Mirziyoyev', { since: '2024-06-14' });
    expect(page.items.map((item) => item.articleId)).toEqual(['visit']);
    expect(page.items[0]!.title).toBe('President visits Seoul');
    expect(page.items[0]!.entity).toEqual({ name: 'Shavkat Mirziyoyev', type: 'person', role: 'President of Uzbekistan' });
    expect((await client.byEntity('samsung', { since: '2024-06-20', until: '2024-06-23' })).items.map((i) => i.articleId)).toEqual([
      'energy-23',
      'energy-21',
    ]);
    await expect(client.byEntity('   ')).rejects.toThrow('entity must be a non-empty name');
  });
});

describe('failures and counts', () => {
  it('lists FAILED articles newest first with code, message and source key', async () => {
    const page = await client.failures();
    expect(page.items.map((item) => item.articleId)).toEqual(['bad-3', 'bad-2', 'bad-1']);
    expect(page.items[0]).toMatchObject({
      failedAt: '2024-06-05T08:00:00.000Z',
      error: { code: 'BAD_JSON', message: 'unexpected end of JSON input' },
      source: { bucket: 'newsroom', key: 'incoming/feed/item.json' },
    });
    const recent = await client.failures({ since: '2024-06-02' });
    expect(recent.items.map((item) => item.articleId)).toEqual(['bad-3', 'bad-2']);
    const first = await client.failures({ limit: 2 });
    const second = await client.failures({ limit: 2, cursor: first.cursor });
    expect([...first.items, ...second.items].map((item) => item.articleId)).toEqual(['bad-3', 'bad-2', 'bad-1']);
  });

  it('counts articles by status', async () => {
    const counts = await client.countByStatus();
    // 25 energy + 25 farm + visit; half-written has no article item.
    expect(counts.FAILED).toBe(3);
    expect(counts.PARSED).toBe(2);
    expect(counts.RECEIVED).toBe(1);
    expect(counts.ENRICHED).toBe(51);
  });
});

describe('schema 2 next to schema 1', () => {
  it('lists both layouts of a topic in one newest-first listing, across shards, each article once', async () => {
    await seed(dynamo.client, [
      { id: 'mixed-old', schema: 1, date: '2025-01-02', topics: [{ id: 'culture-tourism', score: 0.5 }] },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `mixed-${i}`, date: `2025-01-${String(10 + i).padStart(2, '0')}`, topics: [{ id: 'culture-tourism', score: 0.5 }] })),
    ]);
    const pages = await allPages((cursor) => client.byTopic('culture-tourism', { limit: 4, cursor }));
    const ids = pages.flat().map((item) => item.articleId);
    expect(ids).toEqual([...Array.from({ length: 12 }, (_, i) => `mixed-${11 - i}`), 'mixed-old']);
  });

  it('returns the stored text, and topic evidence whose offsets point at its words', async () => {
    const text = 'Tashkent opened a solar plant. The solar grid grows.';
    const span = (word: string, from = 0) => ({ text: word, start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    await seed(dynamo.client, [
      { id: 'evidence-1', date: '2025-02-01', text, topics: [{ id: 'energy', score: 0.9 }], evidence: { energy: [span('solar'), span('solar', 20), span('grid')] } },
    ]);
    const view = await client.getArticle('evidence-1');
    expect(view!.text).toBe(text);
    const evidence = view!.article.topics![0]!.evidence;
    expect(evidence).toHaveLength(3);
    for (const item of evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(view!.topics[0]!.evidence).toEqual(evidence);
  });
});
