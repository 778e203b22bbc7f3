#!/usr/bin/env node
/**
 * `npm run bench:api`: what publication day costs. Against the built server with the full
 * synthetic national data set, on loopback:
 *  - SQL statements per request for the public rankings of a whole cycle (target ≤ 3);
 *  - throughput and p99 of that read served from the public read cache (a GET by document hash,
 *    asking for compressed bytes with `accept-encoding: gzip, deflate, br` as browsers and CDNs
 *    do) as a ratio to a bare `{ __typename }` POST on the same server in the same run (target
 *    ≥ 5×). Each load run is an autocannon process of its own (load.mjs says why, and how it
 *    checks that whole answers came back);
 *  - p99 of the uncached read (a POST, which the cache never answers) at 100 requests/s
 *    (target ≤ 150 ms).
 * Throughput runs alternate (`BENCH_ROUNDS`, default 3, of `BENCH_DURATION` seconds each) and the
 * round with the median ratio is reported, so one noisy moment on a shared machine neither makes
 * nor breaks the figure; every round's ratio is printed too. All of this runs on a server started
 * on data an earlier process loaded (platform.mjs, startLoadedPlatform).
 * Last line: one JSON object with the figures; the exit code is 1 when a target is missed.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { graphql, startLoadedPlatform } from './platform.mjs';

const require = createRequire(import.meta.url);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
/** Rounds of `{ __typename }` then cached read, alternated so that both see the same machine. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_S = 3;
const targets = { sqlStatements: 3, cachedRatio: 5, uncachedP99Ms: 150 };

const manifest = JSON.parse(readFileSync(require.resolve('@patuh/graphql/persisted-documents.json'), 'utf8'));
const rankingsEntry = Object.entries(manifest).find(([, text]) => /\bquery Rankings\b/.test(text));
if (!rankingsEntry) throw new Error('the Rankings document is missing from persisted-documents.json');
const [rankingsId, rankingsText] = rankingsEntry;

const execFileAsync = promisify(execFile);
const loadScript = fileURLToPath(new URL('./load.mjs', import.meta.url));

/** One autocannon run, in a process of its own (see load.mjs): its summary. */
async function run(options) {
  const { stdout } = await execFileAsync(process.execPath, [loadScript, JSON.stringify({ duration: DURATION_S, ...options })]);
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const ACCEPT_ENCODING = 'gzip, deflate, br';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const env = { NODE_ENV: 'production', SESSION_SECRET: 'bench-'.repeat(8) };
// Statements are counted on a server with the counter on; the counter's AsyncLocalStorage slows
// every request a little, so throughput is measured on a fresh server without it.
const platform = await startLoadedPlatform({ env: { ...env, PATUH_COUNT_QUERIES: 'true' } });
try {
  const cycles = await graphql(platform.baseUrl, '{ publishedCycles { year } }');
  const year = Math.max(...cycles.data.publishedCycles.map((c) => c.year));
  const variables = { cycleYear: year, first: 1000 };

  const counted = await graphql(platform.baseUrl, rankingsText, variables);
  if (counted.errors) throw new Error(JSON.stringify(counted.errors));
  const rows = counted.data.rankings.nodes.length;
  const sqlStatements = counted.extensions?.sqlStatements;
  console.log(`rankings ${year}: ${rows} rows in ${sqlStatements} SQL statements`);
  await platform.restart(env);

  const getPath = `/graphql?documentId=${encodeURIComponent(rankingsId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const first = await fetch(platform.baseUrl + getPath);
  await first.arrayBuffer();
  const second = await fetch(platform.baseUrl + getPath, { headers: { 'accept-encoding': ACCEPT_ENCODING } });
  const bytes = (await second.arrayBuffer()).byteLength;
  const wireBytes = Number(second.headers.get('content-length'));
  console.log(
    `cached GET: ${second.headers.get('x-cache')}, ${bytes} bytes (${second.headers.get('content-encoding') ?? 'identity'}, ` +
      `${second.headers.get('content-length')} on the wire), ETag ${second.headers.get('etag')}`,
  );

  // A freshly started server runs its first seconds unoptimised: warm every path up first.
  const typenameRequest = { url: `${platform.baseUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' };
  const cachedRequest = { url: platform.baseUrl + getPath, headers: { 'accept-encoding': ACCEPT_ENCODING } };
  const uncachedRequest = { url: `${platform.baseUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: rankingsText, variables }) };
  for (const request of [typenameRequest, cachedRequest, uncachedRequest]) await run({ ...request, duration: WARM_UP_S, connections: 10 });

  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const typename = await run(typenameRequest);
    const cached = await run(cachedRequest);
    const ratio = cached.rps / typename.rps;
    rounds.push({ typename, cached, ratio });
    console.log(
      `round ${round}: { __typename } POST ${typename.rps} req/s (p99 ${typename.p99Ms} ms); rankings, cached GET ${cached.rps} req/s ` +
        `(p99 ${cached.p99Ms} ms, ${cached.bytesPerResponse} bytes per answer with headers): ${ratio.toFixed(1)}×`,
    );
  }
  // The round with the median ratio speaks for the run.
  const { typename, cached } = rounds.find((r) => r.ratio === median(rounds.map((x) => x.ratio)));
  // Every answer must have been the whole compressed ranking, not an error or a 304.
  const wholeAnswers = rounds.every(({ cached: c }) => c.errors === 0 && c.bytesPerResponse >= wireBytes && c.bytesPerResponse < wireBytes + 1024);
  if (!wholeAnswers) console.log(`cached GET answers were not all the whole ${wireBytes}-byte ranking`);
  const uncached = await run({ ...uncachedRequest, connections: 10, overallRate: 100 });
  console.log(`rankings, uncached POST at 100 req/s: p50 ${uncached.p50Ms} ms, p99 ${uncached.p99Ms} ms`);

  const figures = {
    bench: 'api',
    cycleYear: year,
    rankingRows: rows,
    sqlStatements,
    typename,
    cached,
    uncached,
    cachedRatio: Math.round((cached.rps / typename.rps) * 10) / 10,
    cachedRatioRounds: rounds.map((r) => Math.round(r.ratio * 10) / 10),
    targets,
  };
  figures.met =
    sqlStatements <= targets.sqlStatements &&
    figures.cachedRatio >= targets.cachedRatio &&
    uncached.p99Ms <= targets.uncachedP99Ms &&
    wholeAnswers &&
    rounds.every((r) => r.typename.errors + r.cached.errors === 0) &&
    uncached.errors === 0;
  console.log(JSON.stringify(figures));
  if (!figures.met) process.exitCode = 1;
} finally {
  await platform.stop();
}
