/**
 * One definition of how a handler is bundled, shared by the stack (handlerCode) and
 * scripts/measure-bundles.ts, so the measured bundle is the deployed bundle.
 *
 * Measured figures (size, module init and first invocation under Node 24, with and without the
 * levers, same run) are in docs/bundles.md, written by `npm run measure:bundles`; they are not
 * repeated here so they cannot drift. The choices:
 * - The AWS SDK is bundled, not taken from the runtime: the runtime's SDK loads from hundreds of
 *   small module files and costs more init than our whole bundle (×1.1–3). Lazy SDK loading is
 *   avoided too: it only moves the cost into the first message. Bundling also pins the SDK
 *   version to package-lock.json.
 * - The levers (bundleLevers), each a change to the baseline build that removes cold-start work
 *   rather than deferring it:
 *   - Lambda credentials only: the default credential chain (SSO, INI files, process, web
 *     identity, container metadata) is replaced by the environment-variable provider, which is
 *     where Lambda puts the role's credentials (lib/lambda-credentials.ts).
 *   - CommonJS output: under Node 24 one CommonJS file initialises faster than the same code as an
 *     ES module (no ESM loader and linking on the cold path). esbuild still tree-shakes the SDK's
 *     and Powertools' ESM builds (`module` first in mainFields) before converting.
 *   - Prebuilt classifier tables: the classifier imports its compiled taxonomy and term matcher
 *     from `#classifier-tables`; locally that module builds them at import, in a bundle the alias
 *     points at a module generated here, from the taxonomy, each time this file is loaded (so
 *     before every bundling; never stale), holding them as data (lambdas/core/classify/tables.ts).
 *   - Three esbuild plugins over dependency files (lib/bundle-levers.ts): the SDK's unused
 *     operation schemas become removable, its event-stream module is imported statically (no
 *     lazy module wrappers), htmlparser2's entity table is decoded by Node's native base64.
 * - UTF-8 output: the taxonomy holds Cyrillic and Hangul terms; esbuild's default ASCII escaping
 *   would inflate them several times over.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';
import { AssetHashType } from 'aws-cdk-lib';
import { Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import { entitiesTablePlugin, sdkSchemaKeysPlugin, staticEventStreamsPlugin } from './bundle-levers';
import { prebuiltTablesSource } from '../lambdas/core/classify/tables';

/** The newest Node.js runtime aws-cdk-lib knows; the bundle targets the same version. */
export const handlerRuntime = Runtime.NODEJS_24_X;
const esbuildTarget = 'node24';

export const handlerNames = ['ingest', 'enrich'] as const;
export type HandlerName = (typeof handlerNames)[number];

/** Absolute path of a handler entry (lambdas/handlers/<name>.ts exporting `handler`). */
export function handlerEntry(name: HandlerName): string {
  return fileURLToPath(new URL(`../lambdas/handlers/${name}.ts`, import.meta.url));
}

/**
 * Packages left out of the bundle. None: the runtime's SDK would work, but loads slower than a
 * bundled one (see above); Powertools is not in the runtime at all.
 */
export const externalPackages: string[] = [];

/** Lever lambda-credentials: the SDK's default credential chain → the environment-variable provider alone. */
export const credentialAliases: Record<string, string> = {
  '@aws-sdk/credential-provider-node': fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url)),
};

/** The specifier the classifier imports its tables from (package.json "imports"). */
export const classifierTablesSpecifier = '#classifier-tables';

/**
 * Writes the prebuilt classifier tables module (generated from the taxonomy now) and returns its
 * path. Named by a hash of its content and written by rename, so concurrent builds never see a
 * half-written or stale file.
 */
export function writePrebuiltTables(dir = fileURLToPath(new URL('../.newsdrop/generated/', import.meta.url))): string {
  const source = prebuiltTablesSource(fileURLToPath(new URL('../lambdas/core/classify/tables-data.ts', import.meta.url)));
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = join(dir, `classifier-tables-${hash}.ts`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, source);
    renameSync(partial, file);
  }
  return file;
}

/** Lever prebuilt-classifier-tables: the classifier's tables as data generated at bundling time. */
export const prebuiltTablesAliases: Record<string, string> = { [classifierTablesSpecifier]: writePrebuiltTables() };

/**
 * Node options the baseline ran with: `--enable-source-maps`, for stack traces in the terms of the
 * TypeScript sources. Node then measures every line of the bundle as it loads it (~10 ms of each cold
 * start); the deployed function maps its logged stack traces itself, reading the same source map on
 * the first error (lambdas/handlers/source-mapped-stack.ts), and runs without the option.
 */
export const baselineNodeOptions: readonly string[] = ['--enable-source-maps'];

/** An external map of positions only, beside the bundle (read on the first logged error). */
const handlerSourceMap = { sourcemap: 'linked', sourcesContent: false } as const;

