/**
 * The whole pipeline in one process: emulators, resources, the S3 → SQS
 * bridge and one Lambda-like event source per queue running the real
 * handlers (the same code Lambda runs), all reachable on one endpoint.
 */
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createClients, destroyClients, localCredentials, type AwsClients, type Credentials } from './clients';
import { startEmulatorThread, type ThreadedEmulators } from './emulator-thread';
import { startEmulators, type EmulatorOptions, type RequestCounts } from './emulators';
import { startEventSource, type EventSource, type SqsBatchHandler } from './event-source';
import { startFunctionThread, type FunctionKind } from './function-thread';
import { createNotificationBridge } from './notification-bridge';
import { provision, type ProvisionedResources } from './provision';
import { findUnfinished } from './recovery';
import { localSettings, type LocalSettings, type LocalSettingsOverrides } from './settings';

export interface PipelineHandlers {
  ingest: SqsBatchHandler;
  enrich: SqsBatchHandler;
}

export interface HandlerDepsTarget {
  region: string;
  endpoint: string;
  credentials: Credentials;
  bucket: string;
  table: string;
  enrichQueueUrl: string;
  eventsTopicArn: string;
}

export interface LocalStackOptions {
  /** Port of the single endpoint; 0 or absent = any free port. */
  port?: number;
  /**
   * Folder for DynamoDB (LevelDB) and S3 objects; in memory when absent. On a
   * start with an existing folder, uploads without a final record of their
   * version are queued again, so a crash (even kill -9) loses no upload.
   */
  dataDir?: string;
  /** No log lines from the runtime (handler errors are still counted in stats). */
  quiet?: boolean;
  /** Test-only changes to queue/event-source settings; defaults come from lambdas/config.ts. */
  overrides?: LocalSettingsOverrides;
  /** Builds the handlers; defaults to the real ingest and enrich handlers. */
  createHandlers?: (target: HandlerDepsTarget) => Promise<PipelineHandlers> | PipelineHandlers;
  /** Wraps the handlers (tests inject crashes around the real ones). */
  wrapHandlers?: (handlers: PipelineHandlers) => PipelineHandlers;
  /** Long-poll seconds of the event sources (Lambda: 20). */
  waitTimeSeconds?: number;
  /**
   * Emulators on a worker thread and the real handlers on another (default), as on AWS where
   * neither the services nor the uploading clients share a function's CPU; false keeps everything
   * on the main thread (to measure what the threads bring).
   */
  emulatorThread?: boolean;
}

export interface QueueUrls {
  ingest: string;
  ingestDlq: string;
  enrich: string;
  enrichDlq: string;
  /** Subscribed to the events topic (raw delivery) so events can be observed. */
  events: string;
}

export interface LocalStack {
  endpoint: string;
  region: string;
  credentials: Credentials;
  bucket: string;
  incomingPrefix: string;
  table: string;
  queues: QueueUrls;
  eventsTopicArn: string;
  clients: AwsClients;
  settings: LocalSettings;
  eventSources: { ingest: EventSource; enrich: EventSource };
  /** Requests the emulators have served, by service. */
  requestCounts(): Promise<RequestCounts>;
  /** Requests the emulators have served, by service and operation. */
  operationCounts(): Promise<Record<string, number>>;
  /** Resolves once no message is waiting or in flight on the pipeline queues and no handler runs. */
  waitForIdle(options?: { timeoutMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const settings = localSettings(options.overrides);
  const log = options.quiet ? () => {} : (line: string) => process.stderr.write(`[newsdrop local] ${line}\n`);
  const emulatorOptions: EmulatorOptions = { region: settings.region, port: options.port, dataDir: options.dataDir };
  const emulators = options.emulatorThread === false ? onThisThread(await startEmulators(emulatorOptions)) : await startEmulatorThread(emulatorOptions);
  const credentials = localCredentials;
  const clients = createClients({ region: settings.region, endpoint: emulators.endpoint, credentials });
  const stops: (() => Promise<void>)[] = [
    async () => destroyClients(clients),
    () => emulators.stop(),
  ];
  const stopAll = async () => {
    for (const stop of stops.splice(0)) await stop();
  };

  try {
    const resources = await provision(clients, settings);
    const bridge = createNotificationBridge({
      sqs: clients.sqs,
      queueUrl: resources.ingest.url,
      bucket: resources.bucket,
      prefix: settings.incomingPrefix,
      region: settings.region,
      onError: (err, write) => log(`notification for ${write.key} not sent: ${String(err)}`),
    });
    emulators.onObjectWritten((write) => bridge.handleWrite(write));
    // Every write made so far has reached the bridge, and its notification is on the queue.
    const flushNotifications = async () => {
      await emulators.settled();
      await bridge.flush();
    };

    const target: HandlerDepsTarget = {
      region: settings.region,
      endpoint: emulators.endpoint,
      credentials,
      bucket: resources.bucket,
      table: resources.table,
      enrichQueueUrl: resources.enrich.url,
      eventsTopicArn: resources.eventsTopicArn,
    };
    // Each real handler runs on a thread of its own next to the emulators' (function-thread.ts);
    // handlers a caller brings or wraps are functions of this thread and run here.
    const handlersOnThread = options.emulatorThread !== false && options.createHandlers === undefined && options.wrapHandlers === undefined;
    const eventSources = handlersOnThread
      ? await startHandlersThread(target, resources, settings, options, log)
      : await startHandlersHere(target, resources, settings, options, clients, log);
    if (options.dataDir !== undefined) {
      const restored = await emulators.restoreObjects();
      const unfinished = await findUnfinished(restored, {
        dynamodb: clients.dynamodb,
        table: resources.table,
        bucket: resources.bucket,
        incomingPrefix: settings.incomingPrefix,
      });
      for (const upload of unfinished) bridge.handleWrite({ ...upload, at: new Date() });
      if (restored.length > 0) log(`restored ${restored.length} object(s) from ${options.dataDir}; ${unfinished.length} unfinished upload(s) queued again`);
    }
    // Stop order: no new notifications, drain the pollers, then close servers.
    stops.unshift(async () => {
      await flushNotifications().catch(() => undefined);
      await Promise.all([eventSources.ingest.stop(), eventSources.enrich.stop()]);
    });

    const queueIsEmpty = async (queueUrl: string) => {
      const got = await clients.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
        }),
      );
      const a = got.Attributes ?? {};
      return (
        Number(a.ApproximateNumberOfMessages ?? 0) +
          Number(a.ApproximateNumberOfMessagesNotVisible ?? 0) +
          Number(a.ApproximateNumberOfMessagesDelayed ?? 0) ===
        0
      );
    };
    const isIdleNow = async () => {
      await flushNotifications();
      if (eventSources.ingest.active > 0 || eventSources.enrich.active > 0) return false;
      const [ingestEmpty, enrichEmpty] = await Promise.all([queueIsEmpty(resources.ingest.url), queueIsEmpty(resources.enrich.url)]);
      return ingestEmpty && enrichEmpty && eventSources.ingest.active === 0 && eventSources.enrich.active === 0;
    };

