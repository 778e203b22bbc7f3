/**
 * Starts the built platform the way an operator does (`node apps/server/dist/main.js` from the
 * repository root), on free ports, with its own embedded PostgreSQL in a fresh folder and the
 * synthetic demo data, and stops it as an operator would, with SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../artifacts/', import.meta.url));

const serverEntry = 'apps/server/dist/main.js';
const requiredBuilds = [serverEntry, 'apps/portal/dist/index.html', 'apps/admin/dist/index.html'];

/**
 * Loading the demo data dominates start-up (20 s to well over a minute, by machine);
 * PATUH_E2E_READY_TIMEOUT (seconds) allows more on a slow one.
 */
const readyTimeoutMs = Number(process.env.PATUH_E2E_READY_TIMEOUT ?? 120) * 1000;
/** The server gives in-flight work 10 s before it forces its own exit. */
const stopTimeoutMs = 20_000;

export interface RunningPlatform {
  baseUrl: string;
  /** Sends SIGTERM and resolves once the server has exited cleanly; rejects otherwise. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No port assigned'))));
    });
  });
}

export async function startPlatform(): Promise<RunningPlatform> {
  const missing = requiredBuilds.filter((file) => !existsSync(path.join(repositoryRoot, file)));
  if (missing.length) {
    throw new Error(`The platform is not built (missing ${missing.join(', ')}). Run \`npm run build\` at the repository root first.`);
  }

  const port = await freePort();
  let dbPort = await freePort();
  while (dbPort === port) dbPort = await freePort();

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'patuh-e2e-'));
  // Run as root, the embedded PostgreSQL drops to the `postgres` user, which must be able to enter.
  await chmod(dataDir, 0o755);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PATUH_DATA_DIR: dataDir,
    PATUH_DB_PORT: String(dbPort),
    PATUH_DEMO_DATA: 'true',
  };
  // Never seed into a database named by the caller's environment, and run with the server's own
  // default mode rather than the test runner's.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;

  const child = spawn(process.execPath, [serverEntry], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  // If the test run itself is torn down, do not leave a server and its database behind.
  const onRunnerExit = () => {
    if (!hasExited) child.kill('SIGTERM');
  };
  process.once('exit', onRunnerExit);

  const keepLog = async () => {
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(path.join(artifactsDir, 'platform.log'), output.join(''));
  };
  const logTail = () => output.join('').split('\n').slice(-40).join('\n');
  const cleanUp = async () => {
    process.off('exit', onRunnerExit);
    await keepLog();
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, exited);
  } catch (error) {
    if (!hasExited) {
      child.kill('SIGTERM');
      if (!(await within(exited, stopTimeoutMs))) child.kill('SIGKILL');
    }
    await cleanUp();
    throw new Error(`${(error as Error).message}\n--- platform output (last lines) ---\n${logTail()}`);
  }

  return {
    baseUrl,
    async stop() {
      if (!hasExited) child.kill('SIGTERM');
      const result = await within(exited, stopTimeoutMs);
      if (!result) {
        child.kill('SIGKILL');
        await exited;
        await cleanUp();
        throw new Error(`The platform did not stop within ${stopTimeoutMs / 1000} s of SIGTERM.\n${logTail()}`);
      }
      await cleanUp();
      if (result.code !== 0) {
        throw new Error(`The platform exited with ${result.code ?? result.signal} after SIGTERM.\n${logTail()}`);
      }
    },
  };
}

async function waitUntilReady(baseUrl: string, exited: Promise<{ code: number | null }>): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  let stoppedEarly: { code: number | null } | undefined;
  void exited.then((result) => (stoppedEarly = result));
  while (Date.now() < deadline) {
    if (stoppedEarly) throw new Error(`The platform exited with code ${stoppedEarly.code} before it was ready.`);
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`The platform was not ready within ${readyTimeoutMs / 1000} s.`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The promise's value, or undefined if it takes longer than `ms`; no timer is left behind. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
