/**
 * Validates the taxonomy data and compiles it into the flat term list the
 * matcher is built from. Runs once at module init.
 */
import { normalizeForMatch } from './normalize';
import { CUE_KINDS, TERM_LANGUAGES, TERM_TIERS, type TaxonomyData, type TermLanguage, type TermTier } from './schema';
import { uzbekCyrillicToLatin, uzbekLatinToCyrillic } from './transliterate';
import { uzbekNounForms } from './uzbek-forms';

/** `word`: bounded on both sides; `prefix`: must start a word; `anywhere`: no boundary test (Korean). */
export type MatchMode = 'word' | 'prefix' | 'anywhere';

/** One word of a gapped phrase: `stem` words may run on into inflections. */
export interface PhrasePart {
  text: string;
  stem: boolean;
}

export interface CompiledTerm {
  /** Normalized text the matcher looks for (for a gapped phrase: its notation, for reports). */
  pattern: string;
  /**
   * Set when an inner word is a stem (`сельск* хозяйств*`): the phrase is then
   * matched word by word, since one automaton pattern cannot span inflections.
   */
  parts?: PhrasePart[];
  topicIndex: number;
  weight: number;
  mode: MatchMode;
  tier: TermTier;
  languages: TermLanguage[];
}

export interface CompiledTaxonomy {
  version: string;
  topicIds: string[];
  topicLabels: string[];
  /**
   * Topic terms first, then cue terms. A cue term's `topicIndex` is
   * `topicIds.length + k` for the k-th of `cueKinds`: it is no topic.
   */
  terms: CompiledTerm[];
  cueKinds: string[];
}

const TOPIC_ID = /^[a-z]+(?:-[a-z]+)*$/;

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

interface ParsedTerm {
  pattern: string;
  mode: MatchMode;
  parts?: PhrasePart[];
}

function parseTerm(raw: string, language: TermLanguage): ParsedTerm {
  const stem = raw.endsWith('*');
  const body = stem ? raw.slice(0, -1) : raw;
  // Latin acronyms in the Korean list (ICT, ODA) are words like anywhere else.
  if (language === 'ko' && HANGUL.test(raw)) return { pattern: normalizeForMatch(raw), mode: 'anywhere' };
  if (body.includes('*')) {
    const pattern = normalizeForMatch(raw);
    const parts = pattern.split(' ').map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : { text: word, stem: false }));
    return { pattern, mode: stem ? 'prefix' : 'word', parts };
  }
  return { pattern: normalizeForMatch(body), mode: stem ? 'prefix' : 'word' };
}

/**
 * The terms one list entry stands for: Uzbek `noun+` spells out the noun's
 * inflected forms; a Korean compound listed with a space also stands for the
 * same compound written solid (재생 에너지, 재생에너지), as Korean news writes both.
 */
function termsOf(raw: string, language: TermLanguage): string[] {
  if (language === 'uz-latn' || language === 'uz-cyrl') return uzbekNounForms(raw);
  if (language === 'ko' && raw.includes(' ') && HANGUL.test(raw) && !/[A-Za-z]/.test(raw)) return [raw, raw.replace(/ /g, '')];
  return [raw];
}

/** A `*` may only end a word; words are separated by single spaces. */
const TERM_SHAPE = /^[^*\s]+\*?(?: [^*\s]+\*?)*$/u;

/**
 * Korean writes particles and compound nouns onto a Latin acronym with no
 * space ("MOU를", "ODA사업", "AI까지"), where a whole-word term stops short.
 * A Latin term of the Korean list also matches as the start of a word running
 * on from one of these syllables: the particles (first syllable is enough: the
 * match runs on to the word's end) and the nouns Korean news most often
 * compounds acronyms with (기업/기술, 사업, 분야, 산업, 협력, 센터, 프로젝트, 관련, 정책).
 */
const KOREAN_RUN_ON = [...'이가을를은는의에와과도로으만까부보처랑라나란엔께', ...'기사분산협센프관정'];

/** Each Uzbek script's list and how its terms are written in the other script. */
const UZBEK_TWINS: { from: TermLanguage; to: TermLanguage; transliterate: (term: string) => string | undefined }[] = [
  { from: 'uz-latn', to: 'uz-cyrl', transliterate: uzbekLatinToCyrillic },
  { from: 'uz-cyrl', to: 'uz-latn', transliterate: uzbekCyrillicToLatin },
];

