/** Sampling bodies and units, the sampling rules, and assigning staff, through HTTP against the real server. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplySamplingRulesDocument,
  AssignableStaffDocument,
  AssignStaffDocument,
  CreateCycleDocument,
  SampledUnitsDocument,
  SampleInstitutionsDocument,
  SampleUnitsDocument,
  UnassignStaffDocument,
  UnsampleInstitutionDocument,
  UnsampleUnitDocument,
  type SampledUnitsQuery,
  type SampledUnitsQueryVariables,
} from '@patuh/graphql';
import type { PrismaClient, UnitKind } from '@patuh/db';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;
let banten: ApiClient;
let jabar: ApiClient;
let verifier: ApiClient;
let officer: ApiClient;
let publicClient: ApiClient;
/** The 2025 cycle, in DRAFT, created through the API. */
let cycleId: string;

/** Units beside the fixture's DPMPTSP and Disdukcapil, so that the sampling rules have choices to make. */
const extra = {
  tangsel: [
    ['DINSOS', 'Dinas Sosial'],
    ['DINDIK', 'Dinas Pendidikan dan Kebudayaan'],
    ['DINKES', 'Dinas Kesehatan'],
    ['PUSKESMAS', 'UPT Puskesmas Pondok Ranji'],
    ['PUSKESMAS', 'UPT Puskesmas Jombang'],
    ['PUSKESMAS', 'UPT Puskesmas Serpong'],
    ['RSUD', 'RSUD Kota Tangerang Selatan'],
    ['OTHER', 'Bagian Umum'],
  ],
  provBanten: [
    ['DINDIK', 'Dinas Pendidikan'],
    ['DINKES', 'Dinas Kesehatan'],
    ['DINSOS', 'Dinas Sosial'],
    ['RSUD', 'RSUD Malingping'],
    ['RSUD', 'RSUD Banten'],
  ],
  kemenkes: [['OTHER', 'Kantor Kesehatan Pelabuhan']],
} as const satisfies Partial<Record<keyof Fixture['institutions'], readonly (readonly [UnitKind, string])[]>>;

const ids = {
  inactiveUnit: randomUUID(),
  inactiveKemenkesUnit: randomUUID(),
  inactiveBody: randomUUID(),
};

async function prepare(prisma: PrismaClient): Promise<void> {
  fx = await seedFixture(prisma);
  for (const [key, units] of Object.entries(extra) as [keyof typeof extra, (typeof extra)[keyof typeof extra]][]) {
    await prisma.unit.createMany({ data: units.map(([kind, name]) => ({ institutionId: fx.institutions[key], kind, name })) });
  }
  // Inactive units and bodies are never sampled; this one would come first by name.
  await prisma.unit.create({ data: { id: ids.inactiveUnit, institutionId: fx.institutions.tangsel, kind: 'PUSKESMAS', name: 'UPT Puskesmas Aaa', active: false } });
  await prisma.unit.create({ data: { id: ids.inactiveKemenkesUnit, institutionId: fx.institutions.kemenkes, kind: 'OTHER', name: 'Unit Lama', active: false } });
  await prisma.institution.create({ data: { id: ids.inactiveBody, name: 'Kota Lama', type: 'KOTA', provinceCode: '36', active: false } });
  await prisma.unit.create({ data: { institutionId: ids.inactiveBody, kind: 'DPMPTSP', name: 'DPMPTSP' } });
}

beforeAll(async () => {
  api = await startApi('sampling', prepare);
  [admin, banten, jabar, verifier, officer] = await Promise.all([
    api.signIn(FIXTURE_USERS.admin),
    api.signIn(FIXTURE_USERS.regionalBanten),
    api.signIn(FIXTURE_USERS.regionalJabar),
    api.signIn(FIXTURE_USERS.verifier),
    api.signIn(FIXTURE_USERS.officerTangsel),
  ]);
  publicClient = api.anonymous();
  const { createCycle } = await admin.data(CreateCycleDocument, { input: { year: 2025, title: 'Penilaian Kepatuhan 2025', presetId: 'METHOD_2022' } });
  cycleId = createCycle.id;
});
afterAll(async () => {
  await api?.stop();
});

