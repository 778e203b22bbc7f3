/** Cycles, methodology, schedule and stage moves, through HTTP against the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCycleDocument,
  CycleByYearDocument,
  CycleMethodologyDocument,
  CycleMethodologyVersionsDocument,
  CycleOverviewDocument,
  CycleProgressByProvinceDocument,
  MethodologyPresetsDocument,
  MoveCycleStageDocument,
  ScheduleStagesDocument,
  UpdateMethodologyDocument,
  type CycleStage,
} from '@patuh/graphql';
import { getPreset, validateMethodology, type Methodology } from '@patuh/scoring';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

const CYCLES = `query { cycles { id year stage } }`;

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;
let regional: ApiClient;
let verifier: ApiClient;
let officer: ApiClient;
let publicClient: ApiClient;
/** The 2025 cycle these tests create, in DRAFT. */
let draftId: string;

beforeAll(async () => {
  api = await startApi('cycle', async (prisma) => {
    fx = await seedFixture(prisma);
  });
  [admin, regional, verifier, officer] = await Promise.all([
    api.signIn(FIXTURE_USERS.admin),
    api.signIn(FIXTURE_USERS.regionalBanten),
    api.signIn(FIXTURE_USERS.verifier),
    api.signIn(FIXTURE_USERS.officerTangsel),
  ]);
  publicClient = api.anonymous();
});
afterAll(async () => {
  await api?.stop();
});

const preset2022 = () => structuredClone(getPreset('METHOD_2022')) as Methodology & { title: { id: string; en: string } };

async function cycleVersion(id: string): Promise<number> {
  return (await api.prisma.cycle.findUniqueOrThrow({ where: { id } })).version;
}

async function latestAudit(action: string, entityId: string) {
  return api.prisma.auditEvent.findFirst({ where: { action, entityId }, orderBy: { id: 'desc' } });
}

async function move(client: ApiClient, cycleId: string, to: CycleStage, reason?: string) {
  return client.request(MoveCycleStageDocument, { cycleId, to, expectedVersion: await cycleVersion(cycleId), reason: reason ?? null });
}

describe('createCycle', () => {
  it('creates a DRAFT cycle with methodology version 1 from the preset, audited', async () => {
    const { createCycle } = await admin.data(CreateCycleDocument, { input: { year: 2025, title: '  Penilaian Kepatuhan 2025 ', presetId: 'METHOD_2022' } });
    expect(createCycle).toMatchObject({ year: 2025, title: 'Penilaian Kepatuhan 2025', stage: 'DRAFT', version: 1, synthetic: false });
    draftId = createCycle.id;
    const methodologies = await api.prisma.methodology.findMany({ where: { cycleId: draftId } });
    expect(methodologies).toHaveLength(1);
    expect(methodologies[0]).toMatchObject({ version: 1, presetId: 'METHOD_2022', createdById: fx.users.admin });
    expect(methodologies[0]!.document).toEqual(getPreset('METHOD_2022'));
    const audit = await latestAudit('cycle.create', draftId);
    expect(audit).toMatchObject({ actorId: fx.users.admin, cycleId: draftId, before: null });
    expect(audit?.after).toMatchObject({ year: 2025, stage: 'DRAFT', presetId: 'METHOD_2022' });
  });

  it.each([
    ['a year that exists', { year: 2024, title: 'Lagi', presetId: 'METHOD_2022' }, 'input.year'],
    ['a year out of range', { year: 1999, title: 'Lama', presetId: 'METHOD_2022' }, 'input.year'],
    ['a blank title', { year: 2030, title: '  ', presetId: 'METHOD_2022' }, 'input.title'],
    ['an unknown preset', { year: 2030, title: 'Penilaian 2030', presetId: 'METHOD_1999' }, 'input.presetId'],
  ])('refuses %s, naming the field', async (_what, input, field) => {
    const reply = await admin.request(CreateCycleDocument, { input });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(reply.errors?.[0]?.extensions?.i18n?.en).toBeTruthy();
    expect(await api.prisma.cycle.count({ where: { year: 2030 } })).toBe(0);
  });

  it('is for admins only', async () => {
    const input = { year: 2031, title: 'Penilaian 2031', presetId: 'METHOD_2022' };
    expect(await publicClient.errorCode(CreateCycleDocument, { input })).toBe('UNAUTHENTICATED');
    for (const client of [regional, verifier, officer]) expect(await client.errorCode(CreateCycleDocument, { input })).toBe('FORBIDDEN');
    expect(await api.prisma.cycle.count({ where: { year: 2031 } })).toBe(0);
  });
});

