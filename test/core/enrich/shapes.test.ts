/** Entities and counts found by their shape, with no gazetteer entry: one fixture per error class. */
import { describe, expect, it } from 'vitest';
import { extractFigures, runJob } from '../../../lambdas/core/enrich';
import type { Language } from '../../../lambdas/core/types';
import { inputOf } from './article';

const names = (text: string, type: 'person' | 'organization', language: Language = 'en') =>
  runJob('entities', inputOf([text], language)).entities.filter((e) => e.type === type).map((e) => e.name);
const counts = (text: string, language: Language = 'en') =>
  extractFigures(inputOf([text], language)).filter((f) => f.kind === 'quantity').map((f) => [f.value, f.unit]);

describe('organizations by shape', () => {
  it('keeps a comma list inside a ministry name, and stops a name at a title', () => {
    expect(names('Officials of the Ministry of Mines, Geology and Water Resources arrived.', 'organization')).toEqual([
      'Ministry of Mines, Geology and Water Resources',
    ]);
    expect(names('Director of the Solar Agency Botir Xolmatov spoke.', 'organization')).toEqual(['Solar Agency']);
  });

  it('splits two names only where "and the" joins them, and follows a name across a wrapped line', () => {
    expect(names('The Ministry of Science, Arts and Sport and the Ministry of Labour of Kenya met.', 'organization')).toEqual([
      'Ministry of Science, Arts and Sport', 'Ministry of Labour of Kenya',
    ]);
    expect(names('It was signed by the Ministry of Water, Soil Protection and\nRural Development yesterday.', 'organization')).toEqual([
      'Ministry of Water, Soil Protection and Rural Development',
    ]);
  });

  it('reads company names after a company word, in a list, and quoted before an Uzbek company word', () => {
    expect(names('Three local companies Norvik, Tamaris and Belcor will supply the parts.', 'organization')).toEqual(['Norvik', 'Tamaris', 'Belcor']);
    expect(names('Deals were signed with foreign firms (such as Quorel Energy) last week.', 'organization')).toEqual(['Quorel Energy']);
    expect(names('The country is praised by travel brands like Wanderly.', 'organization')).toEqual(['Wanderly']);
    // A country after a company word is no company; one company word takes one name.
    expect(names('Trade between companies in Kenya grew, the company Kenya Airways said.', 'organization')).not.toContain('Kenya');
    expect(names('Avval “Pamir Textile Group” kompaniyasi fabrika ochdi.', 'organization', 'uz')).toEqual(['Pamir Textile Group']);
    expect(names('The chairman of JSC "Qoraqum Motors" reported results.', 'organization')).toEqual(['Qoraqum Motors']);
    expect(names('한국 기업 노바텍(NOVATEK)이 시스템을 개발했다.', 'organization', 'ko')).toEqual(['NOVATEK']);
  });

  it('reads a Korean list of companies closed by 등 and a company noun, not a list of goods', () => {
    expect(names('노르텍, 파란 전자, 한빛소재 등 국내 부품 업체들이 참여했다.', 'organization', 'ko')).toEqual(['노르텍', '파란 전자', '한빛소재']);
    expect(names('정부는 반도체, 철강 등 수출 확대와 우리 기업의 진출을 지원한다.', 'organization', 'ko')).toEqual([]);
  });

  it('keeps the city in a university named with it, and stops there', () => {
    expect(names('Students of Silkway University in Samarkand Aziz Karimov and others met.', 'organization')).toEqual(['Silkway University in Samarkand']);
    expect(names('The Ministry in Samarkand opened an office.', 'organization')).toEqual([]);
  });

  it('drops words before "and the" that have no institution word', () => {
    expect(names('Under the deal, Verdana and the Export Agency of Chile will build a plant.', 'organization')).toEqual(['Export Agency of Chile']);
  });

  it('reads Uzbek names that end in an institution word, in both scripts', () => {
    expect(names('Bugun Qishloq xoʻjaligi vazirligi maʼlum qildi.', 'organization', 'uz')).toEqual(['Qishloq xoʻjaligi vazirligi']);
    expect(names('Хоразм вилояти ҳокимлигининг маълумотига кўра.', 'organization', 'uz')).toEqual(['Хоразм вилояти ҳокимлиги']);
    // A sentence's first word before lower-case words does not open a name.
    expect(names('Shu munosabat bilan vazirlik matbuot xizmati xabar berdi.', 'organization', 'uz')).toEqual([]);
  });

  it('puts Russian institution names in the nominative and keeps their genitive complement', () => {
    expect(names('Соглашение подписано Министерством водного хозяйства, энергетики и транспорта.', 'organization', 'ru')).toEqual([
      'Министерство водного хозяйства, энергетики и транспорта',
    ]);
    expect(names('Кредит выделят Азиатского инфраструктурного банка и Северной комиссии.', 'organization', 'ru')).toEqual([
      'Азиатский инфраструктурный банк',
      'Северная комиссия',
    ]);
    expect(names('Как сообщила пресс-служба министра, встреча прошла в посольстве Республики Корея.', 'organization', 'ru')).toEqual([
      'посольство Республики Корея',
    ]);
  });

  it('reads Korean institution words without their particles', () => {
    expect(names('해양수산부는 부산항 개발 계획을 발표했다.', 'organization', 'ko')).toEqual(['해양수산부']);
    expect(names('정부는 일부 내용을 수정했다.', 'organization', 'ko')).toEqual([]);
  });

  it('takes a standalone acronym but not a unit or a document', () => {
    expect(names('The deal was signed by NAVOIYURAN and a local partner under an MOU worth 5 GW.', 'organization')).toEqual([]);
    expect(names('The contract went to TGK after a tender.', 'organization')).toEqual(['TGK']);
  });
});

