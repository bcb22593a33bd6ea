/** SQS events carrying S3 notifications, shaped like Lambda's SQS event source delivers them. */
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';

export interface S3ObjectSpec {
  key: string;
  size?: number;
  sequencer?: string;
  bucket?: string;
  eventName?: string;
  versionId?: string;
}

/** S3 form-encodes keys in notifications: spaces as '+', the rest percent-encoded. */
export function formEncodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function s3NotificationBody(objects: S3ObjectSpec[], options: { rawKeys?: boolean } = {}): string {
  return JSON.stringify({
    Records: objects.map((object) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2026-06-15T08:00:00.000Z',
      eventName: object.eventName ?? 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: object.bucket ?? 'newsdrop-articles', arn: `arn:aws:s3:::${object.bucket ?? 'newsdrop-articles'}` },
        object: {
          key: options.rawKeys ? object.key : formEncodeKey(object.key),
          size: object.size ?? 200,
          eTag: '0123456789abcdef0123456789abcdef',
          sequencer: object.sequencer ?? '0055AED6DCD90281E5',
          ...(object.versionId === undefined ? {} : { versionId: object.versionId }),
        },
      },
    })),
  });
}

export function sqsMessage(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1781510400000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1781510400000',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:newsdrop-ingest',
    awsRegion: 'us-east-1',
  };
}

export function sqsEvent(...messages: SQSRecord[]): SQSEvent {
  return { Records: messages };
}

export function lambdaContext(name = 'newsdrop-ingest'): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
    memoryLimitInMB: '1024',
    awsRequestId: 'request-1',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