describe('who sees which cycle', () => {
  it('shows staff every cycle, and the public and officers every cycle past DRAFT', async () => {
    const years = async (client: ApiClient) => ((await client.data(CYCLES)) as { cycles: { year: number }[] }).cycles.map((c) => c.year);
    for (const staff of [admin, regional, verifier]) expect(await years(staff)).toEqual([2025, 2024, 2023]);
    for (const outsider of [publicClient, officer]) expect(await years(outsider)).toEqual([2024, 2023]);
  });

  it('answers null for a DRAFT cycle outside staff, by id and by year', async () => {
    expect((await publicClient.data(CycleByYearDocument, { year: 2025 })).cycleByYear).toBeNull();
    expect((await officer.data(CycleByYearDocument, { year: 2025 })).cycleByYear).toBeNull();
    expect((await verifier.data(CycleByYearDocument, { year: 2025 })).cycleByYear).toMatchObject({ id: draftId, stage: 'DRAFT' });
    const byId = `query ($id: ID!) { cycle(id: $id) { id } }`;
    expect(await publicClient.data(byId, { id: draftId })).toEqual({ cycle: null });
    expect(await regional.data(byId, { id: draftId })).toEqual({ cycle: { id: draftId } });
  });

  it('lists every stage in order with the schedule, for anyone who sees the cycle', async () => {
    const { cycleByYear } = await publicClient.data(CycleByYearDocument, { year: 2024 });
    expect(cycleByYear?.stages.map((s) => s.stage)).toEqual(['DRAFT', 'PREPARATION', 'COLLECTION', 'VERIFICATION', 'CLARIFICATION', 'DECISION', 'PUBLISHED', 'ARCHIVED']);
  });

  it('names the field of a malformed id', async () => {
    const reply = await publicClient.request(CycleOverviewDocument, { id: 'not-a-uuid' });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('keeps progress, methodology history and transitions for staff', async () => {
    const fields = `query ($id: ID!) { cycle(id: $id) { id progress { unitCount } } }`;
    expect((await publicClient.request(fields, { id: fx.cycles.clarification2024 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await officer.request(fields, { id: fx.cycles.clarification2024 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await officer.request(CycleMethodologyVersionsDocument, { id: fx.cycles.clarification2024 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await publicClient.request(CycleOverviewDocument, { id: fx.cycles.clarification2024 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const staff of [admin, regional, verifier]) {
      expect((await staff.data(fields, { id: fx.cycles.clarification2024 })).cycle.progress.unitCount).toBe(10);
    }
  });
});

describe('methodology', () => {
  it('lists the presets to anyone', async () => {
    const { methodologyPresets } = await publicClient.data(MethodologyPresetsDocument);
    expect(methodologyPresets.map((p) => p.id)).toEqual(['ZONES_2017', 'METHOD_2022', 'OPINI_2025']);
    expect(methodologyPresets[1]?.title.id).toBeTruthy();
  });

  it("lays out a fixed cycle's methodology for the public, typed by the scoring package", async () => {
    const { cycle } = await publicClient.data(CycleMethodologyDocument, { id: fx.cycles.clarification2024 });
    const methodology = cycle?.methodology;
    expect(methodology).toMatchObject({ version: 1, presetId: 'METHOD_2022', valid: true });
    expect(methodology?.document).toEqual(getPreset('METHOD_2022'));
    expect(methodology?.summary?.dimensions.map((d) => [d.code, d.weight])).toEqual([
      ['INPUT', 21.85],
      ['PROSES', 32.37],
      ['OUTPUT', 24.24],
      ['PENGADUAN', 21.54],
    ]);
    expect(methodology?.summary?.gradeBands.map((b) => [b.code, b.min, b.zone])).toEqual([
      ['A', 88, 'HIJAU'],
      ['B', 78, 'HIJAU'],
      ['C', 54, 'KUNING'],
      ['D', 32, 'MERAH'],
      ['E', 0, 'MERAH'],
    ]);
    const points = methodology!.summary!.indicators.reduce((sum, i) => sum + i.maxPoints, 0);
    expect(points).toBeCloseTo(100, 2);
  });

  it('refuses weights that do not add up, naming the path in the document and listing every issue', async () => {
    const document = preset2022();
    (document.dimensions[0]!.variables[0]!.indicators[0] as { weight: number }).weight += 1;
    (document.dimensions[1] as { weight: number }).weight += 1;
    const expected = validateMethodology(document);
    if (expected.ok) throw new Error('the document should not validate');
    const reply = await admin.request(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: 1, document });
    const extensions = reply.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `document.${expected.issues[0]!.path}` });
    expect(extensions?.field).toBe('document.dimensions[0].variables[0]');
    const issues = extensions?.issues as { field: string; code: string }[];
    expect(issues.map((i) => i.field).sort()).toEqual(['document.dimensions', 'document.dimensions[0].variables[0]']);
    expect(issues.every((i) => i.code === 'WEIGHTS_DO_NOT_SUM')).toBe(true);
    expect(await api.prisma.methodology.count({ where: { cycleId: draftId } })).toBe(1);
  });

  it('names the argument of other bad input', async () => {
    expect((await admin.request(UpdateMethodologyDocument, { cycleId: 'x', expectedVersion: 1, document: preset2022() })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
    expect((await admin.request(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: -1, document: preset2022() })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect((await admin.request(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: 1, document: 'text' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
  });

  it('adds a version with an audit of before and after', async () => {
    const document = preset2022();
    document.title = { id: 'Metode 2025 (uji)', en: 'Method 2025 (trial)' };
    const { updateMethodology } = await admin.data(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: 1, document });
    expect(updateMethodology).toMatchObject({ version: 2, presetId: 'METHOD_2022', valid: true });
    const stored = await api.prisma.methodology.findUniqueOrThrow({ where: { cycleId_version: { cycleId: draftId, version: 2 } } });
    expect((stored.document as { title: unknown }).title).toEqual(document.title);
    const audit = await latestAudit('methodology.update', updateMethodology.id);
    expect(audit).toMatchObject({ actorId: fx.users.admin, cycleId: draftId });
    expect(audit?.before).toMatchObject({ version: 1, document: { title: getPreset('METHOD_2022')!.title } });
    expect(audit?.after).toMatchObject({ version: 2, document: { title: document.title } });
    const { cycle } = await admin.data(CycleMethodologyVersionsDocument, { id: draftId });
    expect(cycle?.methodologyVersions?.map((m) => m.version)).toEqual([2, 1]);
  });

  it('answers a stale version with CONFLICT and the current version', async () => {
    const reply = await admin.request(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: 1, document: preset2022() });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    expect(await api.prisma.methodology.count({ where: { cycleId: draftId } })).toBe(2);
  });

  it('is fixed once collection has started', async () => {
    const reply = await admin.request(UpdateMethodologyDocument, { cycleId: fx.cycles.clarification2024, expectedVersion: 1, document: preset2022() });
    expect(reply.errors?.[0]?.extensions?.code).toBe('STAGE_NOT_ALLOWED');
  });

  it('is edited by admins only', async () => {
    const vars = { cycleId: draftId, expectedVersion: 2, document: preset2022() };
    expect(await publicClient.errorCode(UpdateMethodologyDocument, vars)).toBe('UNAUTHENTICATED');
    for (const client of [regional, verifier, officer]) expect(await client.errorCode(UpdateMethodologyDocument, vars)).toBe('FORBIDDEN');
  });
});

describe('scheduleStages', () => {
  const at = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();

  it('plans windows, bumps the version and audits before and after', async () => {
    const before = await cycleVersion(draftId);
    const { scheduleStages } = await admin.data(ScheduleStagesDocument, {
      cycleId: draftId,
      expectedVersion: before,
      windows: [
        { stage: 'PREPARATION', opensAt: at('2025-03-01'), closesAt: at('2025-06-30') },
        { stage: 'COLLECTION', opensAt: at('2025-07-01'), closesAt: at('2025-10-31') },
        { stage: 'ARCHIVED', opensAt: at('2026-12-01') },
      ],
    });
    expect(scheduleStages.version).toBe(before + 1);
    const collection = scheduleStages.stages.find((s) => s.stage === 'COLLECTION');
    expect(collection).toMatchObject({ opensAt: at('2025-07-01'), closesAt: at('2025-10-31'), openedAt: null });
    expect(scheduleStages.stages.find((s) => s.stage === 'ARCHIVED')).toMatchObject({ opensAt: at('2026-12-01'), closesAt: null });
    expect(await api.prisma.cycleStageWindow.count({ where: { cycleId: draftId } })).toBe(3);
    const audit = await latestAudit('cycle.schedule', draftId);
    expect(audit?.before).toMatchObject({ version: before, windows: [] });
    expect((audit?.after as { windows: { stage: string }[] }).windows.map((w) => w.stage)).toEqual(['PREPARATION', 'COLLECTION', 'ARCHIVED']);
  });

  it.each([
    ['a window closing before it opens', [{ stage: 'VERIFICATION', opensAt: at('2025-11-10'), closesAt: at('2025-11-01') }], 'windows[0].closesAt'],
    ['a stage listed twice', [{ stage: 'DECISION', opensAt: at('2025-12-01') }, { stage: 'DECISION', opensAt: at('2025-12-02') }], 'windows[1].stage'],
    ['a stage opening before the previous one', [{ stage: 'VERIFICATION', opensAt: at('2025-06-01'), closesAt: at('2025-11-30') }], 'windows[0].opensAt'],
    ['an earlier stage opening after a later one', [{ stage: 'DRAFT', opensAt: at('2025-04-01') }], 'windows[0].opensAt'],
    ['no window at all', [], 'windows'],
  ])('refuses %s, naming the field', async (_what, windows, field) => {
    const version = await cycleVersion(draftId);
    const reply = await admin.request(ScheduleStagesDocument, { cycleId: draftId, expectedVersion: version, windows: windows as never });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await cycleVersion(draftId)).toBe(version);
  });

  it('answers a stale version with CONFLICT', async () => {
    const version = await cycleVersion(draftId);
    const reply = await admin.request(ScheduleStagesDocument, {
      cycleId: draftId,
      expectedVersion: version - 1,
      windows: [{ stage: 'DECISION', opensAt: at('2025-12-01') }],
    });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { version } });
  });

  it('is for admins only', async () => {
    const vars = { cycleId: draftId, expectedVersion: await cycleVersion(draftId), windows: [{ stage: 'DECISION' as const, opensAt: at('2025-12-01') }] };
    expect(await publicClient.errorCode(ScheduleStagesDocument, vars)).toBe('UNAUTHENTICATED');
    for (const client of [regional, verifier, officer]) expect(await client.errorCode(ScheduleStagesDocument, vars)).toBe('FORBIDDEN');
  });
});

describe('moveCycleStage', () => {
  it('moves one step forward, records when the stage opened, and audits before and after', async () => {
    const version = await cycleVersion(draftId);
    const started = Date.now();
    const { moveCycleStage } = await admin.data(MoveCycleStageDocument, { cycleId: draftId, to: 'PREPARATION', expectedVersion: version, reason: null });
    expect(moveCycleStage).toMatchObject({ stage: 'PREPARATION', version: version + 1 });
    const openedAt = moveCycleStage.stages.find((s) => s.stage === 'PREPARATION')?.openedAt;
    expect(new Date(openedAt!).getTime()).toBeGreaterThanOrEqual(started - 1000);
    const audit = await latestAudit('cycle.stage', draftId);
    expect(audit).toMatchObject({ actorId: fx.users.admin, before: { stage: 'DRAFT', version }, after: { stage: 'PREPARATION', version: version + 1 } });
  });

  it('keeps a methodology in preparation from the public', async () => {
    const { cycle } = await publicClient.data(CycleMethodologyDocument, { id: draftId });
    expect(cycle).toMatchObject({ stage: 'PREPARATION', methodology: null });
  });

  it('refuses collection without a valid methodology and a sample, listing every reason', async () => {
    // A version that does not validate, as could come from an import: the guard must still catch it.
    const broken = preset2022() as unknown as { gradeBands: unknown[] };
    broken.gradeBands = [];
    await api.prisma.methodology.create({ data: { cycleId: draftId, version: 3, presetId: 'METHOD_2022', document: broken as object } });

    const { cycle } = await admin.data(CycleOverviewDocument, { id: draftId });
    expect(cycle?.methodology).toMatchObject({ version: 3, valid: false });
    const forward = cycle?.allowedTransitions?.find((t) => t.direction === 'FORWARD');
    expect(forward).toMatchObject({ to: 'COLLECTION', allowed: false, reasonRequired: false });
    expect(forward?.reasons).toHaveLength(2);

    const reply = await move(admin, draftId, 'COLLECTION');
    const error = reply.errors?.[0];
    expect(error?.extensions?.code).toBe('STAGE_NOT_ALLOWED');
    const reasons = error?.extensions?.reasons as { id: string; en: string }[];
    expect(reasons.map((r) => r.en)).toEqual([
      expect.stringMatching(/^Methodology version 3 is invalid/),
      'No service unit has been sampled yet.',
    ]);
    expect(reasons.every((r) => r.id.length > 0)).toBe(true);
    expect(reasons).toEqual(forward?.reasons);
    expect((await api.prisma.cycle.findUniqueOrThrow({ where: { id: draftId } })).stage).toBe('PREPARATION');
  });

  it('tells staff who may not move stages why, beside the guards', async () => {
    const { cycle } = await verifier.data(CycleOverviewDocument, { id: draftId });
    const forward = cycle?.allowedTransitions?.[0];
    expect(forward?.allowed).toBe(false);
    expect(forward?.reasons[0]?.en).toBe('Only admins can move a cycle to another stage.');
    expect(forward?.reasons).toHaveLength(3);
  });

  it('opens collection once the methodology is valid and a unit is sampled', async () => {
    await admin.data(UpdateMethodologyDocument, { cycleId: draftId, expectedVersion: 3, document: preset2022() });
    const unitId = fx.units.tangsel![0]!;
    await api.prisma.sampledInstitution.create({ data: { cycleId: draftId, institutionId: fx.institutions.tangsel } });
    await api.prisma.sampling.create({ data: { cycleId: draftId, unitId, institutionId: fx.institutions.tangsel } });
    await api.prisma.assessment.create({ data: { cycleId: draftId, unitId } });
    const { cycle } = await admin.data(CycleOverviewDocument, { id: draftId });
    expect(cycle?.allowedTransitions).toEqual([{ to: 'COLLECTION', direction: 'FORWARD', allowed: true, reasonRequired: false, reasons: [] }]);
    expect((await move(admin, draftId, 'COLLECTION')).data?.moveCycleStage?.stage).toBe('COLLECTION');
  });

  it('refuses a jump, a move back from an early stage, and staying put', async () => {
    for (const to of ['CLARIFICATION', 'PREPARATION', 'COLLECTION'] as const) {
      const reply = await move(admin, draftId, to);
      expect(reply.errors?.[0]?.extensions?.code).toBe('STAGE_NOT_ALLOWED');
      expect((reply.errors?.[0]?.extensions?.reasons as unknown[]).length).toBe(1);
    }
  });

  it('refuses clarification while an assessment is not verified', async () => {
    expect((await move(admin, draftId, 'VERIFICATION')).data?.moveCycleStage?.stage).toBe('VERIFICATION');
    const reply = await move(admin, draftId, 'CLARIFICATION');
    expect(reply.errors?.[0]?.extensions).toMatchObject({
      code: 'STAGE_NOT_ALLOWED',
      reasons: [{ id: '1 penilaian belum terverifikasi.', en: '1 assessment(s) are not verified yet.' }],
    });
  });

  it('refuses decision while a clarification is open or answered', async () => {
    const cycleId = fx.cycles.clarification2024;
    const assessment = await api.prisma.assessment.findFirstOrThrow({ where: { cycleId, unitId: fx.units.tangsel![0]! } });
    const raised = { cycleId, assessmentId: assessment.id, institutionId: fx.institutions.tangsel, indicatorCode: 'IN-KOM-01', raisedById: fx.users.officerTangsel };
    const [open, answered] = await Promise.all([
      api.prisma.clarification.create({ data: { ...raised, status: 'OPEN' } }),
      api.prisma.clarification.create({ data: { ...raised, status: 'ANSWERED' } }),
    ]);
    const reply = await move(admin, cycleId, 'DECISION');
    expect(reply.errors?.[0]?.extensions?.code).toBe('STAGE_NOT_ALLOWED');
    expect((reply.errors?.[0]?.extensions?.reasons as { en: string }[]).map((r) => r.en)).toEqual([
      '1 clarification(s) are still open.',
      '1 clarification(s) are answered but not yet decided.',
    ]);
    await api.prisma.clarification.deleteMany({ where: { id: { in: [open.id, answered.id] } } });
    expect((await move(admin, cycleId, 'DECISION')).data?.moveCycleStage?.stage).toBe('DECISION');
  });

  it('leaves publication to the publication operation', async () => {
    const cycleId = fx.cycles.clarification2024;
    const { cycle } = await admin.data(CycleOverviewDocument, { id: cycleId });
    expect(cycle?.allowedTransitions?.map((t) => [t.to, t.direction, t.allowed])).toEqual([
      ['PUBLISHED', 'FORWARD', false],
      ['CLARIFICATION', 'BACKWARD', true],
    ]);
    const reply = await move(admin, cycleId, 'PUBLISHED');
    expect(reply.errors?.[0]?.extensions?.code).toBe('STAGE_NOT_ALLOWED');
    expect((reply.errors?.[0]?.extensions?.reasons as { en: string }[])[0]?.en).toMatch(/publication operation \(publishCycle\)/);
  });

  it('moves one step back only with a reason, and audits it', async () => {
    const cycleId = fx.cycles.clarification2024;
    expect((await move(admin, cycleId, 'CLARIFICATION')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await move(admin, cycleId, 'CLARIFICATION', '  ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reply = await move(admin, cycleId, 'CLARIFICATION', 'Klarifikasi Kota Tangerang Selatan dibuka kembali.');
    expect(reply.data?.moveCycleStage?.stage).toBe('CLARIFICATION');
    const audit = await latestAudit('cycle.stage', cycleId);
    expect(audit?.before).toMatchObject({ stage: 'DECISION' });
    expect(audit?.after).toMatchObject({ stage: 'CLARIFICATION', direction: 'BACKWARD', reason: 'Klarifikasi Kota Tangerang Selatan dibuka kembali.' });
  });

  it('lets one of two concurrent moves from the same version through; the other gets CONFLICT', async () => {
    const cycleId = fx.cycles.clarification2024;
    const expectedVersion = await cycleVersion(cycleId);
    const [a, b] = await Promise.all([
      admin.request(MoveCycleStageDocument, { cycleId, to: 'DECISION', expectedVersion, reason: null }),
      admin.request(MoveCycleStageDocument, { cycleId, to: 'DECISION', expectedVersion, reason: null }),
    ]);
    const replies = [a, b];
    expect(replies.filter((r) => r.data?.moveCycleStage?.stage === 'DECISION')).toHaveLength(1);
    const refused = replies.find((r) => r.errors);
    expect(refused?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { stage: 'DECISION', version: expectedVersion + 1 } });
    expect(await cycleVersion(cycleId)).toBe(expectedVersion + 1);
    expect(await api.prisma.auditEvent.count({ where: { action: 'cycle.stage', entityId: cycleId, after: { path: ['version'], equals: expectedVersion + 1 } } })).toBe(1);
  });

  it('is for admins only', async () => {
    const vars = { cycleId: draftId, to: 'CLARIFICATION' as const, expectedVersion: await cycleVersion(draftId), reason: null };
    expect(await publicClient.errorCode(MoveCycleStageDocument, vars)).toBe('UNAUTHENTICATED');
    for (const client of [regional, verifier, officer]) expect(await client.errorCode(MoveCycleStageDocument, vars)).toBe('FORBIDDEN');
  });

  it('answers an unknown cycle with NOT_FOUND', async () => {
    const reply = await admin.request(MoveCycleStageDocument, { cycleId: '00000000-0000-4000-8000-000000000000', to: 'PREPARATION', expectedVersion: 1, reason: null });
    expect(reply.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('progress', () => {
  it('counts what the database holds, nationally and by province', async () => {
    const cycleId = fx.cycles.clarification2024;
    // Make the statuses differ, so the counts can be told apart.
    await api.prisma.assessment.updateMany({ where: { cycleId, unitId: { in: fx.units.bogor! } }, data: { status: 'RETURNED' } });
    await api.prisma.assessment.updateMany({ where: { cycleId, unitId: fx.units.kemenkes![0]! }, data: { status: 'SUBMITTED' } });

    const { cycle } = await regional.data(CycleProgressByProvinceDocument, { id: cycleId });
    const progress = cycle!.progress!;

    const statuses = await api.prisma.assessment.groupBy({ by: ['status'], where: { cycleId }, _count: { _all: true } });
    const count = (status: string) => statuses.find((s) => s.status === status)?._count._all ?? 0;
    expect(progress.institutionCount).toBe(await api.prisma.sampledInstitution.count({ where: { cycleId } }));
    expect(progress.unitCount).toBe(await api.prisma.sampling.count({ where: { cycleId } }));
    expect(progress.assessments).toEqual({
      draft: count('DRAFT'),
      submitted: count('SUBMITTED'),
      returned: count('RETURNED'),
      verified: count('VERIFIED'),
      total: await api.prisma.assessment.count({ where: { cycleId } }),
    });
    expect(progress.assessments).toMatchObject({ submitted: 1, returned: 2, verified: 7 });

    for (const row of progress.byProvince) {
      const inProvince = { cycleId, institution: { provinceCode: row.provinceCode } };
      expect(row.institutionCount).toBe(await api.prisma.sampledInstitution.count({ where: inProvince }));
      expect(row.unitCount).toBe(await api.prisma.sampling.count({ where: { cycleId, sampled: { institution: { provinceCode: row.provinceCode } } } }));
      expect(row.assessments.verified).toBe(
        await api.prisma.assessment.count({ where: { cycleId, status: 'VERIFIED', sampling: { sampled: { institution: { provinceCode: row.provinceCode } } } } }),
      );
    }
    expect(progress.byProvince.map((p) => [p.provinceCode, p.provinceName, p.institutionCount, p.unitCount])).toEqual([
      ['32', 'Jawa Barat', 1, 2],
      ['36', 'Banten', 3, 6],
      [null, null, 1, 2],
    ]);
  });

  it('counts a body sampled before any of its units', async () => {
    await api.prisma.sampledInstitution.create({ data: { cycleId: draftId, institutionId: fx.institutions.bogor } });
    const { cycle } = await admin.data(CycleProgressByProvinceDocument, { id: draftId });
    expect(cycle?.progress).toMatchObject({ institutionCount: 2, unitCount: 1, assessments: { draft: 1, total: 1 } });
    expect(cycle?.progress?.byProvince.map((p) => [p.provinceCode, p.institutionCount, p.unitCount])).toEqual([
      ['32', 1, 0],
      ['36', 1, 1],
    ]);
  });
});
