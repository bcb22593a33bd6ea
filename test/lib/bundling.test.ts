import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlDecodeTreeSource, inlineSchemaKeys, staticEventStreams } from '../../lib/bundle-levers';
import {
  baselineEsbuildOptionsFor,
  bundleLevers,
  classifierTablesSpecifier,
  credentialAliases,
  esbuildOptionsFor,
  externalPackages,
  handlerEntry,
  handlerFile,
  baselineNodeOptions,
  handlerEnvironment,
  handlerNodeOptions,
  handlerRuntime,
  leveredNodeOptions,
  handlerSetting,
} from '../../lib/bundling';

const probe = fileURLToPath(new URL('fixtures/bundle-probe.ts', import.meta.url));
const probeOutput = 'probe-key Ташкент 서울 café & ∉A\u2aa2\u0338';
const requireFromRepo = createRequire(import.meta.url);

describe('handler entries', () => {
  it.each(['ingest', 'enrich'] as const)('%s lives at lambdas/handlers/%s.ts', (name) => {
    expect(handlerEntry(name)).toBe(fileURLToPath(new URL(`../../lambdas/handlers/${name}.ts`, import.meta.url)));
  });
});

describe('shared bundling options', () => {
  const deployed = esbuildOptionsFor('entry.ts', 'out.cjs');
  const baseline = baselineEsbuildOptionsFor('entry.ts', 'out.cjs');

  it('the deployed bundle is the baseline with every lever applied, in order', () => {
    expect(bundleLevers.map((lever) => lever.name)).toEqual([
      'lambda-credentials',
      'commonjs',
      'prebuilt-classifier-tables',
      'sdk-schema-keys',
      'static-event-streams',
      'entities-table',
      'stack-traces-mapped-when-logged',
    ]);
    const { format, alias, banner, plugins, ...rest } = deployed;
    const { format: baselineFormat, alias: baselineAlias, banner: baselineBanner, plugins: baselinePlugins, ...baselineRest } = baseline;
    expect(rest).toEqual(baselineRest);
    expect([format, banner, baselineFormat, baselineAlias, baselinePlugins]).toEqual(['cjs', undefined, 'esm', undefined, undefined]);
    expect(baselineBanner?.js).toContain('createRequire');
    expect(Object.keys(alias!)).toEqual(['@aws-sdk/credential-provider-node', classifierTablesSpecifier]);
    expect(alias![classifierTablesSpecifier]).toMatch(/\.newsdrop\/generated\/classifier-tables-[0-9a-f]{16}\.ts$/);
    expect(plugins!.map((plugin) => plugin.name)).toEqual(['newsdrop-sdk-schema-keys', 'newsdrop-static-event-streams', 'newsdrop-entities-table']);
  });

  it('each lever alone changes the baseline build or its Node options, and nothing else', () => {
    for (const lever of bundleLevers) {
      const alone = lever.apply(baseline);
      const nodeOptions = lever.nodeOptions?.(baselineNodeOptions) ?? baselineNodeOptions;
      expect([alone, nodeOptions], lever.name).not.toEqual([baseline, baselineNodeOptions]);
      expect(baseline.alias, 'levers do not mutate the baseline').toBeUndefined();
      expect({ ...alone, format: undefined, banner: undefined, alias: undefined, plugins: undefined }).toEqual({
        ...baseline,
        format: undefined,
        banner: undefined,
        alias: undefined,
        plugins: undefined,
      });
    }
    expect(bundleLevers[0]!.apply(baseline).alias).toEqual(credentialAliases);
  });

  it('ships a positions-only source map; the function maps logged stacks itself instead of running with --enable-source-maps', () => {
    expect([deployed.sourcemap, deployed.sourcesContent]).toEqual(['linked', false]);
    expect([baselineNodeOptions, handlerNodeOptions, leveredNodeOptions(), handlerEnvironment]).toEqual([['--enable-source-maps'], [], [], {}]);
    expect(handlerSetting).toBe(`${handlerFile.replace(/\.js$/, '')}.handler`);
  });

  it('targets the function runtime', () => {
    expect(handlerRuntime.name).toBe(`nodejs${deployed.target!.toString().replace('node', '')}.x`);
  });
});

