#!/usr/bin/env node
/**
 * `npm run bench:load`: publication day, sustained. Against the built server with the full
 * synthetic national data set (as `npm start` runs it), on loopback, for BENCH_DURATION seconds
 * (default 60):
 *  - a public mix at a fixed rate (BENCH_RATE, default 200 req/s), by weight: rankings of the
 *    latest published year (cached GET by document hash, a few scopes), profiles of random bodies
 *    (cached GET), the registry search (POST, never cached) and the year's methodology (cached GET);
 *  - beside it, a staff mix at BENCH_STAFF_RATE (default 4 req/s): the demo regional office saving
 *    findings of its returned 2025 assessments (each connection its own assessment, with the
 *    version it last saw) and the demo verifier reading the verification queue.
 * Reported for each mix: throughput, p50, p99 and errors (HTTP errors, transport errors and
 * GraphQL errors in 200 answers; target: none); the server's RSS at the start and the end (target:
 * growth ≤ 20 %); the machine's load average. Last line: one JSON object with the figures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import autocannon from 'autocannon';
import { graphql, rssMb, startLoadedPlatform } from './platform.mjs';

const require = createRequire(import.meta.url);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const STAFF_RATE = Number(process.env.BENCH_STAFF_RATE ?? 4);
const targets = { errors: 0, rssGrowthPct: 20 };
const DEMO_PASSWORD = 'patuh-demo-2025';

const manifest = JSON.parse(readFileSync(require.resolve('@patuh/graphql/persisted-documents.json'), 'utf8'));
function trusted(operation) {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`\\b(query|mutation) ${operation}\\b`).test(text));
  if (!entry) throw new Error(`the ${operation} document is missing from persisted-documents.json`);
  return { id: entry[0], text: entry[1] };
}
const byHash = (doc, variables) => `/graphql?documentId=${encodeURIComponent(doc.id)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const loadavg = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

async function signIn(baseUrl, email) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { email, password: DEMO_PASSWORD } } }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('patuh_session='));
  if (!cookie) throw new Error(`demo sign-in of ${email} failed: ${await res.text()}`);
  return cookie;
}

async function signedInGraphql(baseUrl, cookie, query, variables) {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function run(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: DURATION_S, pipelining: 1, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

function summary(result, graphqlErrors) {
  return {
    rps: Math.round(result.requests.average),
    total: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors.count,
    graphqlErrors: graphqlErrors.count,
    ...(graphqlErrors.samples.length ? { errorSamples: graphqlErrors.samples } : {}),
  };
}

/** Counts answers that carry GraphQL errors, keeping a few for the report. */
function errorCounter() {
  const counter = {
    count: 0,
    samples: [],
    check(body) {
      if (!body.includes('"errors"')) return;
      counter.count++;
      if (counter.samples.length < 3) counter.samples.push(body.slice(0, 300));
    },
  };
  return counter;
}

const SCOPES = [{}, { scope: { type: 'KOTA' } }, { scope: { type: 'KABUPATEN' } }, { scope: { provinceCode: '36' } }, { scope: { provinceCode: '32' } }];

/** Every cached read of the mix once: each scope's rankings, each body's profile, the methodology. */
function everyCachedRead(year, institutionIds) {
  return [
    ...SCOPES.map((scope) => ({ method: 'GET', path: byHash(trusted('Rankings'), { cycleYear: year, first: 50, ...scope }) })),
    ...institutionIds.map((id) => ({ method: 'GET', path: byHash(trusted('InstitutionProfile'), { id }) })),
    { method: 'GET', path: byHash(trusted('PublishedMethodology'), { year }) },
  ];
}

/** The public's requests, by weight. */
function publicMix(year, institutionIds, searchTerms) {
  const rankings = trusted('Rankings');
  const profile = trusted('InstitutionProfile');
  const search = trusted('RegistrySearch');
  const methodology = trusted('PublishedMethodology');
  const mix = [
    [40, () => ({ method: 'GET', path: byHash(rankings, { cycleYear: year, first: 50, ...pick(SCOPES) }) })],
    [30, () => ({ method: 'GET', path: byHash(profile, { id: pick(institutionIds) }) })],
    [20, () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: search.text, variables: { search: pick(searchTerms), first: 10 } }) })],
    [10, () => ({ method: 'GET', path: byHash(methodology, { year }) })],
  ];
  const total = mix.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let draw = Math.random() * total;
    for (const [weight, make] of mix) if ((draw -= weight) < 0) return make();
    return mix[0][1]();
  };
}

