/**
 * The published contract (schemas/v<N>/*.schema.json):
 * (a) the committed files are exactly what `npm run schemas` generates from the TypeScript types now;
 * (b) real output of the pipeline on the local emulators (article records, change events,
 *     enrichment job messages) validates against them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor, indexes, tableKeys } from '../../lambdas/core/records/keys';
import type { LocalStack } from '../../local/stack';
import { getArticles } from '../../local/wait-for-records';
import { contractSchemaVersion, generateSchemas, readContractConfig, repoRoot } from '../../scripts/generate-schemas';
import { drainQueue, startTestStack } from '../integration/pipeline-fixture';

function loadValidator(ajv: Ajv, version: number, name: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', `v${version}`, `${name}.schema.json`), 'utf8'));
  return ajv.compile(schema);
}

function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  expect(ok ? [] : validate.errors!.map((error) => `${what}: ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)).toEqual([]);
}

/** The attributes that address an item in the table (keys, index keys, TTL): not part of the record. */
function withoutTableAttributes(item: Record<string, unknown>): Record<string, unknown> {
  const addressing = new Set<string>([tableKeys.partitionKey, tableKeys.sortKey, tableKeys.ttlAttribute]);
  for (const index of Object.values(indexes)) {
    addressing.add(index.partitionKey);
    addressing.add(index.sortKey);
  }
  return Object.fromEntries(Object.entries(item).filter(([key]) => !addressing.has(key)));
}

describe('published JSON Schemas', () => {
  it('are the committed files, regenerated from the types (run `npm run schemas` after changing them)', async () => {
    const generated = await generateSchemas();
    expect([...generated.keys()].length).toBe(readContractConfig().schemas.length);
    for (const [path, text] of generated) {
      let committed: string | undefined;
      try {
        committed = readFileSync(join(repoRoot, path), 'utf8');
      } catch {
        committed = undefined;
      }
      expect(committed, `${path} differs from a fresh generation: run npm run schemas`).toBe(text);
    }
  }, 120_000);

  it('reject what the types forbid (the validation can fail)', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const version = await contractSchemaVersion();
    const event = loadValidator(ajv, version, 'article-event');
    expect(event({ type: 'article.enriched', articleId: 'a', version: 1, status: 'DONE', topics: [], source: { bucket: 'b', key: 'k' }, at: 'x' })).toBe(false);
    expect(event({ type: 'article.enriched', articleId: 'a', version: 1, status: 'ENRICHED', topics: [], source: { bucket: 'b', key: 'k' }, at: 'x' })).toBe(true);
    const job = loadValidator(ajv, version, 'enrichment-job');
    expect(job({ kind: 'horoscope', articleId: 'a', version: 1, processedKey: 'p' })).toBe(false);
  });
});

describe('real pipeline output validates against the schemas', () => {
  let stack: LocalStack;
  const jobBodies: string[] = [];
  const uploads: Record<string, string | Buffer> = {
    'incoming/contract/plain.txt': 'Copper exports rise\n\nThe ministry of mining said copper exports rose by 12 percent in June, to 40,000 tonnes.',
    'incoming/contract/story.md': '# Solar plant opens in the south\n\nThe energy minister, Anna Berg, said the plant will supply 200,000 homes. "This is a milestone," she said.',
    'incoming/contract/page.html':
      '<html><head><title>Rail freight deal signed</title></head><body><nav>Home | World</nav><article><h1>Rail freight deal signed</h1><p>TASHKENT, June 14 - Officials from Uzbekistan and Kazakhstan signed a freight agreement worth $120 million on Friday.</p></article></body></html>',
    'incoming/contract/item.json': JSON.stringify({
      title: 'Textile factory expands',
      body: 'A textile company in Samarkand will hire 500 workers, the regional governor said on Tuesday.',
      publishedAt: '2026-06-02',
      author: 'Desk reporter',
      url: 'https://example.com/textile',
    }),
    'incoming/contract/empty.txt': '',
    'incoming/contract/binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9]),
  };

  beforeAll(async () => {
    stack = await startTestStack({
      wrapHandlers: (handlers) => ({
        ingest: handlers.ingest,
        enrich: async (event, context) => {
          jobBodies.push(...event.Records.map((record) => record.body));
          return handlers.enrich(event, context);
        },
      }),
    });
    for (const [key, body] of Object.entries(uploads)) {
      await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: Buffer.from(body), ContentLength: Buffer.byteLength(body) }));
    }
    await stack.waitForIdle({ timeoutMs: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('article records (enriched and failed), change events and job messages', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const version = await contractSchemaVersion();
    const validateRecord = loadValidator(ajv, version, 'article-record');
    const validateEvent = loadValidator(ajv, version, 'article-event');
    const validateJob = loadValidator(ajv, version, 'enrichment-job');

    const records = await getArticles(
      stack.clients.dynamodb,
      stack.table,
      Object.keys(uploads).map((key) => articleIdFor(stack.bucket, key)),
    );
    expect(records.size).toBe(Object.keys(uploads).length);
    const statuses = [...records.values()].map((record) => record.status);
    expect(statuses).toContain('ENRICHED');
    expect(statuses).toContain('FAILED');
    for (const record of records.values()) {
      expectValid(validateRecord, withoutTableAttributes(record as unknown as Record<string, unknown>), `record ${record.source.key}`);
    }

    const events = (await drainQueue(stack, stack.queues.events)).map((message) => JSON.parse(message.Body!));
    expect(events.length).toBeGreaterThanOrEqual(Object.keys(uploads).length);
    for (const event of events) expectValid(validateEvent, event, `event ${event.source?.key}`);

    expect(jobBodies.length).toBeGreaterThan(0);
    for (const body of jobBodies) expectValid(validateJob, JSON.parse(body), 'job message');
  });
});
