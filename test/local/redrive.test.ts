import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { redriveDeadLetters } from '../../local/redrive';
import { startEmulatorFixture, type EmulatorFixture } from './emulator-fixture';

let fx: EmulatorFixture;
beforeAll(async () => {
  fx = await startEmulatorFixture();
});
afterAll(async () => {
  await fx?.close();
});

async function depth(url: string) {
  const got = await fx.clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return Number(got.Attributes!.ApproximateNumberOfMessages) + Number(got.Attributes!.ApproximateNumberOfMessagesNotVisible);
}

describe('redriveDeadLetters', () => {
  const enrich = () => fx.resources.enrich;

  it('counts without moving in a dry run, then moves every dead letter back with its body and attributes', async () => {
    const bodies = Array.from({ length: 23 }, (_, i) => JSON.stringify({ job: i }));
    for (let i = 0; i < bodies.length; i += 10) {
      await fx.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: enrich().dlqUrl,
          Entries: bodies.slice(i, i + 10).map((b, j) => ({
            Id: String(j),
            MessageBody: b,
            MessageAttributes: { kind: { DataType: 'String', StringValue: 'entities' } },
          })),
        }),
      );
    }
    const dry = await redriveDeadLetters({ sqs: fx.clients.sqs, dlqUrl: enrich().dlqUrl, sourceUrl: enrich().url, dryRun: true });
    expect(dry).toEqual({ moved: 0, waiting: 23, failed: 0, dryRun: true });
    expect(await depth(enrich().dlqUrl)).toBe(23);

    const progress: number[] = [];
    const result = await redriveDeadLetters({
      sqs: fx.clients.sqs,
      dlqUrl: enrich().dlqUrl,
      sourceUrl: enrich().url,
      waitTimeSeconds: 0,
      onProgress: (n) => progress.push(n),
    });
    expect(result).toEqual({ moved: 23, waiting: 23, failed: 0, dryRun: false });
    expect(progress.at(-1)).toBe(23);
    expect(await depth(enrich().dlqUrl)).toBe(0);

    const moved: string[] = [];
    for (;;) {
      const got = await fx.clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: enrich().url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'], VisibilityTimeout: 60 }),
      );
      if (!got.Messages?.length) break;
      for (const m of got.Messages) {
        expect(m.MessageAttributes?.kind?.StringValue).toBe('entities');
        moved.push(m.Body!);
      }
    }
    expect(moved.sort()).toEqual([...bodies].sort());
  });

  it('stops at maxMessages', async () => {
    await fx.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: fx.resources.ingest.dlqUrl,
        Entries: ['a', 'b', 'c'].map((b, j) => ({ Id: String(j), MessageBody: b })),
      }),
    );
    const result = await redriveDeadLetters({
      sqs: fx.clients.sqs,
      dlqUrl: fx.resources.ingest.dlqUrl,
      sourceUrl: fx.resources.ingest.url,
      maxMessages: 2,
      waitTimeSeconds: 0,
    });
    expect(result.moved).toBe(2);
    expect(await depth(fx.resources.ingest.dlqUrl)).toBe(1);
  });
});