    return {
      endpoint: emulators.endpoint,
      region: settings.region,
      credentials,
      bucket: resources.bucket,
      incomingPrefix: settings.incomingPrefix,
      table: resources.table,
      queues: {
        ingest: resources.ingest.url,
        ingestDlq: resources.ingest.dlqUrl,
        enrich: resources.enrich.url,
        enrichDlq: resources.enrich.dlqUrl,
        events: resources.eventsObserverQueueUrl,
      },
      eventsTopicArn: resources.eventsTopicArn,
      clients,
      settings,
      eventSources,
      requestCounts: () => emulators.requestCounts(),
      operationCounts: () => emulators.operationCounts(),
      async waitForIdle({ timeoutMs = 60_000 } = {}) {
        const deadline = Date.now() + timeoutMs;
        let idleChecks = 0;
        // Two idle readings in a row: a handler may be between receive and invoke.
        while (idleChecks < 2) {
          if (Date.now() > deadline) throw new Error(`local stack not idle after ${timeoutMs} ms`);
          idleChecks = (await isIdleNow()) ? idleChecks + 1 : 0;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

type Log = (line: string) => void;

async function startHandlersThread(
  target: HandlerDepsTarget,
  resources: ProvisionedResources,
  settings: LocalSettings,
  options: LocalStackOptions,
  log: Log,
): Promise<LocalStack['eventSources']> {
  const start = (kind: FunctionKind) =>
    startFunctionThread(
      {
        target,
        source: { kind, settings: settings[kind], queueUrl: resources[kind].url, queueArn: resources[kind].arn },
        waitTimeSeconds: options.waitTimeSeconds,
        verbose: !options.quiet,
      },
      (message) => log(`${kind} invocation failed, batch will be retried: ${message}`),
    );
  // Enrich first: should ingest's thread fail to start, enrich's is stopped and nothing polls on.
  const enrich = await start('enrich');
  try {
    return { ingest: await start('ingest'), enrich };
  } catch (err) {
    await enrich.stop();
    throw err;
  }
}

async function startHandlersHere(
  target: HandlerDepsTarget,
  resources: ProvisionedResources,
  settings: LocalSettings,
  options: LocalStackOptions,
  clients: AwsClients,
  log: Log,
): Promise<LocalStack['eventSources']> {
  const created = await (options.createHandlers ?? ((t: HandlerDepsTarget) => loadRealHandlers(t, !options.quiet)))(target);
  const handlers = options.wrapHandlers ? options.wrapHandlers(created) : created;
  const onInvocationError = (name: string) => (err: unknown) =>
    log(`${name} invocation failed, batch will be retried: ${err instanceof Error ? err.message : String(err)}`);
  const source = (kind: 'ingest' | 'enrich') =>
    startEventSource({
      sqs: clients.sqs,
      queueUrl: resources[kind].url,
      queueArn: resources[kind].arn,
      region: settings.region,
      settings: settings[kind],
      handler: handlers[kind],
      waitTimeSeconds: options.waitTimeSeconds,
      onInvocationError: onInvocationError(kind),
    });
  return { ingest: source('ingest'), enrich: source('enrich') };
}

/** The in-thread emulators behind the thread's interface. */
function onThisThread(emulators: Awaited<ReturnType<typeof startEmulators>>): ThreadedEmulators {
  return {
    endpoint: emulators.endpoint,
    dynamoEndpoint: emulators.dynamoEndpoint,
    onObjectWritten: (listener) => emulators.onObjectWritten(listener),
    settled: async () => {},
    restoreObjects: async () => emulators.restoreObjects(),
    requestCounts: async () => emulators.requestCounts(),
    operationCounts: async () => emulators.operationCounts(),
    stop: () => emulators.stop(),
  };
}

// Loaded on demand: tests that bring their own handlers skip the pipeline code.
async function loadRealHandlers(target: HandlerDepsTarget, verbose: boolean): Promise<PipelineHandlers> {
  const { createPipelineHandlers } = await import('./pipeline-handlers');
  return createPipelineHandlers(target, { verbose });
}
