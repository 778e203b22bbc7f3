/**
 * Real slow queries without test code in the server: a connection of the test's own holds an
 * ACCESS EXCLUSIVE lock on a table, so every statement of the server that touches the table
 * waits, holding its pooled connection (and its transaction, if any), until the lock is released.
 */
import pg from 'pg';
import { sleep } from './http.js';

export interface TableLock {
  /** Backends of the database waiting on a lock, optionally only those whose SQL matches. */
  waiters(sqlPattern?: string): Promise<number[]>;
  /** Resolves with the waiting backends once there are `count` of them; throws after `timeoutMs`. */
  waitForWaiters(count: number, sqlPattern?: string, timeoutMs?: number): Promise<number[]>;
  /** Resolves once the backend has ended, e.g. after its client died and PostgreSQL noticed. */
  waitForBackendGone(pid: number, timeoutMs?: number): Promise<void>;
  /** Ends the lock; the observer stays until `close`. */
  release(): Promise<void>;
  close(): Promise<void>;
}

export async function lockTable(databaseUrl: string, table: string): Promise<TableLock> {
  const holder = new pg.Client({ connectionString: databaseUrl });
  // A second connection observes: inside the holder's transaction, pg_stat_activity would be a
  // snapshot taken at its first read.
  const observer = new pg.Client({ connectionString: databaseUrl });
  await Promise.all([holder.connect(), observer.connect()]);
  await holder.query('BEGIN');
  await holder.query(`LOCK TABLE ${holder.escapeIdentifier(table)} IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await holder.query('ROLLBACK').catch(() => {});
    await holder.end();
  };

  const waiters = async (sqlPattern = '%') => {
    const { rows } = await observer.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1 ORDER BY pid`,
      [sqlPattern],
    );
    return rows.map((r) => r.pid);
  };

  return {
    waiters,
    async waitForWaiters(count, sqlPattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const pids = await waiters(sqlPattern);
        if (pids.length >= count) return pids;
        if (Date.now() > deadline) throw new Error(`only ${pids.length} of ${count} statements came to wait on the lock of ${table}`);
        await sleep(25);
      }
    },
    async waitForBackendGone(pid, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount) {
        if (Date.now() > deadline) throw new Error(`backend ${pid} is still there after ${timeoutMs} ms`);
        await sleep(50);
      }
    },
    release,
    async close() {
      await release();
      await observer.end();
    },
  };
}
