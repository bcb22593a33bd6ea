/**
 * CPU per hostile file in the core (`analyze`: decode → parse → classify),
 * at 80 KB, 400 KB and the bucket's 5 MB limit. Goal (issue 8): no file of
 * at most 5 MB takes more than 1 s. A case over 1 s at one size is not run
 * at the next (a quadratic blow-up would only show itself minutes later).
 * `npm run bench -- hostile`
 */
import { analyze } from '../lambdas/core/analyze';
import { isArticleError } from '../lambdas/core/types';

export interface HostileInput {
  name: string;
  fileName: string;
  /** Bytes of about `size`. */
  make: (size: number) => Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
// `size` counts characters for the generators; non-Latin text is then shrunk to `size` bytes.
const text = (name: string, fileName: string, make: (size: number) => string): HostileInput => ({
  name,
  fileName,
  make: (size) => {
    const bytes = utf8(make(size));
    return bytes.length <= size ? bytes : utf8(make(Math.floor((size * size) / bytes.length)));
  },
});

/** Files an attacker or a careless exporter uploads; each must end as one record or one FAILED record. */
export const HOSTILE_INPUTS: HostileInput[] = [
  text('md [a run', 'h.md', (n) => fill('[a', n)),
  text('md ![ run', 'h.md', (n) => `x ${fill('![', n)}`),
  text('md <!-- run', 'h.md', (n) => `x ${fill('<!--', n)}`),
  text('md <a run', 'h.md', (n) => fill('<a', n)),
  text('md <http: run', 'h.md', (n) => fill('<http:', n)),
  text('md heading + blanks', 'h.md', (n) => `# T${' '.repeat(n)}x\n\nBody.`),
  text('md blank-led line', 'h.md', (n) => `T\n\nLead.\n\n${' '.repeat(n)}x`),
  text('txt one long line', 'h.txt', (n) => fill('word ', n)),
  text('txt byline run', 'h.txt', (n) => `T\n\nBy ${fill('Aa ', n)}`),
  text('txt blank lines', 'h.txt', (n) => fill('a\n \n', n)),
  text('txt no spaces', 'h.txt', (n) => fill('a', n)),
  {
    name: 'txt UTF-8 + stray bytes',
    fileName: 'h.txt',
    make: (n) => {
      const unit = utf8('Сеул — Ташкент “quote” ');
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = i % 997 === 996 ? 0x96 : unit[i % unit.length]!;
      return out;
    },
  },
  text('json 4 MB-class title', 'h.json', (n) => JSON.stringify({ title: fill('T', n), body: 'Body text.' })),
  text('json deep nesting', 'h.json', (n) => fill('[', n)),
  text('json unclosed objects', 'h.json', (n) => fill('{"a":', n)),
  text('html nested divs', 'h.html', (n) => `<title>T</title>${fill('<div>', n)}x`),
  text('html unclosed <title>', 'h.html', (n) => `<title>${fill('<p>a ', n)}`),
  text('ko 1만 chain', 'h.txt', (n) => `제목\n\n${fill('1만 ', n)}`),
  text('unclosed “ run', 'h.txt', (n) => `Title\n\n${fill('“a ', n)}`),
];

const SIZES = [80_000, 400_000, 5_000_000];
const SKIP_ABOVE_MS = 1000;

function timeOne(input: HostileInput, size: number): { ms: number; outcome: string } {
  const bytes = input.make(size);
  const start = process.cpuUsage();
  let outcome: string;
  try {
    const { article } = analyze(bytes, { fileName: input.fileName });
    outcome = `ok (${article.paragraphs.length} paragraphs)`;
  } catch (error) {
    outcome = isArticleError(error) ? `FAILED ${error.code}` : `crash: ${(error as Error).message.slice(0, 60)}`;
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, outcome };
}

export async function run(): Promise<void> {
  console.log('CPU ms per hostile file in analyze() (decode → parse → classify); goal ≤ 1000 ms at ≤ 5 MB');
  console.log(`${'case'.padEnd(26)}${SIZES.map((s) => `${s / 1000} KB`.padStart(12)).join('')}  outcome at the largest size run`);
  let worst = 0;
  for (const input of HOSTILE_INPUTS) {
    const cells: string[] = [];
    let outcome = '';
    let skip = false;
    for (const size of SIZES) {
      if (skip) {
        cells.push('skipped'.padStart(12));
        continue;
      }
      const { ms, outcome: result } = timeOne(input, size);
      worst = Math.max(worst, ms);
      cells.push(ms.toFixed(0).padStart(12));
      outcome = result;
      skip = ms > SKIP_ABOVE_MS;
    }
    console.log(`${input.name.padEnd(26)}${cells.join('')}  ${outcome}`);
  }
  console.log(`worst: ${worst.toFixed(0)} ms ${worst <= 1000 ? '(within the 1 s goal)' : '(OVER the 1 s goal)'}`);
}
