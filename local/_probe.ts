import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalStack } from './stack';
import { waitForArticles } from './wait-for-records';
const stack = await startLocalStack({ quiet: true, wrapHandlers: (h) => process.env.NOENRICH ? ({ ingest: h.ingest, enrich: async () => ({ batchItemFailures: [] }) }) : h, overrides: { ingest: { visibilityTimeoutSeconds: 60, maxBatchingWindowSeconds: 0 }, enrich: { visibilityTimeoutSeconds: 60, maxBatchingWindowSeconds: 0 } } });
const base = readFileSync('test/fixtures/articles/state-visit.txt', 'utf8');
const t0 = Date.now(); const c0 = process.cpuUsage();
const n = Number(process.argv[2] ?? 30);
const ups = await Promise.all(Array.from({ length: n }, async (_, i) => { const key = `incoming/burst/a${i}.txt`; await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: process.env.SHORT ? `Trade talks ${i}\n\nThe minister of energy met Samsung executives in Tashkent on May ${(i % 28) + 1} to discuss a $${i} million battery plant.` : `Story ${i}\n\n${base}\n\nNote ${i}.` })); return key; }));
const r = await (process.env.NOENRICH ? waitParsed : waitForArticles)({ dynamodb: stack.clients.dynamodb, table: stack.table, targets: ups.map((key) => ({ bucket: stack.bucket, key })), timeoutMs: 120000 });
console.log('final', r.final.size, 'ms', Date.now() - t0, 'cpu', process.cpuUsage(c0));
await stack.stop();
async function waitParsed(o: Parameters<typeof waitForArticles>[0]) {
  const { getArticles } = await import('./wait-for-records');
  const { articleIdFor } = await import('../lambdas/core/records/keys');
  for (;;) {
    const got = await getArticles(o.dynamodb, o.table, o.targets.map((t) => articleIdFor(t.bucket, t.key)));
    if ([...got.values()].filter((r) => r.status !== 'RECEIVED').length === o.targets.length) return { final: got, pending: [] };
    await new Promise((r) => setTimeout(r, 100));
  }
}
