/**
 * `newsdrop reprocess`: re-runs the pipeline on stored objects without touching the ingest code.
 * Each selected object is copied onto itself (CopyObject, metadata REPLACE keeping content type
 * and user metadata, plus a `newsdrop-reprocess` marker). S3 emits a new ObjectCreated event with
 * a newer sequencer, and the normal pipeline records a new version of the same article: no
 * duplicate records, the usual ordering and idempotency guarantees.
 *
 * - Rate-limited (copies per second) and paused while the ingest queue is deeper than a bound, so
 *   live uploads are never stuck behind a backlog of reprocessing.
 * - Resumable: a checkpoint file holds the last key up to which every copy is done; a rerun with
 *   the same selection starts after it. `--outdated` is idempotent on its own as well: records
 *   already at the deployed versions are skipped.
 * - A copy is conditional on the listed ETag: an object re-uploaded meanwhile is left alone (its
 *   own upload event reprocesses it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CopyObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { planReprocess, type PlanCounts, type PlannedObject, type PlanReason, type PlanRequest } from './reprocess-plan';

export const REPROCESS_MARKER = 'newsdrop-reprocess';

export interface ReprocessRequest extends PlanRequest {
  sqs?: SQSClient;
  /** Pause while the ingest queue holds more than `maxQueueDepth` messages. */
  ingestQueueUrl?: string;
  maxQueueDepth?: number;
  /** Copies per second. */
  rate: number;
  dryRun?: boolean;
  /** Checkpoint file; no resume when absent. */
  checkpointPath?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ReprocessProgress) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ReprocessProgress {
  done: number;
  total: number;
  /** Seconds left at the measured pace (rate when nothing is measured yet). */
  etaSeconds: number;
  pausedForQueue: boolean;
}

export interface ReprocessReport extends PlanCounts {
  dryRun: boolean;
  /** Objects selected, by reason. */
  selected: Record<PlanReason, number>;
  copied: number;
  /** Re-uploaded or deleted between listing and copy (their own events handle them). */
  changedMeanwhile: number;
  interrupted: boolean;
  /** Where the next run resumes; undefined once the selection is finished. */
  checkpoint?: string;
}

interface Checkpoint {
  selection: string;
  lastDoneKey: string;
}

/** Identifies a selection, so a checkpoint is only reused by a rerun of the same selection. */
export function selectionFingerprint(request: Pick<PlanRequest, 'bucket' | 'selection' | 'versions'>): string {
  const { bucket, selection, versions } = request;
  return createHash('sha256')
    .update(JSON.stringify({ bucket, selection, versions }))
    .digest('hex')
    .slice(0, 16);
}

