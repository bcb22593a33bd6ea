/**
 * Our bridge's S3 event records against real ones: moto_server's S3 → SQS
 * notification when moto is on PATH, and always a committed sample written
 * from the documented event structure (notification-content-structure.html).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, PutBucketNotificationConfigurationCommand, PutBucketVersioningCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { createClients, destroyClients, type AwsClients } from '../../local/clients';
import { buildS3EventRecord, decodeS3EventKey, encodeS3EventKey } from '../../local/s3-event';

const documentedSample = (JSON.parse(readFileSync(new URL('./samples/s3-object-created-put.json', import.meta.url), 'utf8')) as S3Event)
  .Records[0]!;

const KEY = 'incoming/wire/визит президента 2026.txt';
const BODY = Buffer.from('Президент посетил новый завод в Ташкенте.\n', 'utf8');

function ourRecord(bucket: string, eTag: string): S3EventRecord {
  return buildS3EventRecord(
    { bucket, key: KEY, size: BODY.length, eTag, eventName: 'ObjectCreated:Put', at: new Date() },
    { region: 'us-east-1', configurationId: 'incoming', principalId: 'AWS:LOCAL', sourceIp: '127.0.0.1', sequencer: '0067C4135E1A2B3C4D', requestId: 'ABC' },
  );
}

/** Dotted paths of every leaf, e.g. `s3.object.key`. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => fieldPaths(v, prefix ? `${prefix}.${k}` : k));
}

const fileNamePart = (encodedKey: string) => encodedKey.slice(encodedKey.lastIndexOf(encodedKey.includes('%2F') ? '%2F' : '/') + (encodedKey.includes('%2F') ? 3 : 1));

const hasMoto = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).status === 0;

describe('S3 event record shape', () => {
  it('has every field of a documented real S3 ObjectCreated:Put record, with the same encodings', () => {
    const ours = ourRecord('newsroom-uploads', '9b2cf535f27731c974343645a3985328');
    expect(fieldPaths(ours).sort()).toEqual(fieldPaths(documentedSample).sort());
    expect(encodeS3EventKey('incoming/wire/визит президента.txt')).toBe(documentedSample.s3.object.key);
    expect(decodeS3EventKey(documentedSample.s3.object.key)).toBe('incoming/wire/визит президента.txt');
    expect(ours.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
    expect(ours.s3.object.sequencer).toMatch(/^[0-9A-F]{16,}$/);
    expect(typeof ours.s3.object.size).toBe('number');
  });
});

describe('S3 event record against moto_server (real S3 → SQS notifications)', () => {
  let moto: ChildProcess | undefined;
  let clients: AwsClients | undefined;

  beforeAll(async () => {
    if (!hasMoto) return;
    const port = await freePort();
    moto = spawn('moto_server', ['-p', String(port)], { stdio: 'ignore' });
    const endpoint = `http://127.0.0.1:${port}`;
    await waitForHttp(endpoint, 20_000);
    clients = createClients({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  });
  afterAll(() => {
    if (clients) destroyClients(clients);
    moto?.kill('SIGTERM');
  });

  it('matches the notification moto delivers for a key with spaces and Cyrillic (or the documented sample without moto)', async () => {
    if (!hasMoto || !clients) {
      console.log('moto_server is not on PATH: comparing with the documented sample record only');
      expect(fieldPaths(ourRecord('newsroom-uploads', 'x')).sort()).toEqual(fieldPaths(documentedSample).sort());
      return;
    }
    const bucket = 'contract-bucket';
    await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await clients.s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const queueUrl = (await clients.sqs.send(new CreateQueueCommand({ QueueName: 'contract-queue' }))).QueueUrl!;
    const queueArn = (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await clients.s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: bucket,
        NotificationConfiguration: {
          QueueConfigurations: [
            { Id: 'incoming', QueueArn: queueArn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } } },
          ],
        },
      }),
    );
    const put = await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: KEY, Body: BODY }));
    const real = await receiveObjectCreated(clients, queueUrl);
    const ours = ourRecord(bucket, put.ETag!.replaceAll('"', ''));

    // moto writes a subset of S3's fields; every one of them must be in ours, same type.
    const oursPaths = new Set(fieldPaths(ours));
    for (const path of fieldPaths(real)) expect(oursPaths.has(path), `field ${path}`).toBe(true);
    expect(ours.eventName).toBe(real.eventName);
    expect(ours.eventSource).toBe(real.eventSource);
    expect(ours.eventVersion).toBe(real.eventVersion);
    expect(ours.s3.s3SchemaVersion).toBe(real.s3.s3SchemaVersion);
    expect(ours.s3.bucket.arn).toBe(real.s3.bucket.arn);
    expect(ours.s3.object.size).toBe(real.s3.object.size);
    expect(ours.s3.object.eTag).toBe(real.s3.object.eTag);
    // Same decoded key; the same form encoding of the name (moto also encodes "/" as %2F, S3 does not).
    expect(decodeS3EventKey(ours.s3.object.key)).toBe(decodeS3EventKey(real.s3.object.key));
    expect(fileNamePart(ours.s3.object.key)).toBe(fileNamePart(real.s3.object.key));
    expect(ours.s3.object.key).toContain('+');
    if (real.s3.object.sequencer !== undefined) expect(ours.s3.object.sequencer).toMatch(/^[0-9A-F]{16,}$/);
  });
});

async function receiveObjectCreated(clients: AwsClients, queueUrl: string): Promise<S3EventRecord> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const got = await clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    for (const message of got.Messages ?? []) {
      const parsed = JSON.parse(message.Body!) as Partial<S3Event>;
      const record = parsed.Records?.find((r) => r.eventName?.startsWith('ObjectCreated:'));
      if (record) return record;
    }
  }
  throw new Error('moto delivered no ObjectCreated notification');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`moto_server did not answer at ${url}`);
}
