/**
 * Published dates as articles state them, in the languages newsdrop reads,
 * turned into ISO 8601 (date-only when the source gives no time).
 */

const MONTHS: Record<string, number> = {};
function addMonths(names: string[]): void {
  names.forEach((name, index) => {
    for (const variant of name.split('|')) MONTHS[variant] = index + 1;
  });
}
addMonths([
  'january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun',
  'july|jul', 'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec',
]);
// Russian genitive ("14 июня") and nominative forms.
addMonths([
  'января|январь', 'февраля|февраль', 'марта|март', 'апреля|апрель', 'мая|май', 'июня|июнь',
  'июля|июль', 'августа|август', 'сентября|сентябрь', 'октября|октябрь', 'ноября|ноябрь', 'декабря|декабрь',
]);
// Uzbek Latin and Cyrillic.
addMonths([
  'yanvar|январ', 'fevral|феврал', 'mart', 'aprel|апрел', 'may|май', 'iyun|июн',
  'iyul|июл', 'avgust', 'sentyabr|сентябр', 'oktyabr|октябр', 'noyabr|ноябр', 'dekabr|декабр',
]);

const MONTH_NAME = '([A-Za-zА-Яа-яЁёЎўҚқҒғҲҳ]{3,10})\\.?';
const DAY = '(\\d{1,2})';
const YEAR = '((?:19|20)\\d{2})';

interface DatePattern {
  regex: RegExp;
  read: (match: RegExpExecArray) => { year: number; month: number; day: number } | undefined;
}

function byName(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

const PATTERNS: DatePattern[] = [
  // 2024-06-14, optionally with a time: handled by isoFrom below.
  {
    regex: /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g,
    read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  // June 14, 2024 / Jun. 14 2024
  {
    regex: new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'gu'),
    read: (m) => withMonth(byName(m[1]!), +m[3]!, +m[2]!),
  },
  // 14 June 2024 / 14 июня 2024 г. / 14-iyun 2024
  {
    regex: new RegExp(`(?<!\\d)${DAY}[\\s-]+${MONTH_NAME}\\s*,?\\s+${YEAR}(?!\\d)`, 'gu'),
    read: (m) => withMonth(byName(m[2]!), +m[3]!, +m[1]!),
  },
  // 2024-yil 14-iyun (Uzbek)
  {
    regex: new RegExp(`(?<!\\d)${YEAR}[\\s-]*(?:yil|йил)\\p{L}*[\\s,]+${DAY}[\\s-]+${MONTH_NAME}`, 'gu'),
    read: (m) => withMonth(byName(m[3]!), +m[1]!, +m[2]!),
  },
  // 2024년 6월 14일 (Korean)
  {
    regex: /((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g,
    read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  // 14.06.2024 (day first, the convention in every language newsdrop reads except US English)
  {
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])/g,
    read: (m) => ({ year: +m[3]!, month: +m[2]!, day: +m[1]! }),
  },
];

const HAS_DIGIT = /\d/;

function withMonth(month: number | undefined, year: number, day: number) {
  return month === undefined ? undefined : { year, month, day };
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The first stated date in `text` as `YYYY-MM-DD` (or the full ISO date-time when one is written), else undefined. */
export function findDate(text: string): string | undefined {
  // Every pattern needs a digit; most paragraphs of a lead have none.
  if (!HAS_DIGIT.test(text)) return undefined;
  let best: { index: number; iso: string } | undefined;
  for (const pattern of PATTERNS) {
    // exec with lastIndex rather than matchAll, which clones the regex on every call.
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (best && best.index <= match.index) break;
      const parts = pattern.read(match);
      if (!parts || !isValidDay(parts.year, parts.month, parts.day)) continue;
      const iso = pattern === PATTERNS[0] && match[4] !== undefined ? isoInstant(match[0]) : undefined;
      best = { index: match.index, iso: iso ?? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` };
      break;
    }
  }
  return best?.iso;
}

function isoInstant(value: string): string | undefined {
  const parsed = Date.parse(withColonOffset(value.replace(' ', 'T')));
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

const ISO_DATE_ONLY = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/;

/**
 * Normalizes a machine-readable date (meta tags, JSON-LD, JSON `publishedAt`)
 * to ISO 8601. Date-only values stay date-only; anything with a time becomes
 * a UTC instant. Returns undefined for values that are not dates.
 */
export function toIsoDate(value: string): string | undefined {
  const trimmed = value.trim();
  const dateOnly = ISO_DATE_ONLY.exec(trimmed);
  if (dateOnly) {
    return isValidDay(+dateOnly[1]!, +dateOnly[2]!, +dateOnly[3]!) ? trimmed : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed)) {
    // Not ISO: accept human dates such as "June 14, 2024" via the text patterns.
    return findDate(trimmed);
  }
  const parsed = Date.parse(withColonOffset(trimmed.replace(' ', 'T')));
  if (Number.isNaN(parsed)) return undefined;
  const [, y, mo, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed)!;
  if (!isValidDay(+y!, +mo!, +d!)) return undefined;
  return new Date(parsed).toISOString();
}

/** "+0900" → "+09:00": V8's Date.parse only reads the colon form. */
function withColonOffset(value: string): string {
  return value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

const MONTH_DAY_PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => { month?: number; day: number } }[] = [
  // June 14 / Jun. 14th
  { regex: new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\s+${DAY}(?:st|nd|rd|th)?(?![\\d:])`, 'u'), read: (m) => ({ month: byName(m[1]!), day: +m[2]! }) },
  // 14 June / 14 июня / 14-iyun
  { regex: new RegExp(`(?<![\\d.])${DAY}[\\s-]+${MONTH_NAME}(?![\\p{L}])`, 'u'), read: (m) => ({ month: byName(m[2]!), day: +m[1]! }) },
  // 6월 14일
  { regex: /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/, read: (m) => ({ month: +m[1]!, day: +m[2]! }) },
];

/**
 * A date stated without its year ("WASHINGTON, June 14"), resolved against
 * `reference` (the upload time): the latest such day that is not after it.
 * A dateline names a day already past when the story is filed, so a date that
 * would fall in the future belongs to the year before.
 */
export function resolveMonthDay(text: string, reference: Date): string | undefined {
  if (!HAS_DIGIT.test(text) || Number.isNaN(reference.getTime())) return undefined;
  for (const pattern of MONTH_DAY_PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const { month, day } = pattern.read(match);
    if (month === undefined) continue;
    // One day of grace: a dateline in a timezone ahead of UTC names tomorrow's UTC date.
    const latest = reference.getTime() + 86_400_000;
    for (let year = reference.getUTCFullYear(); year >= reference.getUTCFullYear() - 1; year--) {
      if (!isValidDay(year, month, day)) continue;
      if (Date.UTC(year, month - 1, day) <= latest) return `${year}-${pad(month)}-${pad(day)}`;
    }
  }
  return undefined;
}
