/** Report-card improvement points through HTTP: who writes them, who reads them and when, edits, and the summary the public sees. */
import { randomUUID } from 'node:crypto';
import {
  CreateFeedbackDocument,
  DeleteFeedbackDocument,
  FeedbackSummaryDocument,
  InstitutionFeedbackDocument,
  UpdateFeedbackDocument,
  type CreateFeedbackInput,
} from '@patuh/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
/** A body in the registry that no cycle assesses. */
let unassessedId: string;
let admin: ApiClient;
let banten: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  api = await startApi('feedback', async (prisma) => {
    fx = await seedFixture(prisma);
    unassessedId = (await prisma.institution.create({ data: { code: '36.71', name: 'Kota Tangerang', type: 'KOTA', provinceCode: '36' } })).id;
  });
  [admin, banten, officer] = await Promise.all([
    api.signIn(FIXTURE_USERS.admin),
    api.signIn(FIXTURE_USERS.regionalBanten),
    api.signIn(FIXTURE_USERS.officerTangsel),
  ]);
});
afterAll(async () => {
  await api?.stop();
});

const point = (overrides: Partial<CreateFeedbackInput> = {}): CreateFeedbackInput => ({
  cycleId: fx.cycles.clarification2024,
  institutionId: fx.institutions.tangsel,
  unitId: fx.units.tangsel![0],
  indicatorCode: 'IN-KOM-01',
  body: 'Adakan pelatihan berkala tentang 14 komponen standar pelayanan.',
  priority: 1,
  ...overrides,
});

