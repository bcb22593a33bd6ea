/**
 * figures: money, quantities (with unit and rate), percentages and years,
 * each with its normalized value and exact span. A bare number ("June 14",
 * "14 agreements") is not a figure: it needs a currency, a unit, a percent
 * sign, or (for a year) a year context.
 */
import { MULTIPLIER_SOURCE, multiplierOf, NUMBER_SOURCE, parseNumber } from './numbers';
import { mainText } from './main-text';
import { enrichmentText } from './context';
import type { EnrichmentInput, Figure } from './types';
import type { Language } from '../types';

const PREFIX_CURRENCY: Record<string, string> = {
  'US$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₽': 'RUB', '₸': 'KZT',
};

// Currency words after the amount, matched case-insensitively; the first that fits wins.
const SUFFIX_CURRENCIES: readonly [string, string][] = [
  ['USD', 'US dollars?|U\\.S\\. dollars?|(?:AQSH|АҚШ|АQSH|AҚШ) (?:dollar|доллар)\\p{L}*|dollar(?:s|dan|lik|ga|i|ni|ning)?|USD|долларов(?: США)?|доллара|доллар(?:ы|дан|лик|га|и|идан|ни|нинг)?|долл\\.?(?: США)?|달러'],
  ['EUR', 'euros?|EUR|евро|yevro|유로'],
  ['KRW', 'South Korean won|Korean won|won|KRW|вон|원'],
  ['UZS', 'soums?|soms?|sums?|so[\'ʻ‘’]m(?:lik|dan|ga)?|UZS|сумов|сума|сум|сўм(?:лик|дан|га)?|숨'],
  ['RUB', 'roubles?|rubles?|RUB|рублей|рубля|рубль|руб\\.?'],
  ['CNY', 'yuan|CNY|RMB|юаней|юаня|юань|위안'],
  ['JPY', 'yen|JPY|иен|йен|엔'],
  ['KZT', 'tenge|KZT|тенге'],
  ['GBP', 'pounds? sterling|pounds?|GBP|фунтов стерлингов'],
];

// Units after the amount: [normalized unit, words].
const UNITS: readonly [string, string][] = [
  ['unit', 'units?|единиц[аы]?|штук[аи]?|dona'],
  // Korean 대 counts vehicles only apart from the number ("6만 대"); "3대 과제" is "three major tasks".
  ['vehicle', 'vehicles?|cars?|automobiles?|автомобилей|автомобиля|автомобиль|машин|avtomobil|(?<=\\s|^)대'],
  ['tonne', 'metric tons?|tonnes?|tons?|тонн[аы]?|tonna|톤'],
  ['MWh', 'MWh|МВт·ч|МВт\\*ч'],
  ['GWh', 'GWh|ГВт·ч'],
  ['kWh', 'kWh|кВт·ч'],
  ['TWh', 'TWh|ТВт·ч'],
  ['MW', 'MW|megawatts?|МВт|мегаватт|메가와트'],
  ['GW', 'GW|gigawatts?|ГВт|гигаватт|기가와트'],
  ['kW', 'kW|kilowatts?|кВт'],
  ['barrel', 'barrels?|баррелей|барреля'],
  ['m3', 'cubic met(?:er|re)s?|m3|m³|кубометров|кубических метров|куб\\. м'],
  ['m2', 'square met(?:er|re)s?|sq\\.? m|m2|m²|квадратных метров|кв\\. м'],
  ['hectare', 'hectares?|ha|гектаров|гектара|га|gektar'],
  ['km', 'kilomet(?:er|re)s?|km|километров|км'],
  ['job', 'new jobs|jobs|workplaces|рабочих мест|ish o[\'ʻ‘’]rni'],
  ['person', 'people|persons|человек|kishi|명'],
];

const PERIODS: readonly [string, string][] = [
  ['year', 'annually|a year|per year|per annum|each year|every year|a yr|/year|в год|ежегодно|в течение года|yiliga|yilda|har yili'],
  ['month', 'monthly|a month|per month|each month|every month|в месяц|ежемесячно|oyiga'],
  ['day', 'daily|a day|per day|each day|every day|в сутки|в день|kuniga'],
  ['hour', 'an hour|per hour|в час|soatiga'],
];

