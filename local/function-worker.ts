/**
 * The function thread's side (see function-thread.ts): one real handler behind its event source,
 * counters in the shared memory the main thread reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createClients, destroyClients } from './clients';
import { startEventSource, type EventSource } from './event-source';
import type { FunctionThreadSpec, FunctionsToMain } from './function-thread';

const port = parentPort!;
const post = (message: FunctionsToMain) => port.postMessage(message);
const spec = workerData as FunctionThreadSpec;

try {
  const { createPipelineHandlers } = await import('./pipeline-handlers');
  const handlers = createPipelineHandlers(spec.target, { verbose: spec.verbose });
  const clients = createClients({ region: spec.target.region, endpoint: spec.target.endpoint, credentials: spec.target.credentials });
  const { source } = spec;
  const eventSource: EventSource = startEventSource({
    sqs: clients.sqs,
    queueUrl: source.queueUrl,
    queueArn: source.queueArn,
    region: spec.target.region,
    settings: source.settings,
    handler: handlers[source.kind],
    waitTimeSeconds: spec.waitTimeSeconds,
    counters: new Int32Array(source.counters),
    onInvocationError: (err) => post({ type: 'invocationError', message: err instanceof Error ? err.message : String(err) }),
  });
  port.on('message', (message: { type: 'stop' }) => {
    if (message.type !== 'stop') return;
    void eventSource.stop().finally(() => {
      destroyClients(clients);
      post({ type: 'stopped' });
    });
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