describe('writing improvement points', () => {
  it('lets staff covering the body write them, held back until the cycle is published', async () => {
    const { createFeedback } = await banten.data(CreateFeedbackDocument, { input: point() });
    expect(createFeedback).toMatchObject({ institutionId: fx.institutions.tangsel, unitName: 'DPMPTSP', priority: 1, version: 1, publishedAt: null });
    const row = await api.prisma.feedback.findUniqueOrThrow({ where: { id: createFeedback.id } });
    expect(row.authorId).toBe(fx.users.regionalBanten);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { entityId: createFeedback.id, action: 'feedback.create' } });
    expect(audit).toMatchObject({ actorId: fx.users.regionalBanten, institutionId: fx.institutions.tangsel });
  });

  it('publishes a point written once the cycle is published at once', async () => {
    const { createFeedback } = await admin.data(CreateFeedbackDocument, {
      input: point({ cycleId: fx.cycles.published2023, unitId: null, indicatorCode: null, priority: 2 }),
    });
    expect(createFeedback.publishedAt).not.toBeNull();
  });

  it('stores the text exactly as written and returns it as text', async () => {
    const body = '  <b>Perbaiki</b> maklumat & "standar" pelayanan\n- poin kedua  ';
    const { createFeedback } = await banten.data(CreateFeedbackDocument, { input: point({ body }) });
    expect(createFeedback.body).toBe(body);
    expect((await api.prisma.feedback.findUniqueOrThrow({ where: { id: createFeedback.id } })).body).toBe(body);
  });

  it('refuses callers who are not staff covering the body', async () => {
    const cases: [keyof typeof FIXTURE_USERS | null, CreateFeedbackInput, string][] = [
      [null, point(), 'UNAUTHENTICATED'],
      ['officerTangsel', point(), 'FORBIDDEN'],
      ['regionalJabar', point(), 'FORBIDDEN'],
      ['regionalBanten', point({ institutionId: fx.institutions.kemenkes, unitId: fx.units.kemenkes![0] }), 'FORBIDDEN'],
    ];
    for (const [user, input, code] of cases) {
      const client = user === null ? api.anonymous() : await api.signIn(FIXTURE_USERS[user]);
      expect(await client.errorCode(CreateFeedbackDocument, { input }), `${user}`).toBe(code);
    }
    const verifier = await api.signIn(FIXTURE_USERS.verifier);
    const { createFeedback } = await verifier.data(CreateFeedbackDocument, {
      input: point({ institutionId: fx.institutions.kemenkes, unitId: fx.units.kemenkes![1], priority: 3 }),
    });
    expect(createFeedback.institutionId).toBe(fx.institutions.kemenkes);
  });

  it('names the field of bad input', async () => {
    const cases: [CreateFeedbackInput, string][] = [
      [point({ cycleId: 'x' }), 'input.cycleId'],
      [point({ body: '   \n ' }), 'input.body'],
      [point({ body: 'x'.repeat(4001) }), 'input.body'],
      [point({ priority: 0 }), 'input.priority'],
      [point({ priority: 4 }), 'input.priority'],
      [point({ unitId: fx.units.bogor![0] }), 'input.unitId'],
      [point({ indicatorCode: 'NOPE-01' }), 'input.indicatorCode'],
      [point({ institutionId: unassessedId, unitId: null }), 'input.institutionId'],
    ];
    for (const [input, field] of cases) {
      const reply = await admin.request(CreateFeedbackDocument, { input });
      expect(reply.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await admin.errorCode(CreateFeedbackDocument, { input: point({ cycleId: randomUUID() }) })).toBe('NOT_FOUND');
    expect(await admin.errorCode(CreateFeedbackDocument, { input: point({ institutionId: randomUUID() }) })).toBe('NOT_FOUND');
  });

  it('edits a point at the version read, and refuses a stale one with the current state', async () => {
    const { createFeedback: created } = await banten.data(CreateFeedbackDocument, { input: point({ priority: 3 }) });
    const { updateFeedback } = await banten.data(UpdateFeedbackDocument, {
      input: { id: created.id, expectedVersion: 1, body: 'Teks baru', priority: 2 },
    });
    expect(updateFeedback).toMatchObject({ body: 'Teks baru', priority: 2, version: 2 });
    const stale = await banten.request(UpdateFeedbackDocument, { input: { id: created.id, expectedVersion: 1, body: 'Lagi', priority: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2, body: 'Teks baru' } });
    expect((await api.prisma.feedback.findUniqueOrThrow({ where: { id: created.id } })).body).toBe('Teks baru');
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: 'feedback.update' } });
    expect(audit.before).toMatchObject({ body: created.body, version: 1 });
    expect(audit.after).toMatchObject({ body: 'Teks baru', version: 2 });

    const jabar = await api.signIn(FIXTURE_USERS.regionalJabar);
    expect(await jabar.errorCode(UpdateFeedbackDocument, { input: { id: created.id, expectedVersion: 2, body: 'x', priority: 1 } })).toBe('FORBIDDEN');
    expect(await officer.errorCode(UpdateFeedbackDocument, { input: { id: created.id, expectedVersion: 2, body: 'x', priority: 1 } })).toBe('FORBIDDEN');
    const bad = await banten.request(UpdateFeedbackDocument, { input: { id: created.id, expectedVersion: 2, body: '', priority: 1 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(await banten.errorCode(UpdateFeedbackDocument, { input: { id: randomUUID(), expectedVersion: 1, body: 'x', priority: 1 } })).toBe('NOT_FOUND');
  });

  it('deletes a point, with its audit record', async () => {
    const { createFeedback: created } = await banten.data(CreateFeedbackDocument, { input: point() });
    expect(await officer.errorCode(DeleteFeedbackDocument, { id: created.id })).toBe('FORBIDDEN');
    expect(await banten.data(DeleteFeedbackDocument, { id: created.id })).toEqual({ deleteFeedback: true });
    expect(await api.prisma.feedback.findUnique({ where: { id: created.id } })).toBeNull();
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: 'feedback.delete' } });
    expect(audit.before).toMatchObject({ body: created.body });
    expect(await banten.errorCode(DeleteFeedbackDocument, { id: created.id })).toBe('NOT_FOUND');
    const bad = await banten.request(DeleteFeedbackDocument, { id: 'nope' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses every change once the cycle is archived', async () => {
    const { createFeedback: created } = await admin.data(CreateFeedbackDocument, { input: point({ cycleId: fx.cycles.published2023 }) });
    await api.prisma.cycle.update({ where: { id: fx.cycles.published2023 }, data: { stage: 'ARCHIVED' } });
    try {
      expect(await admin.errorCode(CreateFeedbackDocument, { input: point({ cycleId: fx.cycles.published2023 }) })).toBe('STAGE_NOT_ALLOWED');
      expect(await admin.errorCode(UpdateFeedbackDocument, { input: { id: created.id, expectedVersion: 1, body: 'x', priority: 1 } })).toBe('STAGE_NOT_ALLOWED');
      expect(await admin.errorCode(DeleteFeedbackDocument, { id: created.id })).toBe('STAGE_NOT_ALLOWED');
    } finally {
      await api.prisma.cycle.update({ where: { id: fx.cycles.published2023 }, data: { stage: 'PUBLISHED' } });
    }
  });
});

