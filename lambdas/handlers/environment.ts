/** Resource names the deployed handlers read from their environment (names in config.ts). */
import { pipelineConfig } from '../config';
import type { AwsDepsOptions } from '../adapters';

export type EnvResources = Pick<AwsDepsOptions, 'bucket' | 'table' | 'enrichQueueUrl' | 'eventsTopicArn'> & {
  maxObjectBytes: number;
};

export type EnvReading = { ok: true; resources: EnvResources } | { ok: false; missing: string[] };

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): EnvReading {
  const names = pipelineConfig.env;
  const required = [names.bucket, names.table, names.enrichQueueUrl];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) return { ok: false, missing };
  const maxObjectBytes = Number(env[names.maxObjectBytes] ?? pipelineConfig.bucket.maxObjectBytes);
  return {
    ok: true,
    resources: {
      bucket: env[names.bucket]!,
      table: env[names.table]!,
      enrichQueueUrl: env[names.enrichQueueUrl]!,
      eventsTopicArn: env[names.eventsTopicArn] || undefined,
      maxObjectBytes: Number.isFinite(maxObjectBytes) && maxObjectBytes > 0 ? maxObjectBytes : pipelineConfig.bucket.maxObjectBytes,
    },
  };
}

/** A handler that explains the misconfiguration on every invocation (module init must not throw in tests). */
export function misconfigured(missing: string[]) {
  return async (): Promise<never> => {
    throw new Error(`missing environment variable(s): ${missing.join(', ')}`);
  };
}
