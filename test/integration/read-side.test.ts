/**
 * The read side end to end on the local stack: uploads become records that the
 * typed read client finds by topic, entity and id, enrichment results are in
 * place, a later article links an earlier one as related, and each article is
 * announced exactly once on the change-event topic.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadClient, fullRecord, type ReadClient } from '../../client';
import type { ArticleEvent } from '../../lambdas/core/records/types';
import type { LocalStack } from '../../local/stack';
import { drainQueue, finalRecord, startTestStack, testOverrides, upload } from './pipeline-fixture';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));

let stack: LocalStack;
let reader: ReadClient;
let visitId: string;
let briefingId: string;

beforeAll(async () => {
  // No retries are tested here: a visibility timeout longer than a loaded machine's slowest
  // invocation keeps redeliveries (at-least-once, so a second event) out of the exactly-once check.
  stack = await startTestStack({
    overrides: {
      ingest: { ...testOverrides.ingest, visibilityTimeoutSeconds: 60 },
      enrich: { ...testOverrides.enrich, visibilityTimeoutSeconds: 60 },
    },
  });
  reader = createReadClient({ dynamodb: stack.clients.dynamodb, tableName: stack.table });
  await drainQueue(stack, stack.queues.events);
  // One after the other: `related` only links articles that are already recorded.
  const visit = await upload(stack, 'incoming/wire/state visit.txt', fixture('state-visit.txt'));
  visitId = (await finalRecord(stack, visit.key, visit.etag)).articleId;
  const briefing = await upload(stack, 'incoming/desk/briefing.md', fixture('briefing.md'));
  briefingId = (await finalRecord(stack, briefing.key, briefing.etag)).articleId;
  await stack.waitForIdle();
});

afterAll(async () => {
  await stack?.stop();
});

describe('read side on the local stack', () => {
  it('returns the whole article with every enrichment result', async () => {
    const view = await reader.getArticle(visitId);
    expect(view?.article.status).toBe('ENRICHED');
    expect(Object.keys(view!.jobs).sort()).toEqual(['entities', 'figures', 'places', 'quotes', 'related']);
    const record = fullRecord(view!);
    expect(record.enrichment.figures).toContainEqual(expect.objectContaining({ value: 60000, period: 'year' }));
    expect(record.enrichment.places?.map((p) => p.name)).toEqual(expect.arrayContaining(['Tashkent', 'Samarkand']));
    for (const place of record.enrichment.places ?? []) {
      expect(Number.isFinite(place.lat) && Number.isFinite(place.lon)).toBe(true);
    }
    expect(record.enrichment.entities?.filter((e) => e.type === 'country').map((e) => e.country)).toEqual(
      expect.arrayContaining(['UZ', 'KR']),
    );
  });

  it('lists the article under each of its topics and entities', async () => {
    const view = await reader.getArticle(visitId);
    const topics = view!.article.topics!.map((t) => t.id);
    expect(topics).toContain('energy');
    for (const topic of topics) {
      const page = await reader.byTopic(topic, { since: '2024-01-01' });
      expect(page.items.map((i) => i.articleId)).toContain(visitId);
    }
    // Entity entries exist for the main entities (named in the title or mentioned repeatedly).
    for (const id of [visitId, briefingId]) {
      const entities = (await reader.getArticle(id))!.entities;
      expect(entities.length).toBeGreaterThan(0);
      for (const entity of entities) expect((await reader.byEntity(entity.name)).items.map((i) => i.articleId)).toContain(id);
    }
    const before = await reader.byTopic('energy', { until: '2023-12-31' });
    expect(before.items.map((i) => i.articleId)).not.toContain(visitId);
  });

  it('links the later article to the earlier one as related', async () => {
    const view = await reader.getArticle(briefingId);
    const related = view!.jobs.related!.result.related;
    const link = related.find((r) => r.articleId === visitId);
    expect(link).toBeDefined();
    expect(link!.score).toBeGreaterThan(0);
    expect(link!.sharedEntities.length + link!.sharedTopics.length).toBeGreaterThan(0);
  });

  it('announces each article exactly once on the change-event topic', async () => {
    const events = (await drainQueue(stack, stack.queues.events)).map((m) => JSON.parse(m.Body!) as ArticleEvent);
    for (const id of [visitId, briefingId]) {
      const mine = events.filter((e) => e.articleId === id);
      expect(mine.map((e) => e.type)).toEqual(['article.enriched']);
      const view = await reader.getArticle(id);
      expect([...mine[0]!.topics].sort()).toEqual(view!.article.topics!.map((t) => t.id).sort());
    }
  });
});
