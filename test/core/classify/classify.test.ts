import { describe, expect, it } from 'vitest';
import { classify, TAXONOMY_VERSION, TOPIC_IDS } from '../../../lambdas/core/classify';
import { topicEvidence } from '../../../lambdas/core/classify/scoring';
import type { TopicMatch } from '../../../lambdas/core/types';
import { makeArticle } from './make-article';
import { TOPIC_FIXTURES, type FixtureLanguage } from './topic-fixtures';

const LANGUAGES: FixtureLanguage[] = ['en', 'ru', 'uz-latn', 'uz-cyrl', 'ko'];

function expectEvidenceInBody(body: string, topics: TopicMatch[]): void {
  for (const topic of topics) {
    expect(topic.evidence.length).toBeGreaterThan(0);
    for (const e of topic.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(body.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('classify: every topic in every language', () => {
  const cases = Object.entries(TOPIC_FIXTURES).flatMap(([topic, byLanguage]) =>
    LANGUAGES.map((language) => ({ topic, language, text: byLanguage[language] })),
  );

  it('has a fixture for each of the 16 topics', () => {
    expect(Object.keys(TOPIC_FIXTURES).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it.each(cases)('$topic in $language', ({ topic, text }) => {
    const topics = classify(makeArticle(text));
    expect(topics.map((t) => t.id)).toContain(topic);
    expectEvidenceInBody(text, topics);
  });
});

describe('classify: result shape', () => {
  const body = [TOPIC_FIXTURES.energy!.en, TOPIC_FIXTURES['trade-investment']!.ru, TOPIC_FIXTURES.diplomacy!.ko].join('\n\n');

  it('returns each labeled topic once, sorted by score, scores in 0..1', () => {
    const topics = classify(makeArticle(body));
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['energy', 'trade-investment', 'diplomacy']));
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    for (let i = 1; i < topics.length; i++) expect(topics[i - 1]!.score).toBeGreaterThanOrEqual(topics[i]!.score);
    for (const t of topics) {
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    expect(classify(makeArticle(body))).toEqual(classify(makeArticle(body)));
  });

  it('exposes the taxonomy version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('returns nothing for an empty body', () => {
    expect(classify(makeArticle(''))).toEqual([]);
  });
});

describe('classify: evidence offsets point into the body', () => {
  it('slices exactly, after mixed-case and folded characters', () => {
    // İ lowercases to two code units and ʻ/ё are folded: offsets must still be body offsets.
    const body = 'İstanbul İİ. Ёлка. Oʻzbekiston SEMICONDUCTOR exports rose; a new Semiconductor Plant opened, the first chip packaging line in the region.';
    const topics = classify(makeArticle(body));
    const chips = topics.find((t) => t.id === 'semiconductors-electronics');
    expect(chips).toBeDefined();
    expectEvidenceInBody(body, topics);
    const packaging = chips!.evidence.find((e) => e.text === 'chip packaging');
    expect(packaging?.start).toBe(body.indexOf('chip packaging'));
    expect(chips!.evidence.some((e) => e.text.toLowerCase() === 'semiconductor')).toBe(true);
  });

  it('reports a stem match as the whole inflected word', () => {
    const body = 'Завод начнет выпуск полупроводниковых пластин, а также полупроводниковой продукции и бытовой техники для экспорта.';
    const chips = classify(makeArticle(body)).find((t) => t.id === 'semiconductors-electronics');
    expect(chips?.evidence[0]?.text).toBe('полупроводниковых');
  });

  it('never points evidence at the title', () => {
    const title = 'Lithium mining expands';
    const body = 'The lithium deposit will be developed by a mining company from next spring.';
    const topics = classify(makeArticle(body, { title }));
    expectEvidenceInBody(body, topics);
  });
});

describe('classify: passing mentions are not labeled', () => {
  it('ignores a site menu listing topics', () => {
    const body = [
      'Home\nPolitics\nEnergy\nAgriculture\nTourism\nEducation\nHealth\nTechnology\nInvestment',
      'Heavy rain is expected in the capital on Saturday, forecasters said, with temperatures falling to five degrees at night.',
    ].join('\n\n');
    expect(classify(makeArticle(body))).toEqual([]);
  });

  it("ignores the topics in a minister's titles", () => {
    const body =
      'The deputy prime minister, who also serves as Minister of Energy and chairs the Committee for Tourism Development, congratulated the national football team on winning the regional cup on Sunday evening.';
    expect(classify(makeArticle(body))).toEqual([]);
  });

  it('ignores a list of sectors named in one breath', () => {
    const body =
      'Сотрудничество охватывает энергетику, сельское хозяйство, туризм, образование, здравоохранение, транспорт и цифровые технологии. Стороны договорились встретиться снова в следующем месяце.';
    const ids = classify(makeArticle(body)).map((t) => t.id);
    for (const sector of ['energy', 'agriculture-food', 'culture-tourism', 'education-science', 'healthcare-pharma', 'transport-infrastructure', 'digital-ai']) {
      expect(ids).not.toContain(sector);
    }
  });

  it('ignores a single stray word', () => {
    const body =
      'Police detained two men after a break-in at a warehouse on Friday night. The suspects left the scene in a car but were stopped at a checkpoint an hour later.';
    expect(classify(makeArticle(body))).toEqual([]);
  });

  it('ignores unrelated headlines beside the article', () => {
    const body = [
      'The city marathon will close several streets in the centre on Sunday morning, the organisers said in a statement published on Thursday.',
      'Most read\nKorea and Uzbekistan sign a lithium deal\nNew oncology hospital opens in Samarkand\nSolar park tender announced',
    ].join('\n\n');
    expect(classify(makeArticle(body))).toEqual([]);
  });

  it('reads hard-wrapped prose as prose, not as a column of headlines', () => {
    // Lines of 8+ words without closing punctuation, each continuing the last: one wrapped paragraph.
    const wrapped = [
      'The regional government and a Korean partner will build a new',
      'solar power plant near the city and connect it to the national',
      'power grid next year, cutting electricity losses in rural districts',
      'and supplying the new industrial zone with renewable energy.',
    ].join('\n');
    expect(classify(makeArticle(wrapped)).map((t) => t.id)).toContain('energy');
    // Short open lines read as a menu: a term there counts a quarter.
    const column = ['Renewable energy', 'Sport', 'Weather', 'Culture'].join('\n');
    expect(classify(makeArticle(column))).toEqual([]);
  });

  it('still labels a topic that a headline repeats and the prose reports on', () => {
    const body = [
      'Korea and Uzbekistan sign a lithium deal',
      'The agreement covers exploration of two lithium deposits and the construction of a refinery for rare earth metals near the mine.',
    ].join('\n\n');
    expect(classify(makeArticle(body)).map((t) => t.id)).toContain('critical-minerals');
  });
});

describe('topicEvidence', () => {
  const settings = { repeatDecay: 0.5, maxRepeats: 2, weakCap: 0.4, scale: 1, threshold: 0.5 };

  it('counts the largest occurrences of a term first, up to maxRepeats, whatever their order', () => {
    const values = [0.25, 1, 0.5, 0.75];
    const occurrences = values.map((value) => ({ termIndex: 7, weak: false, value }));
    // 1 + 0.75 × 0.5; the two smaller ones are beyond maxRepeats.
    expect(topicEvidence(occurrences, settings)).toBeCloseTo(1.375, 10);
    expect(topicEvidence([...occurrences].reverse(), settings)).toBeCloseTo(1.375, 10);
  });

  it('adds distinct terms in full and caps the weak ones together', () => {
    const occurrences = [
      { termIndex: 1, weak: false, value: 1 },
      { termIndex: 2, weak: false, value: 0.5 },
      { termIndex: 3, weak: true, value: 0.25 },
      { termIndex: 4, weak: true, value: 0.25 },
    ];
    expect(topicEvidence(occurrences, settings)).toBeCloseTo(1.5 + 0.4, 10);
  });
});
