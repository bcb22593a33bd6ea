/**
 * The emulators (emulators.ts) on a thread of their own. The whole local pipeline runs in one
 * process, and every request the handlers make costs CPU on both sides: the SDK client's and the
 * emulator's. On one thread they queue behind each other; with the emulators on a worker thread
 * the handlers and the emulators use two cores, still in one process (no Docker, one endpoint,
 * one Ctrl-C). Object writes reach the main thread as messages, in write order.

 */
import { Worker } from 'node:worker_threads';
import type { EmulatorOptions, RequestCounts } from './emulators';
import type { ObjectWriteListener, ObjectWritten } from './observed-s3-store';

export type ToWorker = { id: number } & (
  | { type: 'settled' }
  | { type: 'counts' }
  | { type: 'restore' }
  | { type: 'stop' }
);

type Request = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export type ToMain =
  | { type: 'ready'; endpoint: string; dynamoEndpoint: string }
  | { type: 'failed'; message: string }
  | { type: 'written'; write: ObjectWritten }
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
  stop(): Promise<void>;
}

export async function startEmulatorThread(options: EmulatorOptions): Promise<ThreadedEmulators> {
  const worker = new Worker(new URL('./typescript-worker.mjs', import.meta.url), { workerData: options, argv: ['./emulator-worker.ts'] });
  const listeners: ObjectWriteListener[] = [];
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (err: unknown) => void }>();
  let nextId = 0;
  let exited: Error | undefined;
  let ready = false;

  const started = new Promise<{ endpoint: string; dynamoEndpoint: string }>((resolve, reject) => {
    worker.on('message', (message: ToMain) => {
      switch (message.type) {
        case 'ready':
          ready = true;
          resolve(message);
          break;
        case 'failed':
          reject(new Error(`emulators did not start: ${message.message}`));
          break;
        case 'written':
          for (const listener of listeners) listener(message.write);
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
      // Once running, an emulator crash ends the process as it did with the emulators on this
      // thread, instead of leaving a stack whose every request is refused.
      if (ready) throw err;
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
    stop() {
      stopping ??= (async () => {
        if (exited === undefined) await ask<void>({ type: 'stop' }).catch(() => undefined);
        await worker.terminate();
      })();
      return stopping;
    },
  };
}
