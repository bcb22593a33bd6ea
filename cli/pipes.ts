/**
 * `newsdrop classify --json DIR | head -1`: once the reader closes the pipe, further writes fail
 * with EPIPE. That is the reader saying "enough", not an error: stop quietly with status 0
 * instead of printing a stack trace.
 */
export function exitQuietlyOnClosedPipe(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}
