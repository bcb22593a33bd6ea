import type { AddressInfo } from 'node:net';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { buildApp } from 'fauxqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redriveQueue, type RedrivePair } from '../../cli/ops/redrive';
import { runCli } from '../support/cli';
import { seed } from '../client/support';
import { startLocalTarget, type LocalTarget } from '../client/local-target';

async function depth(sqs: SQSClient, queueUrl: string): Promise<number> {
  const result = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return Number(result.Attributes!.ApproximateNumberOfMessages) + Number(result.Attributes!.ApproximateNumberOfMessagesNotVisible);
}

async function drain(sqs: SQSClient, queueUrl: string): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    if (!received.Messages?.length) return bodies;
    bodies.push(...received.Messages.map((m) => m.Body!));
  }
}

describe('redriveQueue on fauxqs', () => {
  const app = buildApp({ logger: false });
  let sqs: SQSClient;
  let pair: RedrivePair;

  beforeAll(async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    sqs = new SQSClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const dlqUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'work-dlq' }))).QueueUrl!;
    const sourceUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'work' }))).QueueUrl!;
    pair = { name: 'ingest', sourceUrl, dlqUrl };
    for (const n of [1, 2, 3]) await sqs.send(new SendMessageCommand({ QueueUrl: dlqUrl, MessageBody: JSON.stringify({ dead: n }) }));
  });

  afterAll(async () => {
    sqs?.destroy();
    await app.close();
  });

  it('dry run counts and shows bodies without moving anything', async () => {
    const report = await redriveQueue({ sqs, pair, dryRun: true });
    expect(report).toMatchObject({ queue: 'ingest', dryRun: true, waiting: 3, moved: 0, method: 'none' });
    expect(report.sample!.map((body) => JSON.parse(body).dead).sort()).toEqual([1, 2, 3]);
    expect(await depth(sqs, pair.sourceUrl)).toBe(0);
    expect(await depth(sqs, pair.dlqUrl)).toBe(3);
  });

  it('falls back to receive, send, delete where the move task is missing, moving all three', async () => {
    const report = await redriveQueue({ sqs, pair });
    expect(report).toMatchObject({ dryRun: false, waiting: 3, moved: 3, failed: 0, method: 'receive-send-delete' });
    expect(await depth(sqs, pair.dlqUrl)).toBe(0);
    expect((await drain(sqs, pair.sourceUrl)).map((body) => JSON.parse(body).dead).sort()).toEqual([1, 2, 3]);
  });
});

