/** S3ObjectStore and SqsJobQueue against fauxqs over HTTP with the real SDK clients. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { createAwsDeps, type AwsDeps } from '../../lambdas/adapters';
import { JOB_KINDS, type EnrichmentJob } from '../../lambdas/core/enrich/types';
import type { EnrichmentMessage } from '../../lambdas/core/records/types';
import { startFauxqsEmulator, TEST_CREDENTIALS, TEST_REGION, type RunningFauxqs } from '../support/emulators';

let fauxqs: RunningFauxqs;
let deps: AwsDeps;
let queueUrl: string;
const bucket = 'newsdrop-test';

beforeAll(async () => {
  fauxqs = await startFauxqsEmulator();
  fauxqs.server.createBucket(bucket);
  queueUrl = fauxqs.server.createQueue('enrich-test').queueUrl;
  deps = createAwsDeps({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoint: fauxqs.endpoint,
    bucket,
    table: 'unused',
    enrichQueueUrl: queueUrl,
  });
});

afterAll(async () => {
  await fauxqs?.stop();
});

describe('S3ObjectStore on fauxqs', () => {
  it('reads uploaded bytes with their metadata, keys with spaces and Cyrillic included', async () => {
    const key = 'incoming/newsroom/My Article Привет.txt';
    const bytes = new TextEncoder().encode('Заголовок\n\nТекст статьи.');
    await deps.clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: 'text/plain' }));

    const stored = await deps.objects.get({ bucket, key });
    expect(stored?.bytes).toEqual(bytes);
    expect(stored?.contentType).toBe('text/plain');
    expect(stored?.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(await deps.objects.head({ bucket, key })).toMatchObject({ size: bytes.byteLength });
  });

  it('answers undefined for a missing object', async () => {
    expect(await deps.objects.get({ bucket, key: 'incoming/nope.txt' })).toBeUndefined();
    expect(await deps.objects.head({ bucket, key: 'incoming/nope.txt' })).toBeUndefined();
    expect(await deps.objects.getJson('processed/nope.json')).toBeUndefined();
  });

  it('propagates a missing bucket instead of treating it as a missing object', async () => {
    await expect(deps.objects.get({ bucket: 'no-such-bucket', key: 'incoming/a.txt' })).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('round-trips processed JSON documents', async () => {
    const document = { articleId: 'x', version: 2, text: 'Ташкент 서울' };
    await deps.objects.putJson('processed/x.json', document);
    expect(await deps.objects.getJson('processed/x.json')).toEqual(document);
  });
});

describe('SqsJobQueue on fauxqs', () => {
  it('delivers every job of a multi-batch send', async () => {
    const jobs: EnrichmentJob[] = Array.from({ length: 12 }, (_, i) => ({
      kind: JOB_KINDS[i % JOB_KINDS.length]!,
      articleId: `article-${i}`,
      version: 1,
      processedKey: `processed/article-${i}.json`,
    }));
    await deps.jobs.send(jobs);

    const received: EnrichmentJob[] = [];
    while (received.length < jobs.length) {
      const output = await deps.clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      if ((output.Messages ?? []).length === 0) break;
      for (const message of output.Messages ?? []) received.push(JSON.parse(message.Body!));
    }
    expect(received.map((job) => job.articleId).sort()).toEqual(jobs.map((job) => job.articleId).sort());
  });

  it('delivers emoji and other characters above U+FFFF in titles and bodies unchanged (issue 8: they blocked a local send)', async () => {
    const document = {
      title: 'Markets rally 🚀 as the bank holds rates 😀',
      text: 'Exports rose 12% 📈; "we watch inflation 🙂," the governor said. 𝔘𝔷𝔟𝔢𝔨 𠀀',
    };
    const message = { articleId: 'emoji-1', version: 1, document } as unknown as EnrichmentMessage;
    await deps.jobs.send([message]);

    const output = await deps.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    const bodies = (output.Messages ?? []).map((m) => JSON.parse(m.Body!) as { articleId: string; document?: unknown });
    expect(bodies.find((body) => body.articleId === 'emoji-1')?.document).toEqual(document);
  });

  it('still refuses a body SQS itself refuses (a lone surrogate sent raw)', async () => {
    const output = await deps.clients.sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'broken \uD83D half' }),
    ).catch((err: unknown) => err as { name?: string });
    expect(output).toMatchObject({ name: expect.stringMatching(/InvalidMessageContents/) });
  });

  it('escapes U+FFFE and U+FFFF, which JSON allows but SQS refuses, so such text is no sender fault', async () => {
    const message = { articleId: 'nonchar-1', version: 1, document: { title: 'a\uFFFEb\uFFFFc' } } as unknown as EnrichmentMessage;
    await deps.jobs.send([message]);
    const output = await deps.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    const bodies = (output.Messages ?? []).map((m) => JSON.parse(m.Body!) as { articleId: string; document?: { title: string } });
    expect(bodies.find((body) => body.articleId === 'nonchar-1')?.document?.title).toBe('a\uFFFEb\uFFFFc');
  });
});
