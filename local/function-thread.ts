/**
 * A real handler (ingest or enrich) with its event source on a thread of its own, as Lambda runs
 * each function in its own environment: the functions no longer queue for one core behind each
 * other, the emulators (emulator-thread.ts) and whatever uploads in the main thread, and the
 * process stays one (one Ctrl-C, no Docker). The main thread reads the source's stats from shared
 * memory as they change, like those of a source of its own. Handlers a caller brings or wraps
 * (tests) are functions of the main thread and run there instead.
 */
import { Worker } from 'node:worker_threads';
import { EVENT_SOURCE_COUNTERS, statsView, type EventSource } from './event-source';
import type { QueueRuntimeSettings } from './settings';
import type { HandlerDepsTarget } from './stack';

export type FunctionKind = 'ingest' | 'enrich';

export interface FunctionSourceSpec {
  kind: FunctionKind;
  settings: QueueRuntimeSettings;
  queueUrl: string;
  queueArn: string;
}

export interface FunctionThreadSpec {
  target: HandlerDepsTarget;
  source: FunctionSourceSpec & { counters: SharedArrayBuffer };
  waitTimeSeconds?: number;
  verbose: boolean;
}

export type FunctionsToMain =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'invocationError'; message: string }
  | { type: 'stopped' };

/** The event source on its thread; `stop` also ends the thread. */
export async function startFunctionThread(
  options: { target: HandlerDepsTarget; source: FunctionSourceSpec; waitTimeSeconds?: number; verbose: boolean },
  onInvocationError: (message: string) => void,
): Promise<EventSource> {
  const counters = new SharedArrayBuffer(EVENT_SOURCE_COUNTERS * Int32Array.BYTES_PER_ELEMENT);
  const spec: FunctionThreadSpec = { target: options.target, source: { ...options.source, counters }, waitTimeSeconds: options.waitTimeSeconds, verbose: options.verbose };
  const worker = new Worker(new URL('./typescript-worker.mjs', import.meta.url), { workerData: spec, argv: ['./function-worker.ts'] });
  let ready = false;
  let exited = false;
  let stopped: (() => void) | undefined;

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FunctionsToMain) => {
      if (message.type === 'ready') {
        ready = true;
        resolve();
      } else if (message.type === 'failed') reject(new Error(`handlers did not start: ${message.message}`));
      else if (message.type === 'invocationError') onInvocationError(message.message);
      else stopped?.();
    });
    worker.on('error', (err) => {
      reject(err);
      // Once running, a crash of the handlers' thread ends the process, as it would on one thread.
      if (ready) throw err;
    });
    worker.on('exit', (code) => {
      exited = true;
      reject(new Error(`function thread exited with code ${code}`));
      stopped?.();
    });
  }).catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          stopped = resolve;
          worker.postMessage({ type: 'stop' });
        });
      }
      await worker.terminate();
    })();
    return stopping;
  };
  const stats = statsView(new Int32Array(counters));
  return {
    stats,
    get active() {
      return stats.active;
    },
    stop,
  };
}
