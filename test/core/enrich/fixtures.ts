/**
 * Short articles written for these tests, modelled on a state visit: people
 * with roles, capacity figures, attributed quotes, a few cities.
 */
export const ENGLISH_VISIT = [
  'Samarkand hosted talks on June 14 between the President of Kazakhstan, Kassym-Jomart Tokayev, and Uzbek President Shavkat Mirziyoyev.',
  'The two leaders opened a joint plant in Chirchiq that will assemble 45,000 vehicles annually, backed by a $1.2 billion loan from the Asian Development Bank and €300 million from the EBRD.',
  'Trade between the neighbours grew 18% in 2024, and officials expect it to reach 10 billion dollars by 2030.',
  'Minister of Energy Jurabek Mirzamakhmudov said the grid would add a capacity of 1,500 MW in the Navoi region.',
  '“Our countries are building a shared future on solid ground,” Tokayev said after the ceremony.',
  'Mirziyoyev stressed the role of young engineers, stating:',
  '“We will train ten thousand specialists together in the coming years.”',
  'The plan, called “Green Silk Road Partnership”, also covers Tashkent and Almaty.',
  'A delegate described the mood as “very warm”.',
  '“Nobody expected such rapid progress when we started,” one participant remarked.',
  'Mirzamakhmudov added that Korea Eximbank and Samsung had shown interest.',
];

export const RUSSIAN_VISIT = [
  'Президент Узбекистана Шавкат Мирзиёев провёл переговоры с Президентом Республики Корея Ли Чжэ Мёном в Ташкенте.',
  'Стороны обсудили строительство завода в Джизаке мощностью 60 тысяч автомобилей в год и кредит Экспортно-импортного банка Кореи на 9,6 млрд долларов.',
  'Кроме того, 500 млн долл. выделит Азиатский банк развития, а доля локализации достигнет 40 процентов к 2027 году.',
  '«Мы создаём новые рабочие места и готовим молодых специалистов вместе», — заявил Мирзиёев.',
  'По словам Ли Чжэ Мёна, «корейские компании готовы расширять производство в Самарканде и Фергане».',
  'Министр энергетики Узбекистана Журабек Мирзамахмудов сообщил, что мощность станции составит 1 500 МВт.',
  'Компания ООО «Узкор Текстиль» откроет фабрику в Андижанской области.',
  'Программа «Год взаимных обменов» будет объявлена позже.',
];

export const KOREAN_VISIT = [
  '윤석열 대통령은 서울에서 샤브카트 미르지요예프 우즈베키스탄 대통령과 정상회담을 가졌다.',
  '양국은 연간 6만 대 규모의 자동차 공장과 96억 달러 규모의 투자에 합의했다.',
  '부산과 타슈켄트를 잇는 항공편도 늘린다.',
];

export const UZBEK_VISIT = [
  'Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Toshkentda Koreya Respublikasi Prezidenti Li Chje Myon bilan uchrashdi.',
  'Samarqand va Buxoroda yangi loyihalar muhokama qilindi.',
];