const alternation = (pairs: readonly [string, string][]) => pairs.map(([, words]) => words).join('|');

const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(US\\$|\\$|€|£|¥|₩|₽|₸)\\s?|(USD|EUR|KRW|UZS|RUB|CNY|JPY|KZT|GBP)\\s)?(${NUMBER_SOURCE})(?![\\p{N}])`,
  'gu',
);
// Word end: no letter follows, or (after a Korean word) one particle and no letter ("달러를", "대의").
const END = '(?:(?![\\p{L}])|(?<=[\\uAC00-\\uD7A3])(?=[을를이가은는의에도과와로만](?![\\p{L}])))';
const KOREAN_MULTIPLIERS = '천억|백억|십억|천만|백만|조|억|만|천';
const MULTIPLIER = new RegExp(`\\s?(?:(${MULTIPLIER_SOURCE.replace('|' + KOREAN_MULTIPLIERS, '')})(?![\\p{L}])|(${KOREAN_MULTIPLIERS}))`, 'iuy');
const KOREAN_PART = new RegExp(`\\s?(\\d+(?:[.,]\\d+)?)\\s?(${KOREAN_MULTIPLIERS})`, 'uy');
const PERCENT = new RegExp(`\\s?(?:%|(?:per ?cent|процент(?:а|ов)?|foiz|퍼센트|프로)${END})`, 'iuy');
const CURRENCY = new RegExp(`\\s?(?:${alternation(SUFFIX_CURRENCIES)})${END}`, 'iuy');
const UNIT = new RegExp(`\\s?(?:(?:new|additional|новых)\\s)?(?:${alternation(UNITS)})${END}`, 'uy');
const PERIOD = new RegExp(`,?\\s?(?:${alternation(PERIODS)})${END}`, 'iuy');
const CHAIN_THOUSANDS = /\s(\d{1,3})\s(?:тыс\.?|тысяч[аи]?|минг|ming|thousand)(?![\p{L}])/uy;
const CHAIN_UNITS = /\s(\d{1,3})(?![\d\p{L}.,])/uy;
const KOREAN_ANNUAL = /(?:연간|연|매년)\s?$/u;

function readSticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const WHOLE_WORDS = new Map<string, RegExp>();

function whichOf(pairs: readonly [string, string][], matched: string, flags: string): string | undefined {
  const word = matched.trim().replace(/^(?:new|additional|новых)\s/i, '');
  for (const [name, words] of pairs) {
    let whole = WHOLE_WORDS.get(words + flags);
    if (whole === undefined) {
      whole = new RegExp(`^(?:${words})$`, flags);
      WHOLE_WORDS.set(words + flags, whole);
    }
    if (whole.test(word)) return name;
  }
  return undefined;
}

/** A figure read but not kept, and why (its value cannot be stored exactly as a number). */
export interface DroppedFigure {
  text: string;
  start: number;
  end: number;
  reason: 'value-out-of-range';
}

export function extractFigures(input: EnrichmentInput): Figure[] {
  return readFigures(input).figures;
}

/**
 * Figures and the amounts left out: a value above Number.MAX_SAFE_INTEGER
 * ("$12,000 trillion") cannot be stored exactly as a DynamoDB number by the
 * SDK, so it is dropped and reported rather than rounded into a wrong figure.
 */
export function readFigures(input: EnrichmentInput): { figures: Figure[]; dropped: DroppedFigure[] } {
  const { language } = input.article;
  const body = mainText(enrichmentText(input.article));
  const amounts: Figure[] = [];
  const dropped: DroppedFigure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(body); m !== null; m = NUMBER.exec(body)) {
    const read = readAmount(body, language, m);
    const { end } = read;
    // Resume after everything read, kept or not, so a long "1만 1만 …" run is read once.
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
    const figure = read.figure ?? countFromContext(body, language, m, end, amounts[amounts.length - 1]);
    if (figure === undefined) continue;
    // "части 2 статьи", "Article 5 provisions", "No. 3 units": a number that names a part is no count.
    if (figure.kind === 'quantity' && REFERENCE_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Boeing 787 aircraft", "Vega 20 graphics": a number right after a name inside a sentence is the model's.
    if (figure.kind === 'quantity' && figure.start === m.index && MODEL_BEFORE.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (Math.abs(figure.value) > Number.MAX_SAFE_INTEGER) {
      dropped.push({ text: figure.text.slice(0, 200), start: figure.start, end: figure.end, reason: 'value-out-of-range' });
      continue;
    }
    amounts.push(figure);
  }
  // Both lists are in text order: one merge pass keeps the years no amount covers.
  const figures: Figure[] = withRangeStarts(body, language, amounts);
  let a = 0;
  for (const year of findYears(body)) {
    while (a < amounts.length && amounts[a]!.end <= year.start) a++;
    const covering = amounts[a];
    if (covering === undefined || covering.start >= year.end) figures.push(year);
  }
  return { figures: figures.sort((x, y) => x.start - y.start), dropped };
}

const MODEL_BEFORE = /[\p{Ll}\d,] \p{Lu}[\p{L}\d-]*\p{L} $/u;
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:част[ьиию]|ч\.|пункт[аеу]?|п\.|стать[яиею]|ст\.|глав[аыеу]|article|section|paragraph|chapter|clause|part|no\.|number|№|#|moddasi|bandi|qism|модда|банд)\s?$/iu;

// The bare first number of a range before a figure: "15 to 20 percent", "5–20 минг рубль", "от 5 до 10 млн".
const RANGE_START = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(?:\s?[-–—]\s?|\s(?:to|до|and|va|ва)\s)$/u;
const RANGE_OPENER = /(?:^|[^\p{L}])(?:between|от|dan)\s$/iu;
const LEADING_NUMBER = new RegExp(`^(?:US\\$|[$€£¥₩₽₸])?\\s?(${NUMBER_SOURCE})`, 'u');

/**
 * A range gives two facts: the figure read for its second number, and the first number with the same unit,
 * currency and scale ("5–20 минг" is 5,000 to 20,000). "and" makes a range only after "between".
 */
function withRangeStarts(body: string, language: Language, amounts: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const figure of amounts) {
    const before = body.slice(Math.max(0, figure.start - 16), figure.start);
    const m = figure.kind === 'year' ? null : RANGE_START.exec(before);
    const second = LEADING_NUMBER.exec(figure.text);
    const previous = out[out.length - 1];
    if (m !== null && second !== null) {
      const start = figure.start - before.length + m.index;
      const joint = m[0].slice(m[1]!.length);
      const opened = !/and|va|ва/u.test(joint) || RANGE_OPENER.test(body.slice(Math.max(0, start - 9), start));
      const secondValue = parseNumber(second[1]!, language);
      const scale = secondValue > 0 ? figure.value / secondValue : 1;
      if (opened && (previous === undefined || previous.end <= start) && Number.isFinite(scale)) {
        const first: Figure = { ...figure, value: parseNumber(m[1]!, language) * scale, text: body.slice(start, figure.end), start, end: figure.end };
        out.push(first);
      }
    }
    out.push(figure);
  }
  return out;
}

// A count whose noun stands before it: "the number of IT Park residents reached 936", "a total of 165,000
// workers, of which only 3,080 …". Read on a bounded window before the number, so each number costs a constant.
const NUMBER_OF_BEFORE =
  /\bnumber of (?:[\p{L}’'-]+ ){0,4}?(\p{Ll}[\p{Ll}-]*s)\b[^.!?;:\d]{0,60}?\b(?:reached|reaching|totall?ed|totall?ing|increased (?:by|to)|grew (?:by|to)|rose (?:by|to)|dropped to|fell to|declined to|stood at|amounted to|exceeded|was|is|to)(?: (?:more than|over|about|nearly|almost|some|only))?\s$/iu;
const OF_WHICH_BEFORE = /\b\d[\d,.]*\s(?:[\p{Ll}-]+\s){0,2}?(\p{Ll}[\p{Ll}-]*s),\s(?:of (?:which|whom|them))\s(?:only\s)?$/u;
// After the number: an end of clause, or a word that cannot be its noun.
const BARE_END = /^(?:[.,;:)!?]|\s(?:of (?:which|whom|them)|in|by|as|and|compared|from|this|last|at|on|with|were|are|was|is|companies)\b|\s*$)/u;
const OF_THE_NUMBER = /^\sof\s(?:the\s)?(\d[\d,.]*)(?=\s)/uy;
const OF_WHICH_AFTER = /^\s(?:of (?:which|whom|them))\b/u;

function countFromContext(body: string, language: Language, m: RegExpExecArray, end: number, previous: Figure | undefined): Figure | undefined {
  if (m[1] !== undefined || m[2] !== undefined || end !== m.index + m[0].length) return undefined;
  const start = m.index;
  const value = parseNumber(m[3]!, language);
  if (!Number.isFinite(value) || /^(?:19|20)\d\d$/.test(m[3]!)) return undefined;
  const count = (unit: string): Figure => ({ kind: 'quantity', value, unit, text: body.slice(start, end), start, end });
  // "18 of the 34 critical raw materials": the noun of the whole.
  OF_THE_NUMBER.lastIndex = 0;
  const whole = OF_THE_NUMBER.exec(body.slice(end, end + 24));
  if (whole !== null) {
    const noun = readCount(body, end + whole[0].length, false);
    if (noun !== undefined) return count(noun.unit);
  }
  const after = body.slice(end, end + 12);
  if (!BARE_END.test(after)) return undefined;
  // "110, 30 of which": the part counts what the figure just before it counts.
  if (OF_WHICH_AFTER.test(after) && previous?.kind === 'quantity' && previous.unit !== undefined && /^,\s?$/.test(body.slice(previous.end, start))) {
    return count(previous.unit);
  }
  const before = body.slice(Math.max(0, start - 140), start);
  const named = NUMBER_OF_BEFORE.exec(before) ?? OF_WHICH_BEFORE.exec(before);
  return named === null ? undefined : count(named[1]!);
}

function readAmount(body: string, language: Language, m: RegExpExecArray): { figure?: Figure; end: number } {
  let readTo = m.index + m[0].length;
  const figure = readFigureAt(body, language, m, (to) => (readTo = Math.max(readTo, to)));
  return figure === undefined ? { end: readTo } : { figure, end: Math.max(readTo, figure.end) };
}

function readFigureAt(body: string, language: Language, m: RegExpExecArray, consumed: (to: number) => void): Figure | undefined {
  const start = m.index;
  const prefixCurrency = m[1] !== undefined ? PREFIX_CURRENCY[m[1]] : m[2];
  let value = parseNumber(m[3]!, language);
  if (!Number.isFinite(value)) return undefined;
  let end = start + m[0].length;

  const multiplier = readSticky(MULTIPLIER, body, end);
  if (multiplier !== null) {
    const word = multiplier[1] ?? multiplier[2]!;
    value *= multiplierOf(word);
    end += multiplier[0].length;
    // Korean amounts chain parts with falling multipliers: "1조 2천억 5백만". A part that does not
    // fall ("1만 1만") starts a new number, which bounds the chain to a handful of parts.
    if (multiplier[2] !== undefined) {
      let scale = multiplierOf(word);
      for (let part = readSticky(KOREAN_PART, body, end); part !== null; part = readSticky(KOREAN_PART, body, end)) {
        const partScale = multiplierOf(part[2]!);
        if (partScale >= scale) break;
        scale = partScale;
        value += parseNumber(part[1]!, language) * partScale;
        end += part[0].length;
      }
    }
  }
  // "9 млн 599 минг 561 рубль": a scaled amount written out in parts down to the units.
  if (multiplier !== null && multiplier[1] !== undefined && multiplierOf(multiplier[1]) >= 1e6) {
    const thousands = readSticky(CHAIN_THOUSANDS, body, end);
    if (thousands !== null) {
      value += Number(thousands[1]) * 1e3;
      end += thousands[0].length;
      const units = readSticky(CHAIN_UNITS, body, end);
      if (units !== null && readSticky(CURRENCY, body, end + units[0].length) !== null) {
        value += Number(units[1]);
        end += units[0].length;
      }
    }
  }
  consumed(end);
  value = Math.round(value * 1e6) / 1e6;

  const figure = (kind: Figure['kind'], to: number, extra: Partial<Figure> = {}): Figure => ({
    kind,
    value,
    ...extra,
    text: body.slice(start, to),
    start,
    end: to,
  });

  const percent = readSticky(PERCENT, body, end);
  if (percent !== null && prefixCurrency === undefined) return figure('percentage', end + percent[0].length);

  const currency = readSticky(CURRENCY, body, end);
  if (prefixCurrency !== undefined || currency !== null) {
    const code = prefixCurrency ?? whichOf(SUFFIX_CURRENCIES, currency![0], 'iu')!;
    // "$500 mln dollars" is rare; a currency word after a prefixed amount still belongs to it.
    const to = currency !== null && (prefixCurrency === undefined || whichOf(SUFFIX_CURRENCIES, currency[0], 'iu') === code) ? end + currency[0].length : end;
    const period = readPeriod(body, start, to);
    return figure('money', period?.to ?? to, period ? { unit: code, period: period.rate } : { unit: code });
  }

  const unit = readSticky(UNIT, body, end);
  if (unit !== null) {
    const name = whichOf(UNITS, unit[0], 'u');
    if (name === undefined) return undefined;
    const to = end + unit[0].length;
    const period = readPeriod(body, start, to);
    return figure('quantity', period?.to ?? to, period ? { unit: name, period: period.rate } : { unit: name });
  }
  // A bare four-digit number before a noun is a year ("2016 results"), not a count.
  if (multiplier === null && /^(?:19|20)\d\d$/.test(m[3]!) && !/^\s?(?:ta|та)(?![\p{L}])/u.test(body.slice(end, end + 4))) return undefined;
  const count = readCount(body, end, multiplier !== null);
  if (count === undefined) return undefined;
  const period = readPeriod(body, start, count.to);
  return figure('quantity', period?.to ?? count.to, period ? { unit: count.unit, period: period.rate } : { unit: count.unit });
}

/** A rate stated after the figure ("в год", "yiliga", "per year") or, in Korean, before it ("연간 …"). */
function readPeriod(body: string, start: number, to: number): { rate: string; to: number } | undefined {
  const period = readSticky(PERIOD, body, to);
  if (period !== null) {
    const rate = whichOf(PERIODS, period[0].replace(/^,?\s?/, ''), 'iu');
    if (rate !== undefined) return { rate, to: to + period[0].length };
  }
  if (KOREAN_ANNUAL.test(body.slice(Math.max(0, start - 4), start))) return { rate: 'year', to };
  // "kuniga 800 tonna", "йиллик қуввати 2000 та", "ежегодно 5 тысяч": the rate before the number.
  const before = RATE_BEFORE.exec(body.slice(Math.max(0, start - 24), start));
  if (before !== null) return { rate: rateOf(before[1]!), to };
  // "10 million tons of cargo annually", "35,000 tons of green diesel per year": later in the same clause,
  // before any other number. The figure's span is not stretched over the words between.
  const clause = body.slice(to, to + RATE_REACH);
  if (!RATE_HINT.test(clause)) return undefined;
  const stop = clause.search(/[.;!?\n\d]/u);
  const later = RATE_LATER.exec(stop < 0 ? clause : clause.slice(0, stop));
  if (later !== null) {
    const rate = whichOf(PERIODS, later[1]!, 'iu');
    if (rate !== undefined) return { rate, to };
  }
  return undefined;
}

const RATE_REACH = 60;
// Every rate phrase holds one of these stems; a clause without any is not searched further.
const RATE_HINT = /year|annum|annual|month|day|daily|hour|yr|год|месяц|месяч|сутки|день|час|yil|oy|kun|soat/iu;
const RATE_LATER = new RegExp(`(?:^|[\\s,(])(${alternation(PERIODS)})${END}`, 'iu');
const RATE_BEFORE =
  /(?:^|[^\p{L}])(yiliga|йилига|kuniga|кунига|oyiga|ойига|yillik|йиллик|har yili|ҳар йили|ежегодно|ежемесячно|ежедневно|annual|annually|yearly|годовой|годовая|годового|годовую|ежегодный|ежегодная)(?:\s\p{L}+)?\s$/iu;

function rateOf(word: string): string {
  const w = word.toLowerCase();
  if (/^(?:kun|кун|ежеднев)/u.test(w)) return 'day';
  if (/^(?:oy|ой|ежемесяч)/u.test(w)) return 'month';
  return 'year';
}

// Counted nouns: "4,878 citizens", "15 memoranda", "76 проектов", "15 ta loyiha", "21 нафар", "7건".
// A number followed by a noun that measures time, or a month, is a duration or a date, not a count.
const NOT_COUNTED = new RegExp(
  '^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times|percent|per|pm|am|a\\.m|p\\.m|' +
    'год[аует]?|лет|годы|годах|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*|день|час\\p{L}*|минут\\p{L}*|секунд\\p{L}*|раз[аы]?|' +
    'январ\\p{L}*|феврал\\p{L}*|марта?|апрел\\p{L}*|мая|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|' +
    'yil\\p{L}*|oy\\p{L}*|kun\\p{L}*|soat\\p{L}*|йил\\p{L}*|ой\\p{L}*|кун\\p{L}*|соат\\p{L}*|ёш\\p{L}*|yosh\\p{L}*|' +
    'yanvar\\p{L}*|fevral\\p{L}*|mart\\p{L}*|aprel\\p{L}*|iyun\\p{L}*|iyul\\p{L}*|avgust\\p{L}*|sentabr\\p{L}*|sentyabr\\p{L}*|oktabr\\p{L}*|oktyabr\\p{L}*|noyabr\\p{L}*|dekabr\\p{L}*|' +
    'янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
    'и|в|на|по|с|из|до|от|за|к|о|у|не|а|но|что|как|and|or|of|to|in|on|at|by|for|from|the|a|an|with|is|are|was|were|va|bilan|ham|yoki|' +
    'или|для|при|под|над|без|что|это|его|ее|её|их|они|она|он|так|уже|еще|ещё|все|всех|был|была|были|будет|более|менее|' +
    'около|почти|свыше|также|только|чем|где|когда|этом|этого|этой|года|раза|млн|млрд|тыс|ва|ёки|билан|ҳам|учун|uchun)$',
  'iu',
);
// English words ending in -s that are no counted noun: verbs, pronouns and function words ("5 has", "6 ax as").
const EN_NOT_NOUN = /^(?:has|was|is|as|its|his|hers|ours|yours|theirs|this|thus|does|goes|ones|plus|less|unless|yes|us|how|what|which|who|that|than|then|there|here|when|where|while|also|such|any|each|every|per|via|into|onto|over|under|about|after|before|says|said|gets|makes|takes|comes|runs|sees|seems|means|needs|wants|includes|contains|remains|becomes|shows|gives|keeps|looks|uses|works)$/iu;
// -ий is left out: it ends genitive plural nouns after numbers ("12 соглашений").
const RU_ADJECTIVE = /(?:ых|их|ый|ой|ая|яя|ое|ее|ые|ие|ым|им|ую|юю|ого|его|ому|ему|ыми|ими|ски|ки)$/u;
const EN_PLURAL = /^(?:\p{Ll}[\p{Ll}-]*s|[A-Z]{2,}s|people|children|memoranda|staff|personnel|police|cattle|livestock)$/u;
const UZ_COUNTERS = /^(?:ta|та|nafar|нафар|dona|дона)$/iu;
const KO_COUNT = /^(?:여\s?)?(개국|개사|개소|개|건|곳|명|가구|종|척|편)(?:씩|[을를이가은는의에도과와로만](?![\p{L}])|(?![\p{L}]))/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’ʻʼ‘-]*/uy;

function wordAt(body: string, at: number): { text: string; end: number } | undefined {
  let i = at;
  if (body[i] === ' ' || body[i] === '\u00A0') i += 1;
  WORD.lastIndex = i;
  const m = WORD.exec(body);
  return m === null ? undefined : { text: m[0], end: i + m[0].length };
}

/**
 * The counted noun after a number, when it reads as one: English plurals
 * (one or two modifiers may come first: "165,000 foreign workers"), Russian
 * nouns after adjectives ("28 критически важных минералах"), Uzbek counters
 * ("15 ta loyiha", "21 нафар"), Korean counter suffixes ("7건", "300여 명").
 */
function readCount(body: string, end: number, scaled: boolean): { unit: string; to: number } | undefined {
  const ko = KO_COUNT.exec(body.slice(end, end + 8).replace(/^\s/, ''));
  if (ko !== null) {
    const offset = body[end] === ' ' ? 1 : 0;
    return { unit: ko[1]!, to: end + offset + ko[0].length };
  }
  let word = wordAt(body, end);
  // Uzbek "700 dan ortiq korxona" (more than 700 enterprises): the comparison stands between number and noun.
  if (word !== undefined && /^(?:dan|дан)$/u.test(word.text)) {
    const than = wordAt(body, word.end);
    if (than === undefined || !/^(?:ortiq|ортиқ|ziyod|зиёд|koʻp|ko'p|кўп)$/u.test(than.text)) return undefined;
    const noun = wordAt(body, than.end);
    if (noun === undefined || NOT_COUNTED.test(noun.text) || !/^\p{Ll}/u.test(noun.text)) return undefined;
    return { unit: noun.text, to: noun.end };
  }
  if (word === undefined || NOT_COUNTED.test(word.text)) return undefined;
  if (UZ_COUNTERS.test(word.text)) {
    const noun = wordAt(body, word.end);
    if (noun !== undefined && !NOT_COUNTED.test(noun.text) && /^\p{Ll}/u.test(noun.text)) return { unit: noun.text, to: noun.end };
    return /^(?:nafar|нафар)$/iu.test(word.text) ? { unit: 'people', to: word.end } : undefined;
  }
  // Scaled bare numbers ("5 million") without a noun stay unread; with one they are counts ("30 million people").
  let degreeSeen = false;
  for (let taken = 0; taken < 3 && word !== undefined; taken++) {
    const text = word.text;
    if (NOT_COUNTED.test(text)) return undefined;
    const cyrillic = /^[\u0400-\u04FF]/u.test(text);
    if (cyrillic) {
      if (!/^\p{Ll}/u.test(text)) return undefined;
      if (!RU_ADJECTIVE.test(text) || text.length <= 3) return text.length >= 3 ? { unit: text, to: word.end } : undefined;
    } else {
      if (EN_NOT_NOUN.test(text)) return undefined;
      if (EN_PLURAL.test(text) && !/(?:ous|ss|us|is)$/u.test(text)) return { unit: text, to: word.end };
      // One or two modifiers may come before the noun ("foreign", "critical raw", "local Hallyu"); an adverb
      // or a function word is none ("3 protocol explicitly contains", "25 how its").
      if (!/^\p{L}[\p{L}-]*$/u.test(text) || taken >= 2 || /ly$/u.test(text)) return undefined;
      // "30 most important overseas bureaus": a degree word does not use up a modifier.
      if (!degreeSeen && /^(?:most|more|other|new)$/u.test(text)) {
        degreeSeen = true;
        taken -= 1;
      }
    }
    word = wordAt(body, word.end);
  }
  void scaled;
  return undefined;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|' +
  'yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr';
const YEAR = /(?<![\p{L}\p{N}$€£¥₩.,])(19\d{2}|20\d{2}|2100)(?![\p{N}]|[.,]\d)/gu;
const YEAR_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:in|by|since|until|till|from|to|through|of|before|after|during|year|early|mid|late|end|beginning|fiscal|FY|between|and|в|к|до|с|по|года|году|начиная|конца|конце|начала|начале|середины|середине|концу|${MONTHS})\\s*[-–]?\\s*$` +
    `|(?:${MONTHS})\\s+\\d{1,2},?\\s*$|\\d{1,2}\\s+(?:${MONTHS})\\s*$|(?:19|20)\\d{2}\\s*[-–—]\\s*$`,
  'iu',
);
const YEAR_AFTER = /^(?:\s*[-–]?\s*(?:years?\b|year's|годы|году|года|годах|год\b|гг\.|г\.|yil|yilda|yilgacha|yilning|yillar|년)|s\b|[-–—](?:19|20)\d{2})/iu;

function findYears(body: string): Figure[] {
  const years: Figure[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(body); m !== null; m = YEAR.exec(body)) {
    const before = body.slice(Math.max(0, m.index - 24), m.index);
    const after = body.slice(m.index + 4, m.index + 16);
    if (!YEAR_BEFORE.test(before) && !YEAR_AFTER.test(after)) continue;
    years.push({ kind: 'year', value: Number(m[1]), text: m[1]!, start: m.index, end: m.index + 4 });
  }
  return years;
}
