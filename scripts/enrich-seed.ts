/**
 * Runs every enrichment job on the seed article (../shared/seed-article.txt, or
 * a path given on the command line) and prints the results with the acceptance
 * checks: `npx tsx scripts/enrich-seed.ts [FILE]`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runJob } from '../lambdas/core/enrich';
import type { EnrichmentInput } from '../lambdas/core/enrich/types';
import type { Article } from '../lambdas/core/types';

const file = process.argv[2] ?? new URL('../../shared/seed-article.txt', import.meta.url).pathname;
const lines = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
const paragraphs = lines;
const body = paragraphs.join('\n\n');
const article: Article = {
  title: paragraphs[0]!.slice(0, 80),
  paragraphs,
  body,
  language: 'en',
  mediaType: 'text/plain',
  wordCount: body.split(/\s+/).length,
  contentHash: createHash('sha256').update(body).digest('hex'),
};
const input: EnrichmentInput = { articleId: 'seed', article, topics: [] };

const { entities } = runJob('entities', input);
const { figures } = runJob('figures', input);
const { quotes } = runJob('quotes', input);
const { places } = runJob('places', input);

const show = (label: string, value: unknown) => console.log(`\n## ${label}\n` + JSON.stringify(value, null, 1));
show('entities', entities.map((e) => ({ type: e.type, name: e.name, key: e.key, country: e.country, role: e.role, mentions: e.mentions.map((m) => `${m.text}@${m.start}`) })));
show('figures', figures);
show('quotes', quotes);
show('places', places.map((p) => ({ name: p.name, type: p.type, country: p.country, lat: p.lat, lon: p.lon, mentions: p.mentions.length })));

const checks: [string, boolean][] = [
  ['Mirziyoyev: President of Uzbekistan, UZ', entities.some((e) => e.name === 'Shavkat Mirziyoyev' && e.role === 'President of Uzbekistan' && e.country === 'UZ')],
  ['Yoon: President of South Korea, KR', entities.some((e) => e.name === 'Yoon Suk-yeol' && e.role === 'President of South Korea' && e.country === 'KR')],
  ['countries UZ and KR', ['UZ', 'KR'].every((c) => entities.some((e) => e.type === 'country' && e.country === c))],
  ['figure 60,000 units per year', figures.some((f) => f.value === 60000 && f.unit !== undefined && f.period === 'year')],
  ['quote attributed to Mirziyoyev', quotes.some((q) => q.speaker === 'Shavkat Mirziyoyev')],
  ['places Tashkent and Jizzakh with coordinates', ['Tashkent', 'Jizzakh'].every((n) => places.some((p) => p.name === n && Number.isFinite(p.lat) && Number.isFinite(p.lon)))],
  ['offsets exact', [...entities.flatMap((e) => e.mentions), ...figures, ...quotes, ...places.flatMap((p) => p.mentions)].every((s) => body.slice(s.start, s.end) === s.text)],
];
console.log('\n## acceptance');
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
