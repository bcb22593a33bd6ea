/**
 * Enrichment core speed: µs per article for each job kind and in total, on
 * generated 3–8 KB English and Russian state-visit articles.
 * `npm run bench -- enrich`
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { JOB_KINDS, runJob, type JobKind } from '../lambdas/core/enrich';
import type { EnrichmentInput, RelatedCandidate } from '../lambdas/core/enrich/types';
import type { Article, Language } from '../lambdas/core/types';

const ARTICLES_PER_LANGUAGE = 200;

/** Small deterministic PRNG so every run measures the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const EN = {
  people: ['President of Uzbekistan Shavkat Mirziyoyev', 'President Yoon Suk-yeol', 'Prime Minister Olzhas Bektenov', 'Minister of Energy Jurabek Mirzamakhmudov', 'Kassym-Jomart Tokayev, the president,'],
  places: ['Tashkent', 'Samarkand', 'Jizzakh', 'Seoul', 'Busan', 'Almaty', 'Navoi region', 'Fergana', 'Incheon', 'Bukhara'],
  orgs: ['Korea Eximbank', 'the Asian Development Bank', 'Samsung', 'Hyundai Motor', 'the World Bank', 'KOICA', 'POSCO International', 'the Ministry of Investment'],
  sentences: [
    (p: string, c: string, o: string, n: number) => `${p} visited ${c} on June ${1 + (n % 28)} to discuss cooperation with ${o}.`,
    (p: string, c: string, o: string, n: number) => `The plant in ${c} will assemble ${(n % 90) + 10},000 vehicles annually with support from ${o}, ${p} said.`,
    (_p: string, c: string, o: string, n: number) => `${o} approved a $${(n % 9) + 1}.${n % 10} billion loan for projects in ${c} by ${2025 + (n % 6)}.`,
    (p: string, _c: string, _o: string, n: number) => `“We will double trade and open ${n % 50} new schools in the coming years,” ${p} noted.`,
    (_p: string, c: string, _o: string, n: number) => `Exports from ${c} rose ${n % 40}% in ${2018 + (n % 7)}, reaching a capacity of ${n % 3},${100 + (n % 900)} MW.`,
    (_p: string, c: string, o: string) => `Delegations from Uzbekistan and South Korea met in ${c}, where ${o} presented the Uzbek-Korean programme.`,
  ],
};

const RU = {
  people: ['Президент Узбекистана Шавкат Мирзиёев', 'Президент Республики Корея Юн Сок Ёль', 'премьер-министр Олжас Бектенов', 'Министр энергетики Узбекистана Журабек Мирзамахмудов'],
  places: ['Ташкенте', 'Самарканде', 'Джизаке', 'Сеуле', 'Пусане', 'Алматы', 'Андижанской области', 'Фергане', 'Бухаре'],
  orgs: ['Экспортно-импортный банк Кореи', 'Азиатский банк развития', 'компания «Узкор Текстиль»', 'Всемирный банк', 'Министерство энергетики Узбекистана'],
  sentences: [
    (p: string, c: string, o: string, n: number) => `${p} посетил завод в ${c} ${1 + (n % 28)} июня и обсудил сотрудничество, сообщает ${o}.`,
    (_p: string, c: string, o: string, n: number) => `Завод в ${c} будет выпускать ${(n % 90) + 10} тысяч автомобилей в год при поддержке, которую оказывает ${o}.`,
    (_p: string, c: string, o: string, n: number) => `${o} выделит ${(n % 9) + 1},${n % 10} млрд долларов на проекты в ${c} к ${2025 + (n % 6)} году.`,
    (p: string, _c: string, _o: string, n: number) => `«Мы удвоим товарооборот и откроем ${n % 50} новых школ в ближайшие годы», — заявил ${p}.`,
    (_p: string, c: string, _o: string, n: number) => `Экспорт из региона вырос на ${n % 40} процентов, мощность станции в ${c} составит ${n % 3} ${100 + (n % 900)} МВт.`,
    (_p: string, c: string) => `Узбекско-корейские переговоры прошли в ${c}, стороны подписали ряд соглашений.`,
  ],
};

function generate(language: Language, seed: number): EnrichmentInput {
  const rnd = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)]!;
  const words = language === 'ru' ? RU : EN;
  const target = 3000 + Math.floor(rnd() * 5000);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const paragraph = Array.from({ length: 3 }, () =>
      pick(words.sentences)(pick(words.people), pick(words.places), pick(words.orgs), Math.floor(rnd() * 1000)),
    ).join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  const body = paragraphs.join('\n\n');
  const article: Article = {
    title: paragraphs[0]!.slice(0, 60),
    paragraphs,
    body,
    language,
    mediaType: 'text/plain',
    wordCount: body.split(/\s+/).length,
    contentHash: createHash('sha256').update(body).digest('hex'),
    publishedAt: '2025-06-14',
  };
  return { articleId: `bench-${language}-${seed}`, article, topics: [{ id: 'diplomacy', score: 0.9, evidence: [] }] };
}

const CANDIDATES: RelatedCandidate[] = Array.from({ length: 50 }, (_, i) => ({
  articleId: `candidate-${i}`,
  title: `Candidate ${i}`,
  publishedAt: `2025-0${1 + (i % 5)}-1${i % 10}`,
  topics: ['diplomacy', 'energy', 'automotive'].slice(0, 1 + (i % 3)),
  entities: ['shavkat mirziyoyev', 'samsung', 'tashkent', 'uzbekistan', `other-${i}`].slice(i % 4),
}));

const ROUNDS = 5;

function cpuMicros(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

/**
 * Best of several rounds, in CPU time of this process (process.cpuUsage): the
 * machine is shared, so wall time mostly measures the neighbours.
 */
