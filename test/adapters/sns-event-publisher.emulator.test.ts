/** SnsEventPublisher against fauxqs over HTTP: a topic delivering to a queue, with the real SDK clients. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { createAwsDeps, type AwsDeps } from '../../lambdas/adapters';
import type { ArticleEvent } from '../../lambdas/core/records/types';
import { startFauxqsEmulator, TEST_CREDENTIALS, TEST_REGION, type RunningFauxqs } from '../support/emulators';

let fauxqs: RunningFauxqs;
let deps: AwsDeps;
let queueUrl: string;

beforeAll(async () => {
  fauxqs = await startFauxqsEmulator();
  queueUrl = fauxqs.server.createQueue('events-test').queueUrl;
  const { topicArn } = fauxqs.server.createTopic('article-events-test');
  fauxqs.server.subscribe({ topic: 'article-events-test', queue: 'events-test', attributes: { RawMessageDelivery: 'true' } });
  deps = createAwsDeps({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoint: fauxqs.endpoint,
    bucket: 'unused',
    table: 'unused',
    enrichQueueUrl: queueUrl,
    eventsTopicArn: topicArn,
  });
});

afterAll(async () => {
  await fauxqs?.stop();
});

const event = (i: number): ArticleEvent =>
  ({
    type: 'article.enriched',
    articleId: i.toString(16).padStart(32, '0'),
    version: 1,
    status: 'ENRICHED',
    topics: ['economy'],
    source: { bucket: 'b', key: `incoming/${i} 🚀.txt` },
    title: `Title ${i} 😀`,
  }) as unknown as ArticleEvent;

describe('SnsEventPublisher.publishBatch on fauxqs', () => {
  it('delivers every event of a batch larger than ten, emoji included', async () => {
    const events = Array.from({ length: 13 }, (_, i) => event(i));
    await deps.events.publishBatch!(events);
    const received: ArticleEvent[] = [];
    for (let attempt = 0; attempt < 5 && received.length < events.length; attempt++) {
      const output = await deps.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      for (const message of output.Messages ?? []) received.push(JSON.parse(message.Body!));
    }
    expect(received.map((e) => e.articleId).sort()).toEqual(events.map((e) => e.articleId).sort());
    expect(received.find((e) => e.articleId === events[3]!.articleId)).toEqual(events[3]);
  });
});