describe('redriveQueue with the SQS move task', () => {
  // Mock this one instance: the other suites here talk to real emulators.
  const client = new SQSClient({ region: 'eu-west-1' });
  const sqsMock = mockClient(client);
  const pair: RedrivePair = { name: 'enrich', sourceUrl: 'https://sqs/123/enrich', dlqUrl: 'https://sqs/123/enrich-dlq' };

  function arnsAndCount(count: number) {
    sqsMock.reset();
    sqsMock
      .on(GetQueueAttributesCommand, { QueueUrl: pair.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] })
      .resolves({ Attributes: { ApproximateNumberOfMessages: String(count), ApproximateNumberOfMessagesNotVisible: '0', ApproximateNumberOfMessagesDelayed: '0' } })
      .on(GetQueueAttributesCommand, { QueueUrl: pair.dlqUrl, AttributeNames: ['QueueArn'] })
      .resolves({ Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:123:enrich-dlq' } })
      .on(GetQueueAttributesCommand, { QueueUrl: pair.sourceUrl, AttributeNames: ['QueueArn'] })
      .resolves({ Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:123:enrich' } });
  }

  it('starts a move task from the DLQ to its source and follows it to completion', async () => {
    arnsAndCount(3);
    sqsMock.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    sqsMock
      .on(ListMessageMoveTasksCommand)
      .resolvesOnce({ Results: [{ TaskHandle: 'task-1', Status: 'RUNNING', ApproximateNumberOfMessagesMoved: 1 }] })
      .resolves({ Results: [{ TaskHandle: 'task-1', Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 3 }] });
    const report = await redriveQueue({ sqs: client, pair, pollIntervalMs: 1 });
    expect(report).toMatchObject({ moved: 3, method: 'move-task', waiting: 3 });
    expect(report.stillRunning).toBeUndefined();
    expect(sqsMock.commandCalls(StartMessageMoveTaskCommand)[0]!.args[0].input).toEqual({
      SourceArn: 'arn:aws:sqs:eu-west-1:123:enrich-dlq',
      DestinationArn: 'arn:aws:sqs:eu-west-1:123:enrich',
    });
    expect(sqsMock.commandCalls(ReceiveMessageCommand)).toHaveLength(0);
  });

  it('reports a task that outlives the wait, and does not fall back on permission errors', async () => {
    arnsAndCount(5);
    sqsMock.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-2' });
    sqsMock.on(ListMessageMoveTasksCommand).resolves({ Results: [{ TaskHandle: 'task-2', Status: 'RUNNING', ApproximateNumberOfMessagesMoved: 2 }] });
    const running = await redriveQueue({ sqs: client, pair, pollIntervalMs: 1, moveTaskTimeoutMs: 5 });
    expect(running).toMatchObject({ moved: 2, stillRunning: true });

    arnsAndCount(5);
    const denied = Object.assign(new Error('not authorized to perform sqs:StartMessageMoveTask'), { name: 'AccessDenied' });
    sqsMock.on(StartMessageMoveTaskCommand).rejects(denied);
    await expect(redriveQueue({ sqs: client, pair })).rejects.toThrow('not authorized');
    expect(sqsMock.commandCalls(ReceiveMessageCommand)).toHaveLength(0);
  });
});

describe('operator commands on the local stack', () => {
  let local: LocalTarget;
  let target: string[];

  beforeAll(async () => {
    local = await startLocalTarget();
    target = ['--endpoint', local.endpoint];
    await seed(
      local.clients.dynamodb,
      [
        { id: 'ok-1', date: '2024-06-01' },
        { id: 'ok-2', date: '2024-06-02' },
        { id: 'parsed', status: 'PARSED', date: '2024-06-03' },
        { id: 'empty', status: 'FAILED', date: '2024-06-04', updatedAt: '2024-06-04T10:00:00.000Z', error: { code: 'EMPTY', message: 'the object has no bytes' }, sourceKey: 'incoming/wire/empty.txt' },
        { id: 'png', status: 'FAILED', date: '2024-06-05', updatedAt: '2024-06-05T10:00:00.000Z', error: { code: 'BINARY', message: 'binary content' }, sourceKey: 'incoming/wire/photo.txt' },
      ],
      local.resources.table,
    );
    const { sqs } = local.clients;
    for (const n of [1, 2, 3]) await sqs.send(new SendMessageCommand({ QueueUrl: local.resources.ingest.dlqUrl, MessageBody: `{"ingest":${n}}` }));
    await sqs.send(new SendMessageCommand({ QueueUrl: local.resources.enrich.url, MessageBody: '{"kind":"quotes"}' }));
  });

  afterAll(async () => {
    await local?.stop();
  });

  it('status shows queue depths and articles by status', async () => {
    const run = await runCli(['status', '--json', ...target]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const status = JSON.parse(lines[0]!);
    const byName = Object.fromEntries(status.queues.map((q: { queue: string; waiting: number }) => [q.queue, q.waiting]));
    expect(byName).toEqual({ ingest: 0, 'ingest-dlq': 3, enrich: 1, 'enrich-dlq': 0 });
    expect(status.articles).toEqual({ RECEIVED: 0, PARSED: 1, ENRICHED: 2, FAILED: 2 });
  });

  it('failures lists code, message and source key, newest first', async () => {
    const [json, table] = await Promise.all([runCli(['failures', '--json', ...target]), runCli(['failures', '--since', '2024-06-05', ...target])]);
    expect(json.code, json.stderr).toBe(0);
    const rows = json.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.articleId, row.error.code, row.error.message, row.source.key])).toEqual([
      ['png', 'BINARY', 'binary content', 'incoming/wire/photo.txt'],
      ['empty', 'EMPTY', 'the object has no bytes', 'incoming/wire/empty.txt'],
    ]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^FAILED AT\s+CODE\s+SOURCE\s+MESSAGE/);
    expect(table.stdout).toContain('s3://newsroom/incoming/wire/photo.txt');
    expect(table.stdout).not.toContain('empty.txt');
  });

  it('redrive --dry-run moves nothing, redrive moves every dead letter back', async () => {
    const dry = await runCli(['redrive', '--queue', 'ingest', '--dry-run', '--json', ...target]);
    expect(dry.code, dry.stderr).toBe(0);
    const dryReport = JSON.parse(dry.stdout.trim());
    expect(dryReport).toMatchObject({ queue: 'ingest', dryRun: true, waiting: 3, moved: 0 });
    expect(dryReport.sample).toHaveLength(3);
    const { sqs } = local.clients;
    expect(await depth(sqs, local.resources.ingest.url)).toBe(0);

    const run = await runCli(['redrive', '--queue', 'all', ...target]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ingest-dlq\s+3\s+3\s+0\s+receive-send-delete/);
    expect(run.stdout).toMatch(/enrich-dlq\s+0\s+0\s+0\s+none/);
    expect(await depth(sqs, local.resources.ingest.dlqUrl)).toBe(0);
    expect((await drain(sqs, local.resources.ingest.url)).sort()).toEqual(['{"ingest":1}', '{"ingest":2}', '{"ingest":3}']);

    const bad = await runCli(['redrive', '--queue', 'billing', ...target]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('newsdrop: --queue must be one of ingest, enrich, all, got "billing"');
  });
});
