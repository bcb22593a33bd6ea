import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lambdas/core/enrich';
import type { Entity } from '../../../lambdas/core/enrich/types';
import { entityKeyOf } from '../../../lambdas/core/records/keys';
import { inputOf, spansAreExact } from './article';
import { ENGLISH_VISIT, KOREAN_VISIT, RUSSIAN_VISIT, UZBEK_VISIT } from './fixtures';

const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const countries = (entities: Entity[]) => entities.filter((e) => e.type === 'country').map((e) => e.country).sort();

describe('extractEntities — English', () => {
  const input = inputOf(ENGLISH_VISIT);
  const entities = extractEntities(input);

  it('attaches "President of X, Name" and "Uzbek President Name" roles with the role country', () => {
    expect(byName(entities, 'Kassym-Jomart Tokayev')).toMatchObject({ type: 'person', role: 'President of Kazakhstan', country: 'KZ' });
    expect(byName(entities, 'Shavkat Mirziyoyev')).toMatchObject({ type: 'person', role: 'Uzbek President', country: 'UZ' });
  });

  it('merges the full name and later surname-only mentions into one entity', () => {
    const mirziyoyev = byName(entities, 'Shavkat Mirziyoyev')!;
    expect(mirziyoyev.mentions.map((m) => m.text)).toEqual(['Shavkat Mirziyoyev', 'Mirziyoyev']);
    expect(entities.filter((e) => e.type === 'person' && e.name.includes('Mirziyoyev'))).toHaveLength(1);
  });

  it('finds an unknown person after "Minister of Energy" and links the bare surname later', () => {
    const minister = byName(entities, 'Jurabek Mirzamakhmudov')!;
    expect(minister).toMatchObject({ type: 'person', role: 'Minister of Energy' });
    expect(minister.mentions.map((m) => m.text)).toEqual(['Jurabek Mirzamakhmudov', 'Mirzamakhmudov']);
  });

  it('names organizations from the gazetteer under their canonical names', () => {
    const orgs = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(
      expect.arrayContaining(['Asian Development Bank', 'European Bank for Reconstruction and Development', 'Korea Eximbank', 'Samsung']),
    );
    expect(byName(entities, 'Korea Eximbank')!.country).toBe('KR');
  });

  it('reports countries (adjectives included) and cities/regions with their country', () => {
    expect(countries(entities)).toEqual(['KZ', 'UZ']);
    expect(byName(entities, 'Uzbekistan')!.mentions.map((m) => m.text)).toEqual(['Uzbek']);
    expect(byName(entities, 'Chirchiq')).toMatchObject({ type: 'city', country: 'UZ' });
    expect(byName(entities, 'Navoi Region')).toMatchObject({ type: 'region', country: 'UZ' });
  });

  it('keys entities with entityKeyOf and keeps offsets exact', () => {
    for (const e of entities) expect(e.key).toBe(entityKeyOf(e.name));
    expect(spansAreExact(input.article.body, entities.flatMap((e) => e.mentions))).toBe(true);
  });
});

describe('extractEntities — role patterns', () => {
  it('gives a title after a comma to the name before it, and reads sports and State Department titles', () => {
    const people = (text: string) =>
      extractEntities(inputOf([text])).filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
    const chair = people('The mayor met Oren Valdis, Chairman of the Board of Northern Blue Hydrogen, on Friday.');
    expect(chair.map(([name]) => name)).toEqual(['Oren Valdis']);
    expect(chair[0]![1]).toMatch(/^Chairman of the Board/);
    expect(people('Talks were held with Deputy Secretary of State Maren Kolby in Washington.')).toEqual([['Maren Kolby', 'Deputy Secretary of State']]);
    expect(people('The squad and team captain Dilnoza Rakhmatova arrived.')).toEqual([['Dilnoza Rakhmatova', 'team captain']]);
  });

  it('handles "Name, the president", "Prime Minister Name", "CEO of Org, Name" and "Name, head of …"', () => {
    const entities = extractEntities(
      inputOf([
        'Tokayev, the president, met Prime Minister Olzhas Bektenov and the CEO of Samsung Electronics, Lee Jae-yong, in Astana.',
        'Aziz Rakhimov, head of the project, welcomed them.',
      ]),
    );
    expect(byName(entities, 'Kassym-Jomart Tokayev')!.role).toBe('president');
    expect(byName(entities, 'Olzhas Bektenov')!.role).toBe('Prime Minister');
    expect(byName(entities, 'Lee Jae-yong')).toMatchObject({ type: 'person', role: 'CEO of Samsung Electronics' });
    expect(byName(entities, 'Aziz Rakhimov')!.role).toBe('head of the project');
    // "Lee" alone is only a title form of Lee Jae-myung: it must not become him here.
    expect(byName(entities, 'Lee Jae-myung')).toBeUndefined();
  });

  it('ends a title complement at a named country and keeps hyphenated given names whole', () => {
    const entities = extractEntities(inputOf(['The Minister of Environment of the Republic of Korea Park Ji-Hoon opened the forum.']));
    expect(byName(entities, 'Park Ji-Hoon')).toMatchObject({ role: 'Minister of Environment of the Republic of Korea', country: 'KR' });
  });

  it('does not take the start of a quotation after "stated," for a name', () => {
    const entities = extractEntities(inputOf(['Nurlan Sadykov stated, "Central Asian markets are growing quickly this year."']));
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Nurlan Sadykov']);
  });

  it('accepts a title-only surname right after a title but ignores it elsewhere', () => {
    const entities = extractEntities(inputOf(['President Yoon arrived. Yoon is a common surname in the region.']));
    const yoon = byName(entities, 'Yoon Suk-yeol')!;
    expect(yoon.mentions).toHaveLength(1);
    expect(yoon.role).toBe('President');
  });

  it('takes a possessive country before the title as the role country', () => {
    const entities = extractEntities(inputOf(['The deal was signed by Uzbekistan’s foreign minister Bakhtiyor Saidov in Seoul.']));
    expect(byName(entities, 'Bakhtiyor Saidov')).toMatchObject({ role: 'Uzbekistan’s foreign minister', country: 'UZ' });
  });

  it('finds unknown people by speech verbs', () => {
    const entities = extractEntities(inputOf(['The deal is done, Dilnoza Karimova said on Friday.']));
    expect(byName(entities, 'Dilnoza Karimova')).toMatchObject({ type: 'person' });
  });

  it('finds pattern organizations and splits "X Institute … and the Y Institute …"', () => {
    const entities = extractEntities(
      inputOf(['Experts from the Tashkent Institute of Irrigation and the National Institute of Geology joined the Ministry of Energy team.']),
    );
    const orgs = entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(['Tashkent Institute of Irrigation', 'National Institute of Geology', 'Ministry of Energy']);
  });
});

