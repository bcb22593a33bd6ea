/**
 * The part of a body enrichment reads: the article, not the page around it.
 * Extraction leaves some page furniture behind — language menus, currency and
 * weather tickers, lists of related headlines — and each of those would turn
 * into countries, money figures or organizations the article never states.
 * Such lines are blanked with spaces (line breaks kept), so every offset into
 * the result is an offset into the original body and mention spans stay exact.
 */

const MAX_SHORT = 40;
const MIN_RUN = 4;
// A numeric date in a line without sentence punctuation marks a headline list ("Technologies 10/06/2022 Minister …").
const LISTED_DATE = /(?:^|\s)\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?:\s|$)/;
const SENTENCE_END = /[.!?…:;"”»)]$/;

let lastBody: string | undefined;
let lastText = '';

export function mainText(body: string): string {
  if (body === lastBody) return lastText;
  lastBody = body;
  lastText = blankFurniture(body);
  return lastText;
}

interface Line {
  start: number;
  end: number;
  kind: 'blank' | 'furniture' | 'short' | 'text';
}

const LETTERS = /\p{L}/gu;

// A bullet item of a label and an amount ("• МРОТ 1 271 000 сум", "• Brent $82.4"): a ticker cell.
// Tested on short segments only (at most MAX_SHORT characters), so its backtracking is bounded.
const LABELLED_AMOUNT = /^(?:\S+\s){0,2}[$€£¥₩₽₸]?\d[\d\s.,]*(?:\S+(?:\s\S+)?)?$/u;

function classify(text: string, bulleted: boolean): Line['kind'] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'blank';
  const ended = SENTENCE_END.test(trimmed);
  if (bulleted && trimmed.length <= MAX_SHORT && !ended && LABELLED_AMOUNT.test(trimmed)) return 'furniture';
  if (trimmed.length <= MAX_SHORT) {
    // Numbers and symbols with at most a currency code: a ticker cell ("$1 – 12724.84", "-20.52", "UZS – -0.12%").
    let letters = 0;
    LETTERS.lastIndex = 0;
    while (letters <= 3 && LETTERS.exec(trimmed) !== null) letters++;
    if (letters <= 3 && /[\d$€£¥₩₽₸%°]/u.test(trimmed)) return 'furniture';
    if (!ended && trimmed.split(/\s+/).length <= 6) return 'short';
  }
  // Only a line without sentence punctuation can be a headline list; the date test is the dearer one.
  if (!ended && LISTED_DATE.test(trimmed)) return 'furniture';
  return 'text';
}

// Inline furniture that survives when extraction joins a widget into one line: a quote with its signed
// change ("$ 498.55 +0.04", "12724.84 -0.12%") and a place with its temperature ("Шымкент +10°").
// The lookbehind anchors a match at the start of a number, so no digit is tried twice.
const TICKER = /(?:[$€£¥₩₽₸]\s?)?(?<![\d.,])\d+(?:[.,]\d+)?%?\s[+\-−]\d+(?:[.,]\d+)?%?(?![\d\p{L}])/gu;
// Read on a bounded window before each degree sign, so the cost is constant per sign.
const TEMPERATURE = /(?:\p{L}[\p{L}-]*\s?(?:\([^()]{1,30}\)\s?)?)?(?:\p{L}+\s)?[+\-−]?\d{1,2}\s?°$/u;

const SIGNED_NUMBER = /\s[+\-−]\d/;
// An exchange-rate cell: one unit of a currency, a dash, the rate, a currency code, a change ("$1 – 12724.84 UZS – -0.12%").
const RATE = /[$€£¥₽₸]1\s[–—-]\s\d+(?:[.,]\d+)?(?:\s[A-Z]{3})?(?:\s[–—-]\s[+\-−]?\d+(?:[.,]\d+)?%)?/gu;
const RATE_HINT = /[$€£¥₽₸]1\s[–—-]/;

function blankInline(source: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  const rated = RATE_HINT.test(source) ? source.replace(RATE, blank) : source;
  const body = SIGNED_NUMBER.test(rated) ? rated.replace(TICKER, blank) : rated;
  const parts: string[] = [];
  let kept = 0;
  for (let at = body.indexOf('°'); at >= 0; at = body.indexOf('°', at + 1)) {
    const from = Math.max(kept, at - 60);
    const m = TEMPERATURE.exec(body.slice(from, at + 1));
    if (m === null) continue;
    const start = from + m.index;
    parts.push(body.slice(kept, start), ' '.repeat(at + 1 - start));
    kept = at + 1;
  }
  if (parts.length === 0) return body;
  parts.push(body.slice(kept));
  return parts.join('');
}

