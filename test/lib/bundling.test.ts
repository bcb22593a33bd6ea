import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptionsFor, externalPackages, handlerEntry, handlerRuntime, lambdaBundling } from '../../lib/bundling';

const probe = fileURLToPath(new URL('fixtures/bundle-probe.ts', import.meta.url));

describe('handler entries', () => {
  it.each(['ingest', 'enrich'] as const)('%s lives at lambdas/handlers/%s.ts', (name) => {
    expect(handlerEntry(name)).toBe(fileURLToPath(new URL(`../../lambdas/handlers/${name}.ts`, import.meta.url)));
  });
});

describe('shared bundling options', () => {
  const options = esbuildOptionsFor('entry.ts', 'out.mjs');

  it('stack and measurement bundle the same way', () => {
    expect(lambdaBundling.format).toBe(options.format);
    expect(lambdaBundling.target).toBe(options.target);
    expect(lambdaBundling.minify).toBe(options.minify);
    expect(lambdaBundling.sourceMap).toBe(options.sourcemap);
    expect(lambdaBundling.externalModules).toEqual(options.external);
    expect(lambdaBundling.mainFields).toEqual(options.mainFields);
    expect(lambdaBundling.banner).toBe(options.banner?.js);
    expect(lambdaBundling.esbuildArgs).toEqual({
      '--charset': options.charset,
      '--legal-comments': options.legalComments,
    });
  });

  it('never bundles in Docker and targets the function runtime', () => {
    expect(lambdaBundling.forceDockerBundling).toBe(false);
    expect(handlerRuntime.name).toBe(`nodejs${options.target!.toString().replace('node', '')}.x`);
  });
});

describe('a bundle built with the shared options', () => {
  let dir: string;
  let output: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdrop-bundle-'));
    const outfile = join(dir, 'index.mjs');
    await build({ ...esbuildOptionsFor(probe, outfile), logLevel: 'silent' });
    output = readFileSync(outfile, 'utf8');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles the AWS SDK in: the only static imports left are Node built-ins', () => {
    // (The SDK keeps optional dynamic imports of SigV4a signers inside try blocks; never used here.)
    expect(externalPackages).toEqual([]);
    const imports = [...output.matchAll(/from\s*["']([^"']+)["']/g)].map((match) => match[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((specifier) => !specifier.startsWith('node:'))).toEqual([]);
    expect(output).toContain('S3Client');
  });

  it('writes non-ASCII text as UTF-8, not escapes', () => {
    expect(output).toContain('Ташкент 서울');
    expect(output).not.toMatch(/\\u04[0-9a-f]{2}/i);
  });

  it('defines require for bundled CommonJS code', () => {
    expect(output.startsWith(lambdaBundling.banner!)).toBe(true);
  });
});