describe('extractEntities — Russian', () => {
  const input = inputOf(RUSSIAN_VISIT, 'ru');
  const entities = extractEntities(input);

  it('reads roles with a genitive complement and inflected names', () => {
    expect(byName(entities, 'Shavkat Mirziyoyev')).toMatchObject({ role: 'Президент Узбекистана', country: 'UZ' });
    const lee = byName(entities, 'Lee Jae-myung')!;
    expect(lee).toMatchObject({ role: 'Президентом Республики Корея', country: 'KR' });
    expect(lee.mentions.map((m) => m.text)).toEqual(['Ли Чжэ Мёном', 'Ли Чжэ Мёна']);
    expect(byName(entities, 'Журабек Мирзамахмудов')).toMatchObject({ role: 'Министр энергетики Узбекистана', country: 'UZ' });
  });

  it('maps inflected country names and adjectives to ISO codes', () => {
    expect(countries(entities)).toEqual(['KR', 'UZ']);
    expect(byName(entities, 'South Korea')!.mentions.map((m) => m.text)).toContain('корейские');
  });

  it('finds gazetteer organizations in Russian case forms and quoted names after ООО', () => {
    expect(byName(entities, 'Korea Eximbank')!.mentions[0]!.text).toBe('Экспортно-импортного банка Кореи');
    expect(byName(entities, 'Asian Development Bank')).toBeDefined();
    expect(byName(entities, 'Узкор Текстиль')).toMatchObject({ type: 'organization' });
  });

  it('reads a quoted company inside a Russian title', () => {
    const found = extractEntities(inputOf(['Мирзиёев встретился с генеральным директором компании «Узавтосаноат» Шерзодом Умаровым.'], 'ru'));
    expect(byName(found, 'Шерзодом Умаровым')).toMatchObject({ type: 'person', role: 'генеральным директором компании «Узавтосаноат»' });
  });

  it('reads hyphenated Russian adjectives as both countries', () => {
    const found = extractEntities(inputOf(['Узбекско-корейский форум прошёл успешно.'], 'ru'));
    expect(countries(found)).toEqual(['KR', 'UZ']);
  });

  it('keeps offsets exact', () => {
    expect(spansAreExact(input.article.body, entities.flatMap((e) => e.mentions))).toBe(true);
  });
});

describe('extractEntities — Korean and Uzbek names', () => {
  it('reads Korean names, titles after names and particles', () => {
    const entities = extractEntities(inputOf(KOREAN_VISIT, 'ko'));
    expect(byName(entities, 'Yoon Suk-yeol')).toMatchObject({ role: '대통령', country: 'KR' });
    expect(byName(entities, 'Shavkat Mirziyoyev')).toMatchObject({ role: '우즈베키스탄 대통령', country: 'UZ' });
    expect(byName(entities, 'Seoul')!.mentions[0]!.text).toBe('서울');
  });

  it('reads Uzbek titles with the country in front and suffixed place names', () => {
    const entities = extractEntities(inputOf(UZBEK_VISIT, 'uz'));
    expect(byName(entities, 'Shavkat Mirziyoyev')).toMatchObject({ role: 'Oʻzbekiston Respublikasi Prezidenti', country: 'UZ' });
    expect(byName(entities, 'Lee Jae-myung')).toMatchObject({ role: 'Koreya Respublikasi Prezidenti', country: 'KR' });
    expect(byName(entities, 'Tashkent')!.mentions[0]!.text).toBe('Toshkent');
  });

  it('accepts every capitalization a variant allows ("POSCO", "Posco")', () => {
    const entities = extractEntities(inputOf(['Posco signed first; POSCO International followed.']));
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['POSCO', 2]]);
  });

  it('does not take common words for names: "Who" is not WHO, lowercase "male" is no place', () => {
    const entities = extractEntities(inputOf(['Who knows? The WHO office hired male staff.']));
    expect(entities.map((e) => e.name)).toEqual(['World Health Organization']);
  });
});
