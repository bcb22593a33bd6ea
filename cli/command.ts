/** What every `newsdrop <command>` module exports. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text: usage line, options, an example. */
  help: string;
  /** Returns the process exit code. Throw `CliError` for a one-line failure. */
  run(argv: string[]): Promise<number>;
}

/** A failure the user can act on: printed as one line, exit code 1 (or the given one). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
