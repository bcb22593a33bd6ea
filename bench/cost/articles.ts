/**
 * Articles for the cost bench: generated 3–8 KB news texts in English,
 * Russian, Uzbek and Korean (seeded, so every run costs the same), and the
 * labeled dev corpus of ../shared when it is present (read, never copied).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../support';

export interface BenchArticle {
  name: string;
  language: string;
  text: string;
}

type Language = 'en' | 'ru' | 'uz' | 'ko';

interface Vocabulary {
  people: string[];
  organizations: string[];
  cities: string[];
  countries: string[];
  headlines: string[];
  sentences: string[];
  units: string[];
}

// {p} person, {o} organization, {c} city, {k} country, {n} number, {u} unit.
const VOCABULARY: Record<Language, Vocabulary> = {
  en: {
    people: ['President Shavkat Mirziyoyev', 'Prime Minister Abdulla Aripov', 'President Kassym-Jomart Tokayev', 'Foreign Minister Bakhtiyor Saidov'],
    organizations: ['Samsung', 'Hyundai', 'KEPCO', 'Uzbekneftegaz', 'Kia', 'LG Chem', 'POSCO'],
    cities: ['Tashkent', 'Samarkand', 'Seoul', 'Busan', 'Andijan', 'Bukhara', 'Namangan', 'Incheon'],
    countries: ['Uzbekistan', 'South Korea', 'Kazakhstan', 'Japan', 'China'],
    headlines: ['{o} and {k} sign {n} million dollar {u} deal', '{p} opens a new {u} plant in {c}', 'Trade talks in {c} focus on {u} and investment'],
    sentences: [
      '{o} will invest ${n} million in a solar power plant near {c}, {p} said on Monday.',
      'The factory in {c} will produce {n},000 vehicles annually for export to {k}.',
      'Officials from {k} and Uzbekistan discussed electricity grid upgrades, renewable energy and gas supplies.',
      '"This is a new stage of our strategic partnership," {p} told reporters after talks in {c}.',
      'Trade between the two countries reached ${n} billion last year, and both sides aim to double investment.',
      'Universities in {c} will open engineering courses with {o} and offer {n} scholarships a year.',
      'A joint venture with {o} plans to mine copper, tungsten and lithium deposits in the {c} region.',
      'The ministry said the {u} project would create {n} jobs and cut gas use for heating by a fifth.',
      'Hospitals in {c} will receive medical equipment from {k} under a healthcare cooperation agreement.',
      'Farmers near {c} will use drip irrigation and cotton processing lines supplied by {o}.',
    ],
    units: ['battery', 'solar', 'automotive', 'textile', 'chemical'],
  },
  ru: {
    people: ['Президент Шавкат Мирзиёев', 'Премьер-министр Абдулла Арипов', 'Президент Касым-Жомарт Токаев'],
    organizations: ['Samsung', 'Hyundai', 'Узбекнефтегаз', 'Алмалыкский ГМК', 'KEPCO'],
    cities: ['Ташкент', 'Самарканд', 'Сеул', 'Бухара', 'Андижан', 'Алматы'],
    countries: ['Узбекистан', 'Республика Корея', 'Казахстан', 'Китай'],
    headlines: ['{o} построит завод в городе {c}', 'Переговоры в городе {c}: энергетика и инвестиции', '{k} и Узбекистан подписали {n} соглашений'],
    sentences: [
      'Компания {o} вложит {n} миллионов долларов в строительство солнечной электростанции, сообщил {p}.',
      'Завод в городе {c} будет выпускать {n} тысяч автомобилей в год, половина продукции пойдёт на экспорт.',
      'Стороны обсудили поставки газа, модернизацию электросетей и развитие возобновляемой энергетики.',
      '«Это новый этап стратегического партнёрства», — заявил {p} журналистам после переговоров.',
      'Товарооборот между странами в прошлом году достиг {n} миллиардов долларов.',
      'Совместное предприятие займётся добычей меди, вольфрама и лития в регионе, сообщает {o}.',
      'Университеты города {c} откроют инженерные программы и выделят {n} стипендий в год.',
      'Больницы получат медицинское оборудование в рамках соглашения о сотрудничестве в сфере здравоохранения.',
    ],
    units: ['аккумуляторов', 'автомобилей', 'текстиля'],
  },
  uz: {
    people: ['Prezident Shavkat Mirziyoyev', 'Bosh vazir Abdulla Aripov'],
    organizations: ['Samsung', 'Hyundai', 'Oʻzbekneftgaz', 'KEPCO'],
    cities: ['Toshkent', 'Samarqand', 'Seul', 'Buxoro', 'Andijon'],
    countries: ['Oʻzbekiston', 'Janubiy Koreya', 'Qozogʻiston'],
    headlines: ['{o} {c}da yangi zavod quradi', '{k} bilan savdo va investitsiya muzokaralari', '{c}da energetika boʻyicha {n} ta kelishuv imzolandi'],
    sentences: [
      '{o} kompaniyasi {c} yaqinida quyosh elektr stansiyasi qurilishiga {n} million dollar sarmoya kiritadi, dedi {p}.',
      'Zavod yiliga {n} ming avtomobil ishlab chiqaradi va mahsulotning yarmi eksport qilinadi.',
      'Tomonlar gaz yetkazib berish, elektr tarmoqlarini modernizatsiya qilish va qayta tiklanadigan energiya haqida gaplashdi.',
      '«Bu strategik sheriklikning yangi bosqichi», dedi {p} muzokaralardan soʻng.',
      'Oʻtgan yili ikki davlat oʻrtasidagi savdo hajmi {n} milliard dollarga yetdi.',
      '{c} universitetlari muhandislik dasturlarini ochadi va yiliga {n} ta stipendiya beradi.',
      'Qoʻshma korxona mis, volfram va litiy konlarini oʻzlashtiradi.',
    ],
    units: ['avtomobil', 'batareya', 'toʻqimachilik'],
  },
  ko: {
    people: ['샤브카트 미르지요예프 대통령', '토카예프 대통령'],
    organizations: ['삼성전자', '현대자동차', '한국전력', '포스코'],
    cities: ['타슈켄트', '사마르칸트', '서울', '부산', '인천'],
    countries: ['우즈베키스탄', '카자흐스탄', '한국'],
    headlines: ['{o}, {c}에 새 공장 건설', '{k}와 무역·투자 협력 확대', '{c}에서 에너지 협정 {n}건 체결'],
    sentences: [
      '{o}는 {c} 인근 태양광 발전소 건설에 {n}억 달러를 투자한다고 {p}이 밝혔다.',
      '공장은 연간 {n}만 대의 자동차를 생산하며 절반은 수출될 예정이다.',
      '양측은 가스 공급과 전력망 현대화, 재생에너지 협력 방안을 논의했다.',
      '{p}은 회담 후 "전략적 동반자 관계의 새로운 단계"라고 말했다.',
      '지난해 양국 교역액은 {n}억 달러에 달했다.',
      '{c}의 대학들은 공학 과정을 개설하고 매년 {n}명에게 장학금을 지급한다.',
      '합작 법인은 구리와 텅스텐, 리튬 광산을 개발할 계획이다.',
    ],
    units: ['배터리', '자동차', '섬유'],
  },
};

const LANGUAGES: Language[] = ['en', 'ru', 'uz', 'ko'];

/**
 * `count` articles of 3–8 KB each, cycling through the four languages. Like a
 * real story, each one sticks to a few themes (sentence templates) and a small
 * cast (two people, two organizations, three cities, two countries).
 */
