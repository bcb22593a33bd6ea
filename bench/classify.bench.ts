/**
 * classify alone, µs per article, on generated 3–8 KB articles in English,
 * Russian, Uzbek (Latin and Cyrillic) and Korean, next to the floor
 * (lower-case + SHA-256 of the body) measured in the same run. Then its cold
 * start: the minified bundle's size, and the time to import it in a fresh Node
 * and classify a first article per script (automata are built on first use).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { classify } from '../lambdas/core/classify';
import type { Article } from '../lambdas/core/types';
import { TOPIC_FIXTURES, type FixtureLanguage } from '../test/core/classify/topic-fixtures';
import { floor, fmt, microsPerItem, seededRandom } from './support';

// Topic-free sentences: real articles are mostly ordinary prose around a few topical ones.
const FILLER: Record<FixtureLanguage, string[]> = {
  en: [
    'The meeting lasted about two hours and ended with a short press conference.',
    'Officials said further details would be announced next week.',
    'According to the press service, the parties noted the good progress made since last year.',
    'Several regional governors and representatives of local companies also attended.',
    'The next round of consultations is planned for the autumn in the capital.',
  ],
  ru: [
    'Встреча продолжалась около двух часов и завершилась короткой пресс-конференцией.',
    'Подробности обещали сообщить на следующей неделе.',
    'По данным пресс-службы, стороны отметили хорошие результаты прошлого года.',
    'На встрече также присутствовали главы нескольких областей и представители местных компаний.',
    'Следующий раунд консультаций запланирован на осень в столице.',
  ],
  'uz-latn': [
    'Uchrashuv qariyb ikki soat davom etdi va qisqa matbuot anjumani bilan yakunlandi.',
    'Batafsil maʼlumot keyingi hafta eʼlon qilinadi.',
    'Matbuot xizmatiga koʻra, tomonlar oʻtgan yilgi yaxshi natijalarni qayd etdi.',
    'Uchrashuvda bir necha viloyat hokimlari va mahalliy kompaniyalar vakillari ham ishtirok etdi.',
    'Navbatdagi maslahatlar kuzda poytaxtda boʻlib oʻtishi rejalashtirilgan.',
  ],
  'uz-cyrl': [
    'Учрашув қарийб икки соат давом этди ва қисқа матбуот анжумани билан якунланди.',
    'Батафсил маълумот кейинги ҳафта эълон қилинади.',
    'Матбуот хизматига кўра, томонлар ўтган йилги яхши натижаларни қайд этди.',
    'Учрашувда бир неча вилоят ҳокимлари ва маҳаллий компаниялар вакиллари ҳам иштирок этди.',
    'Навбатдаги маслаҳатлар кузда пойтахтда бўлиб ўтиши режалаштирилган.',
  ],
  ko: [
    '회의는 약 두 시간 동안 진행되었고 짧은 기자회견으로 마무리되었다.',
    '관계자들은 자세한 내용을 다음 주에 발표할 예정이라고 밝혔다.',
    '공보실에 따르면 양측은 지난해의 성과를 높이 평가했다.',
    '이 자리에는 여러 지역 대표와 현지 기업 관계자들도 참석했다.',
    '다음 협의는 가을에 수도에서 열릴 예정이다.',
  ],
};
/** Share of sentences taken from the topical fixtures. */
const TOPICAL_SHARE = 0.3;
const LANGUAGES = Object.keys(FILLER) as FixtureLanguage[];

function makeArticle(language: FixtureLanguage, random: () => number): Article {
  const topical = Object.values(TOPIC_FIXTURES).map((byLanguage) => byLanguage[language]);
  const pick = () => (random() < TOPICAL_SHARE ? topical : FILLER[language]);
  const targetBytes = 3000 + Math.floor(random() * 5000);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const paragraph = Array.from({ length: 3 }, () => {
      const pool = pick();
      return pool[Math.floor(random() * pool.length)]!;
    }).join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  const body = paragraphs.join('\n\n');
  return { title: '', paragraphs, body, language: language.startsWith('uz') ? 'uz' : (language as Article['language']), mediaType: 'text/plain', wordCount: body.split(/\s+/).length, contentHash: '' };
}

export async function run(): Promise<void> {
  const random = seededRandom(42);
  console.log(`generated articles: 200 per language, ${TOPICAL_SHARE * 100}% topical sentences`);
  console.log('language   KB avg   floor µs   classify µs   ratio');
  let allFloor = 0;
  let allClassify = 0;
  let allKb = 0;
  for (const language of LANGUAGES) {
    const articles = Array.from({ length: 200 }, () => makeArticle(language, random));
    const kb = articles.reduce((s, a) => s + Buffer.byteLength(a.body, 'utf8'), 0) / articles.length / 1024;
    const floorMicros = microsPerItem(articles, (a) => floor(a.body));
    const classifyMicros = microsPerItem(articles, (a) => classify(a));
    allFloor += floorMicros;
    allKb += kb;
    allClassify += classifyMicros;
    console.log(`${language.padEnd(9)}${fmt(kb)}   ${fmt(floorMicros)}   ${fmt(classifyMicros)}     ${fmt(classifyMicros / floorMicros, 2)}×`);
  }
  console.log(`all      ${' '.repeat(8)}   ${fmt(allFloor / LANGUAGES.length)}   ${fmt(allClassify / LANGUAGES.length)}     ${fmt(allClassify / allFloor, 2)}×`);
  // The goal is stated per 5 KB of body: classify is linear in the body, so scale the mean.
  console.log(`per 5 KB article: ${fmt((allClassify / allKb) * 5)} µs classify (goal ≤ 500 µs), floor ${fmt((allFloor / allKb) * 5)} µs`);
  await coldStart();
}

// Runs in a fresh Node: import, then a first English article, then a first Russian + Korean one.
const COLD_PROBE = `
const t0 = performance.now();
const { classify } = await import(process.argv[2]);
const t1 = performance.now();
const article = (body) => ({ title: '', body, paragraphs: [body], language: 'en', mediaType: 'text/plain', wordCount: 0, contentHash: '' });
classify(article('The new solar power plant will feed the national grid.'));
const t2 = performance.now();
classify(article('Новая солнечная электростанция. 새 태양광 발전소.'));
const t3 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;

async function coldStart(runs = 7): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'classify-cold-'));
  try {
    const bundle = join(dir, 'classify.mjs');
    // As the Lambda bundler would: minified ESM for Node. Non-ASCII data is escaped (\uXXXX) unless charset is utf8.
    await build({ entryPoints: ['lambdas/core/classify/index.ts'], bundle: true, minify: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    const utf8 = await build({ entryPoints: ['lambdas/core/classify/index.ts'], bundle: true, minify: true, platform: 'node', format: 'esm', charset: 'utf8', write: false, logLevel: 'error' });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, COLD_PROBE);
    const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [probe, bundle], { encoding: 'utf8' })) as number[]);
    const median = (k: number) => samples.map((s) => s[k]!).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    const bytes = readFileSync(bundle).length;
    console.log(`cold start (fresh node, median of ${runs}): bundle ${bytes} B minified (${utf8.outputFiles[0]!.contents.length} B with charset utf8)`);
    console.log(`  import ${fmt(median(0))} ms   first en article ${fmt(median(1))} ms   first ru+ko article ${fmt(median(2))} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
