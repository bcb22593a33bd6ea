import { describe, expect, it } from 'vitest';
import { compileTaxonomy, TAXONOMY, TERM_LANGUAGES, validateTaxonomy, type TaxonomyData } from '../../lambdas/taxonomy';

// The ids of taxonomy.md, written out: the test must not read ../shared.
const TAXONOMY_MD_IDS = [
  'critical-minerals', 'semiconductors-electronics', 'chemicals-hydrogen', 'energy', 'agriculture-food',
  'transport-infrastructure', 'automotive', 'healthcare-pharma', 'education-science', 'digital-ai',
  'textiles-light-industry', 'trade-investment', 'culture-tourism', 'labor-migration', 'diplomacy', 'environment-climate',
];

function copy(): TaxonomyData {
  return structuredClone(TAXONOMY) as TaxonomyData;
}

describe('taxonomy data', () => {
  it('has exactly the 16 topic ids of taxonomy.md, in its order', () => {
    expect(TAXONOMY.topics.map((t) => t.id)).toEqual(TAXONOMY_MD_IDS);
  });

  it('is valid: terms in every language, no duplicates, weights in range', () => {
    expect(validateTaxonomy(TAXONOMY)).toEqual([]);
  });

  it('gives every topic strong terms in every language', () => {
    for (const topic of TAXONOMY.topics) {
      for (const language of TERM_LANGUAGES) expect(topic.terms[language].strong?.length ?? 0, `${topic.id}/${language}`).toBeGreaterThan(0);
    }
  });

  it('stays a reviewable size', () => {
    // What a reviewer reads: the listed entries. Raised from 3000 when common inflected news vocabulary was added per language (H13).
    const listed = TAXONOMY.topics.flatMap((t) => Object.values(t.terms).flatMap((list) => [...(list.strong ?? []), ...(list.medium ?? []), ...(list.weak ?? [])]));
    expect(listed.length).toBeGreaterThan(300);
    expect(listed.length).toBeLessThan(4500);
    // What the matcher is built from: listed terms plus Uzbek twins, spelled-out noun forms and Korean run-ons.
    expect(compileTaxonomy(TAXONOMY).terms.length).toBeLessThan(8000);
  });
});

describe('validateTaxonomy', () => {
  it('reports a term shared by two topics', () => {
    const data = copy();
    (data.topics[0]!.terms.en.strong as string[]).push('solar power');
    expect(validateTaxonomy(data).join('\n')).toMatch(/"solar power" is in both/);
  });

  it('reports a term listed twice in one list', () => {
    const data = copy();
    const list = data.topics[3]!.terms.ru.medium as string[];
    list.push(list[0]!);
    expect(validateTaxonomy(data).join('\n')).toMatch(/listed twice/);
  });

  it('reports a weight outside (0, 1]', () => {
    const data = copy();
    data.tierWeights.strong = 1.5;
    expect(validateTaxonomy(data).join('\n')).toMatch(/outside \(0, 1\]/);
  });

  it('reports a language without terms', () => {
    const data = copy();
    data.topics[5]!.terms.ko = {};
    expect(validateTaxonomy(data).join('\n')).toMatch(/transport-infrastructure has no strong or medium ko terms/);
  });

  it('reports a misplaced stem marker and a duplicate id', () => {
    const data = copy();
    (data.topics[1]!.terms.en.weak as string[]).push('mid*word');
    (data.topics as TaxonomyData['topics'][number][]).push(structuredClone(data.topics[0]!));
    const problems = validateTaxonomy(data).join('\n');
    expect(problems).toMatch(/"mid\*word" is malformed/);
    expect(problems).toMatch(/"critical-minerals" appears twice/);
  });

  it('refuses to compile invalid data', () => {
    const data = copy();
    data.tierWeights.weak = 0;
    expect(() => compileTaxonomy(data)).toThrow(/invalid taxonomy/);
  });
});
