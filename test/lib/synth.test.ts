/**
 * The real thing, offline: `npx cdk synth` of bin/app.ts (cdk.json), with both cdk-nag packs as
 * validation plugins, esbuild bundling of the real handlers and CDK's built-in CloudFormation
 * validation, then cfn-lint on the template when it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerEntry, handlerFile, handlerNames, handlerNodeOptions, handlerRuntime, handlerSetting } from '../../lib/bundling';
import { stackOutputs } from '../../lib/newsdrop-stack';
import { stageNames } from '../../lib/stage';

const stackName = stageNames().stackName;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const synthTimeoutMs = 240_000;

/** cfn-lint exit status is a bit mask: 2 = errors, 4 = warnings, 8 = informational; 1 = crash. */
const cfnLintErrorBits = 1 | 2;

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

describe('cdk synth (offline, both nag packs)', () => {
  let outputDir: string;
  let synth: ReturnType<typeof spawnSync>;
  const templatePath = () => join(outputDir, `${stackName}.template.json`);

  beforeAll(() => {
    for (const name of handlerNames) {
      expect(existsSync(handlerEntry(name)), `handler entry ${handlerEntry(name)} must exist to bundle`).toBe(true);
    }
    outputDir = mkdtempSync(join(tmpdir(), 'newsdrop-synth-'));
    synth = spawnSync('npx', ['cdk', 'synth', '--quiet', '-o', outputDir], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', FORCE_COLOR: '0' },
      timeout: synthTimeoutMs,
    });
  }, synthTimeoutMs + 10_000);

  afterAll(() => {
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });

  it('exits 0 and writes the stack template', () => {
    expect(synth.status, `cdk synth failed:\n${synth.stdout}\n${synth.stderr}`).toBe(0);
    expect(existsSync(templatePath())).toBe(true);
  });

  it('template has both bundled functions and the CLI outputs', () => {
    const template = JSON.parse(readFileSync(templatePath(), 'utf8'));
    const runtimes = Object.values(template.Resources as Record<string, any>)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => resource.Properties.Runtime as string);
    // ingest and enrich; the third function is CDK's S3 notifications custom resource (Python).
    expect(runtimes.filter((runtime) => runtime === handlerRuntime.name)).toHaveLength(2);
    expect(Object.keys(template.Outputs)).toEqual(expect.arrayContaining(Object.values(stackOutputs)));
  });

  it('runs each function from the bundle lib/bundling.ts built, with the NODE_OPTIONS it names (none)', () => {
    const template = JSON.parse(readFileSync(templatePath(), 'utf8'));
    const functions = Object.values(template.Resources as Record<string, any>).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Runtime === handlerRuntime.name,
    );
    const nodeOptions = handlerNodeOptions.length > 0 ? handlerNodeOptions.join(' ') : undefined;
    expect(functions.map((fn) => [fn.Properties.Handler, fn.Properties.Environment.Variables.NODE_OPTIONS])).toEqual([
      [handlerSetting, nodeOptions],
      [handlerSetting, nodeOptions],
    ]);
  });

  it('bundles both handlers as UTF-8 CommonJS with Lambda-only credentials and every lever (the stack bundles as measured)', () => {
    const manifest = JSON.parse(readFileSync(join(outputDir, `${stackName}.assets.json`), 'utf8'));
    const assets = Object.values(manifest.files as Record<string, { source: { path: string; packaging?: string } }>)
      .filter((file) => file.source.packaging === 'zip')
      .map((file) => join(outputDir, file.source.path));
    const bundles = assets.map((dir) => readFileSync(join(dir, handlerFile), 'utf8'));
    expect(bundles).toHaveLength(2);
    for (const dir of assets) expect(existsSync(join(dir, `${handlerFile}.map`))).toBe(true);
    // CommonJS, and the credentials alias took effect: no SSO / INI links of the default credential chain.
    for (const bundle of bundles) expect([bundle.includes('module.exports'), bundle.includes('fromSSO')]).toEqual([true, false]);
    // The plugins took effect: no unused S3 operation schema, no lazily wrapped event-stream module.
    for (const bundle of bundles) {
      expect([bundle.includes('/?metadataInventoryTable'), /Promise\.resolve\(\)\.then\(\(\)=>\(\w+\(\),\w+\)\)/.test(bundle)]).toEqual([false, false]);
    }
    // The #classifier-tables alias took effect: ingest carries the prebuilt tables, no taxonomy source.
    expect(bundles.map((bundle) => [bundle.includes('"termTopic":['), bundle.includes('tierWeights')]).sort()).toEqual([[false, false], [true, false]]);
    // The taxonomy's Cyrillic terms must stay UTF-8 text: without --charset=utf8 esbuild writes
    // thousands of \u04xx escapes (regular expressions may legitimately hold a few).
    const cyrillic = bundles.join('').match(/[\u0400-\u04ff]/g)?.length ?? 0;
    const escapedCyrillic = bundles.join('').match(/\\u04[0-9a-f]{2}/gi)?.length ?? 0;
    expect({ cyrillic: cyrillic > 100, fewEscapes: escapedCyrillic < 50 }).toEqual({ cyrillic: true, fewEscapes: true });
  });

  it('passes cfn-lint without errors (warnings allowed)', () => {
    expect(existsSync(templatePath())).toBe(true);
    if (!onPath('cfn-lint')) {
      console.log('cfn-lint is not on PATH (it ships with Python, not npm): only the synth itself was checked');
      return;
    }
    const lint = spawnSync('cfn-lint', [templatePath()], { encoding: 'utf8', timeout: 120_000 });
    expect(lint.status, `cfn-lint could not run: ${lint.error?.message ?? ''}`).not.toBeNull();
    expect(lint.status! & cfnLintErrorBits, `cfn-lint errors:\n${lint.stdout}\n${lint.stderr}`).toBe(0);
  }, 130_000);
});
