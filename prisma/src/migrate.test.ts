import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, migrationStatus } from './migrate.js';
import { diffSchemas, schemaPath } from './schema-engine.js';
import { createTestDatabase } from './testing/database.js';

const adminUrl = inject('adminDatabaseUrl');

/**
 * The shape of a database as PostgreSQL's catalogs describe it: tables and columns, enums,
 * indexes, keys and foreign keys. CHECK constraints and triggers are left out on purpose: they
 * are hand-written in the migrations, where the schema language cannot state them.
 */
async function catalog(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = async (sql: string) => (await c.query(sql)).rows.map((r) => Object.values(r).join(' | '));
  try {
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, ''),
                          coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''), coalesce(numeric_scale::text, '')
                        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                        ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                        AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                            WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f')
                            AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
    };
  } finally {
    await c.end();
  }
}

describe('migrations', () => {
  let migrated: { url: string; drop(): Promise<void> };
  let fromSchema: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    migrated = await createTestDatabase(adminUrl, 'migrated');
    fromSchema = await createTestDatabase(adminUrl, 'from_schema');
  });
  afterAll(async () => {
    await migrated.drop();
    await fromSchema.drop();
  });

  it('apply every migration to an empty database, and nothing the second time', async () => {
    expect((await migrationStatus(migrated.url)).current).toBe(false);
    const first = await applyMigrations(migrated.url);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await applyMigrations(migrated.url);
    expect(second.applied).toEqual([]);
    expect(await migrationStatus(migrated.url)).toEqual({ current: true, pending: [], failed: [] });
  });

  it('have no drift: schema.prisma equals the schema of the latest migration', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const migratedSchema = await readFile(path.join(path.dirname(schemaPath), 'migrated-schema.prisma'), 'utf8');
    const sql = await diffSchemas(adminUrl, migratedSchema, schema);
    expect(sql, 'schema.prisma changed without a migration: run npm run db:migration:new -- <name>').toBe('');
  });

  it('have no drift: the migrated database has the shape schema.prisma describes', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const sql = await diffSchemas(adminUrl, undefined, schema);
    const c = new pg.Client({ connectionString: fromSchema.url });
    await c.connect();
    await c.query(sql);
    await c.end();
    const [a, b] = [await catalog(migrated.url), await catalog(fromSchema.url)];
    expect(a.columns!.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  });
});