describe('people by shape', () => {
  it('reads a given name before a family-name ending, and an initial', () => {
    expect(names('The talks were attended by Dilshod Nurmatov and M. Karimova.', 'person')).toEqual(['Dilshod Nurmatov', 'M. Karimova']);
  });

  it('reads Korean names: romanized with a hyphen or three syllables, Hangul before a title', () => {
    expect(names('The delegation was led by Jang Min-ho and Kim Dong Hwan.', 'person')).toEqual(['Jang Min-ho', 'Kim Dong Hwan']);
    const korean = runJob('entities', inputOf(['정민호 해양수산부 장관은 이날 회의에 참석했다.'], 'ko')).entities;
    expect(korean.find((e) => e.type === 'person')).toMatchObject({ name: '정민호', role: '해양수산부 장관' });
    expect(names('이번 회의에서 양국은 협력을 약속했다.', 'person', 'ko')).toEqual([]);
  });

  it('reads bare Hangul names from a second mention, a list of names or a bracketed club', () => {
    const body = '박지훈이 전반 10분 첫 골을 넣었고, 후반에는 박지훈이 다시 골문을 열었다. 최민수(대전)가 교체로 들어왔다.';
    expect(names(body, 'person', 'ko').sort()).toEqual(['박지훈', '최민수']);
    expect(names('수비는 강현우 오태민 윤상호가 맡았고 공격은 정재훈과 한승기가 이끌었다.', 'person', 'ko').sort()).toEqual([
      '강현우', '오태민', '윤상호', '정재훈', '한승기',
    ]);
    // Repeated nouns that start with a family syllable are not names.
    expect(names('공급망 협력을 논의했다. 공급망 재편과 인프라 투자, 인프라 금융이 핵심이다.', 'person', 'ko')).toEqual([]);
    // A Central Asian surname in Hangul, mentioned twice with particles.
    expect(names('토지로프가 공을 잡았다. 토지로프는 곧바로 슛을 했다.', 'person', 'ko')).toEqual(['토지로프']);
  });

  it('attributes Korean reported speech to the titled speaker before it, also across "라며"', () => {
    const body = '정민호 해양수산부 장관은 “항만 협력을 넓혀 나가겠다. 물류가 핵심이다”라며 “내년에 새 노선을 열겠다”고 말했다.';
    const quotes = runJob('quotes', inputOf([body], 'ko')).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['정민호', '정민호']);
    expect(names('양국의 경제부총리 회의가 열렸다.', 'person', 'ko')).toEqual([]);
    expect(names('양국 대통령이 회담했다. 서울서 부총리가 만났다.', 'person', 'ko')).toEqual([]);
  });

  it('never takes a Russian adjective or genitive noun for a name', () => {
    expect(names('Председатель Европейского совета заявил о поддержке.', 'person', 'ru')).toEqual([]);
  });
});

describe('counts', () => {
  it('reads counted nouns in four languages', () => {
    expect(counts('More than 4,878 foreign workers and 15 memoranda were registered.')).toEqual([[4878, 'workers'], [15, 'memoranda']]);
    expect(counts('Подписано 12 соглашений.', 'ru')).toEqual([[12, 'соглашений']]);
    expect(counts('Jami 9 ta loyiha va 300 dan ortiq korxona.', 'uz')).toEqual([[9, 'loyiha'], [300, 'korxona']]);
    expect(counts('7개 부처와 25개사가 참여했다.', 'ko')).toEqual([[7, '개'], [25, '개사']]);
  });

  it('takes the counted noun from the words before a bare number', () => {
    expect(counts('This year the number of registered start-ups rose to 412, 57 of which export software.')).toEqual([
      [412, 'start-ups'], [57, 'start-ups'],
    ]);
    expect(counts('The fund hired 2,300 engineers, of which only 140 were women.')).toEqual([[2300, 'engineers'], [140, 'engineers']]);
    expect(counts('Some 12 of the 40 rare earth elements are mined here, creating 90 well-paid job positions.')).toEqual([
      [12, 'elements'], [40, 'elements'], [90, 'positions'],
    ]);
    // A multiplier or a bare number with no noun before it stays unread.
    expect(counts('The number of tourists grew 3 times. Exports rose to 15.')).toEqual([]);
  });

  it('does not count durations, dates or years', () => {
    expect(counts('After 3 years and 90 days, on 12 March 2016 results came.')).toEqual([]);
    expect(counts('Срок составит 5 лет.', 'ru')).toEqual([]);
  });

  it('reads scale words, periods and Uzbek currency forms', () => {
    const figures = extractFigures(inputOf(['A $50 Million plant will make 2 млн. тонн в год; 8 milliard dollarlik loyiha.'], 'uz'));
    expect(figures.map((f) => [f.kind, f.value, f.unit, f.period])).toEqual([
      ['money', 5e7, 'USD', undefined],
      ['quantity', 2e6, 'tonne', 'year'],
      ['money', 8e9, 'USD', undefined],
    ]);
  });

  it('reads an amount written out in parts, and German scale words', () => {
    const money = (text: string, language: 'ru' | 'uz' | 'en' = 'ru') =>
      extractFigures(inputOf([text], language)).filter((f) => f.kind === 'money').map((f) => [f.value, f.unit]);
    expect(money('Всего переведено 4 млн 250 тыс 310 рублей.')).toEqual([[4250310, 'RUB']]);
    expect(money('Jami 3 mln 120 ming 75 dollar sarflandi.', 'uz')).toEqual([[3120075, 'USD']]);
    expect(money('Eine Investition von 45 Millionen US Dollar ist geplant.', 'en')).toEqual([[45e6, 'USD']]);
  });
});
