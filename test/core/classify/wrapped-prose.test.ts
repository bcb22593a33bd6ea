import { describe, expect, it } from 'vitest';
import { contextFactors } from '../../../lambdas/core/classify/context';
import { DEFAULT_SETTINGS } from '../../../lambdas/core/classify/settings';
import type { TermHit } from '../../../lambdas/core/classify/term-matcher';
import { classify } from '../../../lambdas/core/classify';
import { makeArticle } from './make-article';

/** Context of each occurrence of `words` in `text` (one hit per word, topic = index of the word). */
function contextOf(text: string, words: string[]) {
  const hits: TermHit[] = [];
  words.forEach((w, termIndex) => {
    const start = text.indexOf(w);
    if (start === -1) throw new Error(`fixture lacks ${w}`);
    hits.push({ termIndex, start, end: start + w.length });
  });
  hits.sort((a, b) => a.start - b.start);
  const ctx = contextFactors(text, hits, [], (h) => h.termIndex, DEFAULT_SETTINGS);
  const byWord = new Map<string, { factor: number; sentence: string }>();
  hits.forEach((h, i) => byWord.set(words[h.termIndex]!, { factor: ctx.factors[i]!, sentence: text.slice(ctx.sentenceStarts[i], ctx.sentenceEnds[i]) }));
  return byWord;
}

// Hard-wrapped at about 60 characters, as wire copy and e-mailed releases are.
const WRAPPED_LINES = [
  'The ministry and a foreign development bank agreed on Monday to',
  'Finance a new water treatment plant in the northern province and',
  'to rebuild the irrigation canals that feed its cotton farms. The',
  'Works will start in spring, officials said, and will take three',
  'years to complete.',
];

describe('context: hard-wrapped prose is prose', () => {
  it('joins wrapped lines into sentences, even where a line starts with a capital', () => {
    const text = WRAPPED_LINES.join('\n');
    const ctx = contextOf(text, ['water treatment', 'irrigation', 'three']);
    for (const [, c] of ctx) expect(c.factor).toBe(1);
    // The sentence of "water treatment" runs across three lines to its full stop.
    expect(ctx.get('water treatment')!.sentence).toMatch(/^The ministry[\s\S]*cotton farms\.$/);
    expect(ctx.get('three')!.sentence).toMatch(/^\s*The\s+Works will start[\s\S]*complete\.$/);
  });

  it('does the same when a parser has put each wrapped line in a paragraph of its own', () => {
    const text = WRAPPED_LINES.join('\n\n');
    const ctx = contextOf(text, ['water treatment', 'irrigation']);
    expect(ctx.get('water treatment')!.factor).toBe(1);
    expect(ctx.get('irrigation')!.factor).toBe(1);
    expect(ctx.get('irrigation')!.sentence).toContain('Finance a new water treatment plant');
  });

  it('reads wrapped Uzbek and Russian the same way (lowercase continuation lines)', () => {
    const uz = [
      'Viloyat hokimligi va xorijiy kompaniya yangi quyosh elektr stansiyasini',
      'qurish boʻyicha kelishuv imzoladi, u tuman elektr tarmoqlarini',
      'barqarorlashtiradi va yangi sanoat zonasini energiya bilan taʼminlaydi.',
    ].join('\n\n');
    expect(contextOf(uz, ['quyosh elektr', 'energiya']).get('quyosh elektr')!.factor).toBe(1);
    const ru = [
      'Правительство области и иностранная компания договорились построить',
      'новую солнечную электростанцию мощностью двести мегаватт и подключить',
      'её к региональной энергосистеме уже в следующем году.',
    ].join('\n');
    const ctx = contextOf(ru, ['солнечную', 'энергосистеме']);
    expect(ctx.get('солнечную')!.factor).toBe(1);
    expect(ctx.get('солнечную')!.sentence).toBe(ctx.get('энергосистеме')!.sentence);
  });

  it('joins a line ending on a conjunction or preposition onto the next, however short', () => {
    const uz = ['Viloyat hokimligi va', '«Green Power» kompaniyasi oʻrtasida shamol elektr stansiyasi qurish boʻyicha kelishuv imzolandi.'].join('\n');
    const ctx = contextOf(uz, ['hokimligi', 'shamol elektr']);
    expect(ctx.get('hokimligi')!.sentence).toBe(ctx.get('shamol elektr')!.sentence);
    const en = ['A memorandum was signed by the governor of', 'Samarkand and a Korean solar company on Friday.'].join('\n\n');
    expect(contextOf(en, ['memorandum', 'solar']).get('memorandum')!.factor).toBe(1);
  });

  it('does not join a short heading onto the wrapped text below it', () => {
    const text = ['Solar plant for the north', '', ...WRAPPED_LINES].join('\n');
    const ctx = contextOf(text, ['Solar', 'water treatment']);
    expect(ctx.get('Solar')!.factor).toBeLessThan(1);
    expect(ctx.get('water treatment')!.factor).toBe(1);
  });
});

