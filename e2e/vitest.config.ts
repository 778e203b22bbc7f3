import { defineConfig } from 'vitest/config';

// Browser tests against the built platform, started once for the whole run (see src/support).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    // The files share one platform and its data: one at a time, so one file's changes (a new cycle,
    // a publication) never land in the middle of another's journey.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
