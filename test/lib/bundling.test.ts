import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baselineEsbuildOptionsFor,
  bundleAliases,
  classifierTablesSpecifier,
  esbuildOptionsFor,
  externalPackages,
  handlerEntry,
  handlerRuntime,
  lambdaBundling,
} from '../../lib/bundling';

const probe = fileURLToPath(new URL('fixtures/bundle-probe.ts', import.meta.url));

describe('handler entries', () => {
  it.each(['ingest', 'enrich'] as const)('%s lives at lambdas/handlers/%s.ts', (name) => {
    expect(handlerEntry(name)).toBe(fileURLToPath(new URL(`../../lambdas/handlers/${name}.ts`, import.meta.url)));
  });
});

describe('shared bundling options', () => {
  const options = esbuildOptionsFor('entry.ts', 'out.cjs');

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
      '--alias': Object.entries(options.alias!).map(([from, to]) => `${from}=${to}`),
    });
  });

  it('the baseline differs only by the levers: ESM output and the default credential chain', () => {
    const { format, alias, banner, ...rest } = baselineEsbuildOptionsFor('entry.ts', 'out.cjs');
    const { format: deployedFormat, alias: deployedAlias, banner: deployedBanner, ...deployedRest } = options;
    expect(rest).toEqual(deployedRest);
    expect([format, alias, deployedFormat, deployedAlias, deployedBanner]).toEqual(['esm', undefined, 'cjs', bundleAliases, undefined]);
    expect(banner?.js).toContain('createRequire');
  });

  it('aliases the credential provider and the classifier tables, one --alias argument each', () => {
    expect(Object.keys(bundleAliases)).toEqual(['@aws-sdk/credential-provider-node', classifierTablesSpecifier]);
    expect(bundleAliases[classifierTablesSpecifier]).toMatch(/\.newsdrop\/generated\/classifier-tables-[0-9a-f]{16}\.ts$/);
    expect(lambdaBundling.esbuildArgs!['--alias']).toHaveLength(2);
  });

  it('never bundles in Docker and targets the function runtime', () => {
    expect(lambdaBundling.forceDockerBundling).toBe(false);
    expect(handlerRuntime.name).toBe(`nodejs${options.target!.toString().replace('node', '')}.x`);
  });
});

describe('a bundle built with the shared options', () => {
  let dir: string;
  let deployedFile: string;
  let deployed: string;
  let baseline: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdrop-bundle-'));
    deployedFile = join(dir, 'index.cjs');
    const baselineFile = join(dir, 'baseline.mjs');
    await build({ ...esbuildOptionsFor(probe, deployedFile), logLevel: 'silent' });
    await build({ ...baselineEsbuildOptionsFor(probe, baselineFile), logLevel: 'silent' });
    deployed = readFileSync(deployedFile, 'utf8');
    baseline = readFileSync(baselineFile, 'utf8');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles the AWS SDK in: the only modules still required are Node built-ins', () => {
    expect(externalPackages).toEqual([]);
    const required = [...deployed.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]!);
    expect(required.length).toBeGreaterThan(0);
    // The SDK keeps optional loads of the SigV4a / CRT signers inside try blocks; never used here.
    const optionalSigners = /^@aws-sdk\/signature-v4(a|-crt)$/;
    const builtIn = (specifier: string) => specifier.startsWith('node:') || /^[a-z_]+$/.test(specifier);
    expect(required.filter((specifier) => !builtIn(specifier) && !optionalSigners.test(specifier))).toEqual([]);
    expect(deployed).toContain('S3Client');
  });

  it('keeps only the environment-variable credential provider (the default chain is in the baseline)', () => {
    for (const link of ['fromSSO', 'fromIni', 'fromTokenFile', 'fromContainerMetadata']) {
      expect(baseline, link).toContain(link);
      expect(deployed, link).not.toContain(link);
    }
    expect(deployed.length).toBeLessThan(baseline.length - 50_000);
  });

  it('runs as CommonJS and reads the credentials Lambda puts in the environment', () => {
    const env = { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'probe-key', AWS_SECRET_ACCESS_KEY: 'probe-secret', AWS_SESSION_TOKEN: 't' };
    const script = `require(${JSON.stringify(deployedFile)}).handler().then((out) => console.log(out))`;
    const run = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('probe-key Ташкент 서울');
  });

  it('writes non-ASCII text as UTF-8, not escapes', () => {
    expect(deployed).toContain('Ташкент 서울');
    expect(deployed).not.toMatch(/\\u04[0-9a-f]{2}/i);
  });
});