export function generateArticles(count: number, seed = 20260615): BenchArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sample = <T>(items: readonly T[], size: number): T[] =>
    items
      .map((item) => ({ item, order: random() }))
      .sort((a, b) => a.order - b.order)
      .slice(0, size)
      .map(({ item }) => item);
  const fill = (template: string, words: Vocabulary) =>
    template
      .replace(/\{p\}/g, () => pick(words.people))
      .replace(/\{o\}/g, () => pick(words.organizations))
      .replace(/\{c\}/g, () => pick(words.cities))
      .replace(/\{k\}/g, () => pick(words.countries))
      .replace(/\{u\}/g, () => pick(words.units))
      .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 900)));
  return Array.from({ length: count }, (_, i) => {
    const language = LANGUAGES[i % LANGUAGES.length]!;
    const all = VOCABULARY[language];
    const words: Vocabulary = {
      ...all,
      people: sample(all.people, 2),
      organizations: sample(all.organizations, 2),
      cities: sample(all.cities, 3),
      countries: sample(all.countries, 2),
      sentences: sample(all.sentences, 3),
    };
    const targetBytes = 3072 + Math.floor(random() * 5120);
    const parts = [fill(pick(words.headlines), words), '', `2026-06-${String(1 + (i % 28)).padStart(2, '0')}`, ''];
    let bytes = Buffer.byteLength(parts.join('\n'));
    while (bytes < targetBytes) {
      const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => fill(pick(words.sentences), words)).join(' ');
      parts.push(paragraph, '');
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    return { name: `generated/${language}-${String(i).padStart(3, '0')}.txt`, language, text: parts.join('\n') };
  });
}

/** The dev corpus next to the repository (../shared/corpus/dev), or nothing in a clone without it. */
export function devCorpusArticles(directory: string): BenchArticle[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const entry = JSON.parse(readFileSync(join(directory, file), 'utf8')) as { lang?: string; text?: string };
      return { name: `dev/${file.replace(/\.json$/, '.txt')}`, language: entry.lang ?? 'other', text: entry.text ?? '' };
    })
    .filter((article) => article.text.length > 0);
}
