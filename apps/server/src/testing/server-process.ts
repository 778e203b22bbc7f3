/**
 * The real server as a child process, started the way `npm start` starts it (the compiled
 * dist/main.js), for tests that must see what a person running the platform sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@patuh/db/testing';

const mainJs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'main.js');

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/** A fresh folder for the embedded database, enterable by the `postgres` user. */
export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'patuh-data-'));
  await chmod(dir, 0o755);
  return dir;
}

export async function startServerProcess(env: Record<string, string>, options: { waitReady?: boolean; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [mainJs], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PATUH_DEMO_DATA: 'false', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const proc: ServerProcess = {
    baseUrl,
    child,
    output: () => out,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  if (options.waitReady ?? true) {
    const deadline = Date.now() + (options.timeoutMs ?? 90_000);
    let done = false;
    void exited.then(() => (done = true));
    for (;;) {
      if (done) throw new Error(`The server exited before it was ready:\n${out}`);
      if (Date.now() > deadline) {
        await proc.stop();
        throw new Error(`The server was not ready in time:\n${out}`);
      }
      const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return proc;
}

/** A GraphQL POST, as a browser app would send it. */
export async function graphql<T = unknown>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
