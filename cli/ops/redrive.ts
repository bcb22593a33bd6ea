/**
 * Operator redrive: dead letters back to their source queue. On AWS the SQS
 * move task does the work server-side (and keeps message ids/attributes); an
 * endpoint without it (the local emulator) falls back to the receive → send →
 * delete loop of local/redrive.ts.
 */
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  StartMessageMoveTaskCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { redriveDeadLetters } from '../../local/redrive';

export interface RedrivePair {
  /** "ingest" or "enrich". */
  name: string;
  sourceUrl: string;
  dlqUrl: string;
}

export interface RedriveRequest {
  sqs: SQSClient;
  pair: RedrivePair;
  dryRun?: boolean;
  /** Bodies shown by a dry run. */
  peek?: number;
  /** How long to follow a move task before reporting it as still running. */
  moveTaskTimeoutMs?: number;
  pollIntervalMs?: number;
}

export interface RedriveReport {
  queue: string;
  dryRun: boolean;
  /** Messages in the DLQ when the run began, in flight included (approximate, as SQS counts). */
  waiting: number;
  moved: number;
  /** Received but not sent back; they stay in the DLQ. */
  failed: number;
  method: 'none' | 'move-task' | 'receive-send-delete';
  /** A move task still running when we stopped following it. */
  stillRunning?: boolean;
  /** Dry run: the first few message bodies. */
  sample?: string[];
}

/** Errors by which an endpoint says it does not implement StartMessageMoveTask. */
const UNSUPPORTED = new Set(['InvalidAction', 'UnsupportedOperation', 'UnknownOperationException', 'NotImplemented', 'InvalidParameterValue']);

export async function redriveQueue(request: RedriveRequest): Promise<RedriveReport> {
  const { sqs, pair } = request;
  const waiting = await approximateCount(sqs, pair.dlqUrl);
  const base = { queue: pair.name, waiting, failed: 0 };
  if (request.dryRun) {
    return { ...base, dryRun: true, moved: 0, method: 'none', sample: await peekBodies(sqs, pair.dlqUrl, request.peek ?? 3) };
  }
  if (waiting === 0) return { ...base, dryRun: false, moved: 0, method: 'none' };

  const moveTask = await startMoveTask(sqs, pair);
  if (moveTask) {
    const outcome = await followMoveTask(sqs, moveTask.dlqArn, moveTask.taskHandle, request);
    return { ...base, dryRun: false, moved: outcome.moved, method: 'move-task', ...(outcome.running ? { stillRunning: true } : {}) };
  }
  const result = await redriveDeadLetters({ sqs, dlqUrl: pair.dlqUrl, sourceUrl: pair.sourceUrl });
  return { ...base, dryRun: false, moved: result.moved, failed: result.failed, method: 'receive-send-delete' };
}

/**
 * Messages in a DLQ, in flight ones included: nothing consumes a DLQ, so an
 * in-flight dead letter is one an operator (or a dry run's peek) just looked at.
 */
async function approximateCount(sqs: SQSClient, queueUrl: string): Promise<number> {
  const names = ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] as const;
  const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: [...names] }));
  return names.reduce((sum, name) => sum + Number(attributes.Attributes?.[name] ?? 0), 0);
}

async function queueArn(sqs: SQSClient, queueUrl: string): Promise<string> {
  const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  const arn = attributes.Attributes?.QueueArn;
  if (!arn) throw new Error(`no QueueArn for ${queueUrl}`);
  return arn;
}

/** Receives a few messages and makes them visible again at once (visibility 0): nothing moves. */
async function peekBodies(sqs: SQSClient, queueUrl: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const received = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: Math.min(10, count), VisibilityTimeout: 0, WaitTimeSeconds: 1 }),
  );
  return (received.Messages ?? []).map((message) => message.Body ?? '');
}

async function startMoveTask(sqs: SQSClient, pair: RedrivePair): Promise<{ dlqArn: string; taskHandle: string } | undefined> {
  const [dlqArn, sourceArn] = await Promise.all([queueArn(sqs, pair.dlqUrl), queueArn(sqs, pair.sourceUrl)]);
  try {
    const started = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn, DestinationArn: sourceArn }));
    return { dlqArn, taskHandle: started.TaskHandle ?? '' };
  } catch (err) {
    if (isUnsupported(err)) return undefined;
    throw err;
  }
}

function isUnsupported(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (UNSUPPORTED.has(err.name) && (err.name !== 'InvalidParameterValue' || /not (?:supported|implemented)/i.test(err.message))) return true;
  return /unknown action|not[ _]implemented|unsupported operation/i.test(err.message);
}

async function followMoveTask(
  sqs: SQSClient,
  dlqArn: string,
  taskHandle: string,
  request: RedriveRequest,
): Promise<{ moved: number; running: boolean }> {
  const deadline = Date.now() + (request.moveTaskTimeoutMs ?? 5 * 60_000);
  const interval = request.pollIntervalMs ?? 2_000;
  for (;;) {
    const listed = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn, MaxResults: 10 }));
    const task = (listed.Results ?? []).find((t) => t.TaskHandle === taskHandle) ?? listed.Results?.[0];
    const moved = Number(task?.ApproximateNumberOfMessagesMoved ?? 0);
    const status = task?.Status;
    if (status === 'FAILED') throw new Error(`SQS move task failed: ${task?.FailureReason ?? 'no reason given'}`);
    if (status !== 'RUNNING' && status !== 'CANCELLING') return { moved, running: false };
    if (Date.now() >= deadline) return { moved, running: true };
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
