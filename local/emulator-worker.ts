/**
 * The emulator thread's side (see emulator-thread.ts): starts the emulators and answers the
 * main thread's requests over the worker port. Object writes are posted as they happen, before
 * the PUT is answered, so a `settled` reply proves every earlier write has been posted. On request
 * it also runs the enrich event source with the real enrich handler, its counters in shared memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createClients, destroyClients, type AwsClients } from './clients';
import { startEmulators, type EmulatorOptions } from './emulators';
import type { EnrichOnThread, ToMain, ToWorker } from './emulator-thread';
import { startEventSource, type EventSource } from './event-source';

const port = parentPort!;
const post = (message: ToMain) => port.postMessage(message);

interface RunningSource {
  source: EventSource;
  clients: AwsClients;
}

async function startEnrich(spec: EnrichOnThread): Promise<RunningSource> {
  const { createPipelineHandlers } = await import('./pipeline-handlers');
  const { enrich } = createPipelineHandlers(spec.target, { verbose: spec.verbose });
  const clients = createClients({ region: spec.target.region, endpoint: spec.target.endpoint, credentials: spec.target.credentials });
  const source = startEventSource({
    sqs: clients.sqs,
    queueUrl: spec.queueUrl,
    queueArn: spec.queueArn,
    region: spec.target.region,
    settings: spec.settings,
    handler: enrich,
    waitTimeSeconds: spec.waitTimeSeconds,
    counters: new Int32Array(spec.counters),
    onInvocationError: (err) => post({ type: 'invocationError', message: err instanceof Error ? err.message : String(err) }),
  });
  return { source, clients };
}

async function stopSource(running: RunningSource | undefined): Promise<void> {
  if (running === undefined) return;
  await running.source.stop();
  destroyClients(running.clients);
}

try {
  const emulators = await startEmulators(workerData as EmulatorOptions);
  let enrich: RunningSource | undefined;
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
      case 'startEnrich':
        startEnrich(message.spec).then((running) => {
          enrich = running;
          reply(undefined);
        }, fail);
        break;
      case 'stopEnrich':
        stopSource(enrich).then(() => reply(undefined), fail);
        enrich = undefined;
        break;
      case 'stop':
        void stopSource(enrich)
          .catch(() => undefined)
          .then(() => emulators.stop())
          .then(() => reply(undefined), fail);
        enrich = undefined;
        break;
    }
  });
  post({ type: 'ready', endpoint: emulators.endpoint, dynamoEndpoint: emulators.dynamoEndpoint });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
