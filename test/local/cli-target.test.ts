/** cli/target.ts (how commands find their target), the dev state file and the progress bar. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { createProgress } from '../../cli/progress';
import { resolveTarget } from '../../cli/target';
import { readDevState, removeDevState, writeDevState, type DevState } from '../../local/dev-state';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-target-'));
const statePath = join(dir, 'dev.json');
const previous = process.env.NEWSDROP_DEV_STATE;
const cfn = mockClient(CloudFormationClient);

beforeAll(() => {
  process.env.NEWSDROP_DEV_STATE = statePath;
});
afterEach(() => {
  cfn.reset();
  rmSync(statePath, { force: true });
});
afterAll(() => {
  if (previous === undefined) delete process.env.NEWSDROP_DEV_STATE;
  else process.env.NEWSDROP_DEV_STATE = previous;
  rmSync(dir, { recursive: true, force: true });
});

function devState(pid: number): DevState {
  return {
    endpoint: 'http://127.0.0.1:4999',
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    bucket: 'dev-bucket',
    incomingPrefix: 'incoming/',
    table: 'dev-table',
    queues: { ingest: 'qi', ingestDlq: 'qid', enrich: 'qe', enrichDlq: 'qed', events: 'qev' },
    eventsTopicArn: 'arn:aws:sns:us-east-1:000000000000:t',
    pid,
    startedAt: new Date().toISOString(),
  };
}

describe('resolveTarget', () => {
  it('reads a deployed stack from its CloudFormation outputs', async () => {
    cfn.on(DescribeStacksCommand, { StackName: 'Newsdrop' }).resolves({
      Stacks: [
        {
          StackName: 'Newsdrop',
          CreationTime: new Date(),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: [
            { OutputKey: 'BucketName', OutputValue: 'nd-bucket-123' },
            { OutputKey: 'TableName', OutputValue: 'nd-table-123' },
            { OutputKey: 'IngestQueueUrl', OutputValue: 'https://sqs/ingest' },
            { OutputKey: 'IngestDlqUrl', OutputValue: 'https://sqs/ingest-dlq' },
            { OutputKey: 'EnrichQueueUrl', OutputValue: 'https://sqs/enrich' },
            { OutputKey: 'EnrichDlqUrl', OutputValue: 'https://sqs/enrich-dlq' },
            { OutputKey: 'EventsTopicArn', OutputValue: 'arn:aws:sns:eu-west-1:1:events' },
          ],
        },
      ],
    });
    const target = await resolveTarget({ stack: 'Newsdrop', region: 'eu-west-1' });
    try {
      expect(target).toMatchObject({ kind: 'stack', region: 'eu-west-1', bucket: 'nd-bucket-123', table: 'nd-table-123', eventsTopicArn: 'arn:aws:sns:eu-west-1:1:events' });
      expect(target.endpoint).toBeUndefined();
      expect(await target.queues()).toEqual({
        ingest: 'https://sqs/ingest',
        ingestDlq: 'https://sqs/ingest-dlq',
        enrich: 'https://sqs/enrich',
        enrichDlq: 'https://sqs/enrich-dlq',
      });
    } finally {
      await target.close();
    }
  });

  it('names the missing output of an incomplete stack', async () => {
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'Newsdrop', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'BucketName', OutputValue: 'b' }] }],
    });
    await expect(resolveTarget({ stack: 'Newsdrop', region: 'eu-west-1' })).rejects.toThrow(/no output IngestQueueUrl/);
  });

  it('uses --endpoint with the local resource names', async () => {
    const target = await resolveTarget({ endpoint: 'http://127.0.0.1:4566', table: 'other-table' });
    try {
      expect(target).toMatchObject({ kind: 'endpoint', endpoint: 'http://127.0.0.1:4566', bucket: 'newsdrop-articles', table: 'other-table' });
    } finally {
      await target.close();
    }
    await expect(resolveTarget({ endpoint: 'localhost:4566' })).rejects.toThrow(/http\(s\) URL/);
  });

  it('finds a running newsdrop dev through its state file, and ignores the file of a dead process', async () => {
    writeDevState(devState(process.pid));
    const target = await resolveTarget({});
    try {
      expect(target).toMatchObject({ kind: 'dev', endpoint: 'http://127.0.0.1:4999', bucket: 'dev-bucket', table: 'dev-table' });
      expect((await target.queues()).enrichDlq).toBe('qed');
    } finally {
      await target.close();
    }
    writeFileSync(statePath, JSON.stringify(devState(2 ** 22 + 12345)));
    expect(readDevState()).toBeUndefined();
    await expect(resolveTarget({})).rejects.toThrow(/no target/);
  });

  it('removes the state file only for its owner', () => {
    writeDevState(devState(process.pid));
    removeDevState(process.pid + 1);
    expect(readDevState()?.pid).toBe(process.pid);
    removeDevState(process.pid);
    expect(readDevState()).toBeUndefined();
  });
});

describe('progress', () => {
  function capture(isTTY: boolean) {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean };
    stream.isTTY = isTTY;
    let out = '';
    (stream as unknown as PassThrough).on('data', (d) => (out += d));
    return { stream, out: () => out };
  }

  it('prints plain lines at the start and at each tenth when not a terminal', () => {
    const { stream, out } = capture(false);
    const p = createProgress({ label: 'uploading', total: 20, stream });
    for (let i = 1; i <= 20; i++) p.update(i);
    p.finish();
    const lines = out().trim().split('\n');
    expect(lines).toHaveLength(11); // the first item, then each tenth
    expect(lines.at(-1)).toMatch(/^uploading: 20\/20 \(/);
    expect(out()).not.toContain('\r');
  });

  it('redraws one bar in place on a terminal', () => {
    const { stream, out } = capture(true);
    const p = createProgress({ label: 'processing', total: 4, stream, width: 8 });
    p.update(2);
    p.log('note');
    p.finish();
    expect(out()).toContain('\r\x1b[2Kprocessing [####----] 2/4 50%');
    expect(out()).toContain('note\n');
    expect(out().endsWith('\n')).toBe(true);
  });
});
