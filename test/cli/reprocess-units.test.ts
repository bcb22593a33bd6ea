/**
 * Units of `newsdrop reprocess` that the end-to-end test cannot pin down: version ordering, the
 * rate limit (with a fake clock), the queue-depth pause and the checkpoint after a failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchGetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CopyObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reprocess, type ReprocessRequest } from '../../cli/ops/reprocess';
import { compareVersions, isOutdated } from '../../cli/ops/reprocess-plan';

describe('version checks', () => {
  it('orders dotted versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('1.1.0', '1.1')).toBe(0);
    expect(compareVersions('1.1.0', '2.0.0')).toBe(-1);
    expect(compareVersions(1, 2)).toBe(-1);
  });

  it('calls a record outdated when any version field is older or missing', () => {
    const checks = [
      { field: 'taxonomyVersion', deployed: '1.1.0' },
      { field: 'schemaVersion', deployed: 2 },
    ];
    expect(isOutdated({ taxonomyVersion: '1.1.0', schemaVersion: 2 }, checks)).toBe(false);
    expect(isOutdated({ taxonomyVersion: '1.0.9', schemaVersion: 2 }, checks)).toBe(true);
    expect(isOutdated({ taxonomyVersion: '1.1.0', schemaVersion: 1 }, checks)).toBe(true);
    expect(isOutdated({ taxonomyVersion: '1.1.0' }, checks)).toBe(true);
    expect(isOutdated({ taxonomyVersion: '1.2.0', schemaVersion: 3 }, checks)).toBe(false);
  });
});

describe('reprocess executor (mocked AWS, fake clock)', () => {
  const s3 = mockClient(S3Client);
  const dynamodb = mockClient(DynamoDBClient);
  const sqs = mockClient(SQSClient);
  let clock = 0;
  let stateDir: string;
  const sleeps: number[] = [];
  const keys = Array.from({ length: 10 }, (_, i) => `incoming/desk/a${i}.txt`);

  beforeEach(() => {
    clock = 0;
    sleeps.length = 0;
    stateDir = mkdtempSync(join(tmpdir(), 'newsdrop-reprocess-unit-'));
    s3.reset();
    dynamodb.reset();
    sqs.reset();
    s3.on(ListObjectsV2Command).resolves({ Contents: keys.map((Key) => ({ Key, ETag: '"e"', LastModified: new Date(0) })), IsTruncated: false });
    dynamodb.on(BatchGetItemCommand).resolves({ Responses: {} }); // no records: every object is a backfill
    s3.on(HeadObjectCommand).resolves({ ContentType: 'text/plain', Metadata: { desk: 'x' } });
    s3.on(CopyObjectCommand).resolves({});
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '0' } });
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  const request = (overrides: Partial<ReprocessRequest> = {}): ReprocessRequest => ({
    s3: new S3Client({ region: 'us-east-1' }),
    dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
    sqs: new SQSClient({ region: 'us-east-1' }),
    ingestQueueUrl: 'https://sqs/ingest',
    maxQueueDepth: 100,
    bucket: 'b',
    table: 't',
    incomingPrefix: 'incoming/',
    selection: { outdated: true },
    versions: [{ field: 'taxonomyVersion', deployed: '1.1.0' }],
    rate: 5,
    checkpointPath: join(stateDir, 'cp.json'),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    ...overrides,
  });

  it('copies at most `rate` objects per second, keeping content type and metadata', async () => {
    const report = await reprocess(request());
    expect(report).toMatchObject({ copied: 10, selected: { 'no-record': 10 } });
    // 10 copies at 5/s: the first at once, then one every 200 ms.
    expect(clock).toBe(1800);
    const copy = s3.commandCalls(CopyObjectCommand)[0]!.args[0].input;
    expect(copy).toMatchObject({ Bucket: 'b', Key: keys[0], MetadataDirective: 'REPLACE', ContentType: 'text/plain', CopySourceIfMatch: '"e"' });
    expect(copy.Metadata).toMatchObject({ desk: 'x', 'newsdrop-reprocess': expect.any(String) });
  });

  it('pauses while the ingest queue is deeper than the bound', async () => {
    sqs
      .on(GetQueueAttributesCommand)
      .resolvesOnce({ Attributes: { ApproximateNumberOfMessages: '500' } })
      .resolvesOnce({ Attributes: { ApproximateNumberOfMessages: '300' } })
      .resolves({ Attributes: { ApproximateNumberOfMessages: '0' } });
    const progress: boolean[] = [];
    await reprocess(request({ rate: 1000, onProgress: (p) => progress.push(p.pausedForQueue) }));
    expect(progress[0]).toBe(true);
    expect(sleeps.filter((ms) => ms === 1000).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a checkpoint when a copy fails, and the rerun resumes after it', async () => {
    s3.on(CopyObjectCommand).resolvesOnce({}).resolvesOnce({}).resolvesOnce({}).rejects(Object.assign(new Error('AccessDenied'), { name: 'AccessDenied' }));
    await expect(reprocess(request())).rejects.toThrow('AccessDenied');
    expect(JSON.parse(readFileSync(join(stateDir, 'cp.json'), 'utf8')).lastDoneKey).toBe(keys[2]);
    s3.on(CopyObjectCommand).resolves({});
    const resumed = await reprocess(request());
    expect(resumed).toMatchObject({ resumedPast: 3, copied: 7 });
  });

  it('counts an object re-uploaded meanwhile (412) without failing the run', async () => {
    s3.on(CopyObjectCommand).rejectsOnce(Object.assign(new Error('PreconditionFailed'), { name: 'PreconditionFailed', $metadata: { httpStatusCode: 412 } })).resolves({});
    const report = await reprocess(request());
    expect(report).toMatchObject({ copied: 9, changedMeanwhile: 1 });
  });
});
