/**
 * Bundles one handler for its function asset: `tsx lib/build-handler.ts ENTRY OUTFILE`.
 * Run by lib/bundling.ts (handlerCode) in a child process, since CDK asks for the bundle
 * synchronously and esbuild plugins run only in its asynchronous API.
 */
import { build } from 'esbuild';
import { esbuildOptionsFor } from './bundling';

const [entry, outfile, ...rest] = process.argv.slice(2);
if (entry === undefined || outfile === undefined || rest.length > 0) {
  console.error('usage: tsx lib/build-handler.ts ENTRY OUTFILE');
  process.exit(2);
}
try {
  await build({ ...esbuildOptionsFor(entry, outfile), logLevel: 'error' });
} catch (error) {
  console.error(`build-handler: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
