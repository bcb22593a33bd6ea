/**
 * `newsdrop reprocess` end to end on the local stack (real emulators, real handlers, the S3 → SQS
 * bridge): 50 articles are ingested, the deployed taxonomy version is bumped (injected into the
 * ingest handler's analyzer), and `reprocess --outdated` brings every record to the new version
 * exactly once, through an interruption and a resume. One object whose event was lost (no
 * record) is backfilled on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reprocess, REPROCESS_MARKER, type ReprocessRequest } from '../../cli/ops/reprocess';
import type { VersionCheck } from '../../cli/ops/reprocess-plan';
import { createAwsDeps } from '../../lambdas/adapters';
import { analyze } from '../../lambdas/core/analyze';
import { TAXONOMY_VERSION } from '../../lambdas/core/classify';
import { articleIdFor, SCHEMA_VERSION } from '../../lambdas/core/records/keys';
import { createEnrichHandler } from '../../lambdas/handlers/enrich';
import { createIngestHandler } from '../../lambdas/handlers/ingest';
import { LOCAL_CLIENT_TUNING } from '../../local/clients';
import type { LocalStack, PipelineHandlers } from '../../local/stack';
import { getArticles } from '../../local/wait-for-records';
import { startTestStack } from '../integration/pipeline-fixture';
import { runCli } from '../support/cli';

const ARTICLES = 50;
const NEW_TAXONOMY = '99.0.0';
const LOST_KEY = 'incoming/late-desk/lost-event.txt';

/** The taxonomy version the "deployed" ingest handler writes; the test bumps it. */
let deployedTaxonomy = TAXONOMY_VERSION;
/** Messages for this key are acknowledged unprocessed while true: an object with no record. */
let loseEventOfLostKey = true;

function article(i: number): string {
  const topics = ['solar power plant', 'textile exports', 'copper mining', 'railway freight'];
  return [
    `Regional desk report number ${i} on ${topics[i % topics.length]}`,
    '',
    `The ministry said on Monday that project ${i} would add ${100 + i} jobs in the region by next year.`,
    `Officials from the provincial administration described item ${i * 7} as a priority for ${topics[(i + 1) % topics.length]}.`,
  ].join('\n');
}

function silentTelemetry(serviceName: string) {
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const logger = new Logger({ serviceName, logLevel: 'SILENT' });
  return { logger, metrics: new Metrics({ namespace: 'NewsdropTest', serviceName, logger }) };
}

function handlersWithInjectedTaxonomy(target: Parameters<NonNullable<Parameters<typeof startTestStack>[0]>['createHandlers'] & {}>[0]): PipelineHandlers {
  const deps = createAwsDeps({
    ...target,
    instrumentClient: (client) => {
      Object.assign((client as { config: object }).config, LOCAL_CLIENT_TUNING);
      return client;
    },
  });
  const ingest = createIngestHandler({
    ...deps,
    telemetry: silentTelemetry('newsdrop-ingest'),
    analyze: (bytes, options) => ({ ...analyze(bytes, options), taxonomyVersion: deployedTaxonomy }),
  });
  return {
    ingest: async (event, context) => {
      const records = event.Records.filter((record) => !(loseEventOfLostKey && record.body.includes('lost-event')));
      return records.length === 0 ? { batchItemFailures: [] } : ingest({ Records: records }, context);
    },
    enrich: createEnrichHandler({ ...deps, telemetry: silentTelemetry('newsdrop-enrich') }),
  };
}

const keyOf = (i: number) => `incoming/desk-${i % 3}/article-${String(i).padStart(3, '0')}.txt`;

