/**
 * Entity keys. `keyOf` is `entityKeyOf` (records/keys, shared with the read
 * side) memoized: it normalizes with NFKC and a locale-aware lower-casing,
 * which is slow enough to dominate entity extraction when called per mention.
 *
 * `entityLookupKeys` is the contract with the byEntity index: the canonical key
 * first, then the keys a reader may look the same entity up by — a person's
 * surname in every script the article or gazetteer gives ("mirziyoyev",
 * "мирзиёев"), an organization's acronym or other-language name.
 */
import { entityKeyOf } from '../records/keys';

const KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

export function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = entityKeyOf(name);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/** The part of an entity lookup keys are derived from (an `Entity` fits). */
export interface KeyedEntity {
  type: string;
  name: string;
  key: string;
  /** Other spellings: surnames, native-script names, acronyms. */
  aliases?: readonly string[];
}

// Romanized Korean family names: "Yoon Suk-yeol", "Kim Chang Keon" put the family name first.
export const KOREAN_FAMILY = new Set([
  'kim', 'lee', 'yi', 'park', 'pak', 'choi', 'choe', 'chung', 'jung', 'jeong', 'kang', 'cho', 'jo', 'yoon', 'yun', 'jang',
  'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'hwang', 'ahn', 'an', 'song', 'yoo', 'yu', 'ryu',
  'hong', 'jeon', 'chun', 'ko', 'koh', 'moon', 'mun', 'yang', 'son', 'bae', 'baek', 'paik', 'heo', 'huh', 'nam', 'noh',
  'roh', 'ha', 'kwak', 'sung', 'cha', 'chin', 'jin', 'won', 'yeo', 'chae', 'woo', 'ju', 'joo', 'na', 'min', 'byun',
  'um', 'eom', 'gu', 'koo', 'ku', 'chu', 'choo', 'do', 'tak', 'ban', 'bang', 'ok', 'gil', 'wi', 'pyo', 'myung', 'kye',
  'ким', 'ли', 'пак', 'чхве', 'чон', 'кан', 'чо', 'юн', 'чан', 'лим', 'хан', 'о', 'со', 'син', 'квон', 'хван', 'ан',
  'сон', 'ю', 'хон', 'мун', 'ян', 'пэ', 'нам', 'но', 'ха', 'чин', 'мин',
]);

/** The family name of a person's display name: the first word of a Korean-shaped name, else the last word. */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const only = words[0]!;
  if (words.length === 1) {
    // A Hangul name written together (윤석열): one-syllable family name.
    return /^[\uAC00-\uD7A3]{3,4}$/.test(only) ? only.slice(0, 1) : undefined;
  }
  const first = words[0]!.toLowerCase();
  if (/^[\uAC00-\uD7A3]$/.test(words[0]!) || (KOREAN_FAMILY.has(first) && words.length <= 3 && words.slice(1).every((w) => !/(ov|ev|yev|ova|eva|in|ina|ский)$/i.test(w)))) {
    return words[0];
  }
  return words[words.length - 1];
}

/** The canonical key first, then alias keys (surname etc.), without repeats. */
export function entityLookupKeys(entity: KeyedEntity): string[] {
  const keys = [entity.key];
  const add = (text: string | undefined) => {
    if (text === undefined) return;
    const key = keyOf(text);
    if ((key.length >= 2 || /[\uAC00-\uD7A3]/.test(key)) && !keys.includes(key)) keys.push(key);
  };
  if (entity.type === 'person') add(surnameOf(entity.name));
  for (const alias of entity.aliases ?? []) {
    add(alias);
    if (entity.type === 'person' && /\s/.test(alias.trim())) add(surnameOf(alias));
  }
  return keys;
}
