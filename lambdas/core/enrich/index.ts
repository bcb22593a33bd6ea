/**
 * Enrichment core: one pure function per job kind (entities, figures,
 * quotes, places, related). The enrich handler calls `runJob`.
 */
import { extractEntities } from './entities';
import { extractFigures, readFigures } from './figures';
import { extractPlaces } from './places';
import { extractQuotes } from './quotes';
import { rankRelated } from './related';
import type { EnrichmentInput, JobKind, JobResults, RelatedCandidate } from './types';

export { extractEntities, extractFigures, extractPlaces, extractQuotes, rankRelated };
export * from './types';

export function runJob<K extends JobKind>(kind: K, input: EnrichmentInput, candidates: RelatedCandidate[] = []): JobResults[K] {
  const results: { [P in JobKind]: () => JobResults[P] } = {
    entities: () => ({ entities: extractEntities(input) }),
    figures: () => {
      const { figures, dropped } = readFigures(input);
      return dropped.length > 0 ? { figures, dropped } : { figures };
    },
    quotes: () => ({ quotes: extractQuotes(input) }),
    places: () => ({ places: extractPlaces(input) }),
    related: () => ({ related: rankRelated(input, extractEntities(input), candidates) }),
  };
  const run = results[kind];
  if (run === undefined) throw new Error(`unknown enrichment job kind: ${String(kind)}`);
  return run();
}
