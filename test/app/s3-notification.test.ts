import { describe, expect, it } from 'vitest';
import { decodeS3Key, MalformedNotificationError, parseS3Notification } from '../../lambdas/app/s3-notification';
import { s3NotificationBody } from '../handlers/sqs-events';

describe('decodeS3Key', () => {
  it('turns + into spaces and percent escapes into UTF-8', () => {
    expect(decodeS3Key('incoming/newsroom/My+Article+%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82.txt')).toBe('incoming/newsroom/My Article Привет.txt');
    expect(decodeS3Key('incoming/a%2Bb+c.txt')).toBe('incoming/a+b c.txt');
    expect(decodeS3Key('incoming/%EC%84%9C%EC%9A%B8.md')).toBe('incoming/서울.md');
  });
});

describe('parseS3Notification', () => {
  it('reads created objects and ignores other event types', () => {
    const body = JSON.parse(s3NotificationBody([{ key: 'incoming/a b.txt', size: 42 }, { key: 'incoming/x.txt', eventName: 'ObjectRemoved:Delete' }]));
    body.Records[0].s3.object.versionId = 'null';
    const parsed = parseS3Notification(JSON.stringify(body));
    expect(parsed).toEqual({
      kind: 'objects',
      ignored: ['ObjectRemoved:Delete'],
      objects: [
        {
          eventName: 'ObjectCreated:Put',
          bucket: 'newsdrop-articles',
          key: 'incoming/a b.txt',
          size: 42,
          eTag: '0123456789abcdef0123456789abcdef',
          versionId: undefined,
          sequencer: '0055AED6DCD90281E5',
          eventTime: '2026-06-15T08:00:00.000Z',
        },
      ],
    });
  });

  it('recognizes the test event', () => {
    expect(parseS3Notification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual({ kind: 'test' });
  });

  it('refuses bodies it cannot act on', () => {
    expect(() => parseS3Notification('nope')).toThrow(MalformedNotificationError);
    expect(() => parseS3Notification('{"foo":1}')).toThrow(/Records/);
    const noSequencer = JSON.parse(s3NotificationBody([{ key: 'incoming/a.txt' }]));
    delete noSequencer.Records[0].s3.object.sequencer;
    expect(() => parseS3Notification(JSON.stringify(noSequencer))).toThrow(/sequencer/);
    const notHex = JSON.parse(s3NotificationBody([{ key: 'incoming/a.txt', sequencer: 'not-hex' }]));
    expect(() => parseS3Notification(JSON.stringify(notHex))).toThrow(/not hex/);
    const badEscape = JSON.parse(s3NotificationBody([{ key: 'incoming/%E0%A4%A.txt' }], { rawKeys: true }));
    expect(() => parseS3Notification(JSON.stringify(badEscape))).toThrow(/form encoding/);
  });
});
