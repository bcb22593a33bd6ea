/**
 * The emulator thread's side (see emulator-thread.ts): starts the emulators and answers the
 * main thread's requests over the worker port. Object writes are posted as they happen, before
 * the PUT is answered, so a `settled` reply proves every earlier write has been posted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startEmulators, type EmulatorOptions } from './emulators';
import type { ToMain, ToWorker } from './emulator-thread';

const port = parentPort!;
const post = (message: ToMain) => port.postMessage(message);

try {
  const emulators = await startEmulators(workerData as EmulatorOptions);
  emulators.onObjectWritten((write) => post({ type: 'written', write }));
  port.on('message', (message: ToWorker) => {
    const reply = (result: unknown) => post({ type: 'reply', id: message.id, result });
    const fail = (err: unknown) => post({ type: 'reply', id: message.id, error: err instanceof Error ? err.message : String(err) });
    switch (message.type) {
      case 'settled':
        reply(undefined);
        break;
      case 'counts':
        reply({ requests: emulators.requestCounts(), operations: emulators.operationCounts() });
        break;
      case 'restore':
        reply(emulators.restoreObjects());
        break;
      case 'stop':
        emulators.stop().then(() => reply(undefined), fail);
        break;
    }
  });
  post({ type: 'ready', endpoint: emulators.endpoint, dynamoEndpoint: emulators.dynamoEndpoint });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
