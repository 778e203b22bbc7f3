import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // One throwaway PostgreSQL cluster per run; each test file creates its own database.
    globalSetup: [fileURLToPath(import.meta.resolve('@patuh/db/testing/global-setup'))],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
