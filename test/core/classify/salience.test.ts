/**
 * One fixture per error class the held-out news showed: a topic word that
 * appears only in passing must not become a label, while the topic the article
 * reports on must. Texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lambdas/core/classify';
import type { Language } from '../../../lambdas/core/types';
import { makeArticle } from './make-article';

function labels(body: string, title = '', language: Language = 'en'): string[] {
  const topics = classify(makeArticle(body, { title, language }));
  for (const t of topics) {
    expect(t.evidence.length).toBeGreaterThan(0);
    for (const e of t.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
  }
  return topics.map((t) => t.id);
}

describe('salience: passing mentions are not labels', () => {
  it('a university and a museum in a list of a delegation’s stops give no education or culture label', () => {
    const body = [
      'The regional governor and a group of water engineers arrived in Daegu on Monday to study how the city treats its wastewater and recycles household waste.',
      'Over three days the group saw the municipal recycling plant, the river restoration works and a landfill that now produces gas for heating.',
      'Their programme also included short stops at Kyungpook University, the city art museum, a textile market and a bakery run by a local cooperative.',
      'The engineers said a similar waste processing plant could be built near the capital within four years.',
    ].join('\n\n');
    const got = labels(body, 'Engineers study waste recycling in Daegu');
    expect(got).toContain('environment-climate');
    expect(got).not.toContain('education-science');
    expect(got).not.toContain('culture-tourism');
  });

  it('a closing paragraph recalling past projects ("Over the years, …") gives no label of its own', () => {
    const body = [
      'A new children’s hospital with 300 beds opened in the regional centre, with a surgery wing, an intensive care unit and a diagnostic laboratory.',
      'Doctors trained abroad will treat patients from five districts, and the clinic plans to start heart surgery next spring.',
      'Over the years, the donor agency has carried out projects to renovate airports and modernise rail transport in the region.',
    ].join('\n\n');
    const got = labels(body, 'Children’s hospital opens its doors');
    expect(got).toContain('healthcare-pharma');
    expect(got).not.toContain('transport-infrastructure');
  });

  it('a boilerplate investment sentence gives no trade-investment label', () => {
    const body = [
      'A new children’s hospital with 300 beds opened in the regional centre, with a surgery wing, an intensive care unit and a diagnostic laboratory.',
      'Doctors trained abroad will treat patients from five districts, and the clinic plans to start heart surgery next spring.',
      'The country remains open to investors from all over the world, the official added at the end of the ceremony.',
    ].join('\n\n');
    const got = labels(body, 'Children’s hospital opens its doors');
    expect(got).toContain('healthcare-pharma');
    expect(got).not.toContain('trade-investment');
  });

  it('a match report gives no label, even with a ministry, a stadium and an ambassador in it', () => {
    const body = [
      'The national team beat the visitors 3-1 on Saturday after the striker scored twice in the second half.',
      'The goalkeeper saved a penalty kick just before half-time, and the coach praised the defence after the final whistle.',
      'The ambassador and an official of the sports ministry watched the match from the stands of the new stadium.',
      'The team will play the semifinal next week.',
    ].join('\n\n');
    expect(labels(body, 'Two goals from the striker settle the match')).toEqual([]);
  });

  it('a crime report gives no label for the energy company it names', () => {
    const body = [
      'Police arrested two men suspected of stealing copper cable from a power company warehouse on the outskirts of the city.',
      'Investigators said the suspects sold the cable to a scrap dealer, and a criminal case for theft and fraud has been opened.',
      'If convicted, both face up to seven years in prison.',
    ].join('\n\n');
    expect(labels(body, 'Two detained over cable theft')).toEqual([]);
  });

  it('a weather report gives no label for agriculture or water words', () => {
    const body = [
      'Forecasters expect heavy rain across the east on Thursday, with temperatures falling to five degrees Celsius at night.',
      'Snowfall is likely in the mountain passes, and drivers are advised to check the forecast before travelling.',
      'Farmers were told to cover seedlings in greenhouses until the weekend.',
    ].join('\n\n');
    expect(labels(body, 'Rain and cold ahead for the east')).toEqual([]);
  });

  it('a site menu above the article names no topics', () => {
    const body = ['Politics', 'Economy', 'Energy', 'Education', 'Tourism', 'Sport', '', 'The city council approved the budget for next year after a four-hour debate, with most of the money going to street repairs and public parks.'].join('\n');
    const got = labels(body);
    expect(got).not.toContain('energy');
    expect(got).not.toContain('education-science');
    expect(got).not.toContain('culture-tourism');
  });
});

describe('salience: morphology', () => {
  it('Korean terms match with particles attached', () => {
    const body = [
      '한국과 우즈베키스탄은 리튬과 텅스텐 등 핵심광물을 공동으로 개발하기로 합의했다.',
      '양측은 희토류의 탐사와 제련 시설 건설에 협력하고, 광산 개발 사업에 한국 기업이 참여하기로 했다.',
    ].join('\n\n');
    expect(labels(body, '한-우즈벡, 핵심광물 공동 개발 합의', 'ko')).toContain('critical-minerals');
  });

  it('Uzbek terms match with Latin and Cyrillic suffixes', () => {
    const latin = [
      'Viloyatda quyosh elektr stansiyasining qurilishi boshlandi, u 200 megavatt quvvatga ega boʻladi.',
      'Stansiya ishga tushgach, elektr energiyasini yetkazib berish barqarorlashadi va tuman elektr tarmoqlaridagi yoʻqotishlar kamayadi.',
    ].join('\n\n');
    expect(labels(latin, 'Quyosh elektr stansiyasi qurilmoqda', 'uz')).toContain('energy');
    const cyrillic = [
      'Вилоятда қуёш электр станциясининг қурилиши бошланди, у 200 мегаватт қувватга эга бўлади.',
      'Станция ишга тушгач, электр энергиясини етказиб бериш барқарорлашади ва туман электр тармоқларидаги йўқотишлар камаяди.',
    ].join('\n\n');
    expect(labels(cyrillic, 'Қуёш электр станцияси қурилмоқда', 'uz')).toContain('energy');
  });
});
