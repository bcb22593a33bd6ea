/**
 * Option parsing shared by every command: strict, with one-line usage errors written for people
 * (Node's own parseArgs messages run over several sentences and quote unevenly).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options only: a stray argument is an error. */
export function parseOptions<T extends Options>(command: string, argv: string[], options: T) {
  return parseCommandLine(command, argv, options, false).values;
}

/** Options and positional arguments (files, folders). */
export function parseCommandLine<T extends Options, P extends boolean>(command: string, argv: string[], options: T, allowPositionals: P) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (err) {
    throw new CliError(`${usageProblem(err, options)} (see newsdrop ${command} --help)`, 2);
  }
}

/** One readable clause for a parseArgs failure. */
export function usageProblem(err: unknown, options: Options): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? message.split('.')[0]}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted ?? ''}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--([\w-]+)/.exec(message)?.[1];
      const takesValue = name !== undefined && options[name]?.type === 'string';
      return name === undefined ? message.split('\n')[0]! : takesValue ? `--${name} needs a value` : `--${name} takes no value`;
    }
    default:
      return message.split('\n')[0]!;
  }
}

export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > max) throw new CliError(`--limit must be a whole number from 1 to ${max}, got "${value}"`, 2);
  return limit;
}
