/**
 * RecordStore against dynalite over HTTP with the real DynamoDB client: the
 * conditions are what keep concurrent and out-of-order writes correct.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createAwsDeps } from '../../lambdas/adapters';
import type { RecordStore } from '../../lambdas/adapters/ports';
import { JOB_KINDS } from '../../lambdas/core/enrich/types';
import { indexes, keys } from '../../lambdas/core/records/keys';
import {
  buildEntityIndexItems,
  buildFailedRecord,
  buildJobItem,
  buildTopicIndexItems,
} from '../../lambdas/core/records/mapping';
import { makeAnalysis, makeArticle, makeParsedRecord, makeSource } from '../core/records/fixtures';
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
    // Job progress is kept in the job items: the article item carries no pending set.
    expect(raw?.pendingJobs).toBeUndefined();
    expect(raw?.[indexes.byStatus.partitionKey]).toBe('STATUS#PARSED');
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

  it('keeps newer topic index items and deletes stale ones', async () => {
    const articleId = freshId();
    const v1 = makeParsedRecord({ articleId, source: { sequencer: '00A0' } });
    expect(await store.putTopicIndexItems(buildTopicIndexItems(v1))).toBe(0);

    const onlyEnergy = makeAnalysis(makeArticle(['A solar power plant.']), [{ id: 'energy', score: 0.8, evidence: [] }]);
    const v2 = makeParsedRecord({ articleId, previous: v1, analysis: onlyEnergy, source: { sequencer: '00B0' } });
    expect(await store.putTopicIndexItems(buildTopicIndexItems(v2))).toBe(0);
    // The older upload's items arriving late: `energy` (rewritten by v2) is refused; `economy`
    // only ever had v1's item, so it is rewritten and left for the stale cleanup.
    expect(await store.putTopicIndexItems(buildTopicIndexItems(v1))).toBe(1);

    expect(await store.deleteStaleIndexItems(articleId, '00B0')).toBe(1);
    expect(await rawItem(keys.topic(articleId, 'economy'))).toBeUndefined();
    expect(await rawItem(keys.topic(articleId, 'energy'))).toMatchObject({ version: 2, sequencer: '00B' });

    const energy = await store.queryTopic('energy', 50);
    expect(energy.filter((item) => item.articleId === articleId)).toHaveLength(1);
  });

  it('deletes more stale items than one BatchWriteItem takes', async () => {
    const articleId = freshId();
    const record = makeParsedRecord({ articleId, source: { sequencer: '0010' } });
    // Built one by one: buildEntityIndexItems caps an article at MAX_ENTITY_INDEX_ITEMS.
    const items = Array.from({ length: 30 }, (_, i) =>
      buildEntityIndexItems(record, [{ type: 'organization', name: `Org ${i}`, key: `org ${i}`, mentions: [] }]),
    ).flat();
    expect(items).toHaveLength(30);
    await store.putEntityIndexItems(items);
    expect(await store.queryEntity('org 7', 5)).toMatchObject([{ articleId, entityKey: 'org 7', name: 'Org 7', version: 1 }]);
    expect(await store.deleteStaleIndexItems(articleId, '0020')).toBe(30);
    expect(await rawItem(keys.entity(articleId, 'org 7'))).toBeUndefined();
  });

  it('records a content claim for the first article only', async () => {
    const first = freshId();
    const second = freshId();
    expect(await store.claimContent('hash-1', first)).toBe(first);
    expect(await store.claimContent('hash-1', second)).toBe(first);
    expect(await store.claimContent('hash-1', first)).toBe(first);
  });

  it('lets exactly one of five concurrent finishers make the article ENRICHED', async () => {
    const articleId = freshId();
    const record = makeParsedRecord({ articleId });
    await store.putArticle(record, undefined);
    const at = new Date('2026-06-15T09:00:00.000Z');

    // Store-then-check, as the enrich use case does it.
    const finish = async (kind: (typeof JOB_KINDS)[number]) => {
      await store.putJobItem(buildJobItem(articleId, kind, 1, { figures: [] } as never, at));
      if ((await store.completedJobKinds(articleId, 1)).length < JOB_KINDS.length) return false;
      return (await store.markEnriched(articleId, 1, at)) !== undefined;
    };
    const winners = (await Promise.all(JOB_KINDS.map(finish))).filter(Boolean);
    expect(winners).toHaveLength(1);

    const stored = await store.getArticle(articleId);
    expect(stored).toMatchObject({ status: 'ENRICHED', enrichedAt: at.toISOString() });
    expect((await rawItem(keys.article(articleId)))?.[indexes.byStatus.partitionKey]).toBe('STATUS#ENRICHED');

    // A retried job changes nothing and wins nothing.
    expect(await store.completedJobKinds(articleId, 1)).toEqual([...JOB_KINDS]);
    expect(await store.markEnriched(articleId, 1, at)).toBeUndefined();
  });

  it('counts only the job results of the asked version', async () => {
    const articleId = freshId();
    const at = new Date();
    await store.putJobItem(buildJobItem(articleId, 'figures', 1, { figures: [] }, at));
    await store.putJobItem(buildJobItem(articleId, 'quotes', 1, { quotes: [] }, at));
    await store.putJobItem(buildJobItem(articleId, 'quotes', 2, { quotes: [] }, at));
    expect(await store.completedJobKinds(articleId, 1)).toEqual(['figures']);
    expect(await store.completedJobKinds(articleId, 2)).toEqual(['quotes']);
    expect(await store.completedJobKinds(freshId(), 1)).toEqual([]);
  });

  it('clears the pending set of an older-schema item on the ENRICHED transition', async () => {
    const articleId = freshId();
    await store.putArticle({ ...makeParsedRecord({ articleId }), pendingJobs: ['quotes'] }, undefined);
    expect(await store.markEnriched(articleId, 1, new Date())).toMatchObject({ status: 'ENRICHED' });
    expect((await rawItem(keys.article(articleId)))?.pendingJobs).toBeUndefined();
  });

  it('refuses job results of a superseded version and its ENRICHED transition', async () => {
    const articleId = freshId();
    const v1 = makeParsedRecord({ articleId, source: { sequencer: '01' } });
    await store.putArticle(v1, undefined);
    const v2 = makeParsedRecord({ articleId, previous: v1, source: { sequencer: '02' } });
    await store.putArticle(v2, v1);
    const at = new Date();
    expect(await store.putJobItem(buildJobItem(articleId, 'figures', 2, { figures: [] }, at))).toBe(true);
    expect(await store.putJobItem(buildJobItem(articleId, 'figures', 1, { figures: [] }, at))).toBe(false);
    expect(await store.markEnriched(articleId, 1, at)).toBeUndefined();
    expect(await store.getArticle(articleId)).toMatchObject({ status: 'PARSED', version: 2 });
  });

  it('stores failure records through the same conditional write', async () => {
    const articleId = freshId();
    const v1 = makeParsedRecord({ articleId, source: { sequencer: '01' } });
    await store.putArticle(v1, undefined);
    const failed = buildFailedRecord({
      articleId,
      source: makeSource({ sequencer: '03' }),
      previous: v1,
      error: { code: 'TOO_LARGE', message: 'too big' },
      taxonomyVersion: 't',
      now: new Date(),
    });
    expect(await store.putArticle(failed, v1)).toBe('written');
    expect(await store.getArticle(articleId)).toMatchObject({ status: 'FAILED', version: 2, error: { code: 'TOO_LARGE' } });
  });
});
