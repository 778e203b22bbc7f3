export * from './generated/client.js';
export { createPrismaClient, type ClientOptions } from './client.js';
export { openDatabase, checkReachable, parseDatabaseUrl, DatabaseConfigError, repositoryRoot, DEFAULT_EMBEDDED_PORT, type OpenDatabase, type DatabaseSettings } from './open-database.js';
export { applyMigrations, migrationStatus, type MigrationStatus } from './migrate.js';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
export { startThrowawayPostgres, freePort } from './throwaway.js';
