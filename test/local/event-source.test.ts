import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { startEventSource, type EventSource, type SqsBatchHandler } from '../../local/event-source';
import type { QueueRuntimeSettings } from '../../local/settings';
import { createQueuePair, type QueuePair } from '../../local/provision';
import { startEmulatorFixture, type EmulatorFixture } from './emulator-fixture';

let fx: EmulatorFixture;
const fast: Partial<QueueRuntimeSettings> = {
  visibilityTimeoutSeconds: 1,
  maxBatchingWindowSeconds: 0,
  maxReceiveCount: 2,
  functionTimeoutSeconds: 2,
};

beforeAll(async () => {
  fx = await startEmulatorFixture({ ingest: fast });
});
afterAll(async () => {
  await fx?.close();
});

// A stopped source's aborted long poll may still take a message on the server
// (as on SQS), so every test gets its own queue pair.
let queue: QueuePair;
let queueCounter = 0;
async function freshQueue(settings: Partial<QueueRuntimeSettings> = {}) {
  queueCounter += 1;
  queue = await createQueuePair(fx.clients, {
    ...fx.settings.ingest,
    ...settings,
    name: `event-source-test-${queueCounter}`,
    dlqName: `event-source-test-${queueCounter}-dlq`,
  });
}

async function run(handler: SqsBatchHandler, settings: Partial<QueueRuntimeSettings> = {}): Promise<EventSource> {
  await freshQueue(settings);
  return startEventSource({
    sqs: fx.clients.sqs,
    queueUrl: queue.url,
    queueArn: queue.arn,
    region: fx.settings.region,
    settings: { ...fx.settings.ingest, ...settings },
    handler,
    waitTimeSeconds: 1,
  });
}

async function send(bodies: string[]) {
  for (let i = 0; i < bodies.length; i += 10) {
    await fx.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: bodies.slice(i, i + 10).map((body, j) => ({ Id: String(j), MessageBody: body })),
      }),
    );
  }
}

