/** Evidence files over HTTP against the real server: upload rules, storage, download scope. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentDocument, ClarificationDocument, RaiseClarificationDocument } from '@patuh/graphql';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { tempDataDir } from '../../testing/server-process.js';
import { FIXTURE_USERS, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
let dataDir: string;
let admin: ApiClient;
let regionalBanten: ApiClient;
let regionalJabar: ApiClient;
let officerTangsel: ApiClient;
let officerBogor: ApiClient;

beforeAll(async () => {
  dataDir = await tempDataDir();
  api = await startApi(
    'evidence',
    async (prisma) => {
      fx = await seedFixture(prisma);
      collection = await seedCollectionCycle(prisma, fx);
    },
    { PATUH_DATA_DIR: dataDir },
  );
  [admin, regionalBanten, regionalJabar, officerTangsel, officerBogor] = await Promise.all([
    api.signIn(FIXTURE_USERS.admin),
    api.signIn(FIXTURE_USERS.regionalBanten),
    api.signIn(FIXTURE_USERS.regionalJabar),
    api.signIn(FIXTURE_USERS.officerTangsel),
    api.signIn(FIXTURE_USERS.officerBogor),
  ]);
});
afterAll(async () => {
  await api?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const MiB = 1024 * 1024;
const pdf = (text = 'laporan') => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const tangselDraft = () => collection.assessments[fx.units.tangsel![0]!]!;

interface UploadOptions {
  client?: ApiClient | null;
  params: Record<string, string>;
  body: Buffer | ReadableStream<Uint8Array>;
  contentType?: string;
  uploadHeader?: boolean;
}

interface UploadReply {
  status: number;
  body: { evidence?: { id: string; fileName: string; contentType: string; sizeBytes: number; checksum: string }; error?: { code: string; field?: string; message: string; i18n: { id: string; en: string } } };
}

async function upload({ client = regionalBanten, params, body, contentType = 'application/pdf', uploadHeader = true }: UploadOptions): Promise<UploadReply> {
  const url = new URL('/api/evidence', api.baseUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (uploadHeader) headers['x-patuh-upload'] = '1';
  if (client?.sessionCookie) headers.cookie = client.sessionCookie;
  const res = await fetch(url, { method: 'PUT', headers, body, duplex: 'half' } as RequestInit);
  return { status: res.status, body: (await res.json()) as UploadReply['body'] };
}

function download(client: ApiClient | null, id: string) {
  return fetch(`${api.baseUrl}/api/evidence/${id}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

/** Every file under the evidence folder, temp files included. */
async function storedFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'evidence');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Runs a refused upload and checks that it left no row, no audit event and no file. */
async function expectNothingWritten(run: () => Promise<UploadReply>): Promise<UploadReply> {
  const [rows, events, files] = await Promise.all([api.prisma.evidence.count(), api.prisma.auditEvent.count({ where: { action: 'evidence.upload' } }), storedFiles()]);
  const reply = await run();
  expect(await api.prisma.evidence.count()).toBe(rows);
  expect(await api.prisma.auditEvent.count({ where: { action: 'evidence.upload' } })).toBe(events);
  expect(await storedFiles()).toEqual(files);
  return reply;
}