async function unitId(institution: keyof Fixture['institutions'], name: string): Promise<string> {
  return (await api.prisma.unit.findFirstOrThrow({ where: { institutionId: fx.institutions[institution], name } })).id;
}

/** The sampled units of a body in the cycle, as "KIND name", sorted. */
async function sampledOf(institution: keyof Fixture['institutions']): Promise<string[]> {
  const rows = await api.prisma.sampling.findMany({ where: { cycleId, institutionId: fx.institutions[institution] }, include: { unit: true } });
  return rows.map((r) => `${r.unit.kind} ${r.unit.name}`).sort();
}

async function everyPage(client: ApiClient, variables: Omit<SampledUnitsQueryVariables, 'after'>) {
  const nodes: SampledUnitsQuery['sampledUnits']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const { sampledUnits }: SampledUnitsQuery = await client.data(SampledUnitsDocument, { ...variables, after });
    nodes.push(...sampledUnits.nodes);
    if (!sampledUnits.pageInfo.hasNextPage) return { nodes, totalCount: sampledUnits.totalCount };
    after = sampledUnits.pageInfo.endCursor;
  }
}

/** The public must sign in; verifiers and officers are refused. */
async function expectAdminsAndRegionalStaffOnly(send: (client: ApiClient) => Promise<string | undefined>): Promise<void> {
  expect(await send(publicClient)).toBe('UNAUTHENTICATED');
  for (const client of [verifier, officer]) expect(await send(client)).toBe('FORBIDDEN');
}

const errorOf = (reply: { errors?: { extensions?: Record<string, unknown> }[] }) => reply.errors?.[0]?.extensions;

