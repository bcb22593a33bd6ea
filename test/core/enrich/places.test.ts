import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lambdas/core/enrich';
import { PLACES } from '../../../lambdas/gazetteer/places';
import type { Language } from '../../../lambdas/core/types';
import { inputOf, spansAreExact } from './article';
import { ENGLISH_VISIT, KOREAN_VISIT, RUSSIAN_VISIT, UZBEK_VISIT } from './fixtures';

const placesOf = (paragraphs: string[], language: Language = 'en') => extractPlaces(inputOf(paragraphs, language));
const names = (paragraphs: string[], language: Language = 'en') => placesOf(paragraphs, language).map((p) => p.name);

describe('extractPlaces', () => {
  it('finds cities and regions with coordinates in the English fixture', () => {
    const input = inputOf(ENGLISH_VISIT);
    const places = extractPlaces(input);
    expect(places.map((p) => p.name)).toEqual(['Samarkand', 'Chirchiq', 'Navoi Region', 'Tashkent', 'Almaty']);
    expect(places.find((p) => p.name === 'Tashkent')).toMatchObject({ key: 'tashkent', type: 'city', country: 'UZ', lat: 41.31, lon: 69.28 });
    expect(places.find((p) => p.name === 'Navoi Region')!.type).toBe('region');
    expect(spansAreExact(input.article.body, places.flatMap((p) => p.mentions))).toBe(true);
  });

  it("knows the capital's districts and China's large cities and provinces", () => {
    expect(names(['A new school opened in Chilonzor district, and a clinic in Sergeli.'], 'uz')).toEqual(['Chilanzar district', 'Sergeli district']);
    expect(names(['В Юнусабадском районе открыли парк.'], 'ru')).toEqual(['Yunusabad district']);
    expect(names(['Delegatsiya Szyansu provinsiyasi va Uxan shahriga bordi.'], 'uz')).toEqual(['Jiangsu', 'Wuhan']);
  });

  it('reads Russian case endings (Ташкенте, Джизаке, Андижанской области)', () => {
    expect(names(RUSSIAN_VISIT, 'ru')).toEqual(['Tashkent', 'Jizzakh', 'Samarkand', 'Fergana', 'Andijan Region']);
    expect(names(['Из Ташкента в Бухару, затем к Самарканду.'], 'ru')).toEqual(['Tashkent', 'Bukhara', 'Samarkand']);
  });

  it('strips Korean particles and keeps the mention to the name itself', () => {
    const places = placesOf(KOREAN_VISIT, 'ko');
    expect(places.map((p) => p.name)).toEqual(['Seoul', 'Busan', 'Tashkent']);
    expect(places.map((p) => p.mentions[0]!.text)).toEqual(['서울', '부산', '타슈켄트']);
  });

  it('reads Uzbek Latin and Cyrillic spellings with suffixes', () => {
    expect(names(UZBEK_VISIT, 'uz')).toEqual(['Tashkent', 'Samarkand', 'Bukhara']);
    expect(names(['Жиззах ва Тошкентда янги заводлар очилди.'], 'uz')).toEqual(['Jizzakh', 'Tashkent']);
  });

  it('merges all mentions of one place and keeps Korean provinces as regions', () => {
    const places = placesOf(['Tashkent, Ташкент and 타슈켄트 are one city. 경기도 and Gyeonggi Province too.']);
    expect(places).toHaveLength(2);
    expect(places[0]!.mentions).toHaveLength(3);
    expect(places[1]).toMatchObject({ name: 'Gyeonggi Province', type: 'region', country: 'KR' });
  });

  it('needs a capital letter for Latin and Cyrillic names and whole words', () => {
    expect(names(['a nice osh recipe from tashkent'])).toEqual([]);
    expect(names(['Tashkentskiy prospect and Seoulite cafes'])).toEqual([]);
  });

  it('does not report a country or organization name as a place', () => {
    expect(names(['Singapore and Korea Eximbank signed in Seoul.'])).toEqual(['Seoul']);
  });

  it('ships valid coordinates for every gazetteer place', () => {
    for (const row of PLACES) {
      const [type, country, lat, lon, name] = row.split('|');
      expect(['c', 'r']).toContain(type);
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(Number(lat))).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon))).toBeLessThanOrEqual(180);
      expect(name!.length).toBeGreaterThan(1);
    }
    expect(PLACES.length).toBeGreaterThan(250);
  });
});
