import { defineConfig } from 'vitest/config';

// Browser tests against the built platform, started once for the whole run (see src/support).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