describe('applySamplingRules', () => {
  it("samples a regional office's province by the rules, with an empty DRAFT assessment per unit", async () => {
    const { applySamplingRules } = await banten.data(ApplySamplingRulesDocument, { cycleId, provinceCode: null });
    expect(applySamplingRules).toEqual({ institutionsAdded: 3, unitsAdded: 14, institutionsRemoved: 0, unitsRemoved: 0 });

    expect(await sampledOf('tangsel')).toEqual([
      'DINDIK Dinas Pendidikan dan Kebudayaan',
      'DINKES Dinas Kesehatan',
      'DINSOS Dinas Sosial',
      'DPMPTSP DPMPTSP',
      'DUKCAPIL Disdukcapil',
      'PUSKESMAS UPT Puskesmas Jombang',
      'PUSKESMAS UPT Puskesmas Pondok Ranji',
    ]);
    expect(await sampledOf('provBanten')).toEqual([
      'DINDIK Dinas Pendidikan',
      'DINKES Dinas Kesehatan',
      'DINSOS Dinas Sosial',
      'DPMPTSP DPMPTSP',
      'RSUD RSUD Banten',
    ]);
    expect(await sampledOf('kabTangerang')).toEqual(['DPMPTSP DPMPTSP', 'DUKCAPIL Disdukcapil']);
    expect(await sampledOf('bogor')).toEqual([]);
    expect(await api.prisma.sampledInstitution.count({ where: { cycleId, institutionId: ids.inactiveBody } })).toBe(0);

    const assessments = await api.prisma.assessment.findMany({ where: { cycleId } });
    expect(assessments).toHaveLength(14);
    expect(assessments.every((a) => a.status === 'DRAFT' && a.version === 1)).toBe(true);

    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'sampling.add', cycleId, institutionId: fx.institutions.tangsel } });
    expect(audit).toMatchObject({ actorId: fx.users.regionalBanten, entityType: 'SampledInstitution', before: { sampled: false, unitIds: [] } });
    expect((audit.after as { unitIds: string[] }).unitIds).toHaveLength(7);
  });

  it('is idempotent', async () => {
    const audits = await api.prisma.auditEvent.count();
    const { applySamplingRules } = await banten.data(ApplySamplingRulesDocument, { cycleId, provinceCode: '36' });
    expect(applySamplingRules).toEqual({ institutionsAdded: 0, unitsAdded: 0, institutionsRemoved: 0, unitsRemoved: 0 });
    expect(await api.prisma.sampling.count({ where: { cycleId } })).toBe(14);
    expect(await api.prisma.auditEvent.count()).toBe(audits);
  });

  it('samples every body, ministries included, for an admin without a province', async () => {
    const { applySamplingRules } = await admin.data(ApplySamplingRulesDocument, { cycleId, provinceCode: null });
    expect(applySamplingRules).toMatchObject({ institutionsAdded: 2, unitsAdded: 5 });
    expect(await sampledOf('bogor')).toEqual(['DPMPTSP DPMPTSP', 'DUKCAPIL Disdukcapil']);
    expect(await sampledOf('kemenkes')).toEqual(['DPMPTSP DPMPTSP', 'DUKCAPIL Disdukcapil', 'OTHER Kantor Kesehatan Pelabuhan']);
  });

  it('keeps a regional office to its own province', async () => {
    expect(errorOf(await banten.request(ApplySamplingRulesDocument, { cycleId, provinceCode: '32' }))?.code).toBe('FORBIDDEN');
  });

  it('names the field of a bad province', async () => {
    expect(errorOf(await admin.request(ApplySamplingRulesDocument, { cycleId, provinceCode: 'Banten' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
    expect(errorOf(await admin.request(ApplySamplingRulesDocument, { cycleId, provinceCode: '99' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
    expect(errorOf(await admin.request(ApplySamplingRulesDocument, { cycleId: 'x', provinceCode: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });

  it('is refused once collection has started', async () => {
    expect(errorOf(await admin.request(ApplySamplingRulesDocument, { cycleId: fx.cycles.clarification2024, provinceCode: null }))?.code).toBe('STAGE_NOT_ALLOWED');
  });

  it('is for admins and regional staff', async () => {
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(ApplySamplingRulesDocument, { cycleId, provinceCode: null }));
  });
});

describe('sampling units and bodies one by one', () => {
  it('takes a unit out of the sample with its assessment, audited', async () => {
    const jombang = await unitId('tangsel', 'UPT Puskesmas Jombang');
    const { unsampleUnit } = await admin.data(UnsampleUnitDocument, { cycleId, unitId: jombang });
    expect(unsampleUnit).toEqual({ institutionsAdded: 0, unitsAdded: 0, institutionsRemoved: 0, unitsRemoved: 1 });
    expect(await api.prisma.sampling.count({ where: { cycleId, unitId: jombang } })).toBe(0);
    expect(await api.prisma.assessment.count({ where: { cycleId, unitId: jombang } })).toBe(0);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'sampling.remove', cycleId }, orderBy: { id: 'desc' } });
    expect((audit.before as { unitIds: string[] }).unitIds).toContain(jombang);
    expect((audit.after as { unitIds: string[] }).unitIds).not.toContain(jombang);
    expect((audit.after as { unitIds: string[] }).unitIds).toHaveLength(6);
    expect(errorOf(await admin.request(UnsampleUnitDocument, { cycleId, unitId: jombang }))?.code).toBe('NOT_FOUND');
  });

  it('samples a unit chosen by hand, and the rules then count it against the quota', async () => {
    const serpong = await unitId('tangsel', 'UPT Puskesmas Serpong');
    const { sampleUnits } = await banten.data(SampleUnitsDocument, { cycleId, unitIds: [serpong] });
    expect(sampleUnits).toMatchObject({ institutionsAdded: 0, unitsAdded: 1 });
    expect(await api.prisma.assessment.findUnique({ where: { cycleId_unitId: { cycleId, unitId: serpong } } })).toMatchObject({ status: 'DRAFT' });
    expect((await banten.data(ApplySamplingRulesDocument, { cycleId, provinceCode: null })).applySamplingRules.unitsAdded).toBe(0);
    expect((await sampledOf('tangsel')).filter((u) => u.startsWith('PUSKESMAS'))).toEqual(['PUSKESMAS UPT Puskesmas Pondok Ranji', 'PUSKESMAS UPT Puskesmas Serpong']);
  });

  it('names the unit at fault', async () => {
    const serpong = await unitId('tangsel', 'UPT Puskesmas Serpong');
    expect(errorOf(await admin.request(SampleUnitsDocument, { cycleId, unitIds: [serpong, randomUUID()] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds[1]' });
    expect(errorOf(await admin.request(SampleUnitsDocument, { cycleId, unitIds: ['nope'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds[0]' });
    expect(errorOf(await admin.request(SampleUnitsDocument, { cycleId, unitIds: [ids.inactiveUnit] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds[0]' });
    expect(errorOf(await admin.request(SampleUnitsDocument, { cycleId, unitIds: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
  });

  it('keeps regional staff to the bodies of their province', async () => {
    const rsud = await unitId('tangsel', 'RSUD Kota Tangerang Selatan');
    expect(errorOf(await jabar.request(SampleUnitsDocument, { cycleId, unitIds: [rsud] }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await jabar.request(UnsampleInstitutionDocument, { cycleId, institutionId: fx.institutions.kabTangerang }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await jabar.request(UnsampleUnitDocument, { cycleId, unitId: await unitId('tangsel', 'Dinas Sosial') }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await banten.request(SampleInstitutionsDocument, { cycleId, institutionIds: [fx.institutions.kemenkes] }))?.code).toBe('FORBIDDEN');
    expect(await api.prisma.sampling.count({ where: { cycleId, unitId: rsud } })).toBe(0);
  });

  it('takes a body out with all its units, and samples it back without units', async () => {
    const { unsampleInstitution } = await banten.data(UnsampleInstitutionDocument, { cycleId, institutionId: fx.institutions.kabTangerang });
    expect(unsampleInstitution).toEqual({ institutionsAdded: 0, unitsAdded: 0, institutionsRemoved: 1, unitsRemoved: 2 });
    expect(await api.prisma.assessment.count({ where: { cycleId, unitId: { in: fx.units.kabTangerang! } } })).toBe(0);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'sampling.remove', institutionId: fx.institutions.kabTangerang }, orderBy: { id: 'desc' } });
    expect(audit.before).toMatchObject({ sampled: true, unitIds: [...fx.units.kabTangerang!].sort() });
    expect(audit.after).toEqual({ sampled: false, unitIds: [] });

    const { sampleInstitutions } = await banten.data(SampleInstitutionsDocument, { cycleId, institutionIds: [fx.institutions.kabTangerang] });
    expect(sampleInstitutions).toEqual({ institutionsAdded: 1, unitsAdded: 0, institutionsRemoved: 0, unitsRemoved: 0 });
    expect(await sampledOf('kabTangerang')).toEqual([]);
  });

  it('names the body at fault', async () => {
    expect(errorOf(await admin.request(SampleInstitutionsDocument, { cycleId, institutionIds: [ids.inactiveBody] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionIds[0]' });
    expect(errorOf(await admin.request(SampleInstitutionsDocument, { cycleId, institutionIds: [fx.institutions.bogor, randomUUID()] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionIds[1]' });
    expect(errorOf(await admin.request(UnsampleInstitutionDocument, { cycleId, institutionId: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId' });
    expect(errorOf(await admin.request(UnsampleUnitDocument, { cycleId, unitId: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
  });

  it('is refused once collection has started', async () => {
    const vars = { cycleId: fx.cycles.clarification2024, unitIds: [await unitId('tangsel', 'Dinas Sosial')] };
    expect(errorOf(await admin.request(SampleUnitsDocument, vars))?.code).toBe('STAGE_NOT_ALLOWED');
    expect(errorOf(await admin.request(UnsampleUnitDocument, { cycleId: fx.cycles.clarification2024, unitId: fx.units.tangsel![0]! }))?.code).toBe('STAGE_NOT_ALLOWED');
    expect(await api.prisma.sampling.count({ where: { cycleId: fx.cycles.clarification2024 } })).toBe(10);
  });

  it('is for admins and regional staff', async () => {
    const unit = fx.units.bogor![0]!;
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(SampleUnitsDocument, { cycleId, unitIds: [unit] }));
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(UnsampleUnitDocument, { cycleId, unitId: unit }));
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(SampleInstitutionsDocument, { cycleId, institutionIds: [fx.institutions.bogor] }));
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(UnsampleInstitutionDocument, { cycleId, institutionId: fx.institutions.bogor }));
    expect(await sampledOf('bogor')).toHaveLength(2);
  });
});

describe('sampledUnits', () => {
  it('pages through every sampled unit by body and unit name, with unit, body, assessment and assignees', async () => {
    const { nodes, totalCount } = await everyPage(admin, { cycleId, first: 4 });
    const expected = await api.prisma.sampling.findMany({
      where: { cycleId },
      orderBy: [{ sampled: { institution: { name: 'asc' } } }, { institutionId: 'asc' }, { unit: { name: 'asc' } }],
      include: { unit: true, assessment: true },
    });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.unit.id)).toEqual(expected.map((e) => e.unitId));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const first = nodes[0]!;
    const row = expected[0]!;
    expect(first).toMatchObject({
      id: `${cycleId}:${row.unitId}`,
      cycleId,
      unit: { id: row.unitId, name: row.unit.name, kind: row.unit.kind },
      institution: { id: row.institutionId },
      assessmentId: row.assessment!.id,
      assessmentStatus: 'DRAFT',
      assignees: [],
    });
  });

  it('shows regional staff their own province only', async () => {
    const { nodes, totalCount } = await everyPage(banten, { cycleId, first: 50 });
    expect(totalCount).toBe(await api.prisma.sampling.count({ where: { cycleId, sampled: { institution: { provinceCode: '36' } } } }));
    expect(nodes.every((n) => n.institution.provinceCode === '36')).toBe(true);
    expect(errorOf(await banten.request(SampledUnitsDocument, { cycleId, filter: { provinceCode: '32' } }))?.code).toBe('FORBIDDEN');
    expect((await verifier.data(SampledUnitsDocument, { cycleId, filter: { provinceCode: '32' } })).sampledUnits.totalCount).toBe(2);
  });

  it('filters by body and by assessment status', async () => {
    const byBody = await admin.data(SampledUnitsDocument, { cycleId, filter: { institutionId: fx.institutions.kemenkes } });
    expect(byBody.sampledUnits.nodes.map((n) => n.institution.type)).toEqual(['KEMENTERIAN', 'KEMENTERIAN', 'KEMENTERIAN']);
    await api.prisma.assessment.update({ where: { cycleId_unitId: { cycleId, unitId: fx.units.bogor![0]! } }, data: { status: 'SUBMITTED' } });
    const submitted = await admin.data(SampledUnitsDocument, { cycleId, filter: { status: 'SUBMITTED' } });
    expect(submitted.sampledUnits.nodes.map((n) => n.unit.id)).toEqual([fx.units.bogor![0]!]);
  });

  it('names bad paging and filters', async () => {
    expect(errorOf(await admin.request(SampledUnitsDocument, { cycleId, first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await admin.request(SampledUnitsDocument, { cycleId, after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await admin.request(SampledUnitsDocument, { cycleId, filter: { provinceCode: 'x' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCode' });
    expect(errorOf(await admin.request(SampledUnitsDocument, { cycleId: randomUUID() }))?.code).toBe('NOT_FOUND');
  });

  it('is for staff', async () => {
    expect(await publicClient.errorCode(SampledUnitsDocument, { cycleId })).toBe('UNAUTHENTICATED');
    expect(await officer.errorCode(SampledUnitsDocument, { cycleId })).toBe('FORBIDDEN');
  });
});

describe('assignStaff and unassignStaff', () => {
  let tangselUnits: string[];
  beforeAll(() => {
    tangselUnits = [...fx.units.tangsel!];
  });

  it('assigns in bulk, once, with an audit row per assignment', async () => {
    const vars = { cycleId, unitIds: tangselUnits, userId: fx.users.regionalBanten, role: 'ASSESSOR' as const };
    const { assignStaff } = await admin.data(AssignStaffDocument, vars);
    expect(assignStaff.map((u) => u.id)).toEqual(tangselUnits.map((u) => `${cycleId}:${u}`));
    expect(assignStaff.every((u) => u.assignees.some((a) => a.user.id === fx.users.regionalBanten && a.role === 'ASSESSOR'))).toBe(true);
    const rows = await api.prisma.assignment.findMany({ where: { cycleId, userId: fx.users.regionalBanten } });
    expect(rows).toHaveLength(2);
    const audits = await api.prisma.auditEvent.findMany({ where: { action: 'assignment.add', entityId: { in: rows.map((r) => r.id) } } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: fx.users.admin, cycleId, institutionId: fx.institutions.tangsel, before: null });
    expect(audits[0]!.after).toMatchObject({ userId: fx.users.regionalBanten, role: 'ASSESSOR' });

    await admin.data(AssignStaffDocument, vars);
    expect(await api.prisma.assignment.count({ where: { cycleId, userId: fx.users.regionalBanten } })).toBe(2);
    const mine = await admin.data(SampledUnitsDocument, { cycleId, filter: { assignedTo: fx.users.regionalBanten } });
    expect(mine.sampledUnits.nodes.map((n) => n.unit.id).sort()).toEqual([...tangselUnits].sort());
  });

  it('lets regional staff assign in their province, a verifier to verify', async () => {
    const { assignStaff } = await banten.data(AssignStaffDocument, { cycleId, unitIds: tangselUnits, userId: fx.users.verifier, role: 'VERIFIER' });
    expect(assignStaff[0]?.assignees.map((a) => a.role)).toEqual(['ASSESSOR', 'VERIFIER']);
  });

  it.each([
    ["another province's regional staff as assessor", 'regionalJabar', 'ASSESSOR', 'tangsel'],
    ['a verifier as assessor', 'verifier', 'ASSESSOR', 'tangsel'],
    ['regional staff as verifier', 'regionalBanten', 'VERIFIER', 'tangsel'],
    ['an institution officer', 'officerTangsel', 'VERIFIER', 'tangsel'],
    ['regional staff as assessor of a ministry', 'regionalBanten', 'ASSESSOR', 'kemenkes'],
  ] as const)('refuses %s, naming userId', async (_what, user, role, institution) => {
    const before = await api.prisma.assignment.count();
    const reply = await admin.request(AssignStaffDocument, { cycleId, unitIds: [fx.units[institution]![0]!], userId: fx.users[user], role });
    expect(errorOf(reply)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(await api.prisma.assignment.count()).toBe(before);
  });

  it('lets headquarters assess a ministry', async () => {
    const { assignStaff } = await admin.data(AssignStaffDocument, { cycleId, unitIds: [fx.units.kemenkes![0]!], userId: fx.users.admin, role: 'ASSESSOR' });
    expect(assignStaff[0]?.assignees.map((a) => a.user.id)).toEqual([fx.users.admin]);
  });

  it('refuses units that are not sampled, of another province, or of a published cycle', async () => {
    const rsud = await unitId('tangsel', 'RSUD Kota Tangerang Selatan');
    const assessor = { userId: fx.users.regionalBanten, role: 'ASSESSOR' as const };
    expect(errorOf(await admin.request(AssignStaffDocument, { cycleId, unitIds: [tangselUnits[0]!, rsud], ...assessor }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds[1]' });
    expect(errorOf(await jabar.request(AssignStaffDocument, { cycleId, unitIds: tangselUnits, ...assessor }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await jabar.request(UnassignStaffDocument, { cycleId, unitIds: tangselUnits, ...assessor }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await admin.request(AssignStaffDocument, { cycleId: fx.cycles.published2023, unitIds: tangselUnits, ...assessor }))?.code).toBe('STAGE_NOT_ALLOWED');
    expect(errorOf(await admin.request(AssignStaffDocument, { cycleId, unitIds: tangselUnits, userId: 'x', role: 'ASSESSOR' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(errorOf(await admin.request(AssignStaffDocument, { cycleId, unitIds: [], ...assessor }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
  });

  it('unassigns in bulk with an audit row per assignment', async () => {
    const rows = await api.prisma.assignment.findMany({ where: { cycleId, userId: fx.users.verifier } });
    const { unassignStaff } = await banten.data(UnassignStaffDocument, { cycleId, unitIds: tangselUnits, userId: fx.users.verifier, role: 'VERIFIER' });
    expect(unassignStaff.every((u) => u.assignees.every((a) => a.role === 'ASSESSOR'))).toBe(true);
    expect(await api.prisma.assignment.count({ where: { cycleId, userId: fx.users.verifier } })).toBe(0);
    const audits = await api.prisma.auditEvent.findMany({ where: { action: 'assignment.remove', entityId: { in: rows.map((r) => r.id) } } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: fx.users.regionalBanten, after: null, before: { userId: fx.users.verifier, role: 'VERIFIER' } });
  });

  it("keeps a removed unit's assignments in the audit of its removal", async () => {
    const unit = tangselUnits[1]!;
    await admin.data(UnsampleUnitDocument, { cycleId, unitId: unit });
    expect(await api.prisma.assignment.count({ where: { cycleId, unitId: unit } })).toBe(0);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'sampling.remove', institutionId: fx.institutions.tangsel }, orderBy: { id: 'desc' } });
    expect((audit.before as { assignments: unknown[] }).assignments).toContainEqual({ unitId: unit, userId: fx.users.regionalBanten, role: 'ASSESSOR' });
  });

  it('is for admins and regional staff', async () => {
    const vars = { cycleId, unitIds: tangselUnits, userId: fx.users.regionalBanten, role: 'ASSESSOR' as const };
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(AssignStaffDocument, vars));
    await expectAdminsAndRegionalStaffOnly((c) => c.errorCode(UnassignStaffDocument, vars));
  });
});

describe('staff', () => {
  it('lists active staff who can be assigned, filtered by role and province', async () => {
    const all = (await verifier.data(AssignableStaffDocument, {})).staff;
    expect(all.map((s) => s.id).sort()).toEqual([fx.users.admin, fx.users.regionalBanten, fx.users.regionalJabar, fx.users.verifier].sort());
    const bantenOffice = (await banten.data(AssignableStaffDocument, { filter: { role: 'REGIONAL_STAFF', provinceCode: '36' } })).staff;
    expect(bantenOffice).toEqual([{ id: fx.users.regionalBanten, name: 'regionalBanten', email: FIXTURE_USERS.regionalBanten.email, role: 'REGIONAL_STAFF', provinceCode: '36' }]);
  });

  it('names a filter that is not a staff role', async () => {
    expect(errorOf(await admin.request(AssignableStaffDocument, { filter: { role: 'INSTITUTION_OFFICER' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.role' });
  });

  it('is for staff', async () => {
    expect(await publicClient.errorCode(AssignableStaffDocument, {})).toBe('UNAUTHENTICATED');
    expect(await officer.errorCode(AssignableStaffDocument, {})).toBe('FORBIDDEN');
  });
});
