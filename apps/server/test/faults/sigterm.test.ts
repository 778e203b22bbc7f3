/**
 * SIGTERM under load, as an orchestrator stops an instance: requests already in flight are
 * answered in full (even ones waiting on the database), new ones are refused at the connection
 * rather than cut off half-way or half-done, and the process exits with 0 within 10 s.
 *
 * "Half-done" is checked on a writing request: every password-reset request answered `ok` left
 * exactly one mail in the outbox, and every refused one left none.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_USERS, seedFixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { documentPath, trustedDocument } from '../support/documents.js';
import { get, keepLoad, outcomeOf, postGraphQL, postOnFreshConnection, sleep, tally, type Probe } from '../support/http.js';

const EXIT_BOUND_MS = 10_000;
/** How long the in-flight requests are held on a database lock after the signal. */
const HELD_AFTER_SIGNAL_MS = 1500;
/**
 * What a client may see when the listener closes: refused, or, for a connection the kernel had
 * queued but the server not yet accepted (or a kept-alive one it was closing), reset before any
 * answer. Never an error status, a partial body or a half-processed request.
 */
const CLEAN_REFUSALS = new Set(['network:ECONNREFUSED', 'network:ECONNRESET', 'network:UND_ERR_SOCKET']);

let api: TestApi;
beforeAll(async () => {
  api = await startApi('faults_sigterm', seedFixture, { NODE_ENV: 'production', LOG_LEVEL: 'debug', SESSION_SECRET: 'faults-'.repeat(8) });
});
afterAll(async () => {
  await api?.stop();
});

const relative = (probes: readonly Probe[], at: number) => probes.map((p) => `+${p.startedAt - at}`).join(' ');

describe('SIGTERM under load', () => {
  it('answers in-flight requests in full, refuses new ones cleanly, and exits with 0 within 10 s', async () => {
    const search = trustedDocument('RegistrySearch');
    const rankingsPath = documentPath(trustedDocument('Rankings'), { cycleYear: 2023, first: 10 });
    expect(outcomeOf(await get(api.baseUrl, rankingsPath))).toBe('ok');
    const resetRequest = `mutation { requestPasswordReset(email: "${FIXTURE_USERS.admin.email}") }`;
    const mailsBefore = await api.prisma.outboxMail.count();

    // Writes on a new connection each, and public reads on kept-alive connections as browsers send them.
    const writes = keepLoad(3, (w, n) => postOnFreshConnection(api.baseUrl, resetRequest, 15_000, `probe-${w}-${n}`));
    const reads = keepLoad(2, () => get(api.baseUrl, rankingsPath, { timeoutMs: 15_000 }));

    // Requests in flight when the signal comes, held on a lock their search needs.
    const blocker = new pg.Client({ connectionString: api.databaseUrl });
    await blocker.connect();
    let held: string[];
    let signalledAt: number;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
      const inFlight = Array.from({ length: 3 }, () => postGraphQL(api.baseUrl, search.text, { search: 'Kota', first: 5 }, { timeoutMs: 20_000 }));
      await sleep(700);
      signalledAt = Date.now();
      api.server.child.kill('SIGTERM');
      await sleep(HELD_AFTER_SIGNAL_MS);
      await blocker.query('ROLLBACK');
      held = (await Promise.all(inFlight)).map(outcomeOf);
    } finally {
      await blocker.end();
    }
    console.info("DEBUG", JSON.stringify(writes.probes.filter((p) => p.network && p.network !== "ECONNREFUSED")), api.server.output().split("\n").filter((l) => /probe-/.test(l)).join("\n"));
    console.info("DEBUG", JSON.stringify([...writes.probes, ...reads.probes].slice(0, 12).map((p) => [p.startedAt - signalledAt, p.ms, outcomeOf(p)])));
    const exitCode = await api.server.exited;
    const exitMs = Date.now() - signalledAt;
    const written = await writes.stop();
    const read = await reads.stop();
    const all = [...written, ...read];
    const before = all.filter((p) => p.startedAt + p.ms < signalledAt);
    const after = all.filter((p) => p.startedAt + p.ms >= signalledAt);
    const resets = after.filter((p) => p.network && p.network !== 'ECONNREFUSED');
    const mails = (await api.prisma.outboxMail.count()) - mailsBefore;
    console.info(
      `SIGTERM: exit ${exitCode} after ${exitMs} ms; held requests: ${held.join(', ')}; ` +
        `before the signal: ${JSON.stringify(tally(before))}; from the signal on: ${JSON.stringify(tally(after))}; ` +
        `resets (ms after the signal): ${relative(resets, signalledAt) || 'none'}; password resets answered ok: ${written.filter((p) => outcomeOf(p) === 'ok').length}, mails written: ${mails}`,
    );

    expect(held).toEqual(['ok', 'ok', 'ok']);
    expect(exitCode).toBe(0);
    expect(exitMs).toBeLessThan(EXIT_BOUND_MS);
    expect(tally(before)).toEqual({ ok: before.length });
    expect(Object.keys(tally(after)).filter((o) => o !== 'ok' && !CLEAN_REFUSALS.has(o))).toEqual([]);
    expect(tally(after)['network:ECONNREFUSED'] ?? 0).toBeGreaterThan(0);
    // Each write was done exactly when it was answered: none half-done, none lost after an `ok`.
    expect(mails).toBe(written.filter((p) => outcomeOf(p) === 'ok').length);
  });
});
