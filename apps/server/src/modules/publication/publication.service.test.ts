import { randomUUID } from 'node:crypto';
import {
  applyMigrations,
  AssessmentStatus,
  ClarificationStatus,
  createPrismaClient,
  CycleStage,
  InstitutionType,
  Role,
  UnitKind,
  type PrismaClient,
} from '@patuh/db';
import { createTestDatabase } from '@patuh/db/testing';
import { compileMethodology, getPreset, scoreUnit, type Answers, type Indicator, type Methodology } from '@patuh/scoring';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishCycle, PublicationError, type PublicationErrorCode } from './publication.service.js';

const method = getPreset('METHOD_2022') as Methodology;
const compiled = compileMethodology(method);

let prisma: PrismaClient;
let drop: () => Promise<void>;
let actorId: string;

/** Three bodies: a city and a regency of Banten, and a ministry. */
const institutions = [
  { id: randomUUID(), code: '36.74', name: 'Kota Tangerang Selatan', type: InstitutionType.KOTA, provinceCode: '36' },
  { id: randomUUID(), code: '36.03', name: 'Kabupaten Tangerang', type: InstitutionType.KABUPATEN, provinceCode: '36' },
  { id: randomUUID(), code: null, name: 'Kementerian Kesehatan', type: InstitutionType.KEMENTERIAN, provinceCode: null },
] as const;

/** Two units per body, with a quality level that sets their answers. */
const units = institutions.flatMap((institution, i) =>
  [0, 1].map((u) => ({
    id: randomUUID(),
    institutionId: institution.id,
    kind: u === 0 ? UnitKind.DUKCAPIL : UnitKind.OTHER,
    name: `Unit ${u + 1}`,
    level: 3 - i - u * 0.5,
  })),
);

/** Answers at a given level (0–3): an ordinal level, a perception mean, or yes/no. */
function answerFor(indicator: Indicator, level: number, position: number): number {
  const wobble = position % 3 === 0 ? -1 : 0;
  switch (indicator.scale.kind) {
    case 'ORDINAL':
      return Math.max(0, Math.min(3, Math.round(level) + wobble));
    case 'NUMERIC':
      return 1 + level + (wobble * 0.25);
    case 'PERCENTAGE':
      return Math.round((level / 3) * 100);
    case 'YES_NO':
      return level >= 1.5 ? 1 : 0;
  }
}

function answersFor(level: number): Answers {
  return Object.fromEntries(compiled.indicators.map((indicator, position) => [indicator.code, answerFor(indicator, Math.max(0, level), position)]));
}

/** A cycle with the three bodies sampled and every unit verified. */
async function createCycle(year: number, options: { methodology?: boolean } = {}): Promise<string> {
  const cycle = await prisma.cycle.create({ data: { year, title: `Penilaian Kepatuhan ${year}`, stage: CycleStage.DECISION } });
  if (options.methodology !== false) {
    await prisma.methodology.create({ data: { cycleId: cycle.id, version: 1, presetId: method.id, document: method as object } });
  }
  await prisma.sampledInstitution.createMany({ data: institutions.map((i) => ({ cycleId: cycle.id, institutionId: i.id })) });
  await prisma.sampling.createMany({ data: units.map((u) => ({ cycleId: cycle.id, unitId: u.id, institutionId: u.institutionId })) });
  await prisma.serviceProduct.createMany({
    data: units.flatMap((u) => ['Produk A', 'Produk B'].map((name) => ({ unitId: u.id, cycleId: cycle.id, name }))),
  });
  for (const unit of units) {
    const assessment = await prisma.assessment.create({
      data: { cycleId: cycle.id, unitId: unit.id, status: AssessmentStatus.VERIFIED, verifiedAt: new Date() },
    });
    await prisma.assessmentAnswer.createMany({
      data: Object.entries(answersFor(unit.level)).map(([indicatorCode, value]) => ({
        assessmentId: assessment.id,
        indicatorCode,
        value: value as number,
      })),
    });
  }
  return cycle.id;
}

async function expectRefusal(promise: Promise<unknown>, code: PublicationErrorCode): Promise<PublicationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublicationError);
  expect((error as PublicationError).code).toBe(code);
  return error as PublicationError;
}