export function readCheckpoint(path: string, fingerprint: string): string | undefined {
  try {
      const checkpoint = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
      return checkpoint.selection === fingerprint ? checkpoint.lastDoneKey : undefined;
    } catch {
      return undefined;
    }
  }

  function writeCheckpoint(path: string, fingerprint: string, lastDoneKey: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ selection: fingerprint, lastDoneKey } satisfies Checkpoint) + '\n');
  }

  export async function reprocess(request: ReprocessRequest): Promise<ReprocessReport> {
    const now = request.now ?? Date.now;
    const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const fingerprint = selectionFingerprint(request);
    const startAfter = request.checkpointPath ? readCheckpoint(request.checkpointPath, fingerprint) : undefined;
    const counts: PlanCounts = { listed: 0, skipped: 0, resumedPast: 0 };
    const report: ReprocessReport = {
      ...counts,
      dryRun: request.dryRun === true,
      selected: { 'no-record': 0, outdated: 0, selected: 0 },
      copied: 0,
      changedMeanwhile: 0,
      interrupted: false,
    };

    // Plan first (reads only): the total makes progress and ETA meaningful.
    const planned: PlannedObject[] = [];
    for await (const page of planReprocess({ ...request, startAfter }, counts)) planned.push(...page);
    Object.assign(report, counts);
    for (const object of planned) report.selected[object.reason] += 1;
    if (report.dryRun || planned.length === 0) {
      if (!report.dryRun && request.checkpointPath) rmSync(request.checkpointPath, { force: true });
      return report;
    }

    const interval = 1000 / request.rate;
    const started = now();
    let nextSlot = started;
    const waitForQueueRoom = queueGate(request, sleep, now);
    let done = 0;
    let lastCheckpointWrite = started;
    let finished = false;
    try {
    for (const object of planned) {
      if (request.signal?.aborted) {
        report.interrupted = true;
        break;
      }
      const pausedForQueue = await waitForQueueRoom();
      const wait = nextSlot - now();
      if (wait > 0) await sleep(wait);
      nextSlot = Math.max(nextSlot + interval, now());

      const outcome = await copyOntoItself(request.s3, request.bucket, object);
      report[outcome] += 1;
      done += 1;
      // Copies run one at a time in key order: every key up to this one is finished.
      if (request.checkpointPath && (now() - lastCheckpointWrite >= 1000 || done === planned.length || request.signal?.aborted)) {
        writeCheckpoint(request.checkpointPath, fingerprint, object.key);
        lastCheckpointWrite = now();
      }
      report.checkpoint = object.key;
      const elapsedSeconds = (now() - started) / 1000;
      const pace = done / Math.max(elapsedSeconds, interval / 1000);
      request.onProgress?.({ done, total: planned.length, etaSeconds: (planned.length - done) / Math.min(pace, request.rate), pausedForQueue });
    }
    finished = !report.interrupted;
  } finally {
    // Interrupted, or an infrastructure error escaping: keep where we got to for the rerun.
    if (!finished && request.checkpointPath && report.checkpoint !== undefined) {
      writeCheckpoint(request.checkpointPath, fingerprint, report.checkpoint);
    }
  }
  if (finished) {
    report.checkpoint = undefined;
    if (request.checkpointPath) rmSync(request.checkpointPath, { force: true });
  }
  return report;
}

type CopyOutcome = 'copied' | 'changedMeanwhile';

async function copyOntoItself(s3: S3Client, bucket: string, object: PlannedObject): Promise<CopyOutcome> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: object.key, IfMatch: object.etag }));
    await s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: object.key,
        CopySource: `${bucket}/${encodeURIComponent(object.key).replaceAll('%2F', '/')}`,
        CopySourceIfMatch: object.etag === undefined ? undefined : `"${object.etag}"`,
        MetadataDirective: 'REPLACE',
        ContentType: head.ContentType,
        ContentEncoding: head.ContentEncoding,
        ContentLanguage: head.ContentLanguage,
        ContentDisposition: head.ContentDisposition,
        CacheControl: head.CacheControl,
        Metadata: { ...head.Metadata, [REPROCESS_MARKER]: new Date().toISOString() },
      }),
    );
    return 'copied';
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const name = (error as Error).name;
    if (status === 412 || status === 404 || name === 'NotFound' || name === 'NoSuchKey' || name === 'PreconditionFailed') {
      return 'changedMeanwhile';
    }
    // Anything else (throttling after the SDK's retries, access denied) stops the run; it resumes.
    throw error;
  }
}

/** A wait that sleeps while the ingest queue is deeper than the bound; resolves true when it paused. */
function queueGate(request: ReprocessRequest, sleep: (ms: number) => Promise<void>, now: () => number): () => Promise<boolean> {
  const { sqs, ingestQueueUrl, maxQueueDepth } = request;
  let lastCheck = -Infinity;
  return async () => {
    if (sqs === undefined || ingestQueueUrl === undefined || maxQueueDepth === undefined) return false;
    // One look per second is plenty: the bound is a backlog size, not an exact count.
    if (now() - lastCheck < 1000) return false;
    let paused = false;
    for (;;) {
      lastCheck = now();
      const output = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: ingestQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      const depth = Number(output.Attributes?.ApproximateNumberOfMessages ?? 0);
      if (depth <= maxQueueDepth || request.signal?.aborted) return paused;
      paused = true;
      await sleep(1000);
    }
  };
}
