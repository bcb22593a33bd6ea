/**
 * Bundles each handler exactly as the stack does (lib/bundling.ts) and, in the same run, the same
 * handler WITHOUT the cold-start levers (ESM output, the SDK's full default credential chain, the
 * classifier's tables built at import).
 * Reports size and module init under Node 24, the Lambda runtime's version, side by side.
 *
 *   npm run measure:bundles -- [--runs 15] [--node PATH] [--write] [ingest|enrich ...]
 *
 * Init is the CPU time (user + system) a fresh `node` process spends loading the bundle the way
 * the Lambda runtime does (`require` for CommonJS, `import` for ES modules), median of --runs
 * processes. CPU time, not wall time: the build machine is shared, and a cold init is CPU-bound.
 * Runs of the five bundles (baseline, each lever alone, deployed) rotate, so load on the machine
 * hits them alike.
 * `--write` records the result in docs/bundles.md, the one place README, docs/deploy.md and
 * lib/bundling.ts take their figures from. Node 24 comes from scripts/node24.sh (`node@24`
 * from the npm registry, cached) unless --node names a binary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { pipelineConfig } from '../lambdas/config';
import { baselineEsbuildOptionsFor, credentialAliases, esbuildOptionsFor, handlerEntry, handlerNames, prebuiltTablesAliases, type HandlerName } from '../lib/bundling';

/** Deployed init ÷ baseline init, at most (issue 14). */
const goals: Record<HandlerName, number> = { ingest: 0.6, enrich: 0.75 };
const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const bundleDir = join(repoRoot, '.newsdrop', 'bundles');
const reportPath = join(repoRoot, 'docs', 'bundles.md');

/** Environment a deployed handler sees at init, with placeholder resource names. */
const handlerEnvironment: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'measure',
  AWS_SECRET_ACCESS_KEY: 'measure',
  AWS_SESSION_TOKEN: 'measure',
  AWS_LAMBDA_FUNCTION_NAME: 'measure',
  [pipelineConfig.env.bucket]: 'measure-bucket',
  [pipelineConfig.env.table]: 'measure-table',
  [pipelineConfig.env.enrichQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/measure',
  [pipelineConfig.env.eventsTopicArn]: 'arn:aws:sns:us-east-1:123456789012:measure',
  [pipelineConfig.env.maxObjectBytes]: String(pipelineConfig.bucket.maxObjectBytes),
};

interface Bundle {
  file: string;
  format: 'esm' | 'cjs';
  kb: number;
}

interface Row {
  handler: HandlerName;
  baseline: { kb: number; initMs: number };
  deployed: { kb: number; initMs: number };
  /** Each lever alone, on top of the baseline. */
  credentialsOnly: { kb: number; initMs: number };
  cjsOnly: { kb: number; initMs: number };
  tablesOnly: { kb: number; initMs: number };
  ratio: number;
  goal: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function bundle(options: BuildOptions, format: Bundle['format']): Promise<Bundle> {
  await build({ ...options, logLevel: 'error' });
  const file = options.outfile!;
  return { file, format, kb: statSync(file).size / 1024 };
}

/** CPU ms of loading the bundle in a fresh process, as the Lambda runtime's own ES module does. */
function initMilliseconds(node: string, target: Bundle): number {
  const href = JSON.stringify(pathToFileURL(target.file).href);
  const load =
    target.format === 'cjs'
      ? `const m = (await import('node:module')).createRequire(${href})(${JSON.stringify(target.file)});`
      : `const m = await import(${href});`;
  const script =
    `const c0 = process.cpuUsage(); ${load}` +
    `if (typeof m.handler !== 'function') throw new Error('no handler export');` +
    `const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000);`;
  const run = spawnSync(node, ['--input-type=module', '-e', script], { env: handlerEnvironment, encoding: 'utf8', cwd: bundleDir });
  if (run.status !== 0) throw new Error(`measuring ${target.file} failed:\n${run.stderr}`);
  return Number(run.stdout.trim().split('\n').pop());
}

async function measure(node: string, name: HandlerName, runs: number): Promise<Row> {
  const entry = handlerEntry(name);
  const baselineOptions = baselineEsbuildOptionsFor(entry, join(bundleDir, `${name}.baseline.mjs`));
  const deployedOptions = esbuildOptionsFor(entry, join(bundleDir, `${name}.deployed.cjs`));
  // .cjs: the repository's package.json says "type": "module", which would make a .js file ESM here.
  const bundles = {
    baseline: await bundle(baselineOptions, 'esm'),
    credentialsOnly: await bundle({ ...baselineOptions, alias: credentialAliases, outfile: join(bundleDir, `${name}.credentials-only.mjs`) }, 'esm'),
    cjsOnly: await bundle({ ...deployedOptions, alias: undefined, outfile: join(bundleDir, `${name}.cjs-only.cjs`) }, 'cjs'),
    tablesOnly: await bundle({ ...baselineOptions, alias: prebuiltTablesAliases, outfile: join(bundleDir, `${name}.tables-only.mjs`) }, 'esm'),
    deployed: await bundle(deployedOptions, 'cjs'),
  };
  const kinds = Object.keys(bundles) as (keyof typeof bundles)[];
  const times = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<keyof typeof bundles, number[]>;
  for (const kind of kinds) initMilliseconds(node, bundles[kind]); // warm the file cache for all
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length]!;
      times[kind].push(initMilliseconds(node, bundles[kind]));
    }
  }
  const figure = (kind: keyof typeof bundles) => ({ kb: bundles[kind].kb, initMs: median(times[kind]) });
  const baseline = figure('baseline');
  const deployed = figure('deployed');
  return {
    handler: name,
    baseline,
    deployed,
    credentialsOnly: figure('credentialsOnly'),
    cjsOnly: figure('cjsOnly'),
    tablesOnly: figure('tablesOnly'),
    ratio: deployed.initMs / baseline.initMs,
    goal: goals[name],
  };
}

