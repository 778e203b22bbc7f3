/**
 * A cheap fingerprint of everything a mutation could change: a hash of every row of every table
 * (a fixture holds a few thousand), kept apart from the audit trail, so that a test can say
 * "this refused call changed nothing" and "this change was audited" without knowing the tables.
 *
 * Left out: what signing in and out, mail and links touch by design (sessions, link tokens, the
 * outbox, a user's sign-in counters), and the migrations table.
 */
import pg from 'pg';

const OUTSIDE_THE_FINGERPRINT = new Set(['_prisma_migrations', 'session', 'user_token', 'outbox_mail', 'audit_event']);
/** Columns of `user` that signing in moves (counters, lock-out, last sign-in). */
const USER_COLUMNS = ['id', 'email', 'name', 'password_hash', 'role', 'province_code', 'institution_id', 'active', 'demo'];

export interface Fingerprint {
  /** Table → hash of its rows. */
  tables: Record<string, string>;
  auditCount: number;
}

export interface Fingerprinter {
  take(): Promise<Fingerprint>;
  /** Tables whose rows differ between two fingerprints. */
  changedTables(before: Fingerprint, after: Fingerprint): string[];
  /** Audit events written for one request id. */
  auditEventsOf(requestId: string): Promise<{ action: string; entityType: string }[]>;
  close(): Promise<void>;
}

export async function fingerprinter(databaseUrl: string): Promise<Fingerprinter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const tables = rows.map((r) => r.name).filter((name) => !OUTSIDE_THE_FINGERPRINT.has(name));
  const hashOf = (table: string) => {
    const rowText = table === 'user' ? `ROW(${USER_COLUMNS.map((c) => `t.${c}`).join(', ')})::text` : 't::text';
    return `(SELECT md5(coalesce(string_agg(${rowText}, '|' ORDER BY ${rowText}), '')) FROM ${client.escapeIdentifier(table)} t) AS ${client.escapeIdentifier(table)}`;
  };
  const sql = `SELECT ${tables.map(hashOf).join(', ')}, (SELECT count(*)::int FROM audit_event) AS "auditCount"`;

  return {
    async take() {
      const { rows: [row] } = await client.query<Record<string, string | number>>(sql);
      const { auditCount, ...hashes } = row!;
      return { tables: hashes as Record<string, string>, auditCount: Number(auditCount) };
    },
    changedTables(before, after) {
      return Object.keys(after.tables).filter((t) => before.tables[t] !== after.tables[t]);
    },
    async auditEventsOf(requestId) {
      const { rows: events } = await client.query<{ action: string; entityType: string }>(
        `SELECT action, entity_type AS "entityType" FROM audit_event WHERE request_id = $1 ORDER BY id`,
        [requestId],
      );
      return events;
    },
    close: () => client.end(),
  };
}
