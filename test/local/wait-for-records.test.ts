import { BatchWriteItemCommand, type BatchGetItemCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor, keys } from '../../lambdas/core/records/keys';
import { createClients, destroyClients, localCredentials } from '../../local/clients';
import { waitForArticles, type ArticleTarget } from '../../local/wait-for-records';
import { startEmulatorFixture, type EmulatorFixture } from './emulator-fixture';

const BUCKET = 'waiter-bucket';

/** Article ids asked for by each BatchGetItem, in call order; `after` runs once a call has answered. */
function recordReads(client: DynamoDBClient, after?: (call: number) => Promise<void>): string[][] {
  const calls: string[][] = [];
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as BatchGetItemCommandInput;
      const asked = Object.values(input.RequestItems ?? {}).flatMap((r) => (r.Keys ?? []).map((k) => String(k.PK?.S).replace(/^ARTICLE#/, '')));
      calls.push(asked);
      const result = await next(args);
      await after?.(calls.length);
      return result;
    },
    { step: 'initialize', name: `readRecorder${Math.random()}` },
  );
  return calls;
}

describe('waitForArticles', () => {
  let fixture: EmulatorFixture;
  let table: string;

  beforeAll(async () => {
    fixture = await startEmulatorFixture();
    table = fixture.resources.table;
  });
  afterAll(async () => fixture.close());

  async function putArticles(targets: ArticleTarget[], status: (i: number) => string): Promise<void> {
    for (let i = 0; i < targets.length; i += 25) {
      const chunk = targets.slice(i, i + 25);
      await fixture.clients.dynamodb.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [table]: chunk.map((t, j) => {
              const id = articleIdFor(t.bucket, t.key);
              const k = keys.article(id);
              return { PutRequest: { Item: { PK: { S: k.PK }, SK: { S: k.SK }, articleId: { S: id }, status: { S: status(i + j) } } } };
            }),
          },
        }),
      );
    }
  }

  function targetsFor(prefix: string, count: number): ArticleTarget[] {
    return Array.from({ length: count }, (_, i) => ({ bucket: BUCKET, key: `incoming/${prefix}/${String(i).padStart(4, '0')}.txt` }));
  }

  it('reads only the oldest pending chunk while nothing finishes, and everything on the first and last poll', async () => {
    const targets = targetsFor('stuck', 250);
    await putArticles(targets, () => 'PARSED');
    const tailIds = new Set(targets.slice(200).map((t) => articleIdFor(t.bucket, t.key)));
    const clients = createClients({ region: fixture.settings.region, endpoint: fixture.emulators.endpoint, credentials: localCredentials });
    try {
      const calls = recordReads(clients.dynamodb);
      const { final, pending } = await waitForArticles({ dynamodb: clients.dynamodb, table, targets, timeoutMs: 800, pollMs: 20 });
      expect(final.size).toBe(0);
      expect(pending).toHaveLength(250);
      // First sweep (3 calls), some polls of the oldest chunk, the last sweep (3 calls).
      expect(calls.length).toBeGreaterThan(6);
      expect(calls.filter((ids) => ids.some((id) => tailIds.has(id)))).toHaveLength(2);
      expect(calls.slice(3, -3).every((ids) => ids.length === 100 && ids.every((id) => !tailIds.has(id)))).toBe(true);
    } finally {
      destroyClients(clients);
    }
  });

  it('moves on through the chunks as they finish and reports each article once', async () => {
    const targets = targetsFor('flowing', 250);
    await putArticles(targets, () => 'PARSED');
    const clients = createClients({ region: fixture.settings.region, endpoint: fixture.emulators.endpoint, credentials: localCredentials });
    try {
      // Everything finishes right after the first sweep.
      const calls = recordReads(clients.dynamodb, async (call) => {
        if (call === 3) await putArticles(targets, (i) => (i % 2 === 0 ? 'ENRICHED' : 'FAILED'));
      });
      const reported: string[] = [];
      const { final, pending } = await waitForArticles({
        dynamodb: clients.dynamodb,
        table,
        targets,
        timeoutMs: 30_000,
        pollMs: 10,
        onFinal: (target) => reported.push(target.key),
      });
      expect(pending).toHaveLength(0);
      expect(final.size).toBe(250);
      expect(final.get(targets[1]!.key)?.status).toBe('FAILED');
      expect(new Set(reported).size).toBe(250);
      expect(reported).toHaveLength(250);
      expect(calls).toHaveLength(6);
    } finally {
      destroyClients(clients);
    }
  });

  it('finds articles that finish out of order behind a stuck chunk in the last sweep', async () => {
    const targets = targetsFor('unordered', 250);
    await putArticles(targets, () => 'PARSED');
    const clients = createClients({ region: fixture.settings.region, endpoint: fixture.emulators.endpoint, credentials: localCredentials });
    try {
      recordReads(clients.dynamodb, async (call) => {
        if (call === 3) await putArticles(targets, (i) => (i < 100 ? 'PARSED' : 'ENRICHED'));
      });
      const { final, pending } = await waitForArticles({ dynamodb: clients.dynamodb, table, targets, timeoutMs: 400, pollMs: 20 });
      expect(final.size).toBe(150);
      expect(pending.map((t) => t.key)).toEqual(targets.slice(0, 100).map((t) => t.key));
    } finally {
      destroyClients(clients);
    }
  });
});