describe('reading improvement points', () => {
  it('shows staff every point, and the body only the published ones', async () => {
    const staffView = (await banten.data(InstitutionFeedbackDocument, { cycleId: fx.cycles.clarification2024, institutionId: fx.institutions.tangsel })).feedback;
    expect(staffView.length).toBeGreaterThan(0);
    expect(staffView.every((f) => f.publishedAt === null)).toBe(true);
    const priorities = staffView.map((f) => f.priority);
    expect(priorities).toEqual([...priorities].sort());

    const ownUnpublished = (await officer.data(InstitutionFeedbackDocument, { cycleId: fx.cycles.clarification2024, institutionId: fx.institutions.tangsel })).feedback;
    expect(ownUnpublished).toEqual([]);
    const ownPublished = (await officer.data(InstitutionFeedbackDocument, { cycleId: fx.cycles.published2023, institutionId: fx.institutions.tangsel })).feedback;
    expect(ownPublished.length).toBeGreaterThan(0);
    expect(ownPublished.every((f) => f.publishedAt !== null)).toBe(true);
  });

  it('refuses other bodies, other provinces and the public', async () => {
    const args = { cycleId: fx.cycles.published2023, institutionId: fx.institutions.bogor };
    expect(await officer.errorCode(InstitutionFeedbackDocument, args)).toBe('FORBIDDEN');
    expect(await banten.errorCode(InstitutionFeedbackDocument, args)).toBe('FORBIDDEN');
    expect(await api.anonymous().errorCode(InstitutionFeedbackDocument, args)).toBe('UNAUTHENTICATED');
    const verifier = await api.signIn(FIXTURE_USERS.verifier);
    expect(await verifier.errorCode(InstitutionFeedbackDocument, args)).toBeUndefined();
    const bad = await admin.request(InstitutionFeedbackDocument, { cycleId: 'x', institutionId: fx.institutions.bogor });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });

  it('tells the public how many published points a body has, not what they say', async () => {
    const { feedbackSummary } = await api.anonymous().data(FeedbackSummaryDocument, { cycleId: fx.cycles.published2023, institutionId: fx.institutions.tangsel });
    const published = await api.prisma.feedback.findMany({
      where: { cycleId: fx.cycles.published2023, institutionId: fx.institutions.tangsel, publishedAt: { not: null } },
    });
    expect(feedbackSummary).toMatchObject({
      year: 2023,
      total: published.length,
      urgent: published.filter((p) => p.priority === 1).length,
      important: published.filter((p) => p.priority === 2).length,
      advisable: published.filter((p) => p.priority === 3).length,
      unitCount: new Set(published.flatMap((p) => (p.unitId ? [p.unitId] : []))).size,
    });
    expect(feedbackSummary.total).toBeGreaterThan(0);
    expect(await api.anonymous().errorCode(FeedbackSummaryDocument, { cycleId: fx.cycles.clarification2024, institutionId: fx.institutions.tangsel })).toBe(
      'NOT_FOUND',
    );
  });
});
