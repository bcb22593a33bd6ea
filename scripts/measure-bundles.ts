/**
 * Bundles each handler exactly as the stack does (lib/bundling.ts) and prints its minified size
 * and module-init time: the median of several fresh `node` processes importing the bundle.
 * Goal for ingest: ≤ 250 KB and ≤ 60 ms. With `--variants`, also measures the alternatives the
 * bundling choice was made against (CommonJS output, the runtime's AWS SDK left external).
 *
 *   npx tsx scripts/measure-bundles.ts [--variants] [--runs 9] [ingest|enrich ...]
 *
 * Bundles go to .newsdrop/bundles/ (git-ignored) inside the repository, so the variants that leave
 * `@aws-sdk/*` external resolve it from node_modules the way they would from the Lambda runtime.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { pipelineConfig } from '../lambdas/config';
import { esbuildOptionsFor, handlerEntry, handlerNames, type HandlerName } from '../lib/bundling';

const goals = { ingest: { kb: 250, initMs: 60 } } as const;
const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const bundleDir = join(repoRoot, '.newsdrop', 'bundles');

interface Variant {
  readonly name: string;
  readonly extension: string;
  readonly adjust: (options: BuildOptions) => BuildOptions;
}

const deployed: Variant = { name: 'deployed (esm, sdk bundled)', extension: 'mjs', adjust: (o) => o };
const runtimeSdk = ['@aws-sdk/*'];
const alternatives: Variant[] = [
  { name: 'esm, runtime sdk', extension: 'mjs', adjust: (o) => ({ ...o, external: runtimeSdk }) },
  {
    name: 'cjs, runtime sdk',
    extension: 'cjs',
    adjust: (o) => ({ ...o, format: 'cjs', banner: {}, mainFields: ['main', 'module'], external: runtimeSdk }),
  },
];

/** Environment a deployed handler sees at init, with placeholder resource names. */
const handlerEnvironment: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'measure',
  AWS_SECRET_ACCESS_KEY: 'measure',
  [pipelineConfig.env.bucket]: 'measure-bucket',
  [pipelineConfig.env.table]: 'measure-table',
  [pipelineConfig.env.enrichQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/measure',
  [pipelineConfig.env.eventsTopicArn]: 'arn:aws:sns:us-east-1:123456789012:measure',
  [pipelineConfig.env.maxObjectBytes]: String(pipelineConfig.bucket.maxObjectBytes),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Time to import the bundle in a fresh process (module evaluation, including SDK loads). */
function initMilliseconds(bundle: string): number {
  const script = `${startClock} const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); if (typeof (m.handler ?? m.default?.handler) !== 'function') throw new Error('no handler export'); ${stopClock}`;
  return timedNode(script, bundle);
}

/**
 * Time to load only the runtime-provided packages a bundle imports, the same way the bundle
 * loads them (`import` for ESM, `require` for CJS): the part of init our code does not control.
 */
function externalsMilliseconds(bundle: string, format: 'esm' | 'cjs'): number {
  const source = readFileSync(bundle, 'utf8');
  const pattern = format === 'esm' ? /from"(@aws-sdk\/[^"]+)"/g : /require\("(@aws-sdk\/[^"]+)"\)/g;
  const packages = [...new Set([...source.matchAll(pattern)].map((match) => match[1]!))];
  if (packages.length === 0) return 0;
  const requireFromRepo = `(await import('node:module')).createRequire(${JSON.stringify(pathToFileURL(bundle).href)})`;
  const load =
    format === 'esm'
      ? packages.map((name) => `await import(${JSON.stringify(name)});`).join('')
      : `const r = ${requireFromRepo}; ${packages.map((name) => `r(${JSON.stringify(name)});`).join('')}`;
  // Resolve from the bundle directory so node_modules lookup matches the bundle's.
  return timedNode(`${startClock} ${load} ${stopClock}`, bundle);
}

/**
 * Init is measured as CPU time (user + system) of the import: on a shared 2-core machine wall
 * time swings with other processes, CPU time much less; a cold Lambda init is CPU-bound too.
 */
const startClock = 'const c0 = process.cpuUsage();';
const stopClock = 'const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000);';

function timedNode(script: string, bundle: string): number {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: handlerEnvironment,
    encoding: 'utf8',
    cwd: dirname(bundle),
  });
  if (run.status !== 0) throw new Error(`measuring ${bundle} failed:\n${run.stderr}`);
  return Number(run.stdout.trim().split('\n').pop());
}

async function measure(name: HandlerName, variant: Variant, runs: number) {
  const suffix = variant === deployed ? '' : `.${variant.name.replace(/[^a-z]+/g, '-')}`;
  const outfile = join(bundleDir, `${name}${suffix}.${variant.extension}`);
  await build(variant.adjust(esbuildOptionsFor(handlerEntry(name), outfile)));
  const kb = statSync(outfile).size / 1024;
  const format = variant.extension === 'cjs' ? 'cjs' : 'esm';
  const initMs = median(Array.from({ length: runs }, () => initMilliseconds(outfile)));
  const sdkMs = median(Array.from({ length: runs }, () => externalsMilliseconds(outfile, format)));
  return { kb, initMs, sdkMs };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 9;
  const variants = args.includes('--variants') ? [deployed, ...alternatives] : [deployed];
  const chosen = handlerNames.filter((name) => args.includes(name));
  const handlers = chosen.length > 0 ? chosen : handlerNames;
  mkdirSync(bundleDir, { recursive: true });

  console.log(`node ${process.version}, ${runs} fresh processes per figure (median); own = init - runtime SDK load; ms of CPU time`);
  for (const name of handlers) {
    for (const variant of variants) {
      const { kb, initMs, sdkMs } = await measure(name, variant, runs);
      const ownMs = Math.max(0, initMs - sdkMs);
      const goal = variant === deployed && name in goals ? goals[name as keyof typeof goals] : undefined;
      const verdict = goal
        ? kb <= goal.kb && ownMs <= goal.initMs
          ? '  within goal'
          : `  OVER goal (${goal.kb} KB, ${goal.initMs} ms own init)`
        : '';
      console.log(
        `${name.padEnd(7)} ${variant.name.padEnd(30)} ${kb.toFixed(1).padStart(7)} KB  init ${initMs.toFixed(0).padStart(5)} ms` +
          `  (runtime SDK ${sdkMs.toFixed(0).padStart(4)} ms, own ${ownMs.toFixed(0).padStart(4)} ms)${verdict}`,
      );
    }
  }
}

await main();
