/**
 * One definition of how a handler is bundled, shared by the stack (NodejsFunction) and
 * scripts/measure-bundles.ts, so the measured bundle is the deployed bundle.
 *
 * Measured figures (size, module init under Node 24 with and without the levers, same run) are
 * in docs/bundles.md, written by `npm run measure:bundles`; they are not repeated here so they
 * cannot drift. The choices:
 * - The AWS SDK is bundled, not taken from the runtime: the runtime's SDK loads from hundreds of
 *   small module files and costs more init than our whole bundle (×1.1–3). Lazy SDK loading is
 *   avoided too: it only moves the cost into the first message. Bundling also pins the SDK
 *   version to package-lock.json.
 * - Lever 1, Lambda credentials only: the default credential chain (SSO, INI files, process,
 *   web identity, container metadata) is replaced by the environment-variable provider, which is
 *   where Lambda puts the role's credentials (lib/lambda-credentials.ts). Smaller and faster init.
 * - Lever 2, CommonJS output: under Node 24 one CommonJS file initialises faster than the same
 *   code as an ES module (no ESM loader and linking on the cold path). esbuild still tree-shakes
 *   the SDK's and Powertools' ESM builds (`module` first in mainFields) before converting.
 * - Lever 3, prebuilt classifier tables: the classifier imports its compiled taxonomy and term
 *   matcher from `#classifier-tables`; locally that module builds them at import, in a bundle the
 *   alias points at a module generated here, from the taxonomy, each time this file is loaded
 *   (so before every bundling; never stale), holding them as data (lambdas/core/classify/tables.ts).
 *   The taxonomy source and its validation stay out of the bundle and out of the cold start.
 * - UTF-8 output: the taxonomy holds Cyrillic and Hangul terms; esbuild's default ASCII escaping
 *   would inflate them several times over.
 * - No source maps: `--enable-source-maps` slows every stack trace and the init.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
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

/** Lever 1: the SDK's default credential chain → the environment-variable provider alone. */
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

/** Lever 3: the classifier's tables as data generated at bundling time. */
export const prebuiltTablesAliases: Record<string, string> = { [classifierTablesSpecifier]: writePrebuiltTables() };

/** Package → replacement module, applied to every import in the bundle (levers 1 and 3). */
export const bundleAliases: Record<string, string> = { ...credentialAliases, ...prebuiltTablesAliases };

/** Options for NodejsFunction. Local esbuild only: this project never bundles in Docker. */
export const lambdaBundling: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.CJS,
  target: esbuildTarget,
  minify: true,
  sourceMap: false,
  mainFields: ['module', 'main'],
  externalModules: externalPackages,
  // aws-cdk-lib 2.276 drops the `charset` prop when building the esbuild command line, so the
  // flag goes through esbuildArgs (verified by test/lib/bundling.test.ts on a real bundle);
  // `--alias` has no prop at all: an array value becomes one `--alias:from=to` per entry.
  esbuildArgs: {
    '--charset': 'utf8',
    '--legal-comments': 'none',
    '--alias': Object.entries(bundleAliases).map(([from, to]) => `${from}=${to}`),
  },
};

/** The deployed bundle expressed as esbuild build options (for measurement and tests). */
export function esbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: esbuildTarget,
    minify: true,
    sourcemap: false,
    charset: 'utf8',
    mainFields: ['module', 'main'],
    external: externalPackages,
    alias: bundleAliases,
    legalComments: 'none',
  };
}

/**
 * ESM output needs this banner: bundled CommonJS dependencies may call `require` for Node
 * built-ins, and an ES module has no `require`.
 */
export const esmRequireShim =
  "import{createRequire as __newsdropCreateRequire}from'node:module';const require=__newsdropCreateRequire(import.meta.url);";

/**
 * The same bundle WITHOUT the levers (ESM output, the SDK's full default credential chain, the
 * classifier's tables built at import): the
 * baseline scripts/measure-bundles.ts compares the deployed bundle against, in the same run.
 */
export function baselineEsbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  const { alias: _alias, ...deployed } = esbuildOptionsFor(entry, outfile);
  return { ...deployed, format: 'esm', banner: { js: esmRequireShim } };
}