async function count(url: string): Promise<number> {
  const got = await fx.clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return Number(got.Attributes!.ApproximateNumberOfMessages) + Number(got.Attributes!.ApproximateNumberOfMessagesNotVisible);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('local SQS event source', () => {
  it('invokes the handler with an AWS-shaped SQS event and a Lambda-like context, then deletes the messages', async () => {
    const events: SQSEvent[] = [];
    const contexts: Context[] = [];
    const source = await run(async (event, context) => {
      events.push(event);
      contexts.push(context);
      return { batchItemFailures: [] };
    });
    await fx.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: queue.url,
        MessageBody: 'hello',
        MessageAttributes: { origin: { DataType: 'String', StringValue: 'test' } },
      }),
    );
    await until(() => source.stats.succeeded === 1);
    await source.stop();
    const record = events[0]!.Records[0]!;
    expect(record).toMatchObject({
      body: 'hello',
      eventSource: 'aws:sqs',
      eventSourceARN: queue.arn,
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1' },
      messageAttributes: { origin: { dataType: 'String', stringValue: 'test' } },
    });
    expect(record.messageId).toMatch(/\S+/);
    expect(record.receiptHandle).toMatch(/\S+/);
    expect(Number(record.attributes.SentTimestamp)).toBeGreaterThan(0);
    expect(contexts[0]!.functionName).toBe('newsdrop-ingest');
    expect(contexts[0]!.invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:000000000000:function:newsdrop-ingest');
    expect(contexts[0]!.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    const remaining = contexts[0]!.getRemainingTimeInMillis();
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(2000);
    expect(await count(queue.url)).toBe(0);
  });

  it('deletes only the successful messages of a partial batch failure; the failed one is retried then dead-lettered', async () => {
    const seen = new Map<string, number[]>();
    const source = await run(async (event) => {
      for (const r of event.Records) seen.set(r.body, [...(seen.get(r.body) ?? []), Number(r.attributes.ApproximateReceiveCount)]);
      return { batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })) };
    });
    await send(['a', 'poison', 'b']);
    await until(async () => (await count(queue.dlqUrl)) === 1);
    await source.stop();
    expect(seen.get('a')).toEqual([1]);
    expect(seen.get('b')).toEqual([1]);
    // maxReceiveCount 2: received twice, then SQS moves it on the third receive.
    expect(seen.get('poison')).toEqual([1, 2]);
    expect(source.stats.succeeded).toBe(2);
    expect(source.stats.failed).toBe(2);
    const dead = await fx.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, WaitTimeSeconds: 0 }));
    expect(dead.Messages?.[0]?.Body).toBe('poison');
  });

  it('leaves the whole batch to reappear when the handler throws, and when it answers an unknown item id', async () => {
    let calls = 0;
    const delivered: string[] = [];
    const source = await run(async (event) => {
      calls += 1;
      if (calls === 1) throw new Error('transient crash');
      if (calls === 2) return { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] };
      delivered.push(...event.Records.map((r) => r.body));
      return undefined;
    }, { batchSize: 10, maxReceiveCount: 5 });
    await send(['x', 'y']);
    await until(() => source.stats.succeeded === 2);
    await source.stop();
    expect(delivered.sort()).toEqual(['x', 'y']);
    expect(source.stats.handlerErrors).toBe(1);
    expect(await count(queue.url)).toBe(0);
  });

  it('treats a handler running past the function timeout as a failed batch', async () => {
    let calls = 0;
    const source = await run(async () => {
      calls += 1;
      if (calls === 1) await new Promise((r) => setTimeout(r, 1500));
      return undefined;
    }, { functionTimeoutSeconds: 1, visibilityTimeoutSeconds: 1, maxReceiveCount: 5 });
    await send(['slow']);
    await until(() => source.stats.succeeded === 1);
    await source.stop();
    expect(source.stats.handlerErrors).toBe(1);
    expect(calls).toBe(2);
  });

  it('respects the batch size and never runs more than maxConcurrency invocations at once', async () => {
    let running = 0;
    let peak = 0;
    const sizes: number[] = [];
    const source = await run(async (event) => {
      running += 1;
      peak = Math.max(peak, running);
      sizes.push(event.Records.length);
      await new Promise((r) => setTimeout(r, 30));
      running -= 1;
      return undefined;
    }, { batchSize: 4, maxConcurrency: 3, visibilityTimeoutSeconds: 30 });
    await send(Array.from({ length: 60 }, (_, i) => `m${i}`));
    await until(() => source.stats.succeeded === 60);
    await source.stop();
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  it('waits for running invocations to finish and delete their messages when stopped', async () => {
    let started = false;
    const source = await run(async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 300));
      return undefined;
    }, { visibilityTimeoutSeconds: 30 });
    await send(['in-flight']);
    await until(() => started);
    await source.stop();
    expect(source.stats.succeeded).toBe(1);
    expect(await count(queue.url)).toBe(0);
  });

  it('long-polls an idle queue instead of spinning, with a few receivers whatever maxConcurrency is', async () => {
    const source = await run(async () => undefined, { maxConcurrency: 10 });
    const receives = () => fx.emulators.operationCounts()['sqs ReceiveMessage'] ?? 0;
    const before = receives();
    await new Promise((r) => setTimeout(r, 1500));
    const idleReceives = receives() - before;
    await source.stop();
    // Two receivers with 1 s long polls: about four receives in 1.5 s, never one per poller per tick.
    expect(idleReceives).toBeGreaterThan(0);
    expect(idleReceives).toBeLessThanOrEqual(6);
  });

  it('gathers messages that trickle in during the batching window into one invocation, without a busy loop of empty receives', async () => {
    const sizes: number[] = [];
    const source = await run(async (event) => {
      sizes.push(event.Records.length);
      return undefined;
    }, { maxBatchingWindowSeconds: 1, batchSize: 10, maxConcurrency: 1, visibilityTimeoutSeconds: 30 });
    const receives = () => fx.emulators.operationCounts()['sqs ReceiveMessage'] ?? 0;
    await new Promise((r) => setTimeout(r, 100));
    const before = receives();
    for (let i = 0; i < 4; i += 1) {
      await fx.clients.sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: `trickle-${i}` }));
      await new Promise((r) => setTimeout(r, 100));
    }
    await until(() => source.stats.succeeded === 4);
    const gatheringReceives = receives() - before;
    await source.stop();
    expect(sizes).toEqual([4]);
    // A 1 s window polled every 50 ms at most: about 20 receives, not hundreds.
    expect(gatheringReceives).toBeLessThanOrEqual(30);
  });
});