// Segments: lines, and items of a bullet or pipe list that extraction joined into one line. A middle dot
// between Hangul words is Korean punctuation inside a sentence ("권 사장·윤 본부장"), not a list break.
const SEGMENT_END = /\n|\s[•·|]\s|[•·]/g;
const HANGUL = /[\uAC00-\uD7A3]/;
const isKoreanDot = (body: string, at: number, match: string) =>
  match === '·' && HANGUL.test(body[at - 1] ?? '') && HANGUL.test(body[at + 1] ?? '');

// A heading that announces other articles: the list after it is page furniture, not the article.
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'most read', 'most popular', 'popular', 'related(?: news| articles| stories)?', 'read also', 'see also', 'latest news',
      'top stories', 'читайте также', 'похожие новости', 'популярное', 'самое читаемое', 'последние новости', 'новости по теме',
      'ko[‘\'ʻ’`]?p o[‘\'ʻ’`]?qilganlar', 'so[‘\'ʻ’`]nggi yangiliklar', 'mavzuga oid', 'tavsiya etamiz', 'кўп ўқилганлар',
      'сўнгги янгиликлар', 'тавсия этамиз', '관련 ?기사', '많이 본 (?:뉴스|기사)', '인기 ?기사', '최신 ?기사',
    ].join('|') +
    ')[:.]?$',
  'iu',
);
const LIST_ITEM = /^\s*[-–—•*]\s/u;

/** A related-articles heading and the bulleted headlines after it (blank lines between them allowed). */
function blankRelatedLists(body: string, lines: Line[]): void {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.kind === 'blank' || line.end - line.start > 40) continue;
    if (!RELATED_HEADING.test(body.slice(line.start, line.end).trim())) continue;
    line.kind = 'furniture';
    let j = k + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.kind === 'blank') continue;
      if (!LIST_ITEM.test(body.slice(next.start, next.end))) break;
      next.kind = 'furniture';
    }
    k = j - 1;
  }
}

function blankFurniture(source: string): string {
  const body = blankInline(source);
  const lines: Line[] = [];
  let start = 0;
  let afterBullet = false;
  SEGMENT_END.lastIndex = 0;
  for (let m = SEGMENT_END.exec(body); ; m = SEGMENT_END.exec(body)) {
    if (m !== null && isKoreanDot(body, m.index, m[0])) continue;
    const end = m === null ? body.length : m.index;
    const beforeBullet = m !== null && m[0] !== '\n';
    lines.push({ start, end, kind: classify(body.slice(start, end), afterBullet || beforeBullet) });
    if (m === null) break;
    start = m.index + m[0].length;
    afterBullet = beforeBullet;
  }
  // Runs of short lines (menus, ticker labels, tag lists) go as a whole; a lone short line is a heading and stays.
  let runStart = -1;
  let shortCount = 0;
  const close = (to: number) => {
    if (runStart >= 0 && shortCount >= MIN_RUN) {
      // The last short line right before text is its heading ("Trade news"), unless it is a single word.
      let keep = -1;
      if (to < lines.length) {
        for (let k = to - 1; k >= runStart; k--) {
          if (lines[k]!.kind === 'blank') continue;
          if (lines[k]!.kind === 'short' && /\S\s+\S/.test(body.slice(lines[k]!.start, lines[k]!.end).trim())) keep = k;
          break;
        }
      }
      for (let k = runStart; k < to; k++) if (lines[k]!.kind === 'short' && k !== keep) lines[k]!.kind = 'furniture';
    }
    runStart = -1;
    shortCount = 0;
  };
  lines.forEach((line, k) => {
    if (line.kind === 'short' || line.kind === 'furniture') {
      if (runStart < 0) runStart = k;
      if (line.kind === 'short') shortCount += 1;
    } else if (line.kind === 'text') {
      close(k);
    }
  });
  close(lines.length);
  blankRelatedLists(body, lines);

  if (!lines.some((l) => l.kind === 'furniture')) return body === source ? source : body;
  let out = '';
  let at = 0;
  for (const line of lines) {
    if (line.kind !== 'furniture') continue;
    out += body.slice(at, line.start) + ' '.repeat(line.end - line.start);
    at = line.end;
  }
  return out + body.slice(at);
}