describe('lever: unused SDK schemas become removable', () => {
  const schemas = [
    'const _h = "http";',
    'const _e = "error";',
    'const _p = "__proto__";',
    'export var Used$ = [9, "n", "Used", { [_h]: ["GET", "/", 200] }, 0];',
    'export var Unused$ = [9, "n", "Unused", { [_h]: ["DELETE", "/", 204], [_e]: "client" }, 0];',
    'export var Odd$ = [0, { [_p]: 1, [other]: 2 }];',
  ].join('\n');

  it('writes computed keys over string constants as the literals they are, never __proto__ or unknown names', () => {
    const out = inlineSchemaKeys(schemas);
    expect(out).toContain('{ "http": ["GET", "/", 200] }');
    expect(out).toContain('{ "http": ["DELETE", "/", 204], "error": "client" }');
    expect(out).toContain('{ [_p]: 1, [other]: 2 }');
  });

  it('lets esbuild drop an unused schema it had to keep before', async () => {
    const bundleUsing = async (source: string) =>
      (
        await build({
          stdin: { contents: 'import { Used$ } from "./schemas.js"; console.log(Used$);', resolveDir: '/', loader: 'js' },
          bundle: true,
          write: false,
          format: 'esm',
          plugins: [
            {
              name: 'fixture',
              setup(b) {
                b.onResolve({ filter: /schemas\.js$/ }, () => ({ path: 'schemas.js', namespace: 'fixture' }));
                b.onLoad({ filter: /.*/, namespace: 'fixture' }, () => ({ contents: source, loader: 'js' }));
              },
            },
          ],
          external: ['other'],
          logLevel: 'silent',
        })
      ).outputFiles[0]!.text;
    expect((await bundleUsing(schemas.replace(', [other]: 2', ''))).includes('Unused')).toBe(true);
    expect((await bundleUsing(inlineSchemaKeys(schemas.replace(', [other]: 2', '')))).includes('Unused')).toBe(false);
  });

  it.each(['s3', 'dynamodb', 'sqs', 'sns'])('still matches the installed @aws-sdk/client-%s schemas (no constant computed key left)', (client) => {
    const file = join(requireFromRepo.resolve(`@aws-sdk/client-${client}`).replace(/dist-cjs[\\/]index\.js$/, ''), 'dist-es', 'schemas', 'schemas_0.js');
    const source = readFileSync(file, 'utf8');
    const constantKeys = (text: string) => [...text.matchAll(/\[(_\w+)\]:/g)].filter((m) => new RegExp(`^const ${m[1]} = "`, 'm').test(text)).length;
    expect(constantKeys(source)).toBeGreaterThan(10);
    expect(constantKeys(inlineSchemaKeys(source))).toBe(0);
  });
});

describe('lever: the SDK event-stream module imported statically', () => {
  it('replaces the dynamic import with a namespace import of the same module', async () => {
    const out = staticEventStreams('export async function load() { const { A } = await import("@smithy/core/event-streams"); return A; }');
    expect(out).not.toContain('import(');
    expect(out).toMatch(/^import \* as (\w+) from "@smithy\/core\/event-streams";\n[^]*const \{ A \} = \1;/);
    await expect(transform(out, { format: 'esm' })).resolves.toBeDefined();
    expect(staticEventStreams('export const x = 1;')).toBe('export const x = 1;');
  });

  it('still matches the installed @smithy/core', () => {
    const root = requireFromRepo.resolve('@smithy/core').replace(/dist-cjs[\\/]index\.js$/, '');
    const source = readFileSync(join(root, 'dist-es', 'submodules', 'protocols', 'HttpProtocol.js'), 'utf8');
    expect(source).toContain('import("@smithy/core/event-streams")');
    expect(staticEventStreams(source)).not.toContain('import(');
  });
});

describe('lever: the HTML entity table decoded natively', () => {
  it('rebuilds exactly the installed table', async () => {
    const { htmlDecodeTree } = (await import('entities/decode')) as { htmlDecodeTree: Uint16Array };
    const source = htmlDecodeTreeSource(htmlDecodeTree);
    const rebuilt = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { htmlDecodeTree: Uint16Array };
    expect(rebuilt.htmlDecodeTree).toEqual(htmlDecodeTree);
    expect(htmlDecodeTree.length).toBeGreaterThan(10_000);
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
    expect(handlerFile).toBe('index.js');
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
    expect(run.stdout.trim()).toBe(probeOutput);
  });

  it('the baseline bundle computes the same', () => {
    const baselineFile = join(dir, 'baseline.mjs');
    const env = { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'probe-key', AWS_SECRET_ACCESS_KEY: 'probe-secret', AWS_SESSION_TOKEN: 't' };
    const script = `import(${JSON.stringify(baselineFile)}).then((m) => m.handler()).then((out) => console.log(out))`;
    const run = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(probeOutput);
  });

  it('drops the S3 operations the probe never calls, and the event-stream module is no lazy wrapper', () => {
    expect(baseline).toContain('/?metadataInventoryTable');
    expect(deployed).not.toContain('/?metadataInventoryTable');
    expect(baseline).toMatch(/Promise\.resolve\(\)\.then\(\(\)=>\(\w+\(\),\w+\)\)/);
    expect(deployed).not.toMatch(/Promise\.resolve\(\)\.then\(\(\)=>\(\w+\(\),\w+\)\)/);
  });

  it('writes non-ASCII text as UTF-8, not escapes', () => {
    expect(deployed).toContain('Ташкент 서울');
    expect(deployed).not.toMatch(/\\u04[0-9a-f]{2}/i);
  });
});
