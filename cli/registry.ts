import type { Command } from './command';

/**
 * Commands are loaded lazily so `newsdrop classify` does not pay for the AWS
 * SDK or the emulators. Add a command by adding one line here.
 */
export const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  classify: {
    summary: 'Decode, parse and classify local files (no AWS).',
    load: async () => (await import('./commands/classify')).default,
  },
  analyze: { summary: 'Show the record a local file would produce (parse, classify, enrich; no AWS).', load: async () => (await import('./commands/analyze')).default },
  query: { summary: 'Read records by topic, entity, id and date range.', load: async () => (await import('./commands/query')).default },
  status: { summary: 'Queue depths (with dead letters) and articles by status.', load: async () => (await import('./commands/status')).default },
  failures: { summary: 'List failed articles with error code, message and source object.', load: async () => (await import('./commands/failures')).default },
  redrive: { summary: 'Move dead letters back to their source queues (--dry-run to look first).', load: async () => (await import('./commands/redrive')).default },
  dev: { summary: 'Run the whole pipeline locally (emulators + real handlers) and keep it running.', load: async () => (await import('./commands/dev')).default },
  ingest: { summary: 'Upload article files to the pipeline and wait for their records.', load: async () => (await import('./commands/ingest')).default },
  reprocess: { summary: 'Re-run the pipeline on stored articles (all, by source, by date, --outdated) as new versions.', load: async () => (await import('./commands/reprocess')).default },
};
