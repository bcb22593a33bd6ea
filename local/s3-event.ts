/**
 * Builds S3 event notification records the way S3 writes them
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).
 * Pure: the bridge and the contract test both use it.
 */
import type { S3Event, S3EventRecord } from 'aws-lambda';
import type { ObjectWritten } from './observed-s3-store';

/**
 * S3 form-encodes the key in events: space becomes `+`, other reserved and
 * non-ASCII characters become %XX of their UTF-8 bytes, `/` stays as is.
 * Decoding: `decodeURIComponent(key.replace(/\+/g, ' '))`.
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/%20/g, '+')
        .replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
    )
    .join('/');
}

export function decodeS3EventKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/**
 * S3 sequencers are hex strings that grow for later writes of one key. Ours are
 * the time in microseconds plus a counter, so they also grow across restarts
 * of a persisted local stack.
 */
export function createSequencer(): () => string {
  let last = 0n;
  return () => {
    const fromClock = BigInt(Date.now()) * 1000n;
    last = fromClock > last ? fromClock : last + 1n;
    return last.toString(16).toUpperCase().padStart(18, '0');
  };
}

export interface S3EventContext {
  region: string;
  configurationId: string;
  principalId: string;
  sourceIp: string;
  sequencer: string;
  requestId: string;
}

export function buildS3EventRecord(write: ObjectWritten, ctx: S3EventContext): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: ctx.region,
    eventTime: write.at.toISOString(),
    eventName: write.eventName,
    userIdentity: { principalId: ctx.principalId },
    requestParameters: { sourceIPAddress: ctx.sourceIp },
    responseElements: {
      'x-amz-request-id': ctx.requestId,
      'x-amz-id-2': `${ctx.requestId}/local`,
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: ctx.configurationId,
      bucket: {
        name: write.bucket,
        ownerIdentity: { principalId: ctx.principalId },
        arn: `arn:aws:s3:::${write.bucket}`,
      },
      object: {
        key: encodeS3EventKey(write.key),
        size: write.size,
        eTag: write.eTag,
        sequencer: ctx.sequencer,
      },
    },
  } as S3EventRecord;
}

export function toS3Event(record: S3EventRecord): S3Event {
  return { Records: [record] };
}
