/**
 * Concepts added by meaning, each in ordinary news prose written for these
 * tests: a synonym the lists lacked must be enough for its topic when the
 * article reports on it.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lambdas/core/classify';
import { makeArticle } from '../core/classify/make-article';

const CONCEPTS: { topic: string; language: 'en' | 'ru' | 'uz-latn' | 'uz-cyrl' | 'ko'; text: string }[] = [
  { topic: 'environment-climate', language: 'ru', text: 'Проект улучшит качество воды в реке и восстановит водно-болотные угодья в дельте, где гнездятся редкие птицы.' },
  { topic: 'environment-climate', language: 'en', text: 'The programme will restore wetlands along the river and improve water quality for the villages downstream.' },
  { topic: 'diplomacy', language: 'en', text: 'The heads of government met in the capital on a working visit and agreed to hold the next round of talks in spring.' },
  { topic: 'diplomacy', language: 'ru', text: 'Главы правительств двух стран провели переговоры в ходе рабочего визита и подписали совместное заявление.' },
  { topic: 'culture-tourism', language: 'uz-latn', text: 'Poytaxtda koreys husnixati koʻrgazmasi ochildi, tadbirga koʻplab sayyohlar va sanʼatkorlar tashrif buyurdi.' },
  { topic: 'energy', language: 'uz-cyrl', text: 'Вилоятда когенерация қурилмаси ва янги ГЭС қурилади, улар аҳолини электр энергияси билан таъминлайди.' },
  { topic: 'energy', language: 'uz-latn', text: 'Viloyatda neftni qayta ishlash zavodi kengaytiriladi: neftga boʻlgan talab ortmoqda, zavod tabiiy gaz va neftdan yoqilgʻi ishlab chiqaradi.' },
  { topic: 'trade-investment', language: 'ko', text: '양국은 투자 MOU를 체결하고 대규모 ODA사업을 통해 금융 지원을 확대하기로 합의했다.' },
];

describe('concepts by meaning', () => {
  it.each(CONCEPTS.map((c) => ({ ...c, name: `${c.topic} in ${c.language}` })))('$name', ({ topic, language, text }) => {
    const labeled = classify(makeArticle(text, { language: language === 'uz-latn' || language === 'uz-cyrl' ? 'uz' : language })).map((t) => t.id);
    expect(labeled).toContain(topic);
  });
});
