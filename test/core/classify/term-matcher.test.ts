import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../lambdas/core/classify/term-matcher';
import { compileTaxonomy, type TaxonomyData } from '../../../lambdas/taxonomy';

// A tiny taxonomy so each assertion is about one matching rule.
const data: TaxonomyData = {
  version: '0.0.1',
  tierWeights: { strong: 1, medium: 0.5, weak: 0.25 },
  topics: [
    {
      id: 'sample',
      label: 'Sample',
      terms: {
        en: { strong: ['ore', 'semiconductor*', 'rare earth*'] },
        ru: { strong: ['уран', 'полупроводник*', 'сельск* хозяйств*'] },
        'uz-latn': { strong: ["qishloq xo'jalig*"] },
        'uz-cyrl': { strong: ['қишлоқ хўжалиг*'] },
        ko: { strong: ['반도체', '광물'], medium: ['ICT'] },
      },
    },
  ],
};
const compiled = compileTaxonomy(data);
const matcher = new TermMatcher(compiled.terms);

function found(text: string): string[] {
  return matcher
    .find(text)
    .sort((a, b) => a.start - b.start)
    .map((h) => text.slice(h.start, h.end));
}

describe('TermMatcher: Unicode word boundaries', () => {
  it('does not match a Russian word inside a longer unrelated word', () => {
    expect(found('Ураган разрушил дома.')).toEqual([]);
    expect(found('Добыча урана и уран.')).toEqual(['уран']);
  });

  it('matches whole English words only', () => {
    expect(found('More ore, more.')).toEqual(['ore']);
  });

  it('lets a stem run on into inflections but not start mid-word', () => {
    expect(found('выпуск полупроводниковых пластин')).toEqual(['полупроводниковых']);
    expect(found('сверхполупроводник')).toEqual([]);
    expect(found('Semiconductors and SEMICONDUCTOR plants')).toEqual(['Semiconductors', 'SEMICONDUCTOR']);
  });

  it('matches Korean nouns with particles attached and inside compounds', () => {
    expect(found('반도체를 생산하고 반도체산업이 성장했다')).toEqual(['반도체', '반도체']);
    expect(found('핵심광물 공급망')).toEqual(['광물']);
  });

  it('matches Latin acronyms from the Korean list as whole words', () => {
    expect(found('ICT 산업')).toEqual(['ICT']);
    expect(found('strict rules')).toEqual([]);
  });
});

describe('TermMatcher: phrases', () => {
  it('matches inflected Russian phrases word by word', () => {
    expect(found('развитие сельского хозяйства')).toEqual(['сельского хозяйства']);
    expect(found('в сельском хозяйстве')).toEqual(['сельском хозяйстве']);
    expect(found('сельского района')).toEqual([]);
  });

  it('matches Uzbek with any apostrophe variant and suffixes', () => {
    expect(found('qishloq xoʻjaligini rivojlantirish')).toEqual(['qishloq xoʻjaligini']);
    expect(found('qishloq xo‘jaligi')).toEqual(['qishloq xo‘jaligi']);
    expect(found('қишлоқ хўжалигида')).toEqual(['қишлоқ хўжалигида']);
  });

  it('matches English multi-word stems with plural endings', () => {
    expect(found('exports of rare earths rose')).toEqual(['rare earths']);
  });
});

describe('TermMatcher: scripts side by side', () => {
  it('finds Cyrillic and Hangul terms in a text without a single Latin letter', () => {
    expect(found('Добыча: уран.')).toEqual(['уран']);
    expect(found('반도체 공장')).toEqual(['반도체']);
  });

  it('finds Latin terms between Cyrillic and Hangul words, at either end of the text', () => {
    expect(found('semiconductor завод, уран и ore 반도체 ore')).toEqual(['semiconductor', 'уран', 'ore', '반도체', 'ore']);
    expect(found('уран: rare earths')).toEqual(['уран', 'rare earths']);
  });

  it('keeps word boundaries where a Latin word touches another script', () => {
    // A Cyrillic or Hangul letter is a word character: "oreзавод" is one word.
    expect(found('oreзавод уранore ore반도체')).toEqual(['반도체']);
  });
});
