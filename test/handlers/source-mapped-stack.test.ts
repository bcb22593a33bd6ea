import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../lambdas/handlers/sqs-batch';
import { sourceMappedStack } from '../../lambdas/handlers/source-mapped-stack';

// Bundled and minified into one line, like a handler, with its map beside it: the error is thrown on line 4 of the source.
const source = ['export function outer(input: string): string {', '  return inner(input.trim());', '}', 'function inner(text: string): string { if (text) throw new Error(`bad ${text}`); return text; }', ''].join('\n');

describe('sourceMappedStack', () => {
  let dir: string;
  let bundle: string;
  let thrown: Error;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdrop-stack-'));
    writeFileSync(join(dir, 'thrower.ts'), source);
    bundle = join(dir, 'out', 'index.cjs');
    await build({ entryPoints: [join(dir, 'thrower.ts')], outfile: bundle, bundle: true, format: 'cjs', platform: 'node', minify: true, sourcemap: 'linked', sourcesContent: false, logLevel: 'silent' });
    const { outer } = createRequire(import.meta.url)(bundle) as { outer: (input: string) => string };
    try {
      outer(' x ');
    } catch (error) {
      thrown = error as Error;
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('points the bundle frames at the original file, line and column', () => {
    expect(thrown.stack).toContain(`${bundle}:1:`);
    const mapped = sourceMappedStack(thrown.stack!);
    const frames = mapped.split('\n').filter((line) => line.includes('thrower.ts'));
    expect(frames.map((frame) => frame.match(/thrower\.ts:(\d+):\d+/)?.[1])).toEqual(['4', '2']);
    expect(mapped).not.toContain(`${bundle}:`);
    expect(mapped.split('\n')[0]).toBe('Error: bad x');
  });

  it('names sources from the repository root, not by ../ from the bundle folder', () => {
    expect(sourceMappedStack(thrown.stack!)).toMatch(/\(thrower\.ts:4:\d+\)|at thrower\.ts:4:\d+/);
  });

  it('maps file:// locations too', () => {
    const stack = thrown.stack!.replaceAll(bundle, pathToFileURL(bundle).href);
    expect(sourceMappedStack(stack)).toMatch(/thrower\.ts:4:\d+/);
  });

  it('leaves frames without a map beside their file, internals and other lines as they are', () => {
    const stack = [
      'Error: boom (at the end)',
      `    at handler (${join(dir, 'no-map.js')}:1:10)`,
      '    at node:internal/process/task_queues:95:5',
      '    at async Promise.all (index 0)',
      '    at <anonymous>',
      '    at file:bad',
      'not a frame at all',
    ].join('\n');
    expect(sourceMappedStack(stack)).toBe(stack);
  });

  it('handles a long frame line in one pass', () => {
    const line = `    at ${'('.repeat(200_000)}x:1:1)`;
    expect(sourceMappedStack(line)).toBe(line);
  });

  it('describeError logs the mapped stack', () => {
    const described = describeError(thrown);
    expect(typeof described === 'object' && described.stack).toMatch(/thrower\.ts:4:\d+/);
    expect(describeError('plain')).toBe('plain');
  });
});
