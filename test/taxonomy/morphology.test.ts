/**
 * How terms reach the words news actually prints: Uzbek in either script,
 * Uzbek nouns with their suffixes, Korean particles on Latin acronyms, and
 * words that only look like topic terms (names, English words). Texts are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../lambdas/core/classify/term-matcher';
import { compileTaxonomy, TAXONOMY, validateTaxonomy, type TaxonomyData } from '../../lambdas/taxonomy';
import { uzbekCyrillicToLatin, uzbekLatinToCyrillic } from '../../lambdas/taxonomy/transliterate';
import { uzbekNounForms } from '../../lambdas/taxonomy/uzbek-forms';

const compiled = compileTaxonomy(TAXONOMY);
const matcher = new TermMatcher(compiled.terms);

/** "topic: matched text" for every topic term found in `text` (cue words left out). */
function found(text: string): string[] {
  return matcher
    .find(text)
    .filter((h) => compiled.terms[h.termIndex]!.topicIndex < compiled.topicIds.length)
    .map((h) => `${compiled.topicIds[compiled.terms[h.termIndex]!.topicIndex]}: ${text.slice(h.start, h.end)}`);
}

const topicsIn = (text: string) => [...new Set(found(text).map((f) => f.split(':')[0]))];

function copy(): TaxonomyData {
  return structuredClone(TAXONOMY) as TaxonomyData;
}

describe('Uzbek transliteration', () => {
  it('carries Latin letters and digraphs to Cyrillic', () => {
    expect(uzbekLatinToCyrillic("o'g'it")).toBe('ўғит');
    expect(uzbekLatinToCyrillic('shamol elektr stansiyasi')).toBe('шамол электр стансияси');
    expect(uzbekLatinToCyrillic('investitsiya*')).toBe('инвестиция*');
    expect(uzbekLatinToCyrillic("temir yo'l*")).toBe('темир йўл*');
    expect(uzbekLatinToCyrillic("ma'dan")).toBe('маъдан');
    expect(uzbekLatinToCyrillic('yer osti')).toBe('ер ости');
    expect(uzbekLatinToCyrillic('ekologiya')).toBe('экология');
  });

  it('accepts any apostrophe form of oʻ and gʻ', () => {
    expect(uzbekLatinToCyrillic('oʻrmon gʻalla')).toBe('ўрмон ғалла');
  });

  it('carries Cyrillic letters to Latin, with е as "ye" where it opens a syllable', () => {
    expect(uzbekCyrillicToLatin('ноёб ер металлари')).toBe('noyob yer metallari');
    expect(uzbekCyrillicToLatin('поезд')).toBe('poyezd');
    expect(uzbekCyrillicToLatin('қўшма корхона')).toBe("qo'shma korxona");
    expect(uzbekCyrillicToLatin('ҳамкорлик')).toBe('hamkorlik');
    expect(uzbekCyrillicToLatin('станция')).toBe('stansiya');
    expect(uzbekCyrillicToLatin('фармацевтика')).toBe('farmatsevtika');
  });

  it('gives no twin for a Latin word outside the Uzbek alphabet', () => {
    expect(uzbekLatinToCyrillic('chevrolet')).toBeDefined();
    expect(uzbekLatinToCyrillic('wifi')).toBeUndefined();
  });
});

describe('every Uzbek term in both scripts', () => {
  it('finds a concept listed only in Latin in Cyrillic text, and the other way round', () => {
    // "kogeneratsiya*" is listed in Latin only; "муҳожир*" in both; "олмалиқ*" in Cyrillic.
    expect(topicsIn('Тошкентда когенерация қурилмаси ишга туширилди.')).toContain('energy');
    expect(topicsIn('Olmaliq kon-metallurgiya kombinati kengaytiriladi.')).toContain('critical-minerals');
  });

  it('lists a derived twin under its own script', () => {
    const twin = compiled.terms.find((t) => t.pattern === 'когенерация' && t.mode === 'prefix');
    expect(twin?.languages).toEqual(['uz-cyrl']);
    expect(compiled.topicIds[twin!.topicIndex]).toBe('energy');
  });

  it('derives no twin stem that would run on past word forms a list spells out', () => {
    // Latin poyezd* would give поезд*, which takes the Russian "поездка" (a trip).
    expect(topicsIn('Во время поездки министр посетил выставку.')).not.toContain('transport-infrastructure');
    expect(topicsIn('Янги поездлар Самарқандга қатнайди.')).toContain('transport-infrastructure');
  });

  it('lets a hand-written term of another topic keep its pattern', () => {
    const data = copy();
    // Made-up words: the Latin one's twin is the Cyrillic one, listed under another topic.
    (data.topics.find((t) => t.id === 'culture-tourism')!.terms['uz-latn'].weak as string[]).push('sayrgoh');
    (data.topics.find((t) => t.id === 'energy')!.terms['uz-cyrl'].weak as string[]).push('сайргоҳ');
    expect(validateTaxonomy(data)).toEqual([]);
    const terms = compileTaxonomy(data).terms.filter((t) => t.pattern === 'сайргоҳ');
    expect(terms.map((t) => compiled.topicIds[t.topicIndex])).toEqual(['energy']);
    expect(compileTaxonomy(data).terms.find((t) => t.pattern === 'sayrgoh')?.languages).toEqual(['uz-latn']);
  });
});

