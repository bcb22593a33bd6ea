/**
 * The fault-injection soak of issue 8: many uploads through the local stack
 * (real ingest and enrich handlers) with duplicates, overwrites, reordered
 * batches, injected handler crashes and hostile files mixed in, then a count
 * of what became of each upload. Records are read only through the read
 * client (client/), so the soak keeps working when the record layout changes.
 * Shared by `npm run bench -- soak` (≥ 2,000 articles) and
 * test/integration/soak.test.ts (a few hundred).
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { createReadClient } from '../client';
import { articleIdFor } from '../lambdas/core/records/keys';
import type { SqsBatchHandler } from '../local/event-source';
import { startLocalStack, type LocalStack } from '../local/stack';
import { mapLimit } from '../local/uploads';
import { HOSTILE_INPUTS } from './hostile.bench';
import { seededRandom } from './support';

export interface SoakOptions {
  articles: number;
  /** Share of handler invocations that crash (half before the work, half after it). */
  crashRate?: number;
  seed?: number;
  /** Size of each hostile file (the CPU bench covers 5 MB; here many small ones). */
  hostileBytes?: number;
  onProgress?: (line: string) => void;
  timeoutMs?: number;
}

export interface SoakReport {
  uploads: number;
  keys: number;
  records: number;
  enriched: number;
  failedByCode: Record<string, number>;
  deadLetters: { ingest: number; enrich: number };
  /** Keys whose record is missing or holds an older upload than the last one. */
  lost: string[];
  /** Article records beyond one per key. */
  duplicated: number;
  /** Records of the last upload that never reached ENRICHED or FAILED. */
  stuck: string[];
  /** Same bytes under two keys: records flagged as a duplicate of another. */
  contentDuplicatesFlagged: number;
  crashes: number;
  seconds: number;
}

interface Upload {
  key: string;
  body: Uint8Array;
}

const PLACES = ['Tashkent', 'Seoul', 'Samarkand', 'Busan', 'Bukhara', 'Navoi'];
const utf8 = (text: string) => new TextEncoder().encode(text);

function story(i: number, variant = 0): Uint8Array {
  return utf8(
    `Dispatch ${i}.${variant}: energy cooperation 😀\n\nOfficials met in ${PLACES[i % PLACES.length]} on day ${i} to sign a ${10 + (i % 90)}-megawatt solar agreement worth $${i + 1} million (revision ${variant}).\n`,
  );
}

