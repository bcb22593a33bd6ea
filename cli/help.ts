import type { Command } from './command';

/** A command's --help text, always ending with the -h line (added when the text lacks one). */
export function helpText(command: Command): string {
  const text = command.help.trimEnd();
  return /-h, --help/.test(text) ? text + '\n' : `${text}\n\n  -h, --help      show this help\n`;
}
