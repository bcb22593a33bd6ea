import { describe, expect, it } from 'vitest';
import { pipelineConfig } from '../../lambdas/config';
import { readEnvironment } from '../../lambdas/handlers/environment';
import { handler } from '../../lambdas/handlers/ingest';
import { lambdaContext, sqsEvent } from './sqs-events';

const names = pipelineConfig.env;

describe('readEnvironment', () => {
  it('reads resource names and the size limit', () => {
    const reading = readEnvironment({
      [names.bucket]: 'bucket-1',
      [names.table]: 'table-1',
      [names.enrichQueueUrl]: 'https://sqs/q',
      [names.eventsTopicArn]: 'arn:aws:sns:us-east-1:1:t',
      [names.maxObjectBytes]: '1024',
    });
    expect(reading).toEqual({
      ok: true,
      resources: { bucket: 'bucket-1', table: 'table-1', enrichQueueUrl: 'https://sqs/q', eventsTopicArn: 'arn:aws:sns:us-east-1:1:t', maxObjectBytes: 1024 },
    });
  });

  it('falls back to the configured limit and no topic', () => {
    const reading = readEnvironment({ [names.bucket]: 'b', [names.table]: 't', [names.enrichQueueUrl]: 'q', [names.maxObjectBytes]: 'lots' });
    expect(reading).toMatchObject({ ok: true, resources: { maxObjectBytes: pipelineConfig.bucket.maxObjectBytes, eventsTopicArn: undefined } });
  });

  it('names every missing variable', () => {
    expect(readEnvironment({ [names.table]: 't' })).toEqual({ ok: false, missing: [names.bucket, names.enrichQueueUrl] });
  });
});

describe('env-wired handler', () => {
  it('explains a misconfiguration on invocation instead of crashing at import', async () => {
    await expect(handler(sqsEvent(), lambdaContext())).rejects.toThrow(names.bucket);
  });
});
