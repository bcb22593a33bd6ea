/**
 * `npm run test:unit`: the fast loop. Everything except the suites that start emulators
 * (integration, *.emulator.test.ts, the local runtime's loops, the CLI commands that talk to a
 * stack) or synthesize the CDK stack (test/lib apart from the bundling options). `npm test` still
 * runs them all.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export const slowSuites = [
  'test/integration/**',
  '**/*.emulator.test.ts',
  'test/lib/!(bundling).test.ts',
  '**/*.e2e.test.ts',
  'test/contract/**',
  'test/local/{event-source,notification-bridge,redrive,wait-for-records,crash-recovery,sqs-characters}.test.ts',
  'test/cli/{dev-ingest,ops,query}.test.ts',
];

export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, ...slowSuites] } }));
