/**
 * Starts the built server on a throwaway embedded PostgreSQL with the synthetic demo data, for
 * the benchmarks: `const platform = await startPlatform({ env })`, then `platform.stop()`;
 * `startLoadedPlatform` measures a server that did not load the data itself.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverMain = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

export function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function rssMb(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

export async function startPlatform({ env = {}, dataDir, port, dbPort, timeoutMs = 300_000 } = {}) {
  const ownDir = !dataDir;
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'patuh-bench-'));
  chmodSync(dir, 0o755);
  const httpPort = port ?? (await freePort());
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PATUH_DATA_DIR: dir,
      PATUH_DB_PORT: String(dbPort ?? (await freePort())),
      PORT: String(httpPort),
      PATUH_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = false;
  const exit = new Promise((r) => child.on('exit', (code) => ((exited = true), r(code))));
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`the server exited:\n${log}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGTERM');
      throw new Error(`the server was not ready in time:\n${log}`);
    }
    if (await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid,
    dataDir: dir,
    log: () => log,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      const code = await exit;
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}

export async function graphql(baseUrl, query, variables) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * Loads the demo data with one server, stops it, and starts a fresh one on the same data, as a
 * restarted `npm start` does: what is measured is then a server as it runs on publication day,
 * with nothing of the loading left in it (no warm caches, no leftover heap). `stop()` also
 * removes the data.
 */
export async function startLoadedPlatform({ env = {}, log = console.log } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-bench-'));
  try {
    log('Loading the synthetic national data set…');
    await (await startPlatform({ env, dataDir })).stop();
    log('Starting the platform on it…');
    let platform = await startPlatform({ env, dataDir });
    return {
      get baseUrl() {
        return platform.baseUrl;
      },
      get pid() {
        return platform.pid;
      },
      dataDir,
      log: () => platform.log(),
      /** A fresh server on the same data, with other settings. */
      async restart(otherEnv = env) {
        await platform.stop();
        platform = await startPlatform({ env: otherEnv, dataDir });
      },
      async stop() {
        const code = await platform.stop();
        rmSync(dataDir, { recursive: true, force: true });
        return code;
      },
    };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
