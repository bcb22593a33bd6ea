import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    pool: 'forks',
    // Integration suites start emulators and CDK synth is CPU-heavy on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
