/**
 * Salience features the fitted model reads, checked on texts written for these
 * tests: each value is what the feature's definition says for the sentence
 * kinds it separates.
 */
import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_SETTINGS, FEATURE_NAMES, topicCandidates, type TopicCandidate } from '../../../lambdas/core/classify';
import { TOPIC_MODEL } from '../../../lambdas/taxonomy';
import { makeArticle } from './make-article';

function feature(candidate: TopicCandidate | undefined, name: (typeof FEATURE_NAMES)[number]): number {
  expect(candidate).toBeDefined();
  return candidate!.features[FEATURE_NAMES.indexOf(name)]!;
}

function candidate(body: string, title: string, topic: string): TopicCandidate | undefined {
  return topicCandidates(makeArticle(body, { title })).find((c) => c.id === topic);
}

describe('reportSentences: an event stated about the title’s actors', () => {
  const title = 'Tashkent and Seoul sign a memorandum';

  it('is 1 when every sentence of the topic holds an event word and an actor of the title', () => {
    const body = 'Officials of Tashkent and Seoul signed a memorandum on a solar power plant of 300 megawatts.';
    const energy = candidate(body, title, 'energy');
    expect(feature(energy, 'eventSentences')).toBe(1);
    expect(feature(energy, 'actorSentences')).toBe(1);
    expect(feature(energy, 'reportSentences')).toBe(1);
  });

  it('is 0 when the event sentence names no actor of the title (a company builds the plant)', () => {
    const body = 'A private developer from Busan will build a solar power plant of 300 megawatts near the lake.';
    const energy = candidate(body, title, 'energy');
    expect(feature(energy, 'eventSentences')).toBe(1);
    expect(feature(energy, 'actorSentences')).toBe(0);
    expect(feature(energy, 'reportSentences')).toBe(0);
  });

  it('is 0 when the actor sentence holds no event word', () => {
    const body = 'Tashkent and Seoul are both large consumers of solar power and of natural gas.';
    const energy = candidate(body, title, 'energy');
    expect(feature(energy, 'eventSentences')).toBe(0);
    expect(feature(energy, 'actorSentences')).toBe(1);
    expect(feature(energy, 'reportSentences')).toBe(0);
  });

  it('counts sentence by sentence, not the article’s events and actors separately', () => {
    const body = [
      'Officials of Tashkent and Seoul signed a memorandum on a solar power plant of 300 megawatts.',
      'Tashkent already buys natural gas from its neighbours.',
      'A developer from Busan will build the solar power plant near the lake.',
    ].join(' ');
    const energy = candidate(body, title, 'energy');
    // Three sentences name energy: one has event and actor, one only the actor, one only the event.
    expect(feature(energy, 'sentences')).toBeCloseTo(Math.log1p(3), 6);
    expect(feature(energy, 'reportSentences')).toBeCloseTo(1 / 3, 6);
  });
});

describe('the decision model', () => {
  it('has a weight for every feature, in the classifier’s order', () => {
    expect(TOPIC_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(TOPIC_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it('refuses a model fitted for other features when it decides, with the command that refits it', () => {
    const article = makeArticle('Officials signed a memorandum on a solar power plant of 300 megawatts near the capital.', { title: 'Solar plant' });
    const stale = { ...TOPIC_MODEL, features: TOPIC_MODEL.features.slice(1), weights: TOPIC_MODEL.weights.slice(1) };
    expect(() => classify(article, DEFAULT_SETTINGS, stale)).toThrow(/npm run fit/);
    // Features are still extracted (what `npm run fit` needs to refit a stale model).
    expect(topicCandidates(article).map((c) => c.id)).toContain('energy');
  });
});

describe('eventSentences: Uzbek sentences state their event in the verb at the end', () => {
  it('"faoliyat yuritmoqda" (operates) makes an event sentence, in both scripts', () => {
    const latn = candidate("Shaharda ikki xorijiy universitetning filiali va uchta kasb-hunar ta'limi markazi faoliyat yuritmoqda.", '', 'education-science');
    expect(feature(latn, 'eventSentences')).toBe(1);
    const cyrl = candidate('Шаҳарда иккита хорижий университетнинг филиали ва учта касб-ҳунар таълими маркази фаолият юритмоқда.', '', 'education-science');
    expect(feature(cyrl, 'eventSentences')).toBe(1);
  });

  it('"o‘tkaziladi / ўтказилди" (is held, was held) makes an event sentence', () => {
    const latn = candidate('Kelasi oy poytaxtda koreys rassomlarining badiiy ko‘rgazmasi o‘tkaziladi.', '', 'culture-tourism');
    expect(feature(latn, 'eventSentences')).toBe(1);
    const cyrl = candidate('Пойтахтда корейс рассомларининг бадиий кўргазмаси ўтказилди.', '', 'culture-tourism');
    expect(feature(cyrl, 'eventSentences')).toBe(1);
  });

  it('the same institutions without a verb of their own make no event sentence', () => {
    const latn = candidate("Shahardagi ikki xorijiy universitetning filiali haqida ma'lumot.", '', 'education-science');
    expect(feature(latn, 'eventSentences')).toBe(0);
  });
});

describe('negativeCues: Uzbek court and crime reports', () => {
  it('a criminal group, its victims, prison and the court ruling are crime cues, in both scripts', () => {
    const cyrl = candidate(
      'Жиноий гуруҳ аъзолари жабрланувчилардан банк карталари орқали 2 млн доллар ундирган. Суд қарорига кўра улар 5 йилга қамоқ жазосига ҳукм қилинди.',
      '',
      'trade-investment',
    );
    expect(feature(cyrl, 'negativeCues')).toBeCloseTo(Math.log(5), 5);
    const latn = candidate(
      "Jinoiy guruh a'zolari jabrlanuvchilardan bank kartalari orqali 2 mln dollar undirgan. Sud qaroriga ko'ra ular 5 yilga qamoq jazosiga hukm qilindi.",
      '',
      'trade-investment',
    );
    expect(feature(latn, 'negativeCues')).toBeCloseTo(Math.log(5), 5);
  });
});
