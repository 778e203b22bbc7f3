#!/usr/bin/env node
/**
 * The portal's performance budget, measured on this machine against the built platform with the
 * full synthetic demo data (`npm run build` at the repository root first):
 *
 * 1. the public home's initial JavaScript, gzipped: the entry chunk of the Vite manifest and
 *    every chunk it imports statically (lazy routes and the map are not part of it);
 * 2. the home's Largest Contentful Paint in headless Chromium (PerformanceObserver
 *    'largest-contentful-paint'), each load in a fresh browser context, median of several;
 * 3. the time from a change of the rankings' filters to the table showing the result, over a
 *    whole published cycle, from the performance marks the rankings page sets
 *    (src/features/rankings/measure.ts).
 *
 * It starts the platform itself (as the browser tests do: `node apps/server/dist/main.js`, its own
 * embedded PostgreSQL in a temporary folder, free ports), or measures PATUH_BENCH_BASE_URL.
 * The last line printed is one JSON object with the figures and the targets; the exit code is 1
 * when a target is missed.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const portalDir = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = path.resolve(portalDir, '..', '..');
// The browser tests' driver and Chromium: the e2e workspace owns playwright-core.
const { chromium } = createRequire(path.join(repositoryRoot, 'e2e', 'package.json'))('playwright-core');

const TARGETS = { homeInitialJsGzipKB: 170, lcpMs: 1500, filterMs: 100 };
const LCP_RUNS = 5;
const REPEATS = 5;

// ---------------------------------------------------------------------------------------------
// 1. Initial JavaScript of the home

async function homeInitialJs() {
  const dist = path.join(portalDir, 'dist');
  const manifest = JSON.parse(await readFile(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
  const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
  if (!entryKey) throw new Error('The Vite manifest has no entry: build the portal first.');
  const files = new Map();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.set(chunk.file, key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const sizes = [];
  for (const file of files.keys()) {
    const content = await readFile(path.join(dist, file));
    sizes.push({ file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------
// The platform under measurement

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startPlatform() {
  const port = await freePort();
  let dbPort = await freePort();
  while (dbPort === port) dbPort = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'patuh-bench-portal-'));
  // Run as root, the embedded PostgreSQL drops to the `postgres` user, which must be able to enter.
  await chmod(dataDir, 0o755);
  const env = { ...process.env, PORT: String(port), PATUH_DATA_DIR: dataDir, PATUH_DB_PORT: String(dbPort), PATUH_DEMO_DATA: 'true', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], { cwd: repositoryRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The platform exited before it was ready:\n${stderr.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('The platform was not ready within 180 s.');
    }
    try {
      if ((await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function latestPublishedYear(baseUrl) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ publishedCycles { year latestRevision { institutionCount } } }' }),
  });
  const body = await response.json();
  const latest = body.data?.publishedCycles?.[0];
  if (!latest) throw new Error('The platform has no published cycle to measure.');
  return { year: latest.year, institutions: latest.latestRevision.institutionCount };
}

// ---------------------------------------------------------------------------------------------
// 2. LCP of the home

async function homeLcp(browser, baseUrl) {
  const runs = [];
  for (let i = 0; i < LCP_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__lcp = { time: 0, element: '' };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const element = entry.element;
          const name = element ? `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}` : '';
          window.__lcp = { time: entry.startTime, element: name };
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    // Late content (the rankings, the map) can still become the largest paint: let it settle.
    await page.waitForTimeout(1000);
    const { time, element } = await page.evaluate(() => window.__lcp);
    runs.push({ lcp: time, element: element || '?' });
    await context.close();
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// 3. Filtering a whole cycle's rankings

const MEASURE = 'patuh:rankings-view';

async function filterTimes(browser, baseUrl, year) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/peringkat/${year}`);
  await page.getByRole('table', { name: `Peringkat nasional ${year}` }).waitFor({ timeout: 30_000 });
  const measured = () => page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((entry) => entry.duration), MEASURE);

  const select = (label, value) => () => page.getByLabel(label, { exact: true }).selectOption(value);
  const search = (text) => () => page.getByLabel('Cari nama atau kode', { exact: true }).fill(text);
  // [what, the change, the change back]: every step starts from, and returns to, the whole
  // national ranking, and both directions are measured.
  const steps = [
    ['province Banten', select('Provinsi', '36'), select('Provinsi', '')],
    ['kind: regencies', select('Jenis instansi', 'KABUPATEN'), select('Jenis instansi', '')],
    ['grade B', select('Predikat', 'B'), select('Predikat', '')],
    ['zone Kuning', select('Zona', 'KUNING'), select('Zona', '')],
    ['sort by name', select('Urutkan', 'name'), select('Urutkan', 'rank')],
    ['sort by largest rise', select('Urutkan', 'rise'), select('Urutkan', 'rank')],
    ['search “kab”', search('kab'), search('')],
  ];
  const times = [];
  // Each change is measured after a round trip back, five times: the median of the five
  // keeps a moment of contention on a shared machine from passing for the page's own cost.
  const measure = async (act) => {
    const before = (await measured()).length;
    await act();
    await page.waitForFunction(([name, count]) => performance.getEntriesByName(name, 'measure').length > count, [MEASURE, before], { timeout: 10_000 });
    const all = await measured();
    return all[all.length - 1];
  };
  for (const [label, act, undo] of steps) {
    const there = [];
    const back = [];
    for (let i = 0; i < REPEATS; i++) {
      there.push(await measure(act));
      back.push(await measure(undo));
    }
    times.push({ label, ms: median(there) }, { label: '  and back', ms: median(back) });
  }
  await context.close();
  return times;
}

// ---------------------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main() {
  const js = await homeInitialJs();
  const gzipKB = round(js.reduce((sum, f) => sum + f.gzip, 0) / 1024);
  console.log('Home initial JavaScript (entry chunk and its static imports):');
  for (const file of js) console.log(`  ${file.file.padEnd(40)} ${round(file.bytes / 1024).toString().padStart(7)} KB  ${round(file.gzip / 1024).toString().padStart(6)} KB gzip`);
  console.log(`  total ${gzipKB} KB gzip (target ≤ ${TARGETS.homeInitialJsGzipKB} KB)`);

  const external = process.env.PATUH_BENCH_BASE_URL?.replace(/\/+$/, '');
  if (!external) console.log('Starting the platform with the demo data (about a minute)…');
  const platform = external ? { baseUrl: external, stop: async () => undefined } : await startPlatform();
  const browser = await chromium.launch({
    executablePath: process.env.PATUH_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const { year, institutions } = await latestPublishedYear(platform.baseUrl);

    const lcpRuns = await homeLcp(browser, platform.baseUrl);
    const lcpMs = round(median(lcpRuns.map((run) => run.lcp)), 0);
    console.log(`Home LCP, ${LCP_RUNS} cold loads: ${lcpRuns.map((run) => `${round(run.lcp, 0)} ms (${run.element})`).join(', ')}`);
    console.log(`  median ${lcpMs} ms (target ≤ ${TARGETS.lcpMs} ms)`);

    const filters = await filterTimes(browser, platform.baseUrl, year);
    console.log(`Rankings ${year}, ${institutions} bodies: filter change → table shown`);
    for (const step of filters) console.log(`  ${step.label.padEnd(24)} ${round(step.ms).toString().padStart(6)} ms`);
    const filterMax = round(Math.max(...filters.map((step) => step.ms)));
    const filterMedian = round(median(filters.map((step) => step.ms)));
    console.log(`  median ${filterMedian} ms, slowest ${filterMax} ms (target ≤ ${TARGETS.filterMs} ms)`);

    const [load] = os.loadavg();
    console.log(`Load average during the run: ${round(load, 2)} on ${os.cpus().length} CPUs`);
    const met = gzipKB <= TARGETS.homeInitialJsGzipKB && lcpMs <= TARGETS.lcpMs && filterMax <= TARGETS.filterMs;
    console.log(
      JSON.stringify({
        homeInitialJsGzipKB: gzipKB,
        lcpMs,
        filterMs: { median: filterMedian, max: filterMax, rows: institutions },
        loadAverage: round(load, 2),
        targets: TARGETS,
        met,
      }),
    );
    process.exitCode = met ? 0 : 1;
  } finally {
    await browser.close();
    await platform.stop();
  }
}

await main();
