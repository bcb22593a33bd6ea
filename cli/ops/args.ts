/** Option parsing shared by query/status/failures/redrive: strict, with one-line usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../command';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new CliError(`${(err as Error).message.split('\n')[0]} (see newsdrop ${command} --help)`, 2);
  }
}

export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > max) throw new CliError(`--limit must be a whole number from 1 to ${max}, got "${value}"`, 2);
  return limit;
}
