/**
 * One definition of how a handler is bundled, shared by the stack (NodejsFunction) and
 * scripts/measure-bundles.ts, so the measured bundle is the deployed bundle.
 *
 * Choices, measured with scripts/measure-bundles.ts --variants (CPU ms of a fresh import, Node 20,
 * this 2-core machine; figures in docs/deploy.md):
 * - The AWS SDK is bundled, not taken from the runtime. The runtime's SDK v3 is loaded as ESM from
 *   its many-file `dist-es` builds, which cost more init than our whole bundle: ingest 568 ms
 *   (SDK external, ESM) or 420 ms (SDK external, CJS) versus 309 ms with the SDK tree-shaken
 *   into one ESM file; enrich 389 / 208 / 116 ms. The price is size (≈ 850 KB instead of 330 KB
 *   for ingest), which matters far less than init: it is one file read once. Bundling also pins
 *   the SDK version to package-lock.json instead of whatever the runtime ships that week.
 * - ESM output: it tree-shakes the SDK's and Powertools' ESM builds best.
 * - UTF-8 output: the taxonomy holds Cyrillic and Hangul terms; esbuild's default ASCII escaping
 *   would inflate them several times over.
 * - No source maps: `--enable-source-maps` slows every stack trace and the init.
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

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

/**
 * Bundled CommonJS dependencies may call `require` for Node built-ins; an ESM bundle has no
 * `require`, so define one.
 */
const requireShimBanner =
  "import{createRequire as __newsdropCreateRequire}from'node:module';const require=__newsdropCreateRequire(import.meta.url);";

/** Options for NodejsFunction. Local esbuild only: this project never bundles in Docker. */
export const lambdaBundling: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: esbuildTarget,
  minify: true,
  sourceMap: false,
  mainFields: ['module', 'main'],
  externalModules: externalPackages,
  banner: requireShimBanner,
  // aws-cdk-lib 2.276 drops the `charset` prop when building the esbuild command line, so the
  // flag goes through esbuildArgs (verified by test/lib/bundling.test.ts on a real bundle).
  esbuildArgs: { '--charset': 'utf8', '--legal-comments': 'none' },
};

/** The same bundle expressed as esbuild build options (for measurement). */
export function esbuildOptionsFor(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: esbuildTarget,
    minify: true,
    sourcemap: false,
    charset: 'utf8',
    mainFields: ['module', 'main'],
    external: externalPackages,
    banner: { js: requireShimBanner },
    legalComments: 'none',
  };
}