function bestOf(measure: () => number): number {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) best = Math.min(best, measure());
  return best;
}

function timeKind(kind: JobKind, inputs: EnrichmentInput[]): number {
  return bestOf(() => {
    const started = process.cpuUsage();
    for (const input of inputs) runJob(kind, input, CANDIDATES);
    return cpuMicros(started) / inputs.length;
  });
}

export async function run(): Promise<void> {
  const coldStart = performance.now();
  runJob('entities', generate('en', 0));
  console.log(`first call (builds the gazetteer lexicon): ${(performance.now() - coldStart).toFixed(1)} ms`);

  for (const language of ['en', 'ru'] as const) {
    const inputs = Array.from({ length: ARTICLES_PER_LANGUAGE }, (_, i) => generate(language, i + 1));
    const kb = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.article.body), 0) / inputs.length / 1024;
    for (const kind of JOB_KINDS) timeKind(kind, inputs.slice(0, 20)); // warm-up
    const perKind = JOB_KINDS.map((kind) => [kind, timeKind(kind, inputs)] as const);
    const separate = perKind.reduce((sum, [, us]) => sum + us, 0);
    // All kinds back to back on one article share the analysed body (the enrich Lambda runs one kind per message).
    const together = bestOf(() => {
      const started = process.cpuUsage();
      for (const input of inputs) for (const kind of JOB_KINDS) runJob(kind, input, CANDIDATES);
      return cpuMicros(started) / inputs.length;
    });
    console.log(`\n${language}: ${inputs.length} articles, mean ${kb.toFixed(1)} KB (CPU time, best of ${ROUNDS} rounds)`);
    for (const [kind, us] of perKind) console.log(`  ${kind.padEnd(9)} ${us.toFixed(0).padStart(6)} µs/article`);
    console.log(`  ${'sum'.padEnd(9)} ${separate.toFixed(0).padStart(6)} µs/article (each kind on its own, as the Lambda runs them)`);
    console.log(`  ${'together'.padEnd(9)} ${together.toFixed(0).padStart(6)} µs/article (all kinds in one process)`);
  }
  hostile();
}

/**
 * Bodies built to trip non-linear scans (each ≈12 KB): unclosed quotation
 * marks, a Korean "1만 1만 …" run, repeated years, one name mentioned
 * thousands of times, a widget of ticker cells. Linear code keeps each in the
 * same range as an ordinary article of that size.
 */
function hostile(): void {
  const size = 12_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const bodies: [string, string, Language][] = [
    ['unclosed “', fill('“a b c '), 'en'],
    ['unclosed «', fill('«а б в '), 'ru'],
    ['1만 chain', fill('1만 '), 'ko'],
    ['repeated years', fill('in 2024 and 2025, '), 'en'],
    ['one name', fill('Aziz Rakhimov said that '), 'en'],
    ['ticker', fill('$1 – 12724.84 +0.12% '), 'en'],
    ['degrees', fill('Tashkent +10° '), 'en'],
  ];
  console.log(`\nhostile bodies (${(size / 1000).toFixed(0)} KB each; all kinds, CPU time, best of ${ROUNDS} rounds)`);
  for (const [name, body, language] of bodies) {
    const input = generate(language, 1);
    const article = { ...input.article, body, paragraphs: [body] };
    // A different last character each round, so the per-body analysis cache cannot answer.
    let round = 0;
    const us = bestOf(() => {
      const fresh = { ...input, article: { ...article, body: body.slice(0, -1) + String(round++ % 10) } };
      const started = process.cpuUsage();
      for (const kind of JOB_KINDS) runJob(kind, fresh, CANDIDATES);
      return cpuMicros(started);
    });
    console.log(`  ${name.padEnd(15)} ${(us / 1000).toFixed(1).padStart(7)} ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
