#!/usr/bin/env node
/**
 * `npm run bench:start`: how long a newcomer waits. Clones this repository into a temporary
 * folder, installs it (not timed), then times `npm start` to a ready /readyz on the cold clone
 * (build, embedded PostgreSQL initialised, migrations, demo data) and on a warm restart, and
 * reads the idle server's resident memory (PostgreSQL apart). Last line: one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = { coldMs: 60_000, warmMs: 10_000, idleRssMb: 250 };

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function serverPid(root) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.includes(`${root}/apps/server/dist/main.js`) || (l.includes('apps/server/dist/main.js') && l.includes(root)));
  if (line) return Number(line.trim().split(/\s+/)[0]);
  // `exec node apps/server/dist/main.js` runs with a relative path: match on the working directory.
  for (const l of out.split('\n')) {
    if (!l.includes('apps/server/dist/main.js')) continue;
    const pid = Number(l.trim().split(/\s+/)[0]);
    try {
      if (execFileSync('readlink', [`/proc/${pid}/cwd`], { encoding: 'utf8' }).trim() === root) return pid;
    } catch {}
  }
  return undefined;
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

async function timeStart(root, env) {
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`npm start exited early:\n${log}`);
    if (performance.now() - started > 300_000) throw new Error(`not ready after 300 s:\n${log}`);
    const ok = await fetch(`http://127.0.0.1:${env.PORT}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const ms = Math.round(performance.now() - started);
  return {
    ms,
    child,
    async stop() {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => (exited ? r() : child.on('exit', r)));
    },
  };
}

const root = mkdtempSync(path.join(tmpdir(), 'patuh-bench-'));
chmodSync(root, 0o755);
try {
  console.log(`Cloning into ${root} and installing (not timed)…`);
  execFileSync('git', ['clone', '--quiet', repo, root], { stdio: 'inherit' });
  const installStarted = performance.now();
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  const installMs = Math.round(performance.now() - installStarted);

  const env = { ...process.env, PORT: String(await freePort()), PATUH_DB_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;

  const cold = await timeStart(root, env);
  console.log(`cold start (build, init database, migrate, demo data): ${(cold.ms / 1000).toFixed(1)} s`);
  await cold.stop();

  const warm = await timeStart(root, env);
  console.log(`warm restart: ${(warm.ms / 1000).toFixed(1)} s`);
  await new Promise((r) => setTimeout(r, 5000)); // let start-up garbage settle
  const pid = serverPid(root);
  const idleRssMb = pid ? rssMb(pid) : null;
  console.log(`idle server RSS: ${idleRssMb} MB`);
  await warm.stop();

  const figures = {
    bench: 'start',
    installMs,
    coldMs: cold.ms,
    warmMs: warm.ms,
    idleRssMb,
    targets,
    met: cold.ms <= targets.coldMs && warm.ms <= targets.warmMs && idleRssMb !== null && idleRssMb <= targets.idleRssMb,
  };
  console.log(JSON.stringify(figures));
} finally {
  rmSync(root, { recursive: true, force: true });
}
