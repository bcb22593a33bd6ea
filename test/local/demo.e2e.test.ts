/**
 * `npm start`, as a newcomer runs it on a fresh clone: the whole pipeline on the in-process
 * emulators over the shipped samples, a table and one record in short, exit 0. Spawned as its
 * own process (tsx, like the npm script) so the worker threads and shutdown are the real ones.
 */
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/cli';

const runDemo = (args: string[]) => runNode(['node_modules/tsx/dist/cli.mjs', 'local/demo.ts', ...args], { timeoutMs: 90_000 });

describe('npm start', () => {
  it('runs every sample through the pipeline and shows the records', async () => {
    const run = await runDemo([]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/11 files: 8 enriched, 3 failed/);
    expect(run.stdout).not.toMatch(/unfinished/);
    // The short record: status, topics with scores, and every enrichment kind's line.
    expect(run.stdout).toMatch(/^status\s+ENRICHED$/m);
    expect(run.stdout).toMatch(/^topics\s+.*diplomacy \d\.\d\d/m);
    for (const field of ['entities', 'figures', 'quotes', 'places', 'related']) expect(run.stdout).toMatch(new RegExp(`^${field}\\s+\\S`, 'm'));
  }, 100_000);

  it('has --help and refuses an unknown option with a one-line reason', async () => {
    const help = await runDemo(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--full/);
    const bad = await runDemo(['--bogus']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown option --bogus/);
  }, 100_000);
});