describe('context: menus and headline columns stay passing', () => {
  it('a menu of short capitalized items is a menu, blank lines or not', () => {
    for (const sep of ['\n', '\n\n']) {
      const text = ['Home', 'Politics', 'Energy', 'Agriculture', 'Tourism', 'Contacts'].join(sep);
      const ctx = contextOf(text, ['Energy', 'Agriculture', 'Tourism']);
      for (const [, c] of ctx) expect(c.factor).toBeLessThan(0.5);
    }
  });

  it('a link list with view counters, one link per paragraph, is a list', () => {
    const text = [
      'Minister opens the new exhibition hall in the capital. 12',
      'free economic zone attracts new investors. 3',
      'Railway timetable changes for the summer season. 7',
    ].join('\n\n');
    const ctx = contextOf(text, ['exhibition', 'free economic zone', 'Railway']);
    for (const [, c] of ctx) expect(c.factor).toBeLessThan(0.5);
  });

  it('a column of related headlines of prose width is not wrapped prose', () => {
    const text = [
      'Korea and Uzbekistan sign a lithium supply deal in Seoul',
      'New oncology hospital opens its doors to patients in Samarkand',
      'Solar park tender draws bids from nine foreign developers',
      'Cotton harvest in the Fergana valley ahead of last season',
    ].join('\n');
    const ctx = contextOf(text, ['lithium', 'oncology', 'Solar', 'Cotton']);
    for (const [, c] of ctx) expect(c.factor).toBeLessThan(1);
    // Each headline is its own sentence.
    expect(ctx.get('lithium')!.sentence).not.toContain('oncology');
  });

  it('classify: a wrapped report is labeled, the same words as headlines are not', () => {
    const report = [
      'Farmers in the southern districts will receive new seed varieties and',
      'drip irrigation equipment under an agriculture programme that the',
      'government and its partners launched on Tuesday, the ministry said.',
      'The programme also finances greenhouses, cold storage for fruit and',
      'vegetables, and training for farm cooperatives in crop rotation.',
    ].join('\n\n');
    expect(classify(makeArticle(report)).map((t) => t.id)).toContain('agriculture-food');
    const headlines = [
      'The city marathon closes streets in the centre on Sunday morning, the organisers said.',
      '',
      'Read also',
      'Drip irrigation reaches the southern districts',
      'Greenhouses and cold storage for fruit growers',
      'Seed varieties for farm cooperatives',
    ].join('\n');
    expect(classify(makeArticle(headlines)).map((t) => t.id)).not.toContain('agriculture-food');
  });
});

describe('context: enumerations joined by middle dots', () => {
  it('an item of a run of three or more dotted items counts as a list item', () => {
    const text = '두 부총리는 보건·제약·화학·교육 등 여러 분야의 협력을 강화하기로 했다.';
    const ctx = contextOf(text, ['보건', '제약', '교육']);
    for (const [, c] of ctx) expect(c.factor).toBeLessThan(0.5);
  });

  it('two dotted items (one compound name) and undotted terms stay prose', () => {
    const text = '양국은 에너지·자원 협력 센터를 세우고 새 병원을 짓기로 합의했다.';
    const ctx = contextOf(text, ['에너지', '병원']);
    expect(ctx.get('에너지')!.factor).toBe(1);
    expect(ctx.get('병원')!.factor).toBe(1);
  });

  it('classify: fields named in a dotted enumeration give no label', () => {
    const body = [
      '양국 경제부총리는 이날 서울에서 만나 경제 협력 방안을 논의했다.',
      '두 부총리는 지식재산·보건의료·금융 등 다양한 분야에서 협력을 강화하기로 했다.',
      '회담은 약 한 시간 동안 진행됐다.',
    ].join('\n\n');
    const ids = classify(makeArticle(body, { language: 'ko' })).map((t) => t.id);
    expect(ids).not.toContain('healthcare-pharma');
  });
});

describe('context: enumerations closed by a conjunction', () => {
  it('"A, B, C and D" is a list of four items', () => {
    const en = contextOf('The talks covered energy, farming, tourism and schools.', ['energy', 'farming', 'tourism', 'schools']);
    for (const [, c] of en) expect(c.factor).toBeLessThan(0.5);
    const ru = contextOf('Стороны обсудили энергетику, сельское хозяйство, туризм и образование.', ['энергетику', 'сельское', 'туризм', 'образование']);
    for (const [, c] of ru) expect(c.factor).toBeLessThan(0.5);
  });

  it('a conjunction alone makes no list', () => {
    const ctx = contextOf('The plant will supply energy and water to farms and tourism sites.', ['energy', 'water', 'farms', 'tourism']);
    for (const [, c] of ctx) expect(c.factor).toBe(1);
  });
});

