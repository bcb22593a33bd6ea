import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-analyze-'));
const visit = join(dir, 'visit.txt');

beforeAll(() => {
  writeFileSync(
    visit,
    [
      'Uzbekistan and Korea sign solar deal',
      '',
      'TASHKENT, June 5 – President Shavkat Mirziyoyev received a delegation of the Korea Solar Association in Tashkent.',
      'The partners agreed on a $50 Million plant that will employ 1,200 workers.',
      '',
      '“We are ready to build it this year,” Mirziyoyev said.',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
});

describe('newsdrop analyze', () => {
  it('prints one JSON line per file with the record fields', async () => {
    const run = await runCli(['analyze', '--json', visit]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ file: visit, title: 'Uzbekistan and Korea sign solar deal', language: 'en' });
    expect(record.body).toContain('Korea Solar Association');
    expect(Array.isArray(record.topics)).toBe(true);
    const person = record.entities.find((e: { type: string }) => e.type === 'person');
    expect(person).toMatchObject({ name: 'Shavkat Mirziyoyev', role: 'President' });
    expect(person.lookupKeys.slice(0, 2)).toEqual(['shavkat mirziyoyev', 'mirziyoyev']);
    expect(record.entities.map((e: { name: string }) => e.name)).toContain('Korea Solar Association');
    expect(record.figures.map((f: { value: number }) => f.value)).toEqual(expect.arrayContaining([5e7, 1200]));
    expect(record.quotes).toEqual([expect.objectContaining({ speaker: 'Shavkat Mirziyoyev' })]);
    expect(record.places.map((p: { name: string }) => p.name)).toContain('Tashkent');
  });

  it('reports each failing file and exits non-zero, after processing the rest', async () => {
    const run = await runCli(['analyze', '--json', join(dir, 'missing.txt'), join(dir, 'empty.txt'), visit]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].error.code).toBe('READ_FAILED');
    expect(lines[1].error.code).toBeTruthy();
    expect(lines[2].title).toBe('Uzbekistan and Korea sign solar deal');
    expect(run.stderr).toContain('2 of 3 file(s) failed');
  });

  it('has --help and a one-line error without files', async () => {
    const help = await runCli(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: newsdrop analyze');
    const none = await runCli(['analyze']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no files given');
  });
});
