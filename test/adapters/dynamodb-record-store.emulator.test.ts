/**
 * RecordStore against dynalite over HTTP with the real DynamoDB client: the
 * conditions are what keep concurrent and out-of-order writes correct.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createAwsDeps } from '../../lambdas/adapters';
import type { RecordStore } from '../../lambdas/adapters/ports';
import { indexes, keys } from '../../lambdas/core/records/keys';
import { buildEnrichedAttributes, buildEntityEntries, buildTopicEntries, storedContentOf } from '../../lambdas/core/records/mapping';
import { makeAnalysis, makeParsedRecord } from '../core/records/fixtures';
import { startDynamo, TEST_CREDENTIALS, TEST_REGION, type RunningDynamo } from '../support/emulators';

let dynamo: RunningDynamo;
let store: RecordStore;
let counter = 0;
const freshId = () => `${(++counter).toString(16).padStart(8, '0')}${'b'.repeat(24)}`;

beforeAll(async () => {
  dynamo = await startDynamo();
  store = createAwsDeps({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoint: dynamo.endpoint,
    bucket: 'unused',
    table: dynamo.table,
    enrichQueueUrl: 'unused',
  }).records;
});

afterAll(async () => {
  await dynamo?.stop();
});

async function rawItem(key: { PK: string; SK: string }) {
  const output = await dynamo.client.send(
    new GetItemCommand({ TableName: dynamo.table, Key: { PK: { S: key.PK }, SK: { S: key.SK } }, ConsistentRead: true }),
  );
  return output.Item === undefined ? undefined : unmarshall(output.Item);
}

describe('DynamoDbRecordStore on dynalite', () => {
  it('writes a new article once and reads it back', async () => {
    const record = makeParsedRecord({ articleId: freshId() });
    expect(await store.putArticle(record, undefined)).toBe('written');
    expect(await store.getArticle(record.articleId)).toEqual(record);
    // A second "first" write of the same article is refused.
    expect(await store.putArticle(record, undefined)).toBe('conflict');
    const raw = await rawItem(keys.article(record.articleId));
    expect(raw?.pendingJobs).toBeUndefined();
    // The status index is sparse: only FAILED items are in it.
    expect(raw?.[indexes.byStatus.partitionKey]).toBeUndefined();
  });

  it('accepts a newer upload and refuses a stale one', async () => {
    const articleId = freshId();
    const v1 = makeParsedRecord({ articleId, source: { sequencer: '0055AED6DCD90281E5' } });
    await store.putArticle(v1, undefined);
    const v2 = makeParsedRecord({ articleId, previous: v1, source: { sequencer: '0055AED6DCD90281F0' } });
    expect(await store.putArticle(v2, v1)).toBe('written');

    // An event read before v2 landed, with an older sequencer: refused.
    const stale = makeParsedRecord({ articleId, previous: v1, source: { sequencer: '0055AED6DCD90281E9' } });
    expect(await store.putArticle(stale, v1)).toBe('conflict');
    // A newer event that read v1 (lost the race with v2) must not reuse version 2.
    const racing = makeParsedRecord({ articleId, previous: v1, source: { sequencer: '0055AED6DCD90281FF' } });
    expect(await store.putArticle(racing, v1)).toBe('conflict');

    const stored = await store.getArticle(articleId);
    expect(stored?.version).toBe(2);
    expect(stored?.source.sequencer).toBe('0055AED6DCD90281F0');
  });


  it('overrides the sequencer condition only on request, still conditional on the version read', async () => {
    const articleId = freshId();
    const forged = makeParsedRecord({ articleId, source: { sequencer: 'FFFFFFFFFFFFFFFFFF' } });
    await store.putArticle(forged, undefined);
    const real = makeParsedRecord({ articleId, previous: forged, source: { sequencer: '0055AED6DCD90281F0' } });
    expect(await store.putArticle(real, forged)).toBe('conflict');
    expect(await store.putArticle(real, forged, { ignoreSequencer: true })).toBe('written');
    expect(await store.putArticle(real, forged, { ignoreSequencer: true })).toBe('conflict');
  });

  it('puts entries, lists a shard newest first, and removes only entries older than a sequencer', async () => {
    const first = makeParsedRecord({ articleId: freshId() });
    const second = makeParsedRecord({ articleId: freshId(), source: { sequencer: '0055AED6DCD90281F0' }, now: new Date('2026-06-16T00:00:00Z') });
    await store.putEntries([...buildTopicEntries(first), ...buildTopicEntries(second)], []);
    const listed = await store.queryTopicShard('energy', first.articleId, 10);
    expect(listed.map((item) => item.articleId)).toContain(first.articleId);
    const keysOf = (record: typeof first) => buildTopicEntries(record).map((entry) => keys.topicEntry(entry.topicId, entry.date, entry.articleId));
    // A newer writer's entry (sequencer F0) survives a cleanup on behalf of E9; the older one goes.
    await store.removeStaleEntries([...keysOf(first), ...keysOf(second)], '0055AED6DCD90281E9');
    expect(await rawItem(keysOf(first)[0]!)).toBeUndefined();
    expect(await rawItem(keysOf(second)[0]!)).toMatchObject({ articleId: second.articleId });
  });

  it('lets a losing writer hand its entries back to the winner', async () => {
    const articleId = freshId();
    const loser = makeParsedRecord({ articleId, source: { sequencer: '0055AED6DCD90281E5' } });
    const winner = makeParsedRecord({ articleId, source: { sequencer: '0055AED6DCD90281F0' }, analysis: makeAnalysis(undefined, [{ id: 'energy', score: 0.2, evidence: [] }]) });
    await store.putEntries(buildTopicEntries(winner), []);
    await store.putEntries(buildTopicEntries(loser), []);
    await store.yieldEntries(buildTopicEntries(loser), loser.source.sequencer, { topics: buildTopicEntries(winner), entities: [] });
    const [energy, economy] = buildTopicEntries(loser).map((entry) => keys.topicEntry(entry.topicId, entry.date, entry.articleId));
    expect(await rawItem(energy!)).toMatchObject({ score: 0.2 });
    expect(await rawItem(economy!)).toBeUndefined();
  });

  it('marks a PARSED version ENRICHED once, storing numbers beyond 2^53 and the compressed content', async () => {
    const record = makeParsedRecord({ articleId: freshId() });
    await store.putArticle(record, undefined);
    const attributes = buildEnrichedAttributes({
      topics: makeAnalysis().topics,
      text: makeAnalysis().article.body,
      mainEntities: [],
      results: { figures: { figures: [{ kind: 'money', value: 1.2e16, unit: 'USD', text: 'solar', start: 2, end: 7 }] } },
      failures: {},
      now: new Date('2026-06-15T09:00:00Z'),
    });
    const enriched = await store.markEnriched(record.articleId, 1, attributes);
    expect(enriched).toMatchObject({ status: 'ENRICHED', version: 1 });
    expect(await store.markEnriched(record.articleId, 1, attributes)).toBeUndefined();
    const raw = await rawItem(keys.article(record.articleId));
    expect(storedContentOf(raw!)!.results.figures!.figures[0]!.value).toBe(1.2e16);
    expect(buildEntityEntries({ ...record, sequencer: '01' }, [])).toEqual([]);
  });
});
