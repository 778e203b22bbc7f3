/** Evidence through the real server into an S3-compatible store (s3rver stands in for it). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../testing/fixture.js';
import { tempDataDir } from '../../testing/server-process.js';
import { S3FileStorage, type S3Location } from './file-storage.js';

const BUCKET = 'bukti';
let s3: S3rver;
let s3Dir: string;
let location: S3Location;
let dataDir: string;
let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
let regionalBanten: ApiClient;

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(tmpdir(), 'patuh-s3-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await s3.run()) as { port: number };
  location = { endpoint: `http://127.0.0.1:${port}`, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  dataDir = await tempDataDir();
  api = await startApi(
    'evidence_s3',
    async (prisma) => {
      fx = await seedFixture(prisma);
      collection = await seedCollectionCycle(prisma, fx);
    },
    { PATUH_DATA_DIR: dataDir, EVIDENCE_S3_URL: `http://S3RVER:S3RVER@127.0.0.1:${port}/${BUCKET}` },
  );
  regionalBanten = await api.signIn(FIXTURE_USERS.regionalBanten);
});
afterAll(async () => {
  await api?.stop();
  await s3?.close();
  rmSync(s3Dir, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('evidence with EVIDENCE_S3_URL set', () => {
  it('is stored in the bucket, not on local disk, and streamed back from it', async () => {
    const bytes = `%PDF-1.7\n% berita acara\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
    const url = new URL('/api/evidence', api.baseUrl);
    url.searchParams.set('assessmentId', collection.assessments[fx.units.tangsel![0]!]!);
    url.searchParams.set('indicatorCode', 'IN-KOM-01');
    url.searchParams.set('fileName', 'berita-acara.pdf');
    const res = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', 'x-patuh-upload': '1', cookie: regionalBanten.sessionCookie! },
      body: bytes,
    });
    expect(res.status).toBe(201);
    const { evidence } = (await res.json()) as { evidence: { id: string } };
    const row = await api.prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } });

    expect(await text(await new S3FileStorage(location).get(row.storageKey))).toBe(bytes);
    expect(existsSync(path.join(dataDir, 'evidence'))).toBe(false);
    const back = await fetch(`${api.baseUrl}/api/evidence/${evidence.id}`, { headers: { cookie: regionalBanten.sessionCookie! } });
    expect(back.status).toBe(200);
    expect(await back.text()).toBe(bytes);
  });
});
