/**
 * Where the platform's data lives: the PostgreSQL named by DATABASE_URL, or, when none is
 * named, an embedded PostgreSQL whose files stay in the checkout's git-ignored `.data` folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { resolveDataDir, startEmbeddedPostgres } from './embedded.js';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_EMBEDDED_PORT = 5488;

export interface DatabaseSettings {
  /** An external PostgreSQL 14+; when absent the embedded one is started. */
  databaseUrl?: string | undefined;
  /** Folder for the embedded cluster (default `<checkout>/.data/postgres`). */
  dataDir?: string | undefined;
  /** Port for the embedded cluster (default 5488, away from a system PostgreSQL's 5432). */
  port?: number | undefined;
  log?: (line: string) => void;
}

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** Where the embedded cluster keeps its files. */
  dataDir?: string;
  close(): Promise<void>;
}

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/** Rejects a malformed URL before any connection is tried, saying what is wrong. */
export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError('DATABASE_URL is not a valid URL; expected postgresql://user:password@host:port/database');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new DatabaseConfigError(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new DatabaseConfigError('DATABASE_URL names no host');
  }
  return url;
}

/** Connects once, quickly, to say clearly whether the server is there and recent enough. */
export async function checkReachable(databaseUrl: string, timeoutMs = 5000): Promise<void> {
  const url = parseDatabaseUrl(databaseUrl);
  const where = `${url.hostname || url.searchParams.get('host')}:${url.port || 5432}${url.pathname}`;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    const res = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    const version = Number(res.rows[0]?.v ?? 0);
    if (version < 140000) {
      throw new DatabaseConfigError(`PostgreSQL at ${where} is version ${version}; 14 or newer is needed.`);
    }
  } catch (err) {
    if (err instanceof DatabaseConfigError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new DatabaseConfigError(`Cannot use the PostgreSQL at ${where}: ${e.code ? `${e.code} ` : ''}${e.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(settings: DatabaseSettings = {}): Promise<OpenDatabase> {
  const log = settings.log ?? ((line: string) => console.log(line));
  const databaseUrl = settings.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) {
    await checkReachable(databaseUrl);
    return { url: databaseUrl, embedded: false, close: async () => {} };
  }
  const preferred = settings.dataDir ?? process.env.PATUH_DATA_DIR ?? path.join(repositoryRoot, '.data', 'postgres');
  const { dataDir, notice } = settings.dataDir || process.env.PATUH_DATA_DIR ? { dataDir: preferred, notice: undefined } : resolveDataDir(preferred);
  if (notice) log(notice);
  const port = settings.port ?? Number(process.env.PATUH_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  const db = await startEmbeddedPostgres({ dataDir, port, database: 'patuh' });
  return { url: db.url, embedded: true, dataDir, close: () => db.stop() };
}
