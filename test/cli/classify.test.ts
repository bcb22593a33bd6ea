import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-classify-'));

const energyArticle = [
  'Uzbekistan opens a new solar power plant',
  '',
  'The 300 MW solar power plant near Bukhara began feeding the national power grid on Monday.',
  'Officials said the renewable energy project will cut gas consumption at thermal power stations',
  'and that two more wind farms are planned, together with a modernisation of district heating.',
].join('\n');

beforeAll(() => {
  writeFileSync(join(dir, 'solar plant.txt'), energyArticle);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
});

describe('newsdrop classify', () => {
  it('prints one JSON object per file with the contract fields', async () => {
    const run = await runCli(['classify', '--json', join(dir, 'solar plant.txt')]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(result.file).toBe(join(dir, 'solar plant.txt'));
    expect(result.title).toBe('Uzbekistan opens a new solar power plant');
    expect(result.language).toBe('en');
    const energy = result.topics.find((t: { id: string }) => t.id === 'energy');
    expect(energy).toBeDefined();
    expect(energy.score).toBeGreaterThan(0);
    expect(energy.score).toBeLessThanOrEqual(1);
    expect(energy.evidence.length).toBeGreaterThan(0);
    for (const span of energy.evidence) {
      expect(typeof span.text).toBe('string');
      expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it('processes every file, reports failures as structured lines and exits non-zero', async () => {
    const files = ['empty.txt', 'solar plant.txt', 'photo.txt', 'missing.txt'].map((f) => join(dir, f));
    const run = await runCli(['classify', '--json', ...files]);
    expect(run.code).toBe(1);
    const results = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[0].error.code).toBe('EMPTY');
    expect(results[1].error).toBeUndefined();
    expect(results[2].error.code).toBe('BINARY');
    expect(results[3].error.code).toBe('READ_FAILED');
    expect(run.stderr).toMatch(/3 of 4 file\(s\) failed/);
  });

  it('prints a readable table without --json', async () => {
    const run = await runCli(['classify', join(dir, 'solar plant.txt')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^FILE\s+LANG\s+TITLE/);
    expect(run.stdout).toContain('energy');
  });

  it('has --help and refuses bad usage with a one-line reason', async () => {
    const help = await runCli(['classify', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: newsdrop classify');
    const none = await runCli(['classify']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
