/**
 * places: cities and regions the offline gazetteer knows, with coordinates
 * and every mention (Russian case forms, Uzbek suffixes, Korean particles
 * included by the matcher).
 */
import { keyOf } from './entity-key';
import { contextOf, enrichmentText } from './context';
import type { EnrichmentInput, Place } from './types';

export function extractPlaces(input: EnrichmentInput): Place[] {
  const ctx = contextOf(enrichmentText(input.article));
  const places = new Map<string, Place>();
  for (const hit of ctx.hits) {
    // A name that is also a country or an organization ("Singapore", "Korea Eximbank") is not reported as a place.
    if (hit.payloads.some((p) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person')) continue;
    for (const payload of hit.payloads) {
      if (payload.kind !== 'place') continue;
      const { place } = payload;
      const key = keyOf(place.name);
      let entry = places.get(key);
      if (entry === undefined) {
        entry = { name: place.name, key, type: place.type, country: place.country, lat: place.lat, lon: place.lon, mentions: [] };
        places.set(key, entry);
      }
      entry.mentions.push({ text: ctx.body.slice(hit.start, hit.end), start: hit.start, end: hit.end });
      break;
    }
  }
  return [...places.values()];
}
