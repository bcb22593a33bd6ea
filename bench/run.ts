/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the
 * command line, e.g. `npm run bench -- core`). Each module exports `run()`,
 * which prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node 20 is supported here until the SDK drops it; its notice would only clutter the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (process.argv.includes('--help')) {
  console.log('Usage: npm run bench [-- NAME...]   names: ' + list().map((f) => f.replace('.bench.ts', '')).join(', '));
  process.exit(0);
}

function list(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
}

for (const file of list()) {
  const name = file.replace('.bench.ts', '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== ${name}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
