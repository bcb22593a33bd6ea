import { describe, expect, it } from 'vitest';
import { parse } from '../../../lambdas/core/parse';
import { referenceTextParagraphs, textParagraphs } from '../../../lambdas/core/parse/normalize';
import { reflowLines } from '../../../lambdas/core/parse/reflow';

/** Wraps prose at `width` the way an editor's hard wrap does (words never split). */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const EN = [
  'The two governments signed an agreement on Tuesday to build a solar plant near the border, with construction expected to begin next spring and finish within three years.',
  'Officials said the plant would supply electricity to around forty thousand homes in the region and that a training centre for local engineers would open beside it.',
];
const RU = [
  'Министры двух стран во вторник подписали соглашение о строительстве новой электростанции, работы начнутся весной и продлятся около трёх лет по плану сторон.',
  'По словам участников встречи, станция обеспечит энергией несколько десятков тысяч домов, а рядом с ней откроется учебный центр для местных инженеров.',
];
const UZ = [
  'Ikki davlat hukumatlari seshanba kuni chegaraga yaqin joyda quyosh elektr stansiyasini qurish toʻgʻrisida kelishuv imzoladi, qurilish kelgusi bahorda boshlanadi.',
  'Rasmiylarning soʻzlariga koʻra, stansiya mintaqadagi qirq mingga yaqin xonadonni elektr energiyasi bilan taʼminlaydi va yonida muhandislar uchun markaz ochiladi.',
];
const KO = [
  '양국 정부는 화요일 국경 인근에 태양광 발전소를 건설하는 협정에 서명했으며 공사는 내년 봄에 시작되어 삼 년 안에 마무리될 예정이라고 밝혔다 관계자들은 기대감을 나타냈다.',
  '관계자들은 발전소가 지역의 약 사만 가구에 전기를 공급하고 그 옆에 지역 기술자를 위한 교육 센터가 문을 열 것이라고 설명했으며 추가 투자도 검토하고 있다고 덧붙였다.',
];

function article(title: string, paragraphs: string[], width: number, eol = '\n'): string {
  return [title, ...paragraphs.flatMap((paragraph) => wrap(paragraph, width))].join(eol);
}

