/**
 * The shipped gazetteer (lambdas/gazetteer) read into typed records and one
 * phrase lexicon, built once per process on first use (cold start ≈ a few ms).
 */
import { COUNTRIES } from '../../gazetteer/countries';
import { ORGANIZATIONS } from '../../gazetteer/organizations';
import { PEOPLE } from '../../gazetteer/people';
import { PLACES } from '../../gazetteer/places';
import { Lexicon } from './lexicon';

export interface KnownPerson {
  name: string;
  country: string;
  /** Surname forms in every script (safe alone or only beside a title). */
  surnames: string[];
}

export interface KnownOrganization {
  name: string;
  country?: string;
  variants: string[];
}

export interface KnownCountry {
  code: string;
  name: string;
}

export interface KnownPlace {
  name: string;
  type: 'city' | 'region';
  country: string;
  lat: number;
  lon: number;
}

/** full: "Shavkat Mirziyoyev"; surname: "Mirziyoyev"; titled: "Yoon", valid only beside a title. */
export type PersonForm = 'full' | 'surname' | 'titled';

export type GazetteerHit =
  | { kind: 'person'; person: KnownPerson; form: PersonForm }
  | { kind: 'organization'; organization: KnownOrganization }
  | { kind: 'country'; country: KnownCountry }
  | { kind: 'place'; place: KnownPlace };

export interface Gazetteer {
  lexicon: Lexicon<GazetteerHit>;
  countries: Map<string, KnownCountry>;
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function build(): Gazetteer {
  const lexicon = new Lexicon<GazetteerHit>();
  const countries = new Map<string, KnownCountry>();

  for (const row of COUNTRIES) {
    const [code, name, variants] = row.split('|');
    const country: KnownCountry = { code: code!, name: name! };
    countries.set(country.code, country);
    const hit: GazetteerHit = { kind: 'country', country };
    for (const variant of [name!, ...list(variants)]) lexicon.add(variant, hit);
  }

  for (const row of PEOPLE) {
    const [country, name, full, surnames, titled] = row.split('|');
    const person: KnownPerson = { name: name!, country: country!, surnames: [...list(surnames), ...list(titled)] };
    const forms: [PersonForm, string[]][] = [
      ['full', [name!, ...list(full)]],
      ['surname', list(surnames)],
      ['titled', list(titled)],
    ];
    for (const [form, variants] of forms) {
      const hit: GazetteerHit = { kind: 'person', person, form };
      for (const variant of variants) lexicon.add(variant, hit);
    }
  }

  for (const row of ORGANIZATIONS) {
    const [country, name, variants] = row.split('|');
    const organization: KnownOrganization = country ? { name: name!, country, variants: list(variants) } : { name: name!, variants: list(variants) };
    const hit: GazetteerHit = { kind: 'organization', organization };
    for (const variant of [name!, ...list(variants)]) lexicon.add(variant, hit);
  }

  for (const row of PLACES) {
    const [type, country, lat, lon, name, variants] = row.split('|');
    const place: KnownPlace = {
      name: name!,
      type: type === 'r' ? 'region' : 'city',
      country: country!,
      lat: Number(lat),
      lon: Number(lon),
    };
    const hit: GazetteerHit = { kind: 'place', place };
    for (const variant of [name!, ...list(variants)]) lexicon.add(variant, hit);
  }

  return { lexicon, countries };
}

let gazetteer: Gazetteer | undefined;

export function getGazetteer(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}
