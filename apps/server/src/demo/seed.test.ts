import { applyMigrations, createPrismaClient, CycleStage, InstitutionType, type PrismaClient } from '@patuh/db';
import { createTestDatabase } from '@patuh/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, hasAnyData, seedDemoData, type SeedSummary } from './index.js';

/** Published zone totals (domain.md) and how far the synthetic mix may stray from them. */
const ZONES_2023 = { HIJAU: 414, KUNING: 133, MERAH: 39 };
const ZONE_TOLERANCE = 0.1;

let prisma: PrismaClient;
let drop: () => Promise<void>;
let summary: SeedSummary;

beforeAll(async () => {
  const db = await createTestDatabase(inject('adminDatabaseUrl'), 'demo_seed');
  drop = db.drop;
  await applyMigrations(db.url);
  prisma = createPrismaClient(db.url);
  summary = await seedDemoData(prisma, { log: (line) => console.log(line) });
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

describe('seedDemoData', () => {
  // Its speed is measured by `npm run bench:start` (the cold start), not asserted here.
  it('seeds an empty database and reports each step', () => {
    expect(summary.seeded).toBe(true);
    expect(summary.steps.length).toBeGreaterThan(3);
  });

  it('loads the real registry: 38 provinces, 514 regencies and cities, the ministries and agencies', async () => {
    expect(await prisma.province.count()).toBe(38);
    expect(await prisma.province.findUnique({ where: { code: '36' } })).toMatchObject({ name: 'Banten', isoCode: 'ID-BT' });
    expect(await prisma.province.count({ where: { isoCode: { not: null } } })).toBe(38);
    const byType = Object.fromEntries(
      (await prisma.institution.groupBy({ by: ['type'], _count: { _all: true } })).map((g) => [g.type, g._count._all]),
    );
    expect(byType).toEqual({ PROVINSI: 38, KABUPATEN: 416, KOTA: 98, KEMENTERIAN: 25, LEMBAGA: 14 });
  });

  it('has Tangerang Selatan with its sampled units and an officer', async () => {
    const tangsel = await prisma.institution.findUniqueOrThrow({
      where: { code: '36.74' },
      include: { units: true, officers: true },
    });
    expect(tangsel).toMatchObject({ name: 'Kota Tangerang Selatan', type: InstitutionType.KOTA, provinceCode: '36' });
    expect(tangsel.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Dinas Pendidikan dan Kebudayaan', 'UPT Puskesmas Pondok Ranji', 'UPT Puskesmas Jombang']),
    );
    expect(tangsel.units).toHaveLength(7);
    expect(tangsel.officers.map((o) => o.email)).toEqual(['tangsel@patuh.demo']);
  });

  it('observes two service products per local unit, five per central unit, two per land office', async () => {
    const units = await prisma.unit.findMany({
      where: { serviceProducts: { some: { cycle: { year: 2024 } } } },
      select: { kind: true, institution: { select: { type: true } }, _count: { select: { serviceProducts: { where: { cycle: { year: 2024 } } } } } },
    });
    const central = (type: InstitutionType) => type === InstitutionType.KEMENTERIAN || type === InstitutionType.LEMBAGA;
    for (const unit of units) {
      const expected = central(unit.institution.type) && unit.kind !== 'KANTAH' ? 5 : 2;
      expect(unit._count.serviceProducts).toBe(expected);
    }
    expect(units).toHaveLength(summary.cycles[2]?.units ?? 0);
  });

  it('creates one demo sign-in per documented user, all marked demo', async () => {
    const users = await prisma.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(users.every((u) => u.demo && u.passwordHash?.startsWith('$argon2id$'))).toBe(true);
  });

  it('creates four synthetic cycles: three published, 2025 in verification', async () => {
    const cycles = await prisma.cycle.findMany({ orderBy: { year: 'asc' }, include: { revisions: true } });
    expect(cycles.map((c) => [c.year, c.stage])).toEqual([
      [2022, CycleStage.PUBLISHED],
      [2023, CycleStage.PUBLISHED],
      [2024, CycleStage.PUBLISHED],
      [2025, CycleStage.VERIFICATION],
    ]);
    expect(cycles.every((c) => c.synthetic)).toBe(true);
    expect(cycles.flatMap((c) => c.revisions).every((r) => r.synthetic && r.source === 'COMPUTED')).toBe(true);
    expect(await prisma.assessment.count({ where: { synthetic: false } })).toBe(0);
  });

  it('publishes the assessed bodies of each year, with a grade mix near the published zone totals', async () => {
    expect(summary.cycles.map((c) => c.institutions)).toEqual([586, 586, 587, 297]);
    const revision = await prisma.resultRevision.findFirstOrThrow({ where: { cycle: { year: 2023 } } });
    const zones = Object.fromEntries(
      (await prisma.institutionResult.groupBy({ by: ['zone'], where: { revisionId: revision.id }, _count: { _all: true } })).map((g) => [
        g.zone,
        g._count._all,
      ]),
    );
    for (const [zone, published] of Object.entries(ZONES_2023)) {
      expect(Math.abs((zones[zone] ?? 0) - published)).toBeLessThanOrEqual(Math.ceil(published * ZONE_TOLERANCE));
    }
  });

  it('ranks Tangerang Selatan among the strongest, in Banten and nationally', async () => {
    const result = await prisma.institutionResult.findFirstOrThrow({
      where: { institution: { code: '36.74' }, revision: { cycle: { year: 2023 } } },
    });
    expect(result.grade).toBe('A');
    expect(result.rankProvince).toBeLessThanOrEqual(2);
    expect(result.rankNational).toBeLessThanOrEqual(30);
    expect(result.unitCount).toBe(7);
  });

  it('leaves 2025 as work in progress: every status, open clarifications', async () => {
    const statuses = await prisma.assessment.groupBy({ by: ['status'], where: { cycle: { year: 2025 } }, _count: { _all: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(['DRAFT', 'RETURNED', 'SUBMITTED', 'VERIFIED']);
    expect(await prisma.clarification.count({ where: { status: 'OPEN' } })).toBeGreaterThan(0);
    expect(await prisma.resultRevision.count({ where: { cycle: { year: 2025 } } })).toBe(0);
  });

  it('writes rapor points for Tangerang Selatan in every published cycle', async () => {
    const points = await prisma.feedback.groupBy({
      by: ['cycleId'],
      where: { institution: { code: '36.74' } },
      _count: { _all: true },
    });
    expect(points).toHaveLength(3);
  });

  it('changes nothing when run again', async () => {
    const counts = async () =>
      Promise.all([prisma.institution.count(), prisma.unit.count(), prisma.cycle.count(), prisma.assessmentAnswer.count(), prisma.user.count()]);
    const before = await counts();
    expect(await hasAnyData(prisma)).toBe(true);
    const again = await seedDemoData(prisma);
    expect(again.seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