function node24(explicit: string | undefined): string {
  if (explicit) return explicit;
  return execFileSync(join(repoRoot, 'scripts', 'node24.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

function verdict(row: Row): string {
  return row.ratio <= row.goal ? `within goal (≤ ${row.goal}×)` : `OVER goal (≤ ${row.goal}×)`;
}

function consoleTable(rows: Row[]): string {
  return rows
    .map(
      (r) =>
        `${r.handler.padEnd(7)} baseline ${r.baseline.kb.toFixed(0).padStart(4)} KB ${r.baseline.initMs.toFixed(0).padStart(4)} ms` +
        `   deployed ${r.deployed.kb.toFixed(0).padStart(4)} KB ${r.deployed.initMs.toFixed(0).padStart(4)} ms` +
        `   ×${r.ratio.toFixed(2)}  ${verdict(r)}`,
    )
    .join('\n');
}

function markdown(rows: Row[], nodeVersion: string, runs: number): string {
  const date = new Date().toISOString().slice(0, 10);
  return `# Lambda bundles: size and cold-start module init

Written by \`npm run measure:bundles -- --write\` (scripts/measure-bundles.ts); do not edit by hand.
README.md, docs/deploy.md and lib/bundling.ts point here instead of quoting their own figures.

Measured ${date} under Node ${nodeVersion} (the Lambda runtime's major version) on the shared
2-core build machine: CPU time of loading each bundle in a fresh process, median of ${runs}
processes per figure, the runs of the five bundles of a handler rotating in the same run.

- **deployed**: \`lib/bundling.ts\` as the stack builds it: CommonJS output, only the
  environment-variable credential provider (Lambda's), the classifier's tables (compiled taxonomy,
  term matcher) prebuilt as data at bundling time.
- **baseline**: the same handler and options without those three levers: ES module output, the
  SDK's full default credential chain, the taxonomy compiled and the matcher built at import.

| handler | baseline size | baseline init | deployed size | deployed init | deployed ÷ baseline | goal |
|---|---:|---:|---:|---:|---:|---|
${rows
  .map(
    (r) =>
      `| ${r.handler} | ${r.baseline.kb.toFixed(0)} KB | ${r.baseline.initMs.toFixed(0)} ms | ${r.deployed.kb.toFixed(0)} KB | ` +
      `**${r.deployed.initMs.toFixed(0)} ms** | **×${r.ratio.toFixed(2)}** | ≤ ${r.goal}×: ${r.ratio <= r.goal ? 'met' : 'not met'} |`,
  )
  .join('\n')}

Each lever alone (init ÷ baseline init, same run):

| handler | only Lambda's credential provider | only CommonJS output | only prebuilt classifier tables |
|---|---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.handler} | ${r.credentialsOnly.kb.toFixed(0)} KB, ${r.credentialsOnly.initMs.toFixed(0)} ms, ×${(r.credentialsOnly.initMs / r.baseline.initMs).toFixed(2)} | ` +
      `${r.cjsOnly.kb.toFixed(0)} KB, ${r.cjsOnly.initMs.toFixed(0)} ms, ×${(r.cjsOnly.initMs / r.baseline.initMs).toFixed(2)} | ` +
      `${r.tablesOnly.kb.toFixed(0)} KB, ${r.tablesOnly.initMs.toFixed(0)} ms, ×${(r.tablesOnly.initMs / r.baseline.initMs).toFixed(2)} |`,
  )
  .join('\n')}

The prebuilt tables are generated from the taxonomy each time lib/bundling.ts is loaded, so a
bundle never carries stale ones; locally (tsx, tests) the classifier builds them at import. The
first classification still builds each script's Aho–Corasick automaton on first use, with or
without the prebuilt tables (measured here: module init only).

Absolute milliseconds swing with the machine's load; the ratio, measured in one run, is the
figure to compare. Not levers: the runtime's own SDK (×1.1–3 slower to load than the bundled,
tree-shaken one) and lazy SDK loading (moves the cost into the first message).
`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '15' }, node: { type: 'string' }, write: { type: 'boolean', default: false } },
  });
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);
  const unknown = positionals.filter((name) => !(handlerNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown handler ${unknown.join(', ')} (known: ${handlerNames.join(', ')})`);
  const handlers = positionals.length > 0 ? (positionals as HandlerName[]) : [...handlerNames];
  const node = node24(values.node);
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  mkdirSync(bundleDir, { recursive: true });

  console.log(`node ${nodeVersion}, ${runs} fresh processes per figure (median), ms of CPU time`);
  const rows: Row[] = [];
  for (const name of handlers) {
    const row = await measure(node, name, runs);
    rows.push(row);
    console.log(consoleTable([row]));
  }
  if (values.write) {
    if (handlers.length !== handlerNames.length) throw new Error('--write needs every handler measured');
    writeFileSync(reportPath, markdown(rows, nodeVersion, runs));
    console.log(`wrote ${reportPath}`);
  }
}

main().catch((err: unknown) => {
  console.error(`measure-bundles: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
