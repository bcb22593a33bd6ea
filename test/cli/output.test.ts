/** Terminal output helpers: display width, fitting a table to a width, dates, progress pace. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatDay, formatTimestamp, renderTable, truncate, truncateStart } from '../../cli/format';
import { createProgress, describePace, formatDuration } from '../../cli/progress';
import { usageProblem } from '../../cli/ops/args';
import { parseArgs } from 'node:util';

describe('display width', () => {
  it('counts Hangul and CJK as two columns and combining marks as none', () => {
    expect(displayWidth('서울')).toBe(4);
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('Ташкент')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('truncates by columns, never splitting a wide character', () => {
    expect(truncate('한국 배터리 기업', 8)).toBe('한국 배…');
    expect(displayWidth(truncate('한국 배터리 기업', 8))).toBeLessThanOrEqual(8);
    expect(truncate('short', 8)).toBe('short');
    expect(truncateStart('/tmp/newsdrop-cli-x/articles/briefing.md', 22)).toBe('…/articles/briefing.md');
    expect(truncateStart('기사/발전소.txt', 9)).toBe('…전소.txt');
  });
});

describe('renderTable with a width', () => {
  it('cuts the last column so every line fits, and aligns Korean titles', () => {
    const rows = [
      { title: '우즈베키스탄 반도체', topics: 'semiconductors-electronics 0.96, trade-investment 0.90, education-science 0.80' },
      { title: 'Solar plant', topics: 'energy 0.98' },
    ];
    const text = renderTable(
      [
        { header: 'TITLE', value: (r: (typeof rows)[number]) => r.title },
        { header: 'TOPICS', value: (r) => r.topics },
      ],
      rows,
      { width: 60 },
    );
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines[1]!.endsWith('…')).toBe(true);
    // TOPICS starts in the same terminal column on every line.
    const column = (line: string, cell: string) => displayWidth(line.slice(0, line.indexOf(cell)));
    expect(column(lines[1]!, 'semiconductors')).toBe(column(lines[2]!, 'energy'));
    expect(column(lines[0]!, 'TOPICS')).toBe(column(lines[2]!, 'energy'));
  });
});

describe('dates', () => {
  it('shows stated dates and timestamps in one format', () => {
    expect(formatDay('2024-06-14')).toBe('2024-06-14');
    expect(formatDay('2024-06-14T23:30:00.000Z')).toBe('2024-06-14');
    expect(formatTimestamp('2024-06-14T09:30:00.123Z')).toBe('2024-06-14 09:30:00');
    expect(formatDay('garbage')).toBe('garbage');
  });
});

describe('progress pace', () => {
  it('gives rate, elapsed time and the time left', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(describePace(102, 204, 20_000)).toBe('5.1/s, 20 s elapsed, about 20 s left');
    expect(describePace(204, 204, 40_000)).toBe('5.1/s, 40 s elapsed');
    expect(describePace(0, 10, 0)).toBe('0.0/s, 0 s elapsed');
  });

  it('prints the pace on each plain line', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let out = '';
    (stream as unknown as PassThrough).on('data', (d) => (out += d));
    let clock = 0;
    const progress = createProgress({ label: 'uploading', total: 4, stream, now: () => clock });
    clock = 2000;
    progress.update(2);
    clock = 4000;
    progress.update(4);
    progress.finish();
    expect(out.trim().split('\n')).toEqual(['uploading: 2/4 (1.0/s, 2 s elapsed, about 2 s left)', 'uploading: 4/4 (1.0/s, 4 s elapsed)']);
  });
});

describe('usage errors', () => {
  const options = { limit: { type: 'string' }, json: { type: 'boolean' } } as const;
  const problem = (args: string[], allowPositionals = false) => {
    try {
      parseArgs({ args, options, strict: true, allowPositionals });
    } catch (err) {
      return usageProblem(err, options);
    }
    return 'parsed';
  };

  it('are one balanced clause', () => {
    expect(problem(['--frobnicate'])).toBe('unknown option --frobnicate');
    expect(problem(['--frobnicate'], true)).toBe('unknown option --frobnicate');
    expect(problem(['stray'])).toBe('unexpected argument "stray"');
    expect(problem(['--limit'])).toBe('--limit needs a value');
    expect(problem(['--json=yes'])).toBe('--json takes no value');
  });
});