// The memory measured is the server's, not what loading the demo data left behind.
const platform = await startLoadedPlatform({ env: { NODE_ENV: 'production', SESSION_SECRET: 'bench-'.repeat(8) } });
try {
  const base = platform.baseUrl;
  const cycles = await graphql(base, '{ publishedCycles { year } cycles { id year stage } }');
  const year = Math.max(...cycles.data.publishedCycles.map((c) => c.year));
  const cycle2025 = cycles.data.cycles.find((c) => c.year === 2025);
  const ranked = await graphql(base, trusted('Rankings').text, { cycleYear: year, first: 1000 });
  const institutionIds = ranked.data.rankings.nodes.map((n) => n.institution.id);
  const searchTerms = [...new Set(ranked.data.rankings.nodes.flatMap((n) => n.institution.name.split(/\s+/)).filter((w) => w.length > 4))].slice(0, 200);
  console.log(`${year}: ${institutionIds.length} ranked bodies; ${searchTerms.length} search words; 2025 cycle at ${cycle2025?.stage}`);

  // The staff: the regional office's returned assessments, one per connection, and the verifier's queue.
  const regional = await signIn(base, 'banten@patuh.demo');
  const verifier = await signIn(base, 'verifikator@patuh.demo');
  const assessmentList = trusted('Assessments');
  const returned = (await signedInGraphql(base, regional, assessmentList.text, { cycleId: cycle2025.id, filter: { status: 'RETURNED' }, first: 50 })).assessments.nodes;
  const detail = trusted('Assessment');
  const owned = [];
  for (const a of returned.slice(0, 8)) {
    const { assessment } = await signedInGraphql(base, regional, detail.text, { id: a.id });
    const answer = assessment.answers.find((x) => x.value !== null && !x.notApplicable);
    if (answer) owned.push({ id: a.id, version: assessment.version, indicatorCode: answer.indicatorCode, value: answer.value });
  }
  if (owned.length === 0) throw new Error('the demo regional office has no returned 2025 assessment to save findings on');
  console.log(`staff: ${owned.length} returned Banten assessments to save findings on; the verifier reads the SUBMITTED queue`);

  // Warm up as the first minutes of a publication day would: every public read asked once (so
  // the caches hold what they will hold) and the JIT warm; then memory is measured.
  const nextPublic = publicMix(year, institutionIds, searchTerms);
  const warmUp = [...everyCachedRead(year, institutionIds), ...Array.from({ length: 300 }, nextPublic)];
  for (const r of warmUp) await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body }).then((res) => res.arrayBuffer());
  const rssStartMb = rssMb(platform.pid);
  const rssSeries = [rssStartMb];
  const sampler = setInterval(() => rssSeries.push(rssMb(platform.pid)), 10_000);
  const loadAtStart = loadavg();
  console.log(`server RSS after warm-up: ${rssStartMb} MB; load average ${loadAtStart.join(' ')}`);

  const publicErrors = errorCounter();
  const staffErrors = errorCounter();
  const saveAnswers = trusted('SaveAnswers');
  let saves = 0;
  let nextOwner = 0;
  const [publicResult, staffResult] = await Promise.all([
    run(
      {
        url: base,
        connections: 20,
        overallRate: RATE,
        requests: [
          {
            setupRequest: (req) => ({ ...req, headers: {}, body: undefined, ...nextPublic() }),
            onResponse: (_status, body) => publicErrors.check(body),
          },
        ],
      },
    ),
    run(
      {
        url: base,
        connections: owned.length,
        overallRate: STAFF_RATE,
        requests: [
          {
            // Each connection saves the findings of its own assessment, at the version it last saw.
            setupRequest: (req, context) => {
              context.owner ??= owned[nextOwner++ % owned.length];
              const { id, version, indicatorCode, value } = context.owner;
              return {
                ...req,
                method: 'POST',
                path: '/graphql',
                headers: { 'content-type': 'application/json', cookie: regional },
                body: JSON.stringify({
                  query: saveAnswers.text,
                  variables: { assessmentId: id, expectedVersion: version, answers: [{ indicatorCode, value, note: `Catatan beban ${++saves}` }] },
                }),
              };
            },
            onResponse: (_status, body, context) => {
              staffErrors.check(body);
              const saved = /"version":(\d+)/.exec(body);
              if (saved && !body.includes('"errors"')) context.owner.version = Number(saved[1]);
            },
          },
          {
            setupRequest: (req) => ({
              ...req,
              method: 'POST',
              path: '/graphql',
              headers: { 'content-type': 'application/json', cookie: verifier },
              body: JSON.stringify({ query: assessmentList.text, variables: { cycleId: cycle2025.id, filter: { status: 'SUBMITTED' }, first: 20 } }),
            }),
            onResponse: (_status, body) => staffErrors.check(body),
          },
        ],
      },
    ),
  ]);
  clearInterval(sampler);
  const rssEndMb = rssMb(platform.pid);
  rssSeries.push(rssEndMb);
  const loadAtEnd = loadavg();

  const publicFigures = summary(publicResult, publicErrors);
  const staffFigures = summary(staffResult, staffErrors);
  const rssGrowthPct = Math.round(((rssEndMb - rssStartMb) / rssStartMb) * 1000) / 10;
  console.log(`public mix at ${RATE} req/s: ${publicFigures.rps} req/s, p50 ${publicFigures.p50Ms} ms, p99 ${publicFigures.p99Ms} ms, ${publicFigures.errors} errors`);
  console.log(`staff mix at ${STAFF_RATE} req/s: ${staffFigures.rps} req/s, p50 ${staffFigures.p50Ms} ms, p99 ${staffFigures.p99Ms} ms, ${staffFigures.errors} errors (${saves} saves)`);
  console.log(`server RSS ${rssStartMb} → ${rssEndMb} MB (${rssGrowthPct} %), every 10 s: ${rssSeries.join(', ')}; load average ${loadAtStart.join(' ')} → ${loadAtEnd.join(' ')} on ${os.cpus().length} cores`);

  const figures = {
    bench: 'load',
    durationS: DURATION_S,
    cycleYear: year,
    rate: { public: RATE, staff: STAFF_RATE },
    public: publicFigures,
    staff: { ...staffFigures, saves },
    rss: { startMb: rssStartMb, endMb: rssEndMb, growthPct: rssGrowthPct, every10sMb: rssSeries },
    loadavg: { start: loadAtStart, end: loadAtEnd, cores: os.cpus().length },
    targets,
  };
  figures.met = publicFigures.errors + staffFigures.errors === targets.errors && rssGrowthPct <= targets.rssGrowthPct;
  console.log(JSON.stringify(figures));
} finally {
  await platform.stop();
}