describe('context: enumerations announced by "such as", "в таких областях, как", "kabi"', () => {
  it('two or three areas after an announcing phrase are list items', () => {
    const en = contextOf('The agreement covers cooperation in areas such as human rights, environmental protection and markets.', ['environmental protection', 'markets']);
    for (const [, c] of en) expect(c.factor).toBeLessThan(0.5);
    const ru = contextOf('Документ гарантирует взаимодействие в таких областях, как права человека, охрана окружающей среды и рыночные реформы.', ['охрана окружающей среды', 'рыночные']);
    for (const [, c] of ru) expect(c.factor).toBeLessThan(0.5);
    const uz = contextOf("Muloqotda turizm, ta'lim, yashil energetika kabi sohalarni rivojlantirish muhokama qilindi.", ['turizm', "ta'lim", 'energetika']);
    for (const [, c] of uz) expect(c.factor).toBeLessThan(0.5);
  });

  it('without the announcing phrase, or with one item, the sentence stays prose', () => {
    const plain = contextOf('The bank will finance a solar plant, a hospital and a road.', ['solar plant', 'hospital']);
    for (const [, c] of plain) expect(c.factor).toBe(1);
    const one = contextOf('The sides agreed on projects such as a new solar plant near the capital.', ['solar plant']);
    expect(one.get('solar plant')!.factor).toBe(1);
  });
});

describe('context: Uzbek enumerations of projects (clauses ending in a verbal noun)', () => {
  it('an item that is a clause of its own ("… ni qurish,") is prose, in both scripts', () => {
    const latn = contextOf(
      "Uchrashuvda viloyatda mis konlarini qazib olish, quyosh elektr stansiyasini qurish, yangi mehmonxonalarni barpo etish, temir yo'l liniyasini uzaytirish masalalari muhokama qilindi.",
      ['mis konlarini', 'quyosh elektr', 'mehmonxonalarni', "temir yo'l"],
    );
    expect(latn.get('mis konlarini')!.factor).toBe(1);
    expect(latn.get('quyosh elektr')!.factor).toBe(1);
    // The sentence is an enumeration: its last item, which runs on to the verb, is still a list item.
    expect(latn.get("temir yo'l")!.factor).toBeLessThan(0.5);
    const cyrl = contextOf(
      'Учрашувда вилоятда мис конларини қазиб олиш, қуёш электр станциясини қуриш, янги меҳмонхоналарни барпо этиш, темир йўл линиясини узайтириш масалалари муҳокама қилинди.',
      ['мис конларини', 'қуёш электр', 'меҳмонхоналарни', 'темир йўл'],
    );
    expect(cyrl.get('мис конларини')!.factor).toBe(1);
    expect(cyrl.get('қуёш электр')!.factor).toBe(1);
    expect(cyrl.get('темир йўл')!.factor).toBeLessThan(0.5);
  });

  it('bare sector names stay list items, and the item running on to the sentence verb is judged as before', () => {
    const sectors = contextOf(
      "Tomonlar energetika, turizm, qishloq xo'jaligi, ta'lim va sog'liqni saqlash sohalarida hamkorlikni kengaytirish masalalarini muhokama qildi.",
      ['energetika', 'turizm', "qishloq xo'jaligi", "ta'lim", "sog'liqni saqlash"],
    );
    for (const [, c] of sectors) expect(c.factor).toBeLessThan(0.5);
  });
});

describe('context: a sentence that is a bare run of short items', () => {
  it('enumerates, even with only two topics among its items', () => {
    const ru = contextOf('Готовы вокзалы, отели, музеи, кафе, такси, переводчики и экскурсоводы.', ['вокзалы', 'музеи']);
    for (const [, c] of ru) expect(c.factor).toBeLessThan(0.5);
    const en = contextOf('Hotels, ports, cafes, taxis, museums and guides.', ['ports', 'museums']);
    for (const [, c] of en) expect(c.factor).toBeLessThan(0.5);
  });

  it('a sentence whose items say something stays prose', () => {
    const ctx = contextOf(
      'The city rebuilt its railway station last year, opened two museums in the old town, doubled the number of hotel rooms, and now plans a new airport.',
      ['railway station', 'museums'],
    );
    for (const [, c] of ctx) expect(c.factor).toBe(1);
  });
});
