import { describe, expect, it } from 'vitest';
import { detectLanguage, isLanguage } from '../../lambdas/core/language';

const LONG_ENGLISH =
  'The government said on Tuesday that the new power plant would supply electricity to more than a million homes. ' +
  'Officials from both countries signed the agreement in the capital, and construction is expected to start next year. ';
const LONG_RUSSIAN =
  'Правительство сообщило во вторник, что новая электростанция обеспечит энергией более миллиона домов. ' +
  'Представители двух стран подписали соглашение в столице, а строительство начнётся в следующем году. ';
const LONG_UZBEK_LATIN =
  "Hukumat seshanba kuni yangi elektr stansiyasi bir milliondan ortiq xonadonni elektr energiyasi bilan ta'minlashini ma'lum qildi. " +
  "Ikki mamlakat vakillari poytaxtda kelishuvni imzoladi va qurilish kelgusi yilda boshlanadi. O'zbekiston Respublikasi bo'yicha hamkorlik davom etadi. ";
const LONG_UZBEK_CYRILLIC =
  'Ҳукумат сешанба куни янги электр станцияси бир миллиондан ортиқ хонадонни электр энергияси билан таъминлашини маълум қилди. ' +
  'Икки мамлакат вакиллари пойтахтда келишувни имзолади ва қурилиш келгуси йилда бошланади. ';
const LONG_KOREAN =
  '정부는 화요일 새 발전소가 백만 가구 이상에 전력을 공급할 것이라고 밝혔다. 양국 대표는 수도에서 협정에 서명했으며 건설은 내년에 시작될 예정이다. ';
const LONG_GERMAN =
  'Die Regierung teilte am Dienstag mit, dass das neue Kraftwerk mehr als eine Million Haushalte mit Strom versorgen wird. ' +
  'Vertreter der beiden Länder unterzeichneten das Abkommen in der Hauptstadt, und der Bau soll im nächsten Jahr beginnen. ';

describe('detectLanguage on long text', () => {
  it.each([
    ['en', LONG_ENGLISH],
    ['ru', LONG_RUSSIAN],
    ['uz', LONG_UZBEK_LATIN],
    ['uz', LONG_UZBEK_CYRILLIC],
    ['ko', LONG_KOREAN],
    ['other', LONG_GERMAN],
  ])('%s', (language, text) => {
    expect(detectLanguage(text.repeat(8))).toBe(language);
  });
});

describe('detectLanguage on short text (headlines)', () => {
  it.each([
    ['en', 'Samsung opens chip plant in Tashkent'],
    ['en', 'Trade with Korea grows'],
    ['ru', 'Россия и Корея подписали соглашение'],
    ['ru', 'Добыча меди выросла'],
    ['uz', "O'zbekiston va Koreya hamkorligi"],
    ['uz', 'Oʻzbekistonda yangi zavod qurildi'],
    ['uz', 'Ўзбекистон ва Корея ҳамкорлиги'],
    ['uz', 'Тошкентда янги завод қурилди'],
    ['ko', '삼성전자 반도체 공장'],
    ['ko', 'SK하이닉스, HBM 생산 확대'],
    ['other', '中华人民共和国外交部'],
    ['other', 'السفير يزور طشقند'],
    ['other', 'Le président et la délégation sont arrivés'],
    ['other', '12345 !!!'],
    ['other', ''],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('detectLanguage details', () => {
  it('decides on the first few thousand characters only', () => {
    // English first, a long Russian tail after the sample window: the tail is not read.
    expect(detectLanguage(LONG_ENGLISH.repeat(30) + LONG_RUSSIAN.repeat(200))).toBe('en');
  });

  it('keeps a Korean article Korean despite Latin brand names', () => {
    expect(detectLanguage('Hyundai Motor와 LG Energy Solution, 우즈베키스탄에 배터리 공장 착공')).toBe('ko');
    expect(detectLanguage('Hyundai Motor Company and LG Energy Solution open a plant (현대)')).toBe('en');
  });

  it('accepts every apostrophe Uzbek Latin is typed with', () => {
    for (const apostrophe of ["'", 'ʻ', '‘', '’', '`']) {
      expect(detectLanguage(`To${apostrophe}qimachilik korxonasi Namanganda ochildi`)).toBe('uz');
    }
  });

  it('isLanguage accepts only the Language union', () => {
    expect(isLanguage('uz')).toBe(true);
    expect(isLanguage('other')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(7)).toBe(false);
  });
});