describe('hard-wrapped plain text', () => {
  it.each([
    ['en', EN, 72],
    ['ru', RU, 64],
    ['uz', UZ, 70],
    ['ko', KO, 36],
  ] as const)('joins wrapped %s prose back into its paragraphs', (_lang, paragraphs, width) => {
    const parsed = parse(article('A headline of the story', paragraphs, width), { fileName: 'a.txt' });
    expect(parsed.title).toBe('A headline of the story');
    expect(parsed.paragraphs).toEqual(paragraphs);
  });

  it('joins a quotation wrapped across lines into one paragraph', () => {
    const quote =
      '"We will open the plant before the end of next year and hire people from the nearby villages first," the minister told reporters after the signing ceremony.';
    const text = article('Plant to open next year', [EN[0]!, quote, EN[1]!], 60);
    const parsed = parse(text, { fileName: 'q.txt' });
    expect(parsed.paragraphs).toEqual([EN[0], quote, EN[1]]);
    expect(parsed.body).toContain('nearby villages first," the minister told');
  });

  it('reads CRLF line ends the same as LF', () => {
    const lf = parse(article('A headline of the story', EN, 66), { fileName: 'a.txt' });
    const crlf = parse(article('A headline of the story', EN, 66, '\r\n'), { fileName: 'a.txt' });
    expect(crlf.paragraphs).toEqual(EN);
    expect(crlf.body).toBe(lf.body);
  });

  it('keeps a heading above wrapped text apart from it', () => {
    const text = ['Plant to open next year', ...wrap(EN[0]!, 70), 'Training centre', ...wrap(EN[1]!, 70)].join('\n');
    expect(parse(text, { fileName: 'h.txt' }).paragraphs).toEqual([EN[0], 'Training centre', EN[1]]);
  });

  it('keeps bullet and numbered list items one per line inside wrapped text', () => {
    const items = ['- a solar plant near the border', '- a training centre for engineers', '1. a new road to the site'];
    const text = ['Plant to open next year', ...wrap(EN[0]!, 70), ...items, ...wrap(EN[1]!, 70)].join('\n');
    expect(parse(text, { fileName: 'l.txt' }).paragraphs).toEqual([EN[0], ...items, EN[1]]);
  });

  it('keeps a menu of short capitalized items apart, before and after prose', () => {
    const menu = ['Home', 'Politics', 'Economy', 'Sport', 'Contacts'];
    const text = ['Plant to open next year', ...menu, ...wrap(EN[0]!, 70), ...menu].join('\n');
    expect(parse(text, { fileName: 'm.txt' }).paragraphs).toEqual([...menu, EN[0], ...menu]);
  });

  it('keeps short verse-like lines and unwrapped one-line paragraphs as they are', () => {
    const verse = ['The river runs', 'beneath the bridge', 'and autumn comes', 'too soon'];
    expect(reflowLines(verse, false, false)).toEqual(verse);
    const oneLineParagraphs = ['Title', ...EN, 'A third paragraph that is a single line and ends properly.'];
    expect(parse(oneLineParagraphs.join('\n'), { fileName: 'p.txt' }).paragraphs).toEqual(oneLineParagraphs.slice(1));
  });

  it('keeps even-length lines that each end a sentence as paragraphs (one paragraph per line)', () => {
    const lines = [
      '양국 정부는 화요일 국경 인근에 태양광 발전소를 건설하는 협정에 서명했다고 밝혔다.',
      '공사는 내년 봄에 시작되어 삼 년 안에 마무리될 예정이며 지역 주민을 먼저 고용한다.',
      '관계자들은 발전소가 지역의 약 사만 가구에 전기를 공급할 것이라고 설명했다.',
      '그 옆에는 지역 기술자를 위한 교육 센터가 문을 열 예정이라고 덧붙였다.',
    ];
    expect(reflowLines(lines, false, false)).toEqual(lines);
  });

  it('joins a hyphenated break without a space and keeps table rows apart', () => {
    const lines = [
      'The ministry and the development bank agreed on a well-',
      'known model of financing that the region has used before for roads,',
      'bridges and schools, and they will report on progress every year.',
      '| Year | Amount |',
      '| 2025 | 40 |',
    ];
    expect(reflowLines(lines, false, false)).toEqual([
      'The ministry and the development bank agreed on a well-known model of financing that the region has used before for roads, bridges and schools, and they will report on progress every year.',
      '| Year | Amount |',
      '| 2025 | 40 |',
    ]);
  });

  it('runs a wrapped first line on into the lead only when the sentence visibly continues', () => {
    const runOn = ['TASHKENT, June 3. The two governments signed an agreement on Tuesday to', 'build a solar plant near the border, officials said on Wednesday morning.'];
    expect(reflowLines(runOn, false, true)).toEqual([runOn.join(' ')]);
    const titled = ['A headline that is fairly long but still a headline', 'The two governments signed an agreement on Tuesday to'];
    expect(reflowLines(titled, false, true)).toEqual(titled);
  });

  it('leaves blank-line paragraphs whole, as before', () => {
    const text = `Title\n\n${wrap(EN[0]!, 70).join('\n')}\n\n- one item\n- two items`;
    expect(parse(text, { fileName: 'b.txt' }).paragraphs).toEqual([EN[0], '- one item - two items']);
  });

  it('stays linear and agrees with the reference path on 400 KB of adversarial lines', () => {
    const shapes = ['word ', 'Capital ', '- ', '1. ', '| ', 'end. ', 'hy-'];
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 400_000; i++) {
      const line = shapes[i % shapes.length]!.repeat(1 + ((i * 7) % 13)).trim();
      lines.push(line);
      size += line.length + 1;
    }
    const text = lines.join('\n');
    const { paragraphs } = textParagraphs(text);
    expect(paragraphs).toEqual(referenceTextParagraphs(text));
    // Nothing lost or added: only line breaks change.
    expect(paragraphs.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(paragraphs.length).toBeGreaterThan(1000);
    // One very long wrapped-looking run: every line full width, lowercase continuations.
    const prose = Array.from({ length: 6000 }, () => 'and the talks went on for another hour without a pause').join('\n');
    const joined = textParagraphs(prose).paragraphs;
    expect(joined).toHaveLength(1);
    expect(joined[0]!.length).toBe(prose.length);
  });
});
