#!/usr/bin/env node
/**
 * One autocannon run in a process of its own: `node load.mjs '<autocannon options as JSON>'`
 * prints the run's summary as JSON. The benchmarks start the server themselves; a load generator
 * sharing their process (and so being the server's parent, reading its output) measured the cached
 * read a fifth slower and with a p99 three times as long as one in a process of its own.
 *
 * autocannon appends every response body to a JS string, which only its optional body checks
 * (expectBody, verifyBody) read; on compressed bodies that UTF-8 decoding costs the load generator
 * more than the server spends answering, so it is turned off here. Bytes are still counted, and
 * `bytesPerResponse` lets the caller check that whole answers came back.
 */
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}');
const keepNoBodies = (client) => {
  client.pipelinedRequests.addBody = () => {};
};
const result = await autocannon({ connections: 20, pipelining: 1, ...options, setupClient: keepNoBodies });
console.log(
  JSON.stringify({
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    total: result.requests.total,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }),
);
