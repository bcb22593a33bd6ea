import { readFileSync } from 'node:fs';
import { CliError } from '../cli/command';
import { helpText } from '../cli/help';
import { exitQuietlyOnClosedPipe } from '../cli/pipes';
import { commands } from '../cli/registry';

const usage = () =>
  [
    'Usage: newsdrop <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -V, --version  print the version',
    '',
    'Run `newsdrop <command> --help` for the options of one command.',
  ].join('\n');

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

exitQuietlyOnClosedPipe();

// The SDK warns once per process that its 2027 releases will need Node 22; the
// project supports Node 20 until then, and the warning would garble CLI output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`newsdrop ${version()}\n`);
    return 0;
  }
  if (name.startsWith('-')) throw new CliError(`unknown option ${name} (run newsdrop --help)`, 2);
  const entry = commands[name];
  if (!entry) throw new CliError(`unknown command "${name}" (run newsdrop --help)`, 2);
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(helpText(command));
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`newsdrop: ${message.split('\n')[0]}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  },
);
