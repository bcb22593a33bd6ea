/**
 * A one-line progress bar on a TTY; on anything else (CI logs, pipes) plain
 * lines at each tenth and at the end, so logs stay readable. Both show the
 * rate, the time elapsed and, while work remains, an estimate of the time left.
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
  /** Milliseconds clock; tests pass their own. */
  now?: () => number;
}

/** "40 s", "2 min 05 s": short enough for one line. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** "5.1/s, 40 s elapsed, about 12 s left" (no estimate until something is done). */
export function describePace(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`, `${formatDuration(elapsedMs)} elapsed`];
  if (done > 0 && done < total) parts.push(`about ${formatDuration(((total - done) * elapsedMs) / done)} left`);
  return parts.join(', ');
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const width = options.width ?? 28;
  const now = options.now ?? Date.now;
  const started = now();
  let total = options.total;
  let done = 0;
  let lastTenth = -1;
  let finished = false;

  const text = () => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const pace = describePace(done, total, now() - started);
    if (!tty) return `${options.label}: ${done}/${total} (${pace})`;
    const filled = Math.round(ratio * width);
    return `${options.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}% ${pace}`;
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
