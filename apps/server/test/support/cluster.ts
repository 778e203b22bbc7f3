/**
 * A PostgreSQL cluster a test controls: stopped and started again on the same port and data
 * folder, as an operator's restart or a failover would do, and deleted at the end.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@patuh/db';

export interface RestartableCluster {
  /** The URL of the cluster's `patuh` database. */
  url: string;
  /** A fast shutdown: open sessions are terminated, as in a restart. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startRestartableCluster(): Promise<RestartableCluster> {
  const root = await mkdtemp(path.join(tmpdir(), 'patuh-faults-pg-'));
  await chmod(root, 0o755); // the cluster runs as `postgres` when the tests run as root
  const options = { dataDir: path.join(root, 'data'), port: await freePort(), database: 'patuh', persistent: true };
  let running: EmbeddedDatabase | undefined = await startEmbeddedPostgres(options);
  const url = running.url;
  return {
    url,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startEmbeddedPostgres(options);
    },
    async destroy() {
      await running?.stop().catch(() => {});
      running = undefined;
      await rm(root, { recursive: true, force: true });
    },
  };
}
