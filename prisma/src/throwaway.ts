/**
 * Throwaway PostgreSQL clusters for tests and tools: an embedded server in the system temp
 * folder (reachable by the `postgres` user even when the checkout is not), on a free port,
 * deleted when stopped.
 */
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(database = 'patuh_test'): Promise<EmbeddedDatabase> {
  const root = await mkdtemp(path.join(tmpdir(), 'patuh-pg-'));
  await chmod(root, 0o755); // mkdtemp makes it owner-only; the server may run as `postgres`
  return startEmbeddedPostgres({
    dataDir: path.join(root, 'data'),
    port: await freePort(),
    database,
    persistent: false,
  });
}
