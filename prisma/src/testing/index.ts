/** Helpers for tests in every workspace: throwaway clusters and per-file databases. */
export { createTestDatabase } from './database.js';
export { startThrowawayPostgres, freePort } from '../throwaway.js';
