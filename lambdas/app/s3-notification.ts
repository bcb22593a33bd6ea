/**
 * The body of an ingest queue message: an S3 event notification as S3 sends
 * it to SQS (keys form-encoded), or the `s3:TestEvent` S3 sends when the
 * notification is configured.
 */
export interface S3ObjectCreated {
  eventName: string;
  bucket: string;
  /** Decoded key ("incoming/a b.txt"). */
  key: string;
  size: number;
  eTag?: string;
  versionId?: string;
  sequencer: string;
  eventTime?: string;
}

export type S3Notification = { kind: 'test' } | { kind: 'objects'; objects: S3ObjectCreated[]; ignored: string[] };

export class MalformedNotificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedNotificationError';
  }
}

/** S3 form-encodes keys in events: '+' is a space, the rest is percent-encoded UTF-8. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function parseS3Notification(body: string): S3Notification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError('message body is not JSON');
  }
  if (!isObject(parsed)) throw new MalformedNotificationError('message body is not an object');
  if (parsed.Event === 's3:TestEvent') return { kind: 'test' };
  if (!Array.isArray(parsed.Records)) throw new MalformedNotificationError('no Records array');
  const objects: S3ObjectCreated[] = [];
  const ignored: string[] = [];
  for (const record of parsed.Records) {
    const eventName = isObject(record) && typeof record.eventName === 'string' ? record.eventName : '';
    if (!eventName.startsWith('ObjectCreated:')) {
      ignored.push(eventName || 'unknown');
      continue;
    }
    objects.push(toObjectCreated(record as Record<string, unknown>, eventName));
  }
  return { kind: 'objects', objects, ignored };
}

function toObjectCreated(record: Record<string, unknown>, eventName: string): S3ObjectCreated {
  const s3 = isObject(record.s3) ? record.s3 : undefined;
  const bucket = s3 && isObject(s3.bucket) ? s3.bucket : undefined;
  const object = s3 && isObject(s3.object) ? s3.object : undefined;
  if (typeof bucket?.name !== 'string' || typeof object?.key !== 'string' || typeof object.sequencer !== 'string') {
    throw new MalformedNotificationError(`${eventName} record without bucket name, key or sequencer`);
  }
  if (!/^[0-9A-Fa-f]+$/.test(object.sequencer)) {
    throw new MalformedNotificationError(`sequencer is not hex: ${object.sequencer}`);
  }
  let key: string;
  try {
    key = decodeS3Key(object.key);
  } catch {
    throw new MalformedNotificationError(`key is not valid form encoding: ${object.key}`);
  }
  return {
    eventName,
    bucket: bucket.name,
    key,
    size: Number(object.size ?? 0),
    eTag: typeof object.eTag === 'string' ? object.eTag : undefined,
    // S3 sends the literal null for unversioned buckets.
    versionId: typeof object.versionId === 'string' && object.versionId !== 'null' ? object.versionId : undefined,
    sequencer: object.sequencer,
    eventTime: typeof record.eventTime === 'string' ? record.eventTime : undefined,
  };
}
