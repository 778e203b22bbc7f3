import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the platform under database restarts, signals, hard kills, an exhausted
 * pool and a second instance. Files run one after another: each measures timings that a
 * neighbour's load would distort.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: [fileURLToPath(import.meta.resolve('@patuh/db/testing/global-setup'))],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
