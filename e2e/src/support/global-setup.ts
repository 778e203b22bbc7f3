import type { TestProject } from 'vitest/node';
import { startPlatform } from './platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the platform under test answers, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

/**
 * One platform for the whole run: starting it (database, migrations, demo data) is the slow
 * part. PATUH_E2E_BASE_URL points the tests at a platform that is already running instead.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const existing = process.env.PATUH_E2E_BASE_URL;
  if (existing) {
    project.provide('baseUrl', existing.replace(/\/+$/, ''));
    return undefined;
  }
  const platform = await startPlatform();
  project.provide('baseUrl', platform.baseUrl);
  return async () => {
    try {
      await platform.stop();
    } catch (error) {
      // Vitest reports a failing teardown but still exits 0; an unclean stop must fail the run.
      process.exitCode = 1;
      throw error;
    }
  };
}
