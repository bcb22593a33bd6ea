/**
 * Title words that give a person a role ("President", "Министр", "Prezidenti",
 * "대통령"). Russian inflection and Korean particles are handled by the token
 * reader, so base forms suffice.
 */
import { Lexicon } from './lexicon';
/**
 * How a title takes its complement: English "President of Uzbekistan", Russian
 * genitive "Президент Узбекистана", or Uzbek/Korean with the country before the
 * title ("Oʻzbekiston Prezidenti", "우즈베키스탄 대통령"). A preceding country
 * counts for every style ("Uzbek President").
 */
export type ComplementStyle = 'of' | 'genitive' | 'preceding';

export interface RoleHead {
  style: ComplementStyle;
}

const EN = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'First Deputy Prime Minister', 'Premier',
  'Foreign Minister', 'Minister', 'Deputy Minister', 'First Deputy Minister', 'Chairman', 'Chairwoman', 'Chairperson',
  'Chair', 'Deputy Chairman', 'CEO', 'Chief Executive', 'Chief Executive Officer', 'President and CEO', 'Head',
  'Ambassador', 'Ambassador Extraordinary and Plenipotentiary', 'Governor', 'Mayor', 'Khokim', 'Hokim', 'Speaker', 'Secretary-General', 'Secretary General',
  'Director', 'Director General', 'Director-General', 'Managing Director', 'General Director', 'King', 'Queen',
  'Emperor', 'Chancellor', 'Crown Prince', 'Senator', 'Spokesperson', 'Spokesman', 'Founder', 'Rector', 'Envoy',
  'Special Envoy', 'Commissioner', 'Deputy Head', 'Advisor', 'Adviser', 'Press Secretary',
  'Secretary of State', 'Deputy Secretary of State', 'Deputy Secretary', 'Head Coach', 'Coach', 'Team Captain', 'Captain',
];

const RU = [
  'президент', 'вице-президент', 'премьер-министр', 'вице-премьер', 'вице-премьер-министр', 'премьер', 'министр',
  'замминистра', 'заместитель министра', 'первый заместитель министра', 'председатель', 'зампред', 'глава',
  'посол', 'хоким', 'мэр', 'губернатор', 'генеральный директор', 'гендиректор', 'директор', 'спикер', 'генсек',
  'генеральный секретарь', 'король', 'канцлер', 'ректор', 'руководитель', 'пресс-секретарь', 'советник',
  'спецпредставитель',
];

const UZ = [
  'Prezident', 'Prezidenti', 'Bosh vazir', 'Bosh vaziri', 'vazir', 'vaziri', 'rais', 'raisi', 'elchi', 'elchisi',
  'hokim', 'hokimi', 'Президенти', 'Бош вазири', 'вазири', 'раиси', 'элчиси', 'ҳокими',
  // Heads of companies and bodies, with the body before the title ("kompaniyasi bosh direktori X").
  'direktori', 'bosh direktori', 'rahbari', 'kotibi', 'bosh kotibi', 'rektori', 'oʻrinbosari', "o'rinbosari", 'boshligʻi',
  "boshlig'i", 'директори', 'бош директори', 'раҳбари', 'котиби', 'бош котиби', 'ректори', 'ўринбосари', 'бошлиғи',
];

const KO = ['대통령', '총리', '국무총리', '부총리', '장관', '차관', '대사', '회장', '사장', '의장', '시장', '도지사', '주석', '국왕', '총재', '대표'];

let lexicon: Lexicon<RoleHead> | undefined;

export function getRoleLexicon(): Lexicon<RoleHead> {
  if (lexicon !== undefined) return lexicon;
  lexicon = new Lexicon<RoleHead>();
  const groups: [string[], ComplementStyle][] = [
    // Russian before Uzbek: "Президенти" reads as "президент", and the genitive reading also covers
    // an Uzbek title with its country in front (a preceding complement counts for every style).
    [EN, 'of'],
    [RU, 'genitive'],
    [UZ, 'preceding'],
    [KO, 'preceding'],
  ];
  for (const [words, style] of groups) {
    const head: RoleHead = { style };
    // Titles count in any case ("President Mirziyoyev", "the president"), so add them lower-cased.
    for (const word of words) lexicon.add(word.toLowerCase(), head);
  }
  return lexicon;
}

