/** Vitest global setup: one throwaway PostgreSQL cluster for the whole run; files make their own databases. */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../throwaway.js';

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_ADMIN_URL);
    return;
  }
  const cluster = await startThrowawayPostgres('postgres');
  project.provide('adminDatabaseUrl', cluster.url);
  return async () => {
    await cluster.stop();
  };
}
