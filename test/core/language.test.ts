import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageAndCountWords, isLanguage } from '../../lambdas/core/language';
import { countWords } from '../../lambdas/core/parse/chars';
import { detectLanguage as referenceDetectLanguage } from './language-reference';

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

describe('detectLanguage agrees with the reference implementation', () => {
  // Pieces that exercise every hint: function words of each list, telling letters, apostrophe
  // look-alikes, o/g/q letter hints, diacritics, length-changing lower case (İ), final sigma,
  // Hangul, astral letters, lone surrogates and long words around the hint-length cut-off.
  const PIECES = [
    'the', 'and', 'The', 'va', 'bilan', "o'zbekiston", 'Oʻzbekiston', 'o‘zbek', 'g`alla', 'qishloq', 'Quality',
    'der', 'und', 'için', 'değil', 'İstanbul', 'и', 'что', 'Это', 'ва', 'ҳам', 'Ўзбекистон', 'ы', 'щ', 'Қ', 'ғ',
    'ΟΔΟΣ', 'σ', '정부는', '발전소', '中华', '𠀀', '😀', '\uD800', '\uDC00', 'é', 'ß', 'ñ', 'ø',
    ' ', ' ', ' ', '\n', ', ', '. ', "'", '’', '-', '2024', 'ʼ', 'ʻ', '‘', '`',
    'internationalisation', 'respublikasi', 'ўзбекистонда', 'abcdefghijklmn', 'abcdefghijklmnop', 'x',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));

  it('on random mixtures of hint words, letters and scripts', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), (sample) => {
        expect(detectLanguage(sample)).toBe(referenceDetectLanguage(sample));
      }),
      { numRuns: 1500 },
    );
  });

  it('around the word sample and script sample limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 960, max: 1040 }), fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), (at, a, b) => {
        const sample = 'x '.repeat(at / 2) + a + "o‘zbek" + b + 'и что '.repeat(700);
        expect(detectLanguage(sample)).toBe(referenceDetectLanguage(sample));
      }),
      { numRuns: 300 },
    );
  });

  it('detectLanguageAndCountWords equals detectLanguage(title + newline + body) and countWords(body)', () => {
    const filler = fc.constantFrom('', 'x'.repeat(990), 'и'.repeat(1500), 'a '.repeat(1998), 'b'.repeat(3998), 'c'.repeat(3999), '서'.repeat(4000), 'd'.repeat(4100));
    const edge = fc.constantFrom('', '\uD800', '\uD83D', '😀', 'ў', 'щ', '\uD800ў', 'x\uD800');
    const part = fc.tuple(filler, text, edge).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(part, fc.tuple(edge, part, filler, text).map((pieces) => pieces.join('')), (title, body) => {
        const expected = referenceDetectLanguage(`${title}\n${body}`);
        expect(detectLanguageAndCountWords(title, body)).toEqual({ language: expected, wordCount: countWords(body) });
      }),
      { numRuns: 600 },
    );
  });

  it('detectLanguageAndCountWords reads exactly the first SAMPLE_CHARS of title + newline + body', () => {
    // 2,000 Latin and 1,999 Cyrillic letters fill the sample with the line feed; one more Cyrillic letter would tie and make it Russian.
    const inSample = 'a'.repeat(2000) + 'и'.repeat(1999);
    for (const cut of [0, 1, 1000, 2000, 3998, 3999]) {
      const title = inSample.slice(0, cut);
      const body = inSample.slice(cut) + 'и'.repeat(10);
      expect(referenceDetectLanguage(`${title}\n${body}`)).toBe('en');
      expect(detectLanguageAndCountWords(title, body).language).toBe('en');
    }
  });
});

