import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { createNotificationBridge, type NotificationBridge } from '../../local/notification-bridge';
import { createSequencer, decodeS3EventKey, encodeS3EventKey } from '../../local/s3-event';
import { startEmulatorFixture, type EmulatorFixture } from './emulator-fixture';

describe('S3 event key encoding', () => {
  it('form-encodes like S3: + for space, %XX of UTF-8 bytes, slashes kept', () => {
    expect(encodeS3EventKey('incoming/wire/hello world.txt')).toBe('incoming/wire/hello+world.txt');
    expect(encodeS3EventKey('incoming/a+b (1).txt')).toBe('incoming/a%2Bb+%281%29.txt');
    expect(encodeS3EventKey('incoming/новости.txt')).toBe('incoming/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8.txt');
    expect(encodeS3EventKey('incoming/뉴스 1.md')).toBe('incoming/%EB%89%B4%EC%8A%A4+1.md');
  });

  it('round-trips any key through decode', () => {
    for (const key of ['incoming/x y/z+w.txt', "incoming/it's ~ (a)!*.html", 'incoming/o‘zbek tili.txt', 'incoming/%41.txt']) {
      expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
    }
  });

  it('issues growing hex sequencers of at least 16 digits', () => {
    const next = createSequencer();
    const values = Array.from({ length: 1000 }, () => next());
    for (const v of values) expect(v).toMatch(/^[0-9A-F]{16,}$/);
    for (let i = 1; i < values.length; i++) expect(BigInt('0x' + values[i]) > BigInt('0x' + values[i - 1])).toBe(true);
  });
});

describe('notification bridge on the S3 emulator', () => {
  let fx: EmulatorFixture;
  let bridge: NotificationBridge;

  beforeAll(async () => {
    fx = await startEmulatorFixture();
    bridge = createNotificationBridge({
      sqs: fx.clients.sqs,
      queueUrl: fx.resources.ingest.url,
      bucket: fx.resources.bucket,
      prefix: 'incoming/',
      region: fx.settings.region,
    });
    fx.emulators.onObjectWritten((w) => bridge.handleWrite(w));
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function drain(): Promise<S3EventRecord[]> {
    await bridge.flush();
    const records: S3EventRecord[] = [];
    for (;;) {
      const got = await fx.clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: fx.resources.ingest.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
      );
      const messages = got.Messages ?? [];
      if (messages.length === 0) return records;
      for (const m of messages) records.push(...(JSON.parse(m.Body!) as S3Event).Records);
      await fx.clients.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: fx.resources.ingest.url,
          Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
  }

  it('sends one AWS-shaped ObjectCreated:Put record per upload under incoming/, with size, eTag and sequencer', async () => {
    const body = Buffer.from('Президент посетил завод.', 'utf8');
    const put = await fx.clients.s3.send(
      new PutObjectCommand({ Bucket: fx.resources.bucket, Key: 'incoming/wire/визит 1.txt', Body: body }),
    );
    const [record, ...rest] = await drain();
    expect(rest).toHaveLength(0);
    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventName: 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: fx.resources.bucket, arn: `arn:aws:s3:::${fx.resources.bucket}` },
        object: { key: encodeS3EventKey('incoming/wire/визит 1.txt'), size: body.length, eTag: put.ETag!.replaceAll('"', '') },
      },
    });
    expect(record!.s3.object.sequencer).toMatch(/^[0-9A-F]{16,}$/);
    expect(new Date(record!.eventTime).toString()).not.toBe('Invalid Date');
  });

  it('never notifies for keys outside incoming/ or for other buckets', async () => {
    await fx.clients.s3.send(new PutObjectCommand({ Bucket: fx.resources.bucket, Key: 'processed/abc.json', Body: '{}' }));
    await fx.clients.s3.send(new PutObjectCommand({ Bucket: fx.resources.bucket, Key: 'incomingX/a.txt', Body: 'x' }));
    expect(await drain()).toEqual([]);
  });

  it('names copies and multipart uploads as S3 does', async () => {
    await fx.clients.s3.send(new PutObjectCommand({ Bucket: fx.resources.bucket, Key: 'staging/src.txt', Body: 'copy me' }));
    await fx.clients.s3.send(
      new CopyObjectCommand({ Bucket: fx.resources.bucket, Key: 'incoming/wire/copied.txt', CopySource: `${fx.resources.bucket}/staging/src.txt` }),
    );
    const started = await fx.clients.s3.send(
      new CreateMultipartUploadCommand({ Bucket: fx.resources.bucket, Key: 'incoming/wire/big.txt' }),
    );
    const part = Buffer.alloc(5 * 1024 * 1024, 'a');
    const uploaded = await fx.clients.s3.send(
      new UploadPartCommand({ Bucket: fx.resources.bucket, Key: 'incoming/wire/big.txt', UploadId: started.UploadId, PartNumber: 1, Body: part }),
    );
    await fx.clients.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: fx.resources.bucket,
        Key: 'incoming/wire/big.txt',
        UploadId: started.UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: uploaded.ETag }] },
      }),
    );
    const records = await drain();
    expect(records.map((r) => [r.eventName, r.s3.object.key, r.s3.object.size])).toEqual([
      ['ObjectCreated:Copy', 'incoming/wire/copied.txt', 7],
      ['ObjectCreated:CompleteMultipartUpload', 'incoming/wire/big.txt', part.length],
    ]);
    expect(records[1]!.s3.object.eTag).toMatch(/^[0-9a-f]{32}-1$/);
  });

  it('sends writes arriving together in SendMessageBatch calls of up to ten, still one object per message', async () => {
    const batchesBefore = fx.emulators.operationCounts()['sqs SendMessageBatch'] ?? 0;
    const keys = Array.from({ length: 23 }, (_, i) => `incoming/burst/item-${i}.txt`);
    // Written in one turn, as a burst of uploads reaches the bridge.
    for (const key of keys) {
      bridge.handleWrite({ bucket: fx.resources.bucket, key, size: key.length, eTag: 'e'.repeat(32), eventName: 'ObjectCreated:Put', at: new Date() });
    }
    const records = await drain();
    expect(records.map((r) => decodeS3EventKey(r.s3.object.key)).sort()).toEqual([...keys].sort());
    expect((fx.emulators.operationCounts()['sqs SendMessageBatch'] ?? 0) - batchesBefore).toBe(3);
    expect(fx.emulators.operationCounts()['sqs SendMessage'] ?? 0).toBe(0);
  });

  it('orders the sequencers of successive writes to one key', async () => {
    for (const body of ['v1', 'v2', 'v3']) {
      await fx.clients.s3.send(new PutObjectCommand({ Bucket: fx.resources.bucket, Key: 'incoming/wire/same.txt', Body: body }));
    }
    const sequencers = (await drain()).map((r) => BigInt('0x' + r.s3.object.sequencer));
    expect(sequencers).toHaveLength(3);
    expect(sequencers[0]! < sequencers[1]! && sequencers[1]! < sequencers[2]!).toBe(true);
  });
});