beforeAll(async () => {
  const db = await createTestDatabase(inject('adminDatabaseUrl'), 'publication');
  drop = db.drop;
  await applyMigrations(db.url);
  prisma = createPrismaClient(db.url);
  await prisma.province.create({ data: { code: '36', name: 'Banten', isoCode: 'ID-BT' } });
  await prisma.institution.createMany({ data: [...institutions] });
  await prisma.unit.createMany({ data: units.map(({ level: _level, ...unit }) => unit) });
  actorId = (await prisma.user.create({ data: { email: 'admin@test', name: 'Admin', role: Role.ADMIN } })).id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

describe('publishCycle', () => {
  let cycleId: string;

  beforeAll(async () => {
    cycleId = await createCycle(2023);
  });

  it('scores, grades and ranks every sampled body and unit, and freezes them as revision 1', async () => {
    const result = await publishCycle(prisma, { cycleId, actorId, requestId: 'req-1', synthetic: true });
    expect(result).toMatchObject({ revision: 1, institutionCount: 3, unitCount: 6 });

    const revision = await prisma.resultRevision.findUniqueOrThrow({ where: { id: result.revisionId } });
    expect(revision).toMatchObject({ cycleId, revision: 1, source: 'COMPUTED', synthetic: true, publishedById: actorId, reason: null });

    const unitResults = await prisma.unitResult.findMany({ where: { revisionId: result.revisionId } });
    expect(unitResults).toHaveLength(6);
    for (const unit of units) {
      const row = unitResults.find((r) => r.unitId === unit.id);
      const expected = scoreUnit(compiled, answersFor(unit.level));
      expect(row?.score.toNumber()).toBe(expected.score);
      expect(row?.grade).toBe(expected.grade?.code);
      expect(row?.breakdown).toMatchObject({ dimensions: [{ code: 'INPUT' }, { code: 'PROSES' }, { code: 'OUTPUT' }, { code: 'PENGADUAN' }] });
    }

    const results = await prisma.institutionResult.findMany({ where: { revisionId: result.revisionId }, orderBy: { rankNational: 'asc' } });
    expect(results.map((r) => r.institutionId)).toEqual(institutions.map((i) => i.id));
    expect(results.map((r) => r.rankNational)).toEqual([1, 2, 3]);
    expect(results.map((r) => r.rankType)).toEqual([1, 1, 1]);
    expect(results.map((r) => r.rankProvince)).toEqual([1, 2, null]);
    expect(results.every((r) => r.unitCount === 2)).toBe(true);
    // A body's score is the mean of its units' two-decimal scores.
    const city = unitResults.filter((r) => r.institutionId === institutions[0].id).map((r) => r.score.toNumber());
    expect(results[0]?.score.toNumber()).toBeCloseTo((city[0]! + city[1]!) / 2, 2);

    const cycle = await prisma.cycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect(cycle.stage).toBe(CycleStage.PUBLISHED);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { cycleId, action: 'cycle.publish' } });
    expect(audit).toMatchObject({ actorId, entityType: 'Cycle', entityId: cycleId, requestId: 'req-1' });
    expect(audit.before).toMatchObject({ stage: CycleStage.DECISION, revision: null });
    expect(audit.after).toMatchObject({ stage: CycleStage.PUBLISHED, revision: 1, institutionCount: 3, unitCount: 6 });
  });

  it('refuses a correction without a reason', async () => {
    await expectRefusal(publishCycle(prisma, { cycleId, actorId, reason: '   ' }), 'REASON_REQUIRED');
  });

  it('publishes a correction as revision 2 with identical scores from identical answers', async () => {
    const correction = await publishCycle(prisma, { cycleId, actorId, reason: 'Salah ketik pada nama unit' });
    expect(correction.revision).toBe(2);
    const scoresOf = async (revision: number) =>
      (
        await prisma.unitResult.findMany({
          where: { revision: { cycleId, revision } },
          select: { unitId: true, score: true, grade: true, breakdown: true },
          orderBy: { unitId: 'asc' },
        })
      ).map((r) => ({ ...r, score: r.score.toString() }));
    expect(await scoresOf(2)).toEqual(await scoresOf(1));
    const revision = await prisma.resultRevision.findUniqueOrThrow({ where: { id: correction.revisionId } });
    expect(revision.reason).toBe('Salah ketik pada nama unit');
  });

  it('refuses while an assessment is not verified, naming the unit', async () => {
    const draftCycle = await createCycle(2020);
    const unit = units[3]!;
    await prisma.assessment.update({
      where: { cycleId_unitId: { cycleId: draftCycle, unitId: unit.id } },
      data: { status: AssessmentStatus.SUBMITTED },
    });
    const error = await expectRefusal(publishCycle(prisma, { cycleId: draftCycle, actorId }), 'UNVERIFIED_ASSESSMENTS');
    expect(error.ids).toEqual([unit.id]);
    expect(error.message).toContain(unit.id);
    expect(await prisma.resultRevision.count({ where: { cycleId: draftCycle } })).toBe(0);
  });

  it('refuses while a clarification is open or answered', async () => {
    const cycle = await createCycle(2021);
    const assessment = await prisma.assessment.findFirstOrThrow({ where: { cycleId: cycle, unitId: units[0]!.id } });
    const clarification = await prisma.clarification.create({
      data: {
        cycleId: cycle,
        assessmentId: assessment.id,
        institutionId: institutions[0].id,
        indicatorCode: 'PR-STD-01',
        status: ClarificationStatus.ANSWERED,
        raisedById: actorId,
      },
    });
    const error = await expectRefusal(publishCycle(prisma, { cycleId: cycle, actorId }), 'OPEN_CLARIFICATIONS');
    expect(error.ids).toEqual([clarification.id]);
  });

  it('refuses a unit whose verified assessment misses an answer', async () => {
    const cycle = await createCycle(2019);
    const unit = units[5]!;
    await prisma.assessmentAnswer.deleteMany({ where: { assessment: { cycleId: cycle, unitId: unit.id }, indicatorCode: 'IN-KOM-01' } });
    const error = await expectRefusal(publishCycle(prisma, { cycleId: cycle, actorId }), 'INCOMPLETE_ASSESSMENT');
    expect(error.ids).toEqual([unit.id]);
  });

  it('refuses a cycle without a methodology', async () => {
    const cycle = await createCycle(2018, { methodology: false });
    await expectRefusal(publishCycle(prisma, { cycleId: cycle, actorId }), 'NO_METHODOLOGY');
  });
});
