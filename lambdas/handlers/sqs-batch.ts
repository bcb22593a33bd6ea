/**
 * The SQS batch loop both handlers share: each message runs alone, a throwing
 * message fails only itself (partial batch response, retried by SQS and
 * dead-lettered after maxReceiveCount), and metrics are flushed per invocation.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { sourceMappedStack } from './source-mapped-stack';
import type { Telemetry } from './telemetry';

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export function sqsBatchHandler(telemetry: Telemetry, handleMessage: (message: SQSRecord) => Promise<void>): SqsBatchHandler {
  return sqsBatchHandlerPerInvocation(telemetry, () => handleMessage);
}

/**
 * The same loop with a message handler made per invocation, for handlers that
 * gather the sends of a batch's messages (they rely on the messages running in
 * parallel, which is why `processInParallel` is spelled out).
 */
export function sqsBatchHandlerPerInvocation(
  telemetry: Telemetry,
  handlerFor: (event: SQSEvent) => (message: SQSRecord) => Promise<void>,
): SqsBatchHandler {
  return async (event, context) => {
    telemetry.logger.addContext(context);
    try {
      // A processor per invocation: the local runtime may run batches concurrently.
      return await processPartialResponse(event, handlerFor(event), new BatchProcessor(EventType.SQS), {
        context,
        throwOnFullBatchFailure: false,
        processInParallel: true,
      });
    } finally {
      // A batch of skipped messages records nothing; publishing would only log a warning.
      if (telemetry.metrics.hasStoredMetrics()) telemetry.metrics.publishStoredMetrics();
    }
  };
}

/** An error as a log field: name, message and stack, the stack pointing at the TypeScript sources. */
export function describeError(error: unknown): { name: string; message: string; stack?: string } | string {
  if (!(error instanceof Error)) return String(error);
  return { name: error.name, message: error.message, stack: error.stack === undefined ? undefined : sourceMappedStack(error.stack) };
}
