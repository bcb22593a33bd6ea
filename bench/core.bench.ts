/**
 * decode → parse → classify per article, next to the floor (lower-case + SHA-256)
 * measured in the same run. Goal: a text article in ≤ 5× the floor.
 */
import { analyze } from '../lambdas/core/analyze';
import { floor, fmt, microsPerItem, seededRandom } from './support';

/**
 * Floor and work measured in alternating rounds, the ratio taken per round: on a shared
 * machine the load drifts between two separate measurements, and the ratio with it.
 * Reports the median of each, and the median of the per-round ratios.
 */
function pairedRatio<F, W>(floorInputs: F[], floorFn: (input: F) => unknown, workInputs: W[], workFn: (input: W) => unknown, rounds = 7) {
  const floors: number[] = [];
  const works: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const f = microsPerItem(floorInputs, floorFn, 3);
    const w = microsPerItem(workInputs, workFn, 3);
    floors.push(f);
    works.push(w);
    ratios.push(w / f);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { floor: median(floors), work: median(works), ratio: median(ratios) };
}

const sentences = [
  'The ministry said the new solar power plant will feed the national grid from next spring.',
  'Officials discussed a loan from a development bank to modernise the railway between the two cities.',
  'A textile factory in the region plans to double its yarn output and hire four hundred workers.',
  'Farmers are moving to drip irrigation and modern greenhouses to save water during the dry season.',
  'The delegation visited a university where students learn Korean and study engineering.',
  'Engineers presented a project for a semiconductor packaging plant and a battery assembly line.',
  'The city council approved a waste recycling programme and new rules on emissions.',
  'Exports of copper and gold rose after the mining company expanded its processing capacity.',
  'The hospital opened a new oncology ward built with equipment supplied by foreign partners.',
  'Both sides agreed to expand cultural exchanges, tourism and the teaching of languages.',
  'The weather stayed mild for most of the week, with light rain expected on Sunday.',
  'Local traders said prices at the central market were stable ahead of the holiday.',
];

function makeText(random: () => number, minBytes: number, maxBytes: number): string {
  const target = minBytes + Math.floor(random() * (maxBytes - minBytes));
  const paragraphs: string[] = ['Regional news roundup'];
  let size = 0;
  while (size < target) {
    const count = 3 + Math.floor(random() * 3);
    const paragraph = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function toHtml(text: string): string {
  const [title, ...paragraphs] = text.split('\n\n');
  const menu = '<nav><ul>' + ['Politics', 'Economy', 'Energy', 'Sport', 'Culture'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('') + '</ul></nav>';
  const sidebar = '<aside class="sidebar"><h3>Read also</h3><ul><li><a href="/a">Wind farm tender announced</a></li><li><a href="/b">New metro line opens</a></li></ul></aside>';
  return `<!doctype html><html><head><title>${title} | Daily Wire</title><script>var tracker = 1;</script></head><body>${menu}<main><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></main>${sidebar}<footer>© Daily Wire</footer></body></html>`;
}

export async function run(): Promise<void> {
  const random = seededRandom(42);
  const texts = Array.from({ length: 200 }, () => makeText(random, 3000, 8000));
  const textBytes = texts.map((t) => new TextEncoder().encode(t));
  const htmls = texts.map(toHtml);
  const htmlBytes = htmls.map((h) => new TextEncoder().encode(h));
  const avgKb = (list: Uint8Array[]) => list.reduce((n, b) => n + b.length, 0) / list.length / 1024;

  const text = pairedRatio(texts, floor, textBytes, (bytes) => analyze(bytes, { fileName: 'article.txt' }));
  const html = pairedRatio(htmls, floor, htmlBytes, (bytes) => analyze(bytes, { fileName: 'article.html' }));
  const floorText = text.floor;
  const floorHtml = html.floor;
  console.log(`articles: ${texts.length} text (avg ${avgKb(textBytes).toFixed(1)} KB), ${htmls.length} HTML (avg ${avgKb(htmlBytes).toFixed(1)} KB)`);
  console.log('                         µs/article   floor µs   ratio');
  console.log(`decode+parse+classify txt ${fmt(text.work)}   ${fmt(floorText)}   ${fmt(text.ratio, 2)}×  (goal ≤ 5×)`);
  console.log(`decode+parse+classify html${fmt(html.work)}   ${fmt(floorHtml)}   ${fmt(html.ratio, 2)}×`);
}
