/**
 * `npm run eval [-- SUBCOMMAND] [options]`: quality measurements on the labeled
 * data in ../shared. One line per subcommand; topics is the default.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Runner = (argv: string[]) => Promise<void>;

const SUBCOMMANDS: Record<string, () => Promise<Runner>> = {
  topics: async () => (await import('./eval-topics')).main,
  extraction: async () => (await import('./eval-extraction')).main,
  enrichment: async () => {
    const { main } = await import('./eval-enrichment');
    return async (argv) => {
      process.exitCode = main(argv);
    };
  },
};

const USAGE = `Usage: npm run eval -- [${Object.keys(SUBCOMMANDS).join('|')}] [options]   (default: topics; SUBCOMMAND --help for its options)`;

export async function dispatch(argv: string[]): Promise<void> {
  const [first] = argv;
  if (first && !first.startsWith('-') && !(first in SUBCOMMANDS)) throw new Error(`unknown subcommand ${first}\n${USAGE}`);
  const name = first && first in SUBCOMMANDS ? first : 'topics';
  const rest = first === name ? argv.slice(1) : argv;
  if (!first && rest.length === 0) console.error(`(eval: ${name}; ${USAGE.replace('Usage: ', '')})`);
  const run = await SUBCOMMANDS[name]!();
  await run(rest);
}

const self = resolve(dirname(fileURLToPath(import.meta.url)), 'eval.ts');
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === pathToFileURL(self).href) {
  dispatch(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
