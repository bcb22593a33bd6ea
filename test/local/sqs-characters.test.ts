import { ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorFixture, type EmulatorFixture } from './emulator-fixture';

// Issue 8, finding 5: an emoji in an enrichment job was refused by the local SQS,
// and the ingest handler retried the article for minutes into the DLQ.
describe('local SQS accepts what SQS accepts', () => {
  let fx: EmulatorFixture;
  beforeAll(async () => {
    fx = await startEmulatorFixture();
  });
  afterAll(async () => fx?.close());

  const body = JSON.stringify({ title: 'Copper 😀 output', text: 'Record 🎉 year, 𠀀 and ☀ too' });

  it('SendMessage and SendMessageBatch with characters above U+FFFF', async () => {
    const queueUrl = fx.resources.enrich.url;
    await fx.clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    const batch = await fx.clients.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: [{ Id: 'a', MessageBody: body }, { Id: 'b', MessageBody: `${body} 🚀` }] }),
    );
    expect(batch.Failed ?? []).toEqual([]);
    const bodies: string[] = [];
    for (let attempt = 0; attempt < 5 && bodies.length < 3; attempt++) {
      const got = await fx.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      bodies.push(...(got.Messages ?? []).map((m) => m.Body!));
    }
    expect(bodies.sort()).toEqual([body, body, `${body} 🚀`].sort());
  });

  it('still refuses what SQS refuses: a lone surrogate or a control character', async () => {
    const queueUrl = fx.resources.enrich.url;
    await expect(fx.clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'half \uD83D pair' }))).rejects.toThrow(/Invalid characters/);
    await expect(fx.clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'bell \u0007' }))).rejects.toThrow(/Invalid characters/);
  });
});