describe('Uzbek nouns with their suffixes (noun+)', () => {
  it('spells out case, possessive and plural forms in Latin', () => {
    const forms = uzbekNounForms('neft+');
    expect(forms).toEqual(expect.arrayContaining(['neft', 'neftni', 'neftning', 'neftga', 'neftda', 'neftdan', 'neftdagi', 'nefti', 'neftidan', 'neftlar*', 'neftimiz*']));
    expect(uzbekNounForms('bank+')).toContain('bankka');
    expect(uzbekNounForms('ruda+')).toEqual(expect.arrayContaining(['rudasi', 'rudasidan', 'rudamiz*']));
  });

  it('voices a final k or q before the possessive in words of two syllables or more', () => {
    expect(uzbekNounForms('issiqlik+')).toEqual(expect.arrayContaining(['issiqligi', 'issiqligidan']));
    expect(uzbekNounForms("qishloq+")).toContain("qishlog'ida");
    expect(uzbekNounForms('ипак+')).toContain('ипагини');
    expect(uzbekNounForms('yuk+')).not.toContain('yugi');
  });

  it('drops the Cyrillic soft sign before a suffix', () => {
    expect(uzbekNounForms('нефть+')).toEqual(expect.arrayContaining(['нефть', 'нефтни', 'нефтга', 'нефтлар*']));
  });

  it('matches the inflected noun and not other words that start the same way', () => {
    expect(topicsIn('Konga yangi uskunalar keltirildi, konidan mis qazib olinadi.')).toContain('critical-minerals');
    expect(found('Xalqaro konferensiyada konsul nutq soʻzladi.').filter((f) => f.startsWith('critical-minerals'))).toEqual([]);
    expect(found('Нефтга бўлган талаб ошди.')).toContain('energy: Нефтга');
  });

  it('rejects + anywhere but at the end of an Uzbek term', () => {
    const data = copy();
    (data.topics[0]!.terms.en.medium as string[]).push('ore+');
    (data.topics[0]!.terms['uz-latn'].medium as string[]).push('ko+n');
    expect(validateTaxonomy(data).join('\n')).toMatch(/"ore\+".*\+ may only end an Uzbek term[\s\S]*"ko\+n"/);
  });
});

describe('Korean compounds', () => {
  it('matches a compound listed with a space when it is written solid', () => {
    expect(found('정부는 광물공급망 안정을 위해 협력하고 조림사업을 확대한다.')).toEqual(expect.arrayContaining(['critical-minerals: 광물공급망', 'environment-climate: 조림사업']));
  });
});

describe('Korean particles on Latin acronyms', () => {
  it('matches an acronym with a particle or a compound noun written on', () => {
    expect(found('양국은 투자 MOU를 체결하고 ODA사업을 확대했다.')).toEqual(expect.arrayContaining(['trade-investment: MOU를', 'trade-investment: ODA사업을']));
  });

  it('does not let an acronym run on into a longer Latin word', () => {
    expect(found('The expedition will mount a new camp.').filter((f) => f.startsWith('trade-investment'))).toEqual([]);
  });
});

describe('words that only look like topic terms', () => {
  it('does not read a Korean given name as wool', () => {
    expect(topicsIn('Puyo shahri hokimi Park Jun Xun bilan uchrashuv boʻlib oʻtdi.')).not.toContain('textiles-light-industry');
    expect(topicsIn('Jun mahsulotlari eksporti oshdi.')).toContain('textiles-light-industry');
  });

  it('does not read an Uzbek surname as the noun it starts with', () => {
    expect(topicsIn('The governor Khayrullo Bozorov and Oltinoy Kumushova attended the ceremony.')).toEqual([]);
    expect(topicsIn('Mahalliy bozorda narxlar barqaror, bozorlarga yangi mahsulotlar keltirildi.')).toContain('trade-investment');
  });

  it('does not read English "modalities" or "fans" as fashion or science', () => {
    expect(topicsIn('The sides discussed modalities of the next round of talks as fans gathered outside.')).not.toEqual(expect.arrayContaining(['textiles-light-industry']));
    expect(topicsIn('The sides discussed modalities of the next round of talks as fans gathered outside.')).not.toContain('education-science');
  });

  it('keeps an adjective alone weaker than the noun and its news phrases', () => {
    const tier = (pattern: string) => compiled.terms.find((t) => t.pattern === pattern)?.tier;
    expect(tier('экологическ')).toBe('medium');
    expect(tier('экологическ* безопасност*')).toBe('strong');
    expect(tier('экология')).toBe('strong');
    expect(tier('environmental')).toBe('medium');
    expect(tier('environmental pollution')).toBe('strong');
  });

  it('takes a joint venture as support for trade-investment: the investment or trade itself is what reports on it', () => {
    const tier = (pattern: string) => compiled.terms.find((t) => t.pattern === pattern)?.tier;
    expect(['joint venture', 'совместн* предприяти*', "qo'shma korxona", 'қўшма корхона', '합작'].map(tier)).toEqual(['medium', 'medium', 'medium', 'medium', 'medium']);
    expect(tier('investment')).toBe('strong');
  });
});
