/**
 * The real ingest and enrich handlers, with their event sources, on a thread of their own, as
 * Lambda runs a function in its own environment: the handlers no longer queue for one core behind
 * the emulators (emulator-thread.ts) and whatever uploads in the main thread, and the process
 * stays one (one Ctrl-C, no Docker). The main thread reads each source's stats from shared memory
 * as they change, like those of a source of its own. Handlers a caller brings or wraps (tests) are
 * functions of the main thread and run there instead.
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
  sources: Array<FunctionSourceSpec & { counters: SharedArrayBuffer }>;
  waitTimeSeconds?: number;
  verbose: boolean;
}

export type FunctionsToMain =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'invocationError'; kind: FunctionKind; message: string }
  | { type: 'stopped' };

export interface FunctionThread {
  sources: Record<FunctionKind, EventSource>;
  /** Stops polling, lets running invocations finish and delete their messages, ends the thread. */
  stop(): Promise<void>;
}

export async function startFunctionThread(
  options: { target: HandlerDepsTarget; sources: Record<FunctionKind, FunctionSourceSpec>; waitTimeSeconds?: number; verbose: boolean },
  onInvocationError: (kind: FunctionKind, message: string) => void,
): Promise<FunctionThread> {
  const sources = Object.values(options.sources).map((source) => ({
    ...source,
    counters: new SharedArrayBuffer(EVENT_SOURCE_COUNTERS * Int32Array.BYTES_PER_ELEMENT),
  }));
  const spec: FunctionThreadSpec = { target: options.target, sources, waitTimeSeconds: options.waitTimeSeconds, verbose: options.verbose };
  const worker = new Worker(new URL('./function-worker.mjs', import.meta.url), { workerData: spec });
  let ready = false;
  let exited = false;
  let stopped: (() => void) | undefined;

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FunctionsToMain) => {
      if (message.type === 'ready') {
        ready = true;
        resolve();
      } else if (message.type === 'failed') reject(new Error(`handlers did not start: ${message.message}`));
      else if (message.type === 'invocationError') onInvocationError(message.kind, message.message);
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

  const eventSource = (kind: FunctionKind): EventSource => {
    const stats = statsView(new Int32Array(sources.find((source) => source.kind === kind)!.counters));
    return {
      stats,
      get active() {
        return stats.active;
      },
      // Both sources stop together: the stack stops them together.
      stop: () => stopAll(),
    };
  };
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
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
  return { sources: { ingest: eventSource('ingest'), enrich: eventSource('enrich') }, stop: stopAll };
}
