/** One-line reasons for AWS and network failures, naming the target the command talked to. */
import { CliError } from '../command';

export function describeFailure(err: unknown, target: { description: string; table: string; endpoint?: string }): Error {
  if (err instanceof CliError) return err;
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | undefined)?.code;
  if (name === 'ResourceNotFoundException') return new CliError(`table "${target.table}" not found at ${target.description}`);
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) {
    return new CliError(`nothing answers at ${target.endpoint ?? target.description}; start one with \`newsdrop dev\``);
  }
  if (name === 'CredentialsProviderError') return new CliError(`no AWS credentials for ${target.description}: ${firstLine(message)}`);
  return new CliError(`${name || 'error'} from ${target.description}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}
