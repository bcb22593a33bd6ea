import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lambdas/core/enrich';
import type { Language } from '../../../lambdas/core/types';
import { inputOf, spansAreExact } from './article';
import { ENGLISH_VISIT, RUSSIAN_VISIT } from './fixtures';

const quotesOf = (paragraphs: string[], language: Language = 'en') => extractQuotes(inputOf(paragraphs, language));

describe('extractQuotes — fixtures', () => {
  it('attributes English quotes and leaves names and scare quotes out', () => {
    const input = inputOf(ENGLISH_VISIT);
    const quotes = extractQuotes(input);
    expect(quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker, q.speakerKey])).toEqual([
      ['Our countries are', 'Kassym-Jomart Tokayev', 'kassym-jomart tokayev'],
      ['We will train', 'Shavkat Mirziyoyev', 'shavkat mirziyoyev'],
      ['Nobody expected such', undefined, undefined],
    ]);
    expect(spansAreExact(input.article.body, quotes)).toBe(true);
  });

  it('attributes Russian quotes: "— заявил X" and "По словам X"', () => {
    const quotes = quotesOf(RUSSIAN_VISIT, 'ru');
    expect(quotes.map((q) => [q.text.split(' ')[0], q.speaker])).toEqual([
      ['Мы', 'Shavkat Mirziyoyev'],
      ['корейские', 'Lee Jae-myung'],
    ]);
  });
});

describe('extractQuotes — attribution patterns', () => {
  it('reads "the minister said" as the person the text last named', () => {
    const titled = quotesOf(['Later, Minister of Water Resources Bekzod Tursunov visited Khiva. "We will line every canal with concrete," the minister said.']);
    expect(titled.map((q) => q.speaker)).toEqual(['Bekzod Tursunov']);
  });

  it('"X said" / "said X" after the quote', () => {
    expect(quotesOf(['“We expect the first cars next spring,” said Tokayev.'])[0]!.speaker).toBe('Kassym-Jomart Tokayev');
    expect(quotesOf(['"We expect the first cars next spring," Tokayev noted.'])[0]!.speaker).toBe('Kassym-Jomart Tokayev');
  });

  it('a colon-introduced quote in the same sentence', () => {
    expect(quotesOf(['President Mirziyoyev said: “The region needs modern hospitals and schools.”'])[0]!.speaker).toBe('Shavkat Mirziyoyev');
  });

  it('a speaker named in the sentence before ("…, stating,\\n“…”")', () => {
    const quotes = quotesOf([
      'In his speech, President Mirziyoyev highlighted the new agenda, stating,',
      '“We see Korea as a reliable partner in technology and education.”',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Shavkat Mirziyoyev', speakerKey: 'shavkat mirziyoyev' });
  });

  it('"according to X" and a pronoun resolved to the last person named', () => {
    expect(quotesOf(['According to Tokayev, “the corridor will cut delivery times in half.”'])[0]!.speaker).toBe('Kassym-Jomart Tokayev');
    const quotes = quotesOf(['Yoon Suk-yeol visited the plant.', '“The engineers here work with real dedication,” he said.']);
    expect(quotes[0]!.speaker).toBe('Yoon Suk-yeol');
  });

  it('an unknown "Firstname Lastname said" speaker', () => {
    expect(quotesOf(['“Exports will double within five years,” Dilnoza Karimova said.'])[0]!.speaker).toBe('Dilnoza Karimova');
  });

  it('Russian «…», — сказал X with guillemets and „…“ nested inside', () => {
    const [quote] = quotesOf(['«Проект „Зелёный коридор“ изменит логистику всего региона», — сказал Мирзиёев.'], 'ru');
    expect(quote!.text).toBe('Проект „Зелёный коридор“ изменит логистику всего региона');
    expect(quote!.speaker).toBe('Shavkat Mirziyoyev');
  });

  it('leaves quotes without an attribution unattributed', () => {
    const quotes = quotesOf(['Visitors wrote “this city feels like home to all of us” in the guest book.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBeUndefined();
  });

  it('does not attribute a quote that ends its sentence to a name in the next one', () => {
    const quotes = quotesOf(['The sign read “welcome to the new industrial zone of the city.” Tokayev said nothing.']);
    expect(quotes[0]!.speaker).toBeUndefined();
  });

  it('ignores titles, programme names and short scare quotes', () => {
    expect(quotesOf(['Next year will be declared the “Year of Mutual Exchanges between Uzbekistan and Korea,” officials said.'])).toEqual([]);
    expect(quotesOf(['The programme “Smart Farming for Young People” starts in May.'])).toEqual([]);
    expect(quotesOf(['He called the talks “very productive”.'])).toEqual([]);
    expect(quotesOf(['Платформа «Интеллектуальный шелковый путь» заработает осенью.'], 'ru')).toEqual([]);
    expect(quotesOf(['Обсуждались проекты, такие как «Строительство нового онкологического центра в Нукусе».'], 'ru')).toEqual([]);
    expect(quotesOf(['The Korean word "jeong" roughly means "a deep bond of care between people".'])).toEqual([]);
  });

  it('reads Korean and Japanese-style brackets when long enough', () => {
    const quotes = quotesOf(['윤석열 대통령은 「양국 협력이 새로운 단계로 도약하고 있다」고 말했다.'], 'ko');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('양국 협력이 새로운 단계로 도약하고 있다');
  });

  it('Korean reported speech: the person before "…"고 말했다', () => {
    const [quote] = quotesOf(['미르지요예프 대통령은 "양국의 협력이 앞으로 더욱 확대될 것"이라고 말했다.'], 'ko');
    expect(quote!.speaker).toBe('Shavkat Mirziyoyev');
  });

  it('a quote opening a paragraph continues the subject who spoke just before', () => {
    const quotes = quotesOf([
      'Nodira Yusupova, a senior analyst at the ministry, noted that demand was rising fast.',
      '"Orders from Korean firms doubled in the first half of the year.”',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Nodira Yusupova');
  });

  it('does not carry a speaker into a paragraph after a sentence without speech', () => {
    const quotes = quotesOf(['Tokayev visited the new terminal in Almaty.', '“Passenger numbers will grow by a third next year.”']);
    expect(quotes[0]!.speaker).toBeUndefined();
  });
});

