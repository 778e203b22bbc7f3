/** A fresh, empty database in the test cluster, named for the test file that asks for it. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type {} from 'vitest';

declare module 'vitest' {
  /** What the global setup gives every test file: the URL of the throwaway cluster. */
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export async function createTestDatabase(adminUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.end();
    },
  };
}