describe('uploading evidence for findings', () => {
  it('stores a PDF under a generated key, with its checksum, row and audit event', async () => {
    const bytes = pdf();
    const reply = await upload({ params: { assessmentId: tangselDraft(), indicatorCode: 'IN-KOM-01', fileName: 'SOP Pelayanan 2025.pdf' }, body: bytes });
    expect(reply.status).toBe(201);
    expect(reply.body.evidence).toMatchObject({ fileName: 'SOP Pelayanan 2025.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, checksum: sha256(bytes) });

    const row = await api.prisma.evidence.findUniqueOrThrow({ where: { id: reply.body.evidence!.id } });
    expect(row).toMatchObject({ assessmentId: tangselDraft(), clarificationId: null, indicatorCode: 'IN-KOM-01', uploadedById: fx.users.regionalBanten });
    expect(row.storageKey).toMatch(/^\d{4}\/[0-9a-f-]{36}$/);
    expect(await readFile(path.join(dataDir, 'evidence', row.storageKey))).toEqual(bytes);
    expect((await storedFiles()).filter((f) => f.includes('.incoming'))).toEqual([]);
    expect(await api.prisma.auditEvent.findFirst({ where: { action: 'evidence.upload', entityId: row.id } })).toMatchObject({
      actorId: fx.users.regionalBanten,
      cycleId: collection.cycleId,
      institutionId: fx.institutions.tangsel,
    });

    const { assessment } = await admin.data(AssessmentDocument, { id: tangselDraft() });
    expect(assessment.evidence).toMatchObject([{ id: row.id, indicatorCode: 'IN-KOM-01', checksum: sha256(bytes), downloadUrl: `/api/evidence/${row.id}`, uploadedBy: { id: fx.users.regionalBanten } }]);
  });

  it('refuses another type, and content that is not what its type says', async () => {
    const params = { assessmentId: tangselDraft(), fileName: 'x.zip' };
    const zip = await expectNothingWritten(() => upload({ params, body: Buffer.from('PK\x03\x04rest'), contentType: 'application/zip' }));
    expect(zip.status).toBe(415);
    expect(zip.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentType' });
    expect(zip.body.error!.i18n.en).toMatch(/not accepted/);

    const fake = await expectNothingWritten(() => upload({ params: { ...params, fileName: 'foto.pdf' }, body: png }));
    expect(fake.status).toBe(415);
    expect(fake.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    const binaryText = await expectNothingWritten(() => upload({ params: { ...params, fileName: 'data.csv' }, body: Buffer.from('a,b\n1,\u0000'), contentType: 'text/csv' }));
    expect(binaryText.status).toBe(415);

    const good = await upload({ params: { ...params, fileName: 'foto.png' }, body: png, contentType: 'image/png' });
    expect(good.status).toBe(201);
    const csv = await upload({ params: { ...params, fileName: 'rekap.csv' }, body: Buffer.from('unit,nilai\nDPMPTSP,3\n'), contentType: 'text/csv; charset=utf-8' });
    expect(csv.body.evidence).toMatchObject({ contentType: 'text/csv' });
  });

  it('refuses a file over 20 MB, declared or counted while streaming', async () => {
    const params = { assessmentId: tangselDraft(), fileName: 'besar.pdf' };
    const declared = await expectNothingWritten(() => upload({ params, body: Buffer.concat([pdf(), Buffer.alloc(20 * MiB)]) }));
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    // No Content-Length: chunks of 1 MiB until well past the limit; the server stops reading.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 24 * MiB) return controller.close();
        controller.enqueue(sent === 0 ? Buffer.concat([pdf(), Buffer.alloc(MiB)]) : new Uint8Array(MiB));
        sent += MiB;
      },
    });
    const streamed = await expectNothingWritten(() => upload({ params, body: stream }));
    expect(streamed.status).toBe(413);
  });

  it('keeps the file name as metadata only, refusing paths and control characters', async () => {
    for (const fileName of ['../../etc/passwd', '..\\..\\boot.ini', 'a/b.pdf', 'laporan\u0000.pdf', '..', '  ']) {
      const reply = await expectNothingWritten(() => upload({ params: { assessmentId: tangselDraft(), fileName }, body: pdf() }));
      expect([reply.status, reply.body.error?.code, reply.body.error?.field], JSON.stringify(fileName)).toEqual([400, 'BAD_USER_INPUT', 'fileName']);
    }
  });

  it('refuses an upload without the upload header or a session, and in the wrong scope or stage', async () => {
    const params = { assessmentId: tangselDraft(), fileName: 'x.pdf' };
    const noHeader = await expectNothingWritten(() => upload({ params, body: pdf(), uploadHeader: false }));
    expect([noHeader.status, noHeader.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await expectNothingWritten(() => upload({ client: null, params, body: pdf() }));
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const otherProvince = await expectNothingWritten(() => upload({ client: regionalJabar, params, body: pdf() }));
    expect([otherProvince.status, otherProvince.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    const officer = await expectNothingWritten(() => upload({ client: officerTangsel, params, body: pdf() }));
    expect([officer.status, officer.body.error?.code]).toEqual([403, 'FORBIDDEN']);

    const verified = await api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId: fx.cycles.clarification2024, unitId: fx.units.tangsel![0]! } } });
    const closed = await expectNothingWritten(() => upload({ client: admin, params: { assessmentId: verified.id, fileName: 'x.pdf' }, body: pdf() }));
    expect([closed.status, closed.body.error?.code]).toEqual([409, 'STAGE_NOT_ALLOWED']);
  });

  it('names the parameter at fault', async () => {
    const cases: [Record<string, string>, string, number][] = [
      [{ fileName: 'x.pdf' }, 'assessmentId', 400],
      [{ assessmentId: tangselDraft(), clarificationId: tangselDraft(), fileName: 'x.pdf' }, 'assessmentId', 400],
      [{ assessmentId: 'nope', fileName: 'x.pdf' }, 'assessmentId', 400],
      [{ assessmentId: tangselDraft() }, 'fileName', 400],
      [{ assessmentId: tangselDraft(), indicatorCode: 'NO-SUCH', fileName: 'x.pdf' }, 'indicatorCode', 400],
    ];
    for (const [params, field, status] of cases) {
      const reply = await expectNothingWritten(() => upload({ params, body: pdf() }));
      expect([reply.status, reply.body.error?.code, reply.body.error?.field], JSON.stringify(params)).toEqual([status, 'BAD_USER_INPUT', field]);
    }
    const missing = await upload({ params: { assessmentId: '0191d3c4-0000-7000-8000-000000000000', fileName: 'x.pdf' }, body: pdf() });
    expect([missing.status, missing.body.error?.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('downloading evidence', () => {
  let assessmentEvidence: string;
  let clarificationEvidence: string;
  const bytes = pdf('klarifikasi');

  beforeAll(async () => {
    assessmentEvidence = (await upload({ params: { assessmentId: tangselDraft(), fileName: 'Berita acara (final) «2025».pdf' }, body: pdf('temuan') })).body.evidence!.id;
    const assessment = await api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId: fx.cycles.clarification2024, unitId: fx.units.tangsel![1]! } } });
    const { raiseClarification } = await officerTangsel.data(RaiseClarificationDocument, { assessmentId: assessment.id, indicatorCode: 'PR-STD-03', message: 'Maklumat sudah dipasang sejak Maret.' });
    const reply = await upload({ client: officerTangsel, params: { clarificationId: raiseClarification.id, fileName: 'foto-maklumat.pdf' }, body: bytes });
    expect(reply.status).toBe(201);
    clarificationEvidence = reply.body.evidence!.id;
  });

  it('streams the file back as an attachment that is never sniffed', async () => {
    const res = await download(admin, clarificationEvidence);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="foto-maklumat.pdf"; filename*=UTF-8''foto-maklumat.pdf`);
    const named = await download(regionalBanten, assessmentEvidence);
    expect(named.headers.get('content-disposition')).toBe(
      `attachment; filename="Berita acara (final) _2025_.pdf"; filename*=UTF-8''Berita%20acara%20%28final%29%20%C2%AB2025%C2%BB.pdf`,
    );
  });

  it('gives a clarification’s file to its body and staff in scope, and refuses another body’s officer', async () => {
    expect((await download(officerTangsel, clarificationEvidence)).status).toBe(200);
    expect((await download(regionalBanten, clarificationEvidence)).status).toBe(200);
    const other = await download(officerBogor, clarificationEvidence);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect((await download(regionalJabar, clarificationEvidence)).status).toBe(403);
    const clarification = await api.prisma.evidence.findUniqueOrThrow({ where: { id: clarificationEvidence } });
    const { clarification: seen } = await officerTangsel.data(ClarificationDocument, { id: clarification.clarificationId! });
    expect(seen.evidence.map((e) => e.id)).toEqual([clarificationEvidence]);
  });

  it('keeps draft findings’ files from officers, and refuses the public and unknown ids', async () => {
    expect((await download(officerTangsel, assessmentEvidence)).status).toBe(403);
    expect((await download(regionalJabar, assessmentEvidence)).status).toBe(403);
    expect((await download(null, assessmentEvidence)).status).toBe(401);
    expect((await download(admin, '0191d3c4-0000-7000-8000-000000000000')).status).toBe(404);
    const bad = await download(admin, 'nope');
    expect([bad.status, ((await bad.json()) as { error: { field: string } }).error.field]).toEqual([400, 'id']);
  });
});