/**
 * One walk over the data that both checks it and flattens it: each term is
 * parsed and normalized once (this runs at Lambda cold start).
 *
 * Flattening keeps one entry per normalized pattern and match mode. The same
 * spelling in two languages of one topic (Russian and Uzbek Cyrillic share
 * words) merges, keeping the higher weight.
 */
function walk(data: TaxonomyData): { problems: string[]; terms: CompiledTerm[] } {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const owner = new Map<string, string>(); // normalized pattern → topic id
  const byPattern = new Map<string, CompiledTerm>();
  /** One entry per normalized pattern and match mode; the same spelling again merges, keeping the higher weight. */
  /** Keys of terms only a `noun+` entry spelled out. */
  const spelled = new Set<string>();
  const merge = ({ pattern, mode, parts }: ParsedTerm, topicIndex: number, tier: TermTier, language: TermLanguage, spelledOut = false): void => {
    const weight = data.tierWeights[tier];
    const key = `${mode}:${pattern}`;
    const known = byPattern.get(key);
    if (!spelledOut) spelled.delete(key);
    if (!known) {
      const term: CompiledTerm = { pattern, topicIndex, weight, mode, tier, languages: [language] };
      if (parts) term.parts = parts;
      byPattern.set(key, term);
      if (spelledOut) spelled.add(key);
      return;
    }
    if (weight > known.weight) {
      known.weight = weight;
      known.tier = tier;
    }
    if (!known.languages.includes(language)) known.languages.push(language);
  };
  /**
   * One listed term: checked, owned by its topic, merged (a Korean-list acronym
   * with its run-on forms). A form an entry spells out (`noun+`, a solid
   * Korean compound) gives way to the same form listed on its own, in its
   * topic or another.
   */
  const addListed = (raw: string, topicId: string, topicIndex: number, tier: TermTier, language: TermLanguage, inList: Set<string>, spelledOut = false): void => {
    const { pattern, mode, parts } = parseTerm(raw, language);
    if (spelledOut && (inList.has(pattern) || (owner.get(pattern) ?? topicId) !== topicId)) return;
    if (pattern.trim().length < 2 || pattern !== pattern.trim()) problems.push(`term "${raw}" (${topicId}/${language}) is blank, too short or padded`);
    if (!TERM_SHAPE.test(raw)) problems.push(`term "${raw}" is malformed: * may only end a word, words take single spaces`);
    if (language === 'ko' && raw.includes('*')) problems.push(`Korean term "${raw}" needs no *: Korean terms match inside words`);
    if (!spelledOut && inList.has(pattern)) problems.push(`term "${raw}" is listed twice in ${topicId}/${language}`);
    if (!spelledOut) inList.add(pattern);
    const other = owner.get(pattern);
    if (other !== undefined && other !== topicId) problems.push(`term "${raw}" is in both ${other} and ${topicId}`);
    owner.set(pattern, topicId);
    merge({ pattern, mode, parts }, topicIndex, tier, language, spelledOut);
    if (language === 'ko' && mode === 'word' && !pattern.includes(' ')) {
      for (const syllable of KOREAN_RUN_ON) merge({ pattern: pattern + syllable, mode: 'prefix' }, topicIndex, tier, language);
    }
  };
  for (const tier of TERM_TIERS) {
    const w = data.tierWeights[tier];
    if (!(w > 0 && w <= 1)) problems.push(`tier weight ${tier}=${w} is outside (0, 1]`);
  }
  data.topics.forEach((topic, topicIndex) => {
    if (!TOPIC_ID.test(topic.id)) problems.push(`topic id "${topic.id}" is not kebab-case`);
    if (seenIds.has(topic.id)) problems.push(`topic id "${topic.id}" appears twice`);
    seenIds.add(topic.id);
    if (!topic.label.trim()) problems.push(`topic ${topic.id} has no label`);
    for (const language of TERM_LANGUAGES) {
      const list = topic.terms[language];
      const strongOrMedium = (list?.strong?.length ?? 0) + (list?.medium?.length ?? 0);
      if (strongOrMedium === 0) problems.push(`topic ${topic.id} has no strong or medium ${language} terms`);
      const inList = new Set<string>();
      for (const tier of TERM_TIERS) {
        for (const entry of list?.[tier] ?? []) {
          const uzbek = language === 'uz-latn' || language === 'uz-cyrl';
          if (entry.includes('+') && !(uzbek && entry.indexOf('+') === entry.length - 1)) problems.push(`term "${entry}" (${topic.id}/${language}): + may only end an Uzbek term`);
          termsOf(entry, language).forEach((raw, k) => addListed(raw, topic.id, topicIndex, tier, language, inList, k > 0));
        }
      }
    }
  });
  // Every Uzbek term in the other script too, so that a concept listed in one is
  // found in both. A hand-written term keeps its place: a twin never takes a
  // pattern another topic owns, nor one a stem of another topic already covers
  // (лаборатори* covers лаборатория*), nor changes a term already there. Where
  // a list spells out word forms (поезд, поезда: a stem would take поездка
  // too), a twin stem that would run on past them is dropped.
  // Indexed so the check costs a few lookups per twin (this runs at cold start without prebuilt tables).
  const words: string[] = [];
  const stemTopics = new Map<string, number[]>();
  for (const t of byPattern.values()) {
    if (t.parts || t.pattern.includes(' ')) continue;
    if (t.mode === 'word') words.push(t.pattern);
    if (t.mode === 'prefix') stemTopics.set(t.pattern, [...(stemTopics.get(t.pattern) ?? []), t.topicIndex]);
  }
  words.sort();
  const someWordStartsWith = (start: string) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length && words[lo]!.startsWith(start);
  };
  const stemOfOtherTopic = (pattern: string, topicIndex: number) => {
    for (let n = 2; n <= pattern.length; n++) if (stemTopics.get(pattern.slice(0, n))?.some((i) => i !== topicIndex)) return true;
    return false;
  };
  const clashes = (p: ParsedTerm, topicIndex: number) => !p.parts && !p.pattern.includes(' ') && ((p.mode === 'prefix' && someWordStartsWith(p.pattern)) || stemOfOtherTopic(p.pattern, topicIndex));
  data.topics.forEach((topic, topicIndex) => {
    for (const { from, to, transliterate } of UZBEK_TWINS) {
      for (const tier of TERM_TIERS) {
        for (const entry of topic.terms[from]?.[tier] ?? []) {
          const written = transliterate(entry.toLowerCase());
          for (const twin of written === undefined ? [] : termsOf(written, to)) {
            if (!TERM_SHAPE.test(twin)) continue;
            const parsed = parseTerm(twin, to);
            const other = owner.get(parsed.pattern);
            if (parsed.pattern.length < 2 || (other !== undefined && other !== topic.id)) continue;
            if (byPattern.has(`${parsed.mode}:${parsed.pattern}`) || clashes(parsed, topicIndex)) continue;
            owner.set(parsed.pattern, topic.id);
            merge(parsed, topicIndex, tier, to);
          }
        }
      }
    }
  });
  // A spelled-out form that a listed stem already matches adds nothing but a
  // second term on the same span (кредитн* takes кредитни): the stem stays.
  for (const key of spelled) {
    const { pattern, mode } = byPattern.get(key)!;
    for (let n = 2; n <= pattern.length; n++) {
      if ((n < pattern.length || mode !== 'prefix') && byPattern.has(`prefix:${pattern.slice(0, n)}`)) {
        byPattern.delete(key);
        break;
      }
    }
  }
  const terms = [...byPattern.values()];
  CUE_KINDS.forEach((kind, k) => {
    const seen = new Map<string, CompiledTerm>();
    for (const language of TERM_LANGUAGES) {
      for (const raw of data.cues?.[kind]?.[language] ?? []) {
        const { pattern, mode, parts } = parseTerm(raw, language);
        if (pattern.trim().length < 2 || !TERM_SHAPE.test(raw)) problems.push(`cue "${raw}" (${kind}/${language}) is malformed`);
        const key = `${mode}:${pattern}`;
        const known = seen.get(key);
        if (known) {
          if (!known.languages.includes(language)) known.languages.push(language);
          continue;
        }
        const term: CompiledTerm = { pattern, topicIndex: data.topics.length + k, weight: 1, mode, tier: 'strong', languages: [language] };
        if (parts) term.parts = parts;
        seen.set(key, term);
        terms.push(term);
      }
    }
  });
  return { problems, terms };
}

/** Every problem found in the data, as readable sentences; empty when valid. */
export function validateTaxonomy(data: TaxonomyData): string[] {
  return walk(data).problems;
}

/** Checks the data and flattens it into the term list the matcher is built from; throws when invalid. */
export function compileTaxonomy(data: TaxonomyData): CompiledTaxonomy {
  const { problems, terms } = walk(data);
  if (problems.length > 0) throw new Error(`invalid taxonomy ${data.version}: ${problems.join('; ')}`);
  return {
    version: data.version,
    topicIds: data.topics.map((t) => t.id),
    topicLabels: data.topics.map((t) => t.label),
    terms,
    cueKinds: [...CUE_KINDS],
  };
}