describe('newsdrop reprocess on the local stack', () => {
  let stack: LocalStack;
  let stateDir: string;
  const versions = (): VersionCheck[] => [
    { field: 'taxonomyVersion', deployed: deployedTaxonomy },
    { field: 'schemaVersion', deployed: SCHEMA_VERSION },
  ];
  const request = (overrides: Partial<ReprocessRequest> = {}): ReprocessRequest => ({
    s3: stack.clients.s3,
    dynamodb: stack.clients.dynamodb,
    sqs: stack.clients.sqs,
    ingestQueueUrl: stack.queues.ingest,
    maxQueueDepth: 500,
    bucket: stack.bucket,
    table: stack.table,
    incomingPrefix: stack.incomingPrefix,
    selection: { outdated: true },
    versions: versions(),
    rate: 200,
    checkpointPath: join(stateDir, 'checkpoint.json'),
    ...overrides,
  });
  const records = async () => {
    const keys = [...Array.from({ length: ARTICLES }, (_, i) => keyOf(i)), LOST_KEY];
    const byId = await getArticles(stack.clients.dynamodb, stack.table, keys.map((key) => articleIdFor(stack.bucket, key)));
    return new Map(keys.map((key) => [key, byId.get(articleIdFor(stack.bucket, key))]));
  };

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'newsdrop-reprocess-'));
    stack = await startTestStack({ createHandlers: handlersWithInjectedTaxonomy });
    for (let i = 0; i < ARTICLES; i++) {
      await stack.clients.s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: keyOf(i), Body: article(i), ContentType: 'text/plain', Metadata: { desk: `desk-${i % 3}` } }),
      );
    }
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: LOST_KEY, Body: article(999), ContentType: 'text/plain' }));
    await stack.waitForIdle({ timeoutMs: 120_000 });
    loseEventOfLostKey = false;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('starts from 50 enriched version-1 records at the old taxonomy and one object without a record', async () => {
    const before = await records();
    for (let i = 0; i < ARTICLES; i++) {
      expect(before.get(keyOf(i)), keyOf(i)).toMatchObject({ version: 1, taxonomyVersion: TAXONOMY_VERSION, status: 'ENRICHED' });
    }
    expect(before.get(LOST_KEY)).toBeUndefined();
  });

  it('--dry-run (the real CLI) counts the outdated records and the backfill, and copies nothing', async () => {
    const run = await runCli(
      ['reprocess', '--outdated', '--dry-run', '--json', '--endpoint', stack.endpoint, '--taxonomy-version', NEW_TAXONOMY, '--state', join(stateDir, 'cli.json')],
      { timeoutMs: 60_000 },
    );
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout.trim());
    expect(report).toMatchObject({ dryRun: true, listed: ARTICLES + 1, copied: 0, selected: { outdated: ARTICLES, 'no-record': 1 } });
    // Without the bump nothing is outdated; the object without a record is still backfilled.
    const current = await reprocess(request({ dryRun: true }));
    expect(current.selected).toEqual({ outdated: 0, 'no-record': 1, selected: 0 });
  }, 90_000);

  it('after a taxonomy bump, an interrupted run resumes without redoing finished objects, and every record reaches the new version exactly once', async () => {
    deployedTaxonomy = NEW_TAXONOMY;
    const abort = new AbortController();
    const first = await reprocess(
      request({
        versions: versions(),
        signal: abort.signal,
        onProgress: (progress) => {
          if (progress.done === 20) abort.abort();
        },
      }),
    );
    expect(first).toMatchObject({ interrupted: true, copied: 20, selected: { outdated: ARTICLES, 'no-record': 1 } });
    expect(first.checkpoint).toEqual(expect.any(String));

    // Resume at once, while the first 20 may still be in the pipeline: the checkpoint skips them.
    const resumed = await reprocess(request({ versions: versions() }));
    expect(resumed).toMatchObject({ interrupted: false, resumedPast: 20, copied: ARTICLES + 1 - 20 });
    expect(resumed.checkpoint).toBeUndefined();
    await stack.waitForIdle({ timeoutMs: 120_000 });

    const after = await records();
    for (let i = 0; i < ARTICLES; i++) {
      expect(after.get(keyOf(i)), keyOf(i)).toMatchObject({ version: 2, taxonomyVersion: NEW_TAXONOMY, status: 'ENRICHED' });
    }
    expect(after.get(LOST_KEY)).toMatchObject({ version: 1, taxonomyVersion: NEW_TAXONOMY, status: 'ENRICHED' });

    // The copy kept the object's content type and user metadata and added the marker.
    const head = await stack.clients.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: keyOf(4) }));
    expect(head.ContentType).toBe('text/plain');
    expect(head.Metadata).toMatchObject({ desk: 'desk-1', [REPROCESS_MARKER]: expect.any(String) });
  }, 240_000);

  it('a rerun finds nothing left to do (idempotent)', async () => {
    const again = await reprocess(request({ versions: versions() }));
    expect(again).toMatchObject({ copied: 0, resumedPast: 0, skipped: ARTICLES + 1, selected: { outdated: 0, 'no-record': 0 } });
    await stack.waitForIdle({ timeoutMs: 30_000 });
    const after = await records();
    expect([...after.values()].every((record) => record?.version === (record?.source.key === LOST_KEY ? 1 : 2))).toBe(true);
  }, 60_000);

  it('selects by source prefix and by date range', async () => {
    const prefixed = await reprocess(request({ dryRun: true, selection: { prefix: 'desk-1/' } }));
    expect(prefixed.listed).toBe(Array.from({ length: ARTICLES }, (_, i) => i).filter((i) => i % 3 === 1).length);
    expect(prefixed.selected.selected).toBe(prefixed.listed);
    const future = await reprocess(request({ dryRun: true, selection: { since: new Date(Date.now() + 86_400_000) } }));
    expect(future).toMatchObject({ listed: ARTICLES + 1, skipped: ARTICLES + 1 });
    const past = await reprocess(request({ dryRun: true, selection: { until: new Date(Date.now() + 86_400_000), since: new Date(0) } }));
    expect(past.selected.selected).toBe(ARTICLES + 1);
  }, 60_000);
});
