#!/usr/bin/env node
/**
 * `npm run bench:api`: what publication day costs. Against the built server with the full
 * synthetic national data set, on loopback:
 *  - SQL statements per request for the public rankings of a whole cycle (target ≤ 3);
 *  - throughput and p99 of that read served from the public read cache (a GET by document hash)
 *    as a ratio to a bare `{ __typename }` POST on the same server in the same run (target ≥ 5×).
 *    The server also answers `accept-encoding: gzip, br` (as browsers and CDNs send it) with
 *    bytes it compressed once per entry, and the check below shows it; but the load runs ask for
 *    plain JSON, because autocannon turns every response body into a JS string: 35 KB of brotli
 *    costs it ~1.2 ms to decode as UTF-8 against ~0.3 ms for the 240 KB of JSON, so compressed
 *    answers would measure the load generator rather than the server;
 *  - p99 of the uncached read (a POST, which the cache never answers) at 100 requests/s
 *    (target ≤ 150 ms).
 * Last line: one JSON object with the figures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { graphql, startPlatform } from './platform.mjs';

const require = createRequire(import.meta.url);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const targets = { sqlStatements: 3, cachedRatio: 5, uncachedP99Ms: 150 };

const manifest = JSON.parse(readFileSync(require.resolve('@patuh/graphql/persisted-documents.json'), 'utf8'));
const rankingsEntry = Object.entries(manifest).find(([, text]) => /\bquery Rankings\b/.test(text));
if (!rankingsEntry) throw new Error('the Rankings document is missing from persisted-documents.json');
const [rankingsId, rankingsText] = rankingsEntry;

function run(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: DURATION_S, connections: 20, pipelining: 1, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const summary = (r) => ({ rps: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total });

console.log('Starting the platform with the synthetic national data set…');
const platform = await startPlatform({ env: { PATUH_COUNT_QUERIES: 'true', NODE_ENV: 'production', SESSION_SECRET: 'bench-'.repeat(8) } });
try {
  const cycles = await graphql(platform.baseUrl, '{ publishedCycles { year } }');
  const year = Math.max(...cycles.data.publishedCycles.map((c) => c.year));
  const variables = { cycleYear: year, first: 1000 };

  const counted = await graphql(platform.baseUrl, rankingsText, variables);
  if (counted.errors) throw new Error(JSON.stringify(counted.errors));
  const rows = counted.data.rankings.nodes.length;
  const sqlStatements = counted.extensions?.sqlStatements;
  console.log(`rankings ${year}: ${rows} rows in ${sqlStatements} SQL statements`);

  const getPath = `/graphql?documentId=${encodeURIComponent(rankingsId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const first = await fetch(platform.baseUrl + getPath);
  await first.arrayBuffer();
  const second = await fetch(platform.baseUrl + getPath, { headers: { 'accept-encoding': 'gzip, br' } });
  const bytes = (await second.arrayBuffer()).byteLength;
  console.log(
    `cached GET: ${second.headers.get('x-cache')}, ${bytes} bytes (${second.headers.get('content-encoding') ?? 'identity'}, ` +
      `${second.headers.get('content-length')} on the wire), ETag ${second.headers.get('etag')}`,
  );

  const typename = summary(await run({ url: `${platform.baseUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }));
  console.log(`{ __typename } POST:      ${typename.rps} req/s, p99 ${typename.p99Ms} ms`);
  const cached = summary(await run({ url: platform.baseUrl + getPath }));
  console.log(`rankings, cached GET:    ${cached.rps} req/s, p99 ${cached.p99Ms} ms (${(cached.rps / typename.rps).toFixed(1)}× the { __typename } rate)`);
  const uncached = summary(
    await run({
      url: `${platform.baseUrl}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: rankingsText, variables }),
      connections: 10,
      overallRate: 100,
    }),
  );
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
    targets,
  };
  figures.met =
    sqlStatements <= targets.sqlStatements &&
    figures.cachedRatio >= targets.cachedRatio &&
    uncached.p99Ms <= targets.uncachedP99Ms &&
    typename.errors + cached.errors + uncached.errors === 0;
  console.log(JSON.stringify(figures));
} finally {
  await platform.stop();
}
