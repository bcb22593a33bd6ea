/**
 * related: up to five earlier articles sharing entities and topics, by a
 * weighted Jaccard similarity. A shared person or organization says more than
 * a shared topic; a shared country says less (most articles here name
 * Uzbekistan and Korea).
 */
import type { EnrichmentInput, Entity, RelatedArticle, RelatedCandidate } from './types';

export const MAX_RELATED = 5;

const TOPIC_WEIGHT = 1;
const ENTITY_WEIGHT: Record<Entity['type'], number> = { person: 3, organization: 3, city: 2, region: 2, country: 0.5 };
/** Weight of a candidate's entity this article does not name (its type is unknown here). */
const UNKNOWN_ENTITY_WEIGHT = 2;

export function rankRelated(input: EnrichmentInput, entities: readonly Entity[], candidates: readonly RelatedCandidate[]): RelatedArticle[] {
  const ownTopics = new Set(input.topics.map((t) => t.id));
  const ownEntities = new Map(entities.map((e) => [e.key, ENTITY_WEIGHT[e.type]] as const));
  const ownWeight = ownTopics.size * TOPIC_WEIGHT + [...ownEntities.values()].reduce((a, b) => a + b, 0);
  const ownDate = input.article.publishedAt;

  const seen = new Set<string>();
  const scored: { related: RelatedArticle; publishedAt: string }[] = [];
  for (const candidate of candidates) {
    if (candidate.articleId === input.articleId || seen.has(candidate.articleId)) continue;
    seen.add(candidate.articleId);
    // Only earlier articles: a candidate dated after this one is not "related reading" for it.
    if (ownDate && candidate.publishedAt && candidate.publishedAt > ownDate) continue;

    const topics = [...new Set(candidate.topics)];
    const keys = [...new Set(candidate.entities)];
    const sharedTopics = topics.filter((t) => ownTopics.has(t)).sort();
    const sharedEntities = keys.filter((k) => ownEntities.has(k)).sort();
    if (sharedTopics.length === 0 && sharedEntities.length === 0) continue;

    const shared = sharedTopics.length * TOPIC_WEIGHT + sharedEntities.reduce((sum, k) => sum + ownEntities.get(k)!, 0);
    const theirsOnly =
      (topics.length - sharedTopics.length) * TOPIC_WEIGHT + (keys.length - sharedEntities.length) * UNKNOWN_ENTITY_WEIGHT;
    const union = ownWeight + theirsOnly;
    const score = union === 0 ? 0 : Math.round((shared / union) * 1000) / 1000;
    scored.push({
      related: { articleId: candidate.articleId, title: candidate.title, score, sharedTopics, sharedEntities },
      publishedAt: candidate.publishedAt ?? '',
    });
  }

  return scored
    .sort(
      (a, b) =>
        b.related.score - a.related.score ||
        (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0) ||
        a.related.articleId.localeCompare(b.related.articleId),
    )
    .slice(0, MAX_RELATED)
    .map((s) => s.related);
}
