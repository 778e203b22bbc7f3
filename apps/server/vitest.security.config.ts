import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run test:security`: cross-cutting attack tests against the real server process. */
export default defineConfig({
  test: {
    include: ['test/security/**/*.test.ts'],
    globalSetup: [fileURLToPath(import.meta.resolve('@patuh/db/testing/global-setup'))],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