/** Small hand-made hostile files beside the generated ones. */
function smallHostiles(i: number): Upload[] {
  const base = `incoming/soak/hostile-${i}`;
  return [
    { key: `${base}-empty.txt`, body: new Uint8Array(0) },
    { key: `${base}-png.txt`, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { key: `${base}-bad.json`, body: utf8('{"title": "Unclosed", "body": ') },
    { key: `${base}-js-url.json`, body: utf8(JSON.stringify({ title: '<b>Bold</b> \u202Eclaim', url: 'javascript:alert(1)', body: `Story ${i} about solar power in Navoi.` })) },
    { key: `${base}-stray-byte.txt`, body: new Uint8Array([...utf8(`Copper — output ${i}\n\nOutput rose — again`), 0x96, ...utf8(' in Navoi.')]) },
    { key: `${base}-huge-title.json`, body: utf8(JSON.stringify({ title: 'Long '.repeat(20_000), body: `Story ${i} body about copper.` })) },
    { key: `${base}-big-number.txt`, body: utf8(`Derivatives ${i}\n\nGlobal derivatives exposure is estimated at $12,000 trillion.`) },
  ];
}

function plan(options: SoakOptions, random: () => number): { rounds: Upload[][]; hostileKeys: Set<string> } {
  const hostileBytes = options.hostileBytes ?? 40_000;
  const first: Upload[] = [];
  const later: Upload[] = [];
  const hostileKeys = new Set<string>();
  let made = 0;
  // One of each hand-made hostile file whatever the count; more turn up at random below.
  for (const upload of smallHostiles(0)) {
    hostileKeys.add(upload.key);
    first.push(upload);
    made += 1;
  }
  for (let i = 1; made < options.articles; i++) {
    const roll = random();
    if (roll < 0.05) {
      // Content duplicate: the same bytes under two keys at the same moment.
      const body = story(i);
      first.push({ key: `incoming/soak/dup-${i}-a.txt`, body }, { key: `incoming/soak/dup-${i}-b.txt`, body });
      made += 2;
    } else if (roll < 0.1) {
      // Overwrites: three versions of one key, the last must win.
      const key = `incoming/soak/over-${i}.txt`;
      first.push({ key, body: story(i, 1) });
      later.push({ key, body: story(i, 2) }, { key, body: story(i, 3) });
      made += 1;
    } else if (roll < 0.13) {
      const input = HOSTILE_INPUTS[i % HOSTILE_INPUTS.length]!;
      const key = `incoming/soak/hostile-gen-${i}-${input.fileName}`;
      hostileKeys.add(key);
      first.push({ key, body: input.make(hostileBytes) });
      made += 1;
    } else if (roll < 0.14) {
      for (const upload of smallHostiles(i)) {
        hostileKeys.add(upload.key);
        first.push(upload);
        made += 1;
      }
    } else {
      first.push({ key: `incoming/soak/story-${String(i).padStart(5, '0')}.txt`, body: story(i) });
      made += 1;
    }
  }
  return { rounds: [first, later.filter((_, j) => j % 2 === 0), later.filter((_, j) => j % 2 === 1)], hostileKeys };
}

/**
 * Crashes before or after the real work, and batches handed over in a shuffled order. The first
 * invocation always crashes after its work: full batches (ten notifications per send) make few
 * invocations, and a run must still prove that a redelivered batch is recorded once.
 */
function faulty(handler: SqsBatchHandler, random: () => number, crashRate: number, counter: { crashes: number }): SqsBatchHandler {
  let invocations = 0;
  return async (event: SQSEvent, context) => {
    const first = invocations++ === 0 && crashRate > 0;
    const records = [...event.Records];
    for (let i = records.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [records[i], records[j]] = [records[j]!, records[i]!];
    }
    const roll = random();
    if (roll < crashRate / 2) {
      counter.crashes++;
      throw new Error('injected crash before processing');
    }
    const response = await handler({ Records: records }, context);
    if (first || roll < crashRate) {
      counter.crashes++;
      throw new Error('injected crash after processing');
    }
    return response;
  };
}

async function depth(stack: LocalStack, url: string): Promise<number> {
  const got = await stack.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(got.Attributes?.ApproximateNumberOfMessages ?? 0);
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const random = seededRandom(options.seed ?? 20261202);
  const counter = { crashes: 0 };
  const crashRate = options.crashRate ?? 0.05;
  const progress = options.onProgress ?? (() => {});
  const stack = await startLocalStack({
    quiet: true,
    waitTimeSeconds: 1,
    overrides: {
      // Long enough that a slow batch on a busy machine is not received twice; crashed ones come back after it.
      // Five receives: a message dead-letters only after five injected crashes in a row (about 3e-7 at 5 %).
      ingest: { visibilityTimeoutSeconds: 8, maxBatchingWindowSeconds: 0, maxReceiveCount: 5 },
      enrich: { visibilityTimeoutSeconds: 8, maxBatchingWindowSeconds: 0, maxReceiveCount: 5 },
    },
    wrapHandlers: (real) => ({
      ingest: faulty(real.ingest, random, crashRate, counter),
      enrich: faulty(real.enrich, random, crashRate, counter),
    }),
  });
  try {
    const { rounds, hostileKeys } = plan(options, random);
    const lastEtag = new Map<string, string>();
    let uploads = 0;
    for (const round of rounds) {
      await mapLimit(round, 16, async (upload) => {
        const put = await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: upload.key, Body: upload.body }));
        uploads++;
        // Rounds run one after another, so the last round's write of a key is its newest.
        lastEtag.set(upload.key, (put.ETag ?? '').replaceAll('"', ''));
      });
      progress(`uploaded ${uploads}`);
    }
    await stack.waitForIdle({ timeoutMs: options.timeoutMs ?? 600_000 });
    progress('pipeline idle; reading records');

    const reader = createReadClient({ dynamodb: stack.clients.dynamodb, tableName: stack.table });
    const lost: string[] = [];
    const stuck: string[] = [];
    const failedByCode: Record<string, number> = {};
    let enriched = 0;
    let flagged = 0;
    await mapLimit([...lastEtag], 16, async ([key, etag]) => {
      const view = await reader.getArticle(articleIdFor(stack.bucket, key));
      const record = view?.article;
      if (!record || record.source.etag?.replaceAll('"', '') !== etag) {
        lost.push(key);
        return;
      }
      if (record.status === 'ENRICHED') enriched++;
      else if (record.status === 'FAILED') {
        const code = record.error?.code ?? 'UNKNOWN';
        failedByCode[code] = (failedByCode[code] ?? 0) + 1;
      } else stuck.push(key);
      if (record.duplicateOf !== undefined) flagged++;
    });
    const counts = await reader.countByStatus();
    const records = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const deadLetters = { ingest: await depth(stack, stack.queues.ingestDlq), enrich: await depth(stack, stack.queues.enrichDlq) };
    const hostileLost = [...hostileKeys].filter((key) => lost.includes(key) || stuck.includes(key));
    if (hostileLost.length > 0) progress(`hostile inputs without a final record: ${hostileLost.join(', ')}`);
    return {
      uploads,
      keys: lastEtag.size,
      records,
      enriched,
      failedByCode,
      deadLetters,
      lost: lost.sort(),
      duplicated: Math.max(0, records - lastEtag.size),
      stuck: stuck.sort(),
      contentDuplicatesFlagged: flagged,
      crashes: counter.crashes,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await stack.stop();
  }
}

export function formatSoakReport(report: SoakReport): string {
  const failed = Object.entries(report.failedByCode)
    .sort()
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `uploads ${report.uploads} (${report.keys} keys), injected crashes ${report.crashes}, ${report.seconds.toFixed(0)} s`,
    `records ${report.records}: ENRICHED ${report.enriched}, FAILED ${Object.values(report.failedByCode).reduce((a, b) => a + b, 0)} (${failed || 'none'})`,
    `content duplicates flagged ${report.contentDuplicatesFlagged}`,
    `DLQ ${report.deadLetters.ingest + report.deadLetters.enrich} (ingest ${report.deadLetters.ingest}, enrich ${report.deadLetters.enrich})`,
    `lost = ${report.lost.length}${report.lost.length ? ` (${report.lost.slice(0, 5).join(', ')}…)` : ''}`,
    `duplicated = ${report.duplicated}`,
    `stuck = ${report.stuck.length}${report.stuck.length ? ` (${report.stuck.slice(0, 5).join(', ')}…)` : ''}`,
  ].join('\n');
}
