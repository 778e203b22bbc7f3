/** Applying the versioned migrations in prisma/migrations to a database. */
import { openSchemaEngine, readMigrations, migrationsDir, noFilters } from './schema-engine.js';
import pg from 'pg';

export interface MigrationOutcome {
  applied: string[];
}

/** Applies every pending migration; applies nothing when the database is current. */
export async function applyMigrations(databaseUrl: string, dir = migrationsDir): Promise<MigrationOutcome> {
  const handle = await openSchemaEngine(databaseUrl);
  try {
    const migrationsList = await readMigrations(dir);
    const out = await handle.engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: out.appliedMigrationNames };
  } finally {
    await handle.close();
  }
}

export interface MigrationStatus {
  current: boolean;
  pending: string[];
  failed: string[];
}

/** Compares the migrations folder with Prisma's migrations table, without changing anything. */
export async function migrationStatus(databaseUrl: string, dir = migrationsDir): Promise<MigrationStatus> {
  const list = await readMigrations(dir);
  const names = list.migrationDirectories.map((d) => d.path);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!table.rows[0]?.t) return { current: names.length === 0, pending: names, failed: [] };
    const rows = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations',
    );
    const done = new Set(rows.rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const failed = rows.rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
    const pending = names.filter((n) => !done.has(n));
    return { current: pending.length === 0 && failed.length === 0, pending, failed };
  } finally {
    await client.end();
  }
}
