import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-classify-'));

const energyArticle = [
  'Uzbekistan opens a new solar power plant',
  '',
  'The 300 MW solar power plant near Bukhara began feeding the national power grid on Monday.',
  'Officials said the renewable energy project will cut gas consumption at thermal power stations',
  'and that two more wind farms are planned, together with a modernisation of district heating.',
].join('\n');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('walks a folder by the shared rule: no dotfiles, no LICENSE, and says what it skipped', async () => {
    const folder = join(dir, 'walk');
    mkdirSync(join(folder, '.cache'), { recursive: true });
    writeFileSync(join(folder, 'solar.txt'), energyArticle);
    writeFileSync(join(folder, 'LICENSE'), 'Permission is hereby granted, free of charge, to any person obtaining a copy');
    writeFileSync(join(folder, '.notes.txt'), energyArticle);
    writeFileSync(join(folder, '.cache', 'old.txt'), energyArticle);
    const run = await runCli(['classify', '--json', folder]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual([join(folder, 'solar.txt')]);
    expect(run.stderr).toContain('skipped 3 file(s) in folders');
  });

  it('stops quietly when the reader of its output goes away (| head -1)', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 60; i++) writeFileSync(join(many, `story-${String(i).padStart(2, '0')}.txt`), energyArticle);
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/newsdrop.js', 'classify', '--json', many], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let first = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.setEncoding('utf8').once('data', (d: string) => {
        first = d.split('\n')[0]!;
        child.stdout.destroy(); // what `head -1` does after its line
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    expect(JSON.parse(result.first).title).toBe('Uzbekistan opens a new solar power plant');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('answers --version, and unknown options in one clean line', async () => {
    const [version, unknownOption, unknownTop] = await Promise.all([
      runCli(['--version']),
      runCli(['classify', '--frobnicate', join(dir, 'solar plant.txt')]),
      runCli(['--frobnicate']),
    ]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^newsdrop \d+\.\d+\.\d+\n$/);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe('newsdrop: unknown option --frobnicate (see newsdrop classify --help)\n');
    expect(unknownTop.stderr).toBe('newsdrop: unknown option --frobnicate (run newsdrop --help)\n');
  });

  it('lists -h in every command help', async () => {
    const { commands } = await import('../../cli/registry');
    const { helpText } = await import('../../cli/help');
    for (const [name, entry] of Object.entries(commands)) {
      const command = await entry.load();
      expect(helpText(command).match(/-h, --help/g), name).toHaveLength(1);
    }
    expect(helpText({ name: 'x', summary: '', help: 'Usage: x\n', run: async () => 0 })).toBe('Usage: x\n\n  -h, --help      show this help\n');
  });
});
