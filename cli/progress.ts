/**
 * A one-line progress bar on a TTY; on anything else (CI logs, pipes) plain
 * lines at each tenth and at the end, so logs stay readable.
 */
export interface Progress {
  /** Sets the count done so far (and optionally the total). */
  update(done: number, total?: number): void;
  /** Prints a line above the bar without breaking it. */
  log(line: string): void;
  /** Draws the final state and ends the line. */
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream?: NodeJS.WriteStream;
  width?: number;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const width = options.width ?? 28;
  let total = options.total;
  let done = 0;
  let lastTenth = -1;
  let finished = false;

  const text = () => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    if (!tty) return `${options.label}: ${done}/${total}`;
    const filled = Math.round(ratio * width);
    return `${options.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}%`;
  };
  const draw = () => {
    if (tty) {
      stream.write(`\r\x1b[2K${text()}`);
      return;
    }
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(text() + '\n');
    }
  };

  return {
    update(next, nextTotal) {
      done = next;
      if (nextTotal !== undefined) total = nextTotal;
      if (!finished) draw();
    },
    log(line) {
      if (tty) stream.write(`\r\x1b[2K${line}\n`);
      else stream.write(line + '\n');
      if (tty && !finished) draw();
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty) stream.write(`\r\x1b[2K${text()}\n`);
      else if (lastTenth !== 10 || done !== total) stream.write(text() + '\n');
    },
  };
}
