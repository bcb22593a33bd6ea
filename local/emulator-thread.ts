/**
 * The emulators (emulators.ts) on a thread of their own. The whole local pipeline runs in one
 * process, and every request the handlers make costs CPU on both sides: the SDK client's and the
 * emulator's. On one thread they queue behind each other; with the emulators on a worker thread
 * the handlers and the emulators use two cores, still in one process (no Docker, one endpoint,
 * one Ctrl-C). Object writes reach the main thread as messages, in write order.
 *
 * The enrich event source (real handler) can run on that thread too: the emulators leave it
 * room, and the main thread keeps the uploads, the bridge and ingest. Its stats live in shared
 * memory, so the main thread reads them as they change, like those of a source of its own.
 */
import { Worker } from 'node:worker_threads';
import type { EmulatorOptions, RequestCounts } from './emulators';
import { EVENT_SOURCE_COUNTERS, statsView, type EventSource } from './event-source';
import type { ObjectWriteListener, ObjectWritten } from './observed-s3-store';
import type { QueueRuntimeSettings } from './settings';
import type { HandlerDepsTarget } from './stack';

/** What the emulator thread needs to run the enrich event source with the real handler. */
export interface EnrichOnThread {
  target: HandlerDepsTarget;
  settings: QueueRuntimeSettings;
  queueUrl: string;
  queueArn: string;
  waitTimeSeconds?: number;
  verbose: boolean;
  /** EVENT_SOURCE_COUNTERS Int32 slots. */
  counters: SharedArrayBuffer;
}

export type ToWorker = { id: number } & (
  | { type: 'settled' }
  | { type: 'counts' }
  | { type: 'restore' }
  | { type: 'stop' }
  | { type: 'startEnrich'; spec: EnrichOnThread }
  | { type: 'stopEnrich' }
);

type Request = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export type ToMain =
  | { type: 'ready'; endpoint: string; dynamoEndpoint: string }
  | { type: 'failed'; message: string }
  | { type: 'written'; write: ObjectWritten }
  | { type: 'invocationError'; message: string }
  | { type: 'reply'; id: number; result?: unknown; error?: string };

export interface ThreadedEmulators {
  /** S3, SQS, SNS and DynamoDB on one endpoint. */
  endpoint: string;
  dynamoEndpoint: string;
  /** Every object written to the S3 emulator (put, copy, multipart complete), in write order. */
  onObjectWritten(listener: ObjectWriteListener): void;
  /** Resolves once every write the emulators had made when it was called has reached the listeners. */
  settled(): Promise<void>;
  /** With a data folder: puts the objects persisted by earlier runs back (no notifications) and lists them. */
  restoreObjects(): Promise<ObjectWritten[]>;
  requestCounts(): Promise<RequestCounts>;
  operationCounts(): Promise<Record<string, number>>;
  /** Runs the enrich event source with the real handler on the emulator thread. */
  startEnrichSource?(spec: Omit<EnrichOnThread, 'counters'>, onInvocationError?: (message: string) => void): Promise<EventSource>;
  stop(): Promise<void>;
}

export async function startEmulatorThread(options: EmulatorOptions): Promise<ThreadedEmulators> {
  const worker = new Worker(new URL('./emulator-worker.mjs', import.meta.url), { workerData: options });
  const listeners: ObjectWriteListener[] = [];
  let onInvocationError: ((message: string) => void) | undefined;
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (err: unknown) => void }>();
  let nextId = 0;
  let exited: Error | undefined;

  const started = new Promise<{ endpoint: string; dynamoEndpoint: string }>((resolve, reject) => {
    worker.on('message', (message: ToMain) => {
      switch (message.type) {
        case 'ready':
          resolve(message);
          break;
        case 'failed':
          reject(new Error(`emulators did not start: ${message.message}`));
          break;
        case 'written':
          for (const listener of listeners) listener(message.write);
          break;
        case 'invocationError':
          onInvocationError?.(message.message);
          break;
        case 'reply': {
          const pending = replies.get(message.id);
          replies.delete(message.id);
          if (message.error !== undefined) pending?.reject(new Error(message.error));
          else pending?.resolve(message.result);
          break;
        }
      }
    });
    worker.on('error', (err) => {
      exited = err;
      reject(err);
      for (const pending of replies.values()) pending.reject(err);
      replies.clear();
    });
    worker.on('exit', (code) => {
      exited ??= new Error(`emulator thread exited with code ${code}`);
      reject(exited);
      for (const pending of replies.values()) pending.reject(exited);
      replies.clear();
    });
  });

  const ask = <T>(request: Request): Promise<T> => {
    if (exited !== undefined) return Promise.reject(exited);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      replies.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as ToWorker);
    });
  };

  let addresses;
  try {
    addresses = await started;
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    ...addresses,
    onObjectWritten: (listener) => listeners.push(listener),
    settled: () => ask<void>({ type: 'settled' }),
    restoreObjects: () => ask<ObjectWritten[]>({ type: 'restore' }),
    requestCounts: async () => (await ask<{ requests: RequestCounts }>({ type: 'counts' })).requests,
    operationCounts: async () => (await ask<{ operations: Record<string, number> }>({ type: 'counts' })).operations,
    async startEnrichSource(spec, onError) {
      onInvocationError = onError;
      const counters = new SharedArrayBuffer(EVENT_SOURCE_COUNTERS * Int32Array.BYTES_PER_ELEMENT);
      await ask<void>({ type: 'startEnrich', spec: { ...spec, counters } });
      const stats = statsView(new Int32Array(counters));
      return {
        stats,
        get active() {
          return stats.active;
        },
        stop: () => ask<void>({ type: 'stopEnrich' }).catch(() => undefined),
      };
    },
    stop() {
      stopping ??= (async () => {
        if (exited === undefined) await ask<void>({ type: 'stop' }).catch(() => undefined);
        await worker.terminate();
      })();
      return stopping;
    },
  };
}
