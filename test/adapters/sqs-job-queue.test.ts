import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { payloadBatches, SQS_PAYLOAD_LIMIT_BYTES, SqsJobQueue } from '../../lambdas/adapters/sqs-job-queue';
import { JOB_KINDS, type EnrichmentJob } from '../../lambdas/core/enrich/types';

const sqsMock = mockClient(SQSClient);
afterEach(() => sqsMock.reset());

const jobs = (count: number): EnrichmentJob[] =>
  Array.from({ length: count }, (_, i) => ({ kind: JOB_KINDS[i % JOB_KINDS.length]!, articleId: `a${i}`, version: 1, processedKey: `processed/a${i}.json` }));

const queue = () => new SqsJobQueue(new SQSClient({ region: 'us-east-1' }), 'https://sqs/q', { sleep: async () => {} });

describe('SqsJobQueue', () => {
  it('sends jobs in batches of at most ten', async () => {
    sqsMock.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    await queue().send(jobs(23));
    const batches = sqsMock.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input.Entries ?? []);
    expect(batches.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(JSON.parse(batches[2]![2]!.MessageBody!)).toEqual(jobs(23)[22]);
  });

  it('resends only the entries SQS failed', async () => {
    sqsMock
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }] })
      .resolves({ Failed: [] });
    await queue().send(jobs(3));
    const calls = sqsMock.commandCalls(SendMessageBatchCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input.Entries?.map((entry) => JSON.parse(entry.MessageBody!).articleId)).toEqual(['a1']);
  });

  it('fails on a sender fault instead of retrying it', async () => {
    sqsMock.on(SendMessageBatchCommand).resolves({ Failed: [{ Id: '0', Code: 'InvalidMessageContents', SenderFault: true }] });
    await expect(queue().send(jobs(1))).rejects.toThrow(/InvalidMessageContents/);
  });
});

describe('payloadBatches', () => {
  it('starts a new batch before the payload would pass the SQS limit', () => {
    const body = (kb: number) => 'x'.repeat(kb * 1024);
    const batches = payloadBatches([body(100), body(100), body(100), body(10), body(1)]);
    expect(batches.map((batch) => batch.map((b) => b.length / 1024))).toEqual([[100, 100], [100, 10, 1]]);
    expect(payloadBatches(Array.from({ length: 12 }, () => 'j')).map((batch) => batch.length)).toEqual([10, 2]);
  });

  it('refuses a single message over the limit', () => {
    expect(() => payloadBatches(['x'.repeat(SQS_PAYLOAD_LIMIT_BYTES + 1)])).toThrow(/exceeds/);
  });
});
