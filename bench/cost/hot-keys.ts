/**
 * Hot keys on paper, checked by simulation: a backfill of 1,000 articles/s for
 * a minute where half the articles share one topic (and, worse, every one of
 * them names the same entity). Each write goes to the partition its key says
 * (keys.ts), one write unit per entry (entries are ≈ 300 bytes); the busiest
 * partition's writes per second are compared with DynamoDB's per-partition
 * limits (1,000 WCU/s, 3,000 RCU/s), and the read side with the fan-out a
 * listing page costs.
 */
import { articleIdFor, ENTITY_SHARDS, keys, TOPIC_SHARDS } from '../../lambdas/core/records/keys';

export const PARTITION_WRITE_UNITS_PER_SECOND = 1000;

export interface HotKeyResult {
  articlesPerSecond: number;
  seconds: number;
  busiestTopicPartition: number;
  busiestEntityPartition: number;
  /** Writes/s on the one partition a shared topic would be without shards. */
  unshardedTopic: number;
  listingQueries: { topic: number; entity: number };
}

export function simulateBackfill(articlesPerSecond = 1000, seconds = 60): HotKeyResult {
  const perPartition = new Map<string, number>();
  let sharedTopicWrites = 0;
  for (let i = 0; i < articlesPerSecond * seconds; i++) {
    const articleId = articleIdFor('newsdrop-articles', `incoming/backfill/${i}.json`);
    const date = `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const topics = i % 2 === 0 ? ['energy', 'trade-investment'] : [`topic-${i % 14}`];
    for (const topic of topics) {
      const { PK } = keys.topicEntry(topic, date, articleId);
      perPartition.set(PK, (perPartition.get(PK) ?? 0) + 1);
      if (topic === 'energy') sharedTopicWrites++;
    }
    const { PK } = keys.entityEntry('uzbekistan', date, articleId);
    perPartition.set(PK, (perPartition.get(PK) ?? 0) + 1);
  }
  const busiest = (prefix: string) => Math.max(...[...perPartition].filter(([pk]) => pk.startsWith(prefix)).map(([, n]) => n)) / seconds;
  return {
    articlesPerSecond,
    seconds,
    busiestTopicPartition: busiest('TOPIC#energy#'),
    busiestEntityPartition: busiest('ENTITY#uzbekistan#'),
    unshardedTopic: sharedTopicWrites / seconds,
    listingQueries: { topic: TOPIC_SHARDS + 1, entity: ENTITY_SHARDS + 1 },
  };
}

export function printHotKeys(result: HotKeyResult = simulateBackfill()): void {
  const verdict = (wps: number) => (wps <= PARTITION_WRITE_UNITS_PER_SECOND ? `${((wps / PARTITION_WRITE_UNITS_PER_SECOND) * 100).toFixed(0)}% of the limit` : 'OVER the limit');
  console.log(
    [
      `hot keys: backfill ${result.articlesPerSecond} articles/s for ${result.seconds} s, half on one topic, all naming one entity (simulated, keys.ts)`,
      `  shared topic  ${result.unshardedTopic.toFixed(0)} writes/s in all → busiest of ${TOPIC_SHARDS} shards ${result.busiestTopicPartition.toFixed(0)} WCU/s (${verdict(result.busiestTopicPartition)}: 1,000 WCU/s per partition)`,
      `  shared entity ${result.articlesPerSecond} writes/s in all → busiest of ${ENTITY_SHARDS} shards ${result.busiestEntityPartition.toFixed(0)} WCU/s (${verdict(result.busiestEntityPartition)})`,
      `  read side     a listing page queries ${result.listingQueries.topic} partitions per topic, ${result.listingQueries.entity} per entity (shards + the schema-1 index), merged by the read client`,
    ].join('\n'),
  );
}
