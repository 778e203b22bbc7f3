/** The platform as `npm start` runs it: health, restarts, and settings that are wrong. */
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, freePort } from '@patuh/db/testing';
import { graphql, startServerProcess, tempDataDir, type ServerProcess } from './testing/server-process.js';

const adminUrl = inject('adminDatabaseUrl');
const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
});

describe('the server on its embedded PostgreSQL', () => {
  it('serves health, readiness and GraphQL, and keeps its data across a restart', async () => {
    const dataDir = await tempDataDir();
    const env = { PATUH_DATA_DIR: dataDir, PATUH_DB_PORT: String(await freePort()) };
    const first = await startServerProcess(env);
    running.push(first);

    expect((await fetch(`${first.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${first.baseUrl}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const before = await graphql<{ platform: { name: string; provinceCount: number; dataSource: string } }>(first.baseUrl, '{ platform { name provinceCount dataSource } }');
    expect(before.body.data?.platform).toEqual({ name: 'Patuh', provinceCount: 0, dataSource: 'EMPTY' });

    // Write through the database the server started, then restart on the same folder.
    const c = new pg.Client({ connectionString: `postgresql://postgres:patuh-embedded@127.0.0.1:${env.PATUH_DB_PORT}/patuh` });
    await c.connect();
    await c.query(`INSERT INTO province (code, name) VALUES ('36', 'Banten')`);
    await c.end();

    expect(await first.stop()).toBe(0);
    const second = await startServerProcess(env);
    running.push(second);
    const after = await graphql<{ platform: { provinceCount: number } }>(second.baseUrl, '{ platform { provinceCount } }');
    expect(after.body.data?.platform.provinceCount).toBe(1);
    expect(await second.stop()).toBe(0);
  });
});

describe('the server on an external PostgreSQL', () => {
  it('uses DATABASE_URL, migrates it, and starts no PostgreSQL of its own', async () => {
    const db = await createTestDatabase(adminUrl, 'external');
    const server = await startServerProcess({ DATABASE_URL: db.url });
    running.push(server);
    expect(server.output()).not.toMatch(/Embedded PostgreSQL running/);
    const res = await graphql<{ cycles: unknown[] }>(server.baseUrl, '{ cycles { id } }');
    expect(res.body.data?.cycles).toEqual([]);
    expect(await server.stop()).toBe(0);
    await db.drop();
  });

  it('fails fast with a clear message when DATABASE_URL cannot be reached', async () => {
    const started = Date.now();
    const server = await startServerProcess({ DATABASE_URL: `postgresql://patuh@127.0.0.1:${await freePort()}/patuh` }, { waitReady: false });
    const code = await server.exited;
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(server.output()).toMatch(/Patuh cannot start: Cannot use the PostgreSQL at 127\.0\.0\.1:\d+\/patuh: ECONNREFUSED/);
  });

  it('names the setting that is malformed', async () => {
    const server = await startServerProcess({ DATABASE_URL: 'mysql://localhost/patuh' }, { waitReady: false });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/DATABASE_URL must start with postgresql:\/\//);

    const badPort = await startServerProcess({ PORT: '99999' }, { waitReady: false });
    expect(await badPort.exited).toBe(1);
    expect(badPort.output()).toMatch(/Invalid settings in the environment:\s+PORT:/);

    const badStore = await startServerProcess({ EVIDENCE_S3_URL: 's3://bucket' }, { waitReady: false });
    expect(await badStore.exited).toBe(1);
    expect(badStore.output()).toMatch(/EVIDENCE_S3_URL must look like https:\/\/KEY:SECRET@host/);
  });
});