/** A cold-start lever: what it changes on top of the baseline (docs/bundles.md measures each alone). */
export interface BundleLever {
  readonly name: string;
  /** One line for the report. */
  readonly label: string;
  /** The build options with the lever. */
  apply(options: BuildOptions): BuildOptions;
  /** The Node options the function runs with, with the lever (none change by default). */
  nodeOptions?(options: readonly string[]): readonly string[];
}

const withAliases = (options: BuildOptions, aliases: Record<string, string>): BuildOptions => ({ ...options, alias: { ...options.alias, ...aliases } });
const withPlugin = (options: BuildOptions, plugin: Plugin): BuildOptions => ({ ...options, plugins: [...(options.plugins ?? []), plugin] });

export const bundleLevers: readonly BundleLever[] = [
  { name: 'lambda-credentials', label: "only Lambda's credential provider", apply: (o) => withAliases(o, credentialAliases) },
  { name: 'commonjs', label: 'CommonJS output', apply: ({ banner: _esmShim, ...o }) => ({ ...o, format: 'cjs' }) },
  { name: 'prebuilt-classifier-tables', label: 'classifier tables prebuilt', apply: (o) => withAliases(o, prebuiltTablesAliases) },
  { name: 'sdk-schema-keys', label: 'unused SDK schemas dropped', apply: (o) => withPlugin(o, sdkSchemaKeysPlugin) },
  { name: 'static-event-streams', label: 'SDK event streams imported statically', apply: (o) => withPlugin(o, staticEventStreamsPlugin) },
  { name: 'entities-table', label: 'HTML entity table decoded natively', apply: (o) => withPlugin(o, entitiesTablePlugin) },
  {
    name: 'stack-traces-mapped-when-logged',
    label: 'stack traces mapped when logged, not by --enable-source-maps',
    apply: (o) => o,
    nodeOptions: (options) => options.filter((option) => option !== '--enable-source-maps'),
  },
];

/** The deployed Node options: the baseline's with every lever applied. */
export function leveredNodeOptions(levers: readonly BundleLever[] = bundleLevers): readonly string[] {
  return levers.reduce((options, lever) => lever.nodeOptions?.(options) ?? options, baselineNodeOptions);
}

/** The Node options the deployed function runs with. */
export const handlerNodeOptions = leveredNodeOptions();

/** Environment the stack adds to each function's own: NODE_OPTIONS when there are any. */
export const handlerEnvironment: Record<string, string> = handlerNodeOptions.length > 0 ? { NODE_OPTIONS: handlerNodeOptions.join(' ') } : {};

/**
 * ESM output needs this banner: bundled CommonJS dependencies may call `require` for Node
 * built-ins, and an ES module has no `require`.
 */
export const esmRequireShim =
  "import{createRequire as __newsdropCreateRequire}from'node:module';const require=__newsdropCreateRequire(import.meta.url);";

/**
 * The handler bundle WITHOUT the levers: ES module output, the SDK's full default credential
 * chain, the classifier's tables built at import, the dependencies as published. Everything else
 * (minification, target, source map) is as deployed. scripts/measure-bundles.ts compares the
 * deployed bundle against it in the same run.
 */
export function baselineEsbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: esmRequireShim },
    target: esbuildTarget,
    minify: true,
    ...handlerSourceMap,
    charset: 'utf8',
    mainFields: ['module', 'main'],
    external: externalPackages,
    legalComments: 'none',
  };
}

/** The deployed bundle: the baseline with every lever applied. */
export function esbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  return bundleLevers.reduce((options, lever) => lever.apply(options), baselineEsbuildOptionsFor(entry, outfile));
}

/** File the bundle is written to in the function's asset, and the handler setting naming it. */
export const handlerFile = 'index.js';
export const handlerSetting = 'index.handler';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const buildScript = fileURLToPath(new URL('./build-handler.ts', import.meta.url));

/** Bundles a handler into a folder as esbuildOptionsFor says (a child process: esbuild plugins run only asynchronously). */
export function buildHandlerSync(entry: string, outputDir: string): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', buildScript, entry, join(outputDir, handlerFile)], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`bundling ${entry} failed: ${run.stderr || run.error?.message || `exit ${run.status}`}`);
}

/**
 * The function's code asset: the handler bundled locally by esbuildOptionsFor (this project never
 * bundles in Docker; image and command only complete the type, and the command, naming the entry,
 * keeps CDK from reusing one handler's bundle for another). NodejsFunction's own bundling runs the
 * esbuild command line, which cannot load plugins, hence a Code of our own. Hashed by output, as
 * NodejsFunction does.
 */
export function handlerCode(entry: string): Code {
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: handlerRuntime.bundlingImage,
      command: ['node', '--import', 'tsx', relative(repoRoot, buildScript), relative(repoRoot, entry), `/asset-output/${handlerFile}`],
      local: {
        tryBundle(outputDir: string): boolean {
          buildHandlerSync(entry, outputDir);
          return true;
        },
      },
    },
  });
}
