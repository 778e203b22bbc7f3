/**
 * A small, complete world for API tests: two provinces, five bodies with two units each, a user
 * of every role (and a second officer and regional office, to test scopes), a published 2023
 * cycle and a 2024 cycle in clarification. Answers come from a level per unit, so scores differ.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@patuh/db';
import { getPreset, type Indicator, type Methodology } from '@patuh/scoring';
import { hashPassword } from '../auth/password.js';
import { publishCycle } from '../modules/publication/publication.service.js';

export const FIXTURE_PASSWORD = 'Fixture-Password-1';

export const FIXTURE_USERS = {
  admin: { email: 'admin@fixture.test', password: FIXTURE_PASSWORD },
  regionalBanten: { email: 'banten@fixture.test', password: FIXTURE_PASSWORD },
  regionalJabar: { email: 'jabar@fixture.test', password: FIXTURE_PASSWORD },
  verifier: { email: 'verifier@fixture.test', password: FIXTURE_PASSWORD },
  officerTangsel: { email: 'tangsel@fixture.test', password: FIXTURE_PASSWORD },
  officerBogor: { email: 'bogor@fixture.test', password: FIXTURE_PASSWORD },
} as const;

export interface Fixture {
  provinces: { banten: string; jabar: string };
  institutions: Record<'provBanten' | 'tangsel' | 'kabTangerang' | 'bogor' | 'kemenkes', string>;
  units: Record<string, string[]>;
  users: Record<keyof typeof FIXTURE_USERS, string>;
  cycles: { published2023: string; clarification2024: string };
}

/** A value on the indicator's scale at `level` (0–1) of its range. */
export function answerAt(indicator: Indicator, level: number): number {
  const scale = indicator.scale;
  switch (scale.kind) {
    case 'YES_NO':
      return level >= 0.5 ? 1 : 0;
    case 'ORDINAL': {
      const values = scale.levels.map((l) => l.value);
      return values[Math.round(level * (values.length - 1))]!;
    }
    case 'PERCENTAGE':
      return Math.round(level * 10000) / 100;
    case 'NUMERIC': {
      const { min, max, direction } = scale.normalisation;
      const v = direction === 'HIGHER_IS_BETTER' ? min + (max - min) * level : max - (max - min) * level;
      return Math.round(v * 100) / 100;
    }
  }
}

export function indicatorsOf(method: Methodology): Indicator[] {
  return method.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
}

export async function seedFixture(prisma: PrismaClient): Promise<Fixture> {
  await prisma.province.createMany({
    data: [
      { code: '36', name: 'Banten', isoCode: 'ID-BT' },
      { code: '32', name: 'Jawa Barat', isoCode: 'ID-JB' },
    ],
  });
  const inst = {
    provBanten: { id: randomUUID(), code: '36', name: 'Provinsi Banten', type: 'PROVINSI', provinceCode: '36' },
    tangsel: { id: randomUUID(), code: '36.74', name: 'Kota Tangerang Selatan', type: 'KOTA', provinceCode: '36' },
    kabTangerang: { id: randomUUID(), code: '36.03', name: 'Kabupaten Tangerang', type: 'KABUPATEN', provinceCode: '36' },
    bogor: { id: randomUUID(), code: '32.01', name: 'Kabupaten Bogor', type: 'KABUPATEN', provinceCode: '32' },
    kemenkes: { id: randomUUID(), code: null, name: 'Kementerian Kesehatan', type: 'KEMENTERIAN', provinceCode: null },
  } as const;
  await prisma.institution.createMany({ data: Object.values(inst) });

  const levels: Record<keyof typeof inst, [number, number]> = {
    provBanten: [0.7, 0.8],
    tangsel: [0.98, 0.93],
    kabTangerang: [0.6, 0.5],
    bogor: [0.85, 0.75],
    kemenkes: [0.4, 0.55],
  };
  const units: Record<string, string[]> = {};
  const unitLevel = new Map<string, number>();
  for (const [key, i] of Object.entries(inst) as [keyof typeof inst, (typeof inst)[keyof typeof inst]][]) {
    const rows = [
      { id: randomUUID(), institutionId: i.id, kind: 'DPMPTSP' as const, name: 'DPMPTSP' },
      { id: randomUUID(), institutionId: i.id, kind: 'DUKCAPIL' as const, name: 'Disdukcapil' },
    ];
    await prisma.unit.createMany({ data: rows });
    units[key] = rows.map((r) => r.id);
    rows.forEach((r, n) => unitLevel.set(r.id, levels[key][n]!));
  }

  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const userRows = {
    admin: { role: 'ADMIN' as const },
    regionalBanten: { role: 'REGIONAL_STAFF' as const, provinceCode: '36' },
    regionalJabar: { role: 'REGIONAL_STAFF' as const, provinceCode: '32' },
    verifier: { role: 'VERIFIER' as const },
    officerTangsel: { role: 'INSTITUTION_OFFICER' as const, institutionId: inst.tangsel.id },
    officerBogor: { role: 'INSTITUTION_OFFICER' as const, institutionId: inst.bogor.id },
  };
  const users = {} as Record<keyof typeof FIXTURE_USERS, string>;
  for (const [key, extra] of Object.entries(userRows) as [keyof typeof FIXTURE_USERS, (typeof userRows)[keyof typeof userRows]][]) {
    const u = await prisma.user.create({ data: { email: FIXTURE_USERS[key].email, name: key, passwordHash, ...extra } });
    users[key] = u.id;
  }

  const method = getPreset('METHOD_2022') as Methodology;
  const indicators = indicatorsOf(method);

  async function cycleWithAssessments(year: number, stage: 'DECISION' | 'CLARIFICATION', drift: number): Promise<string> {
    const cycle = await prisma.cycle.create({ data: { year, title: `Penilaian Kepatuhan ${year}`, stage } });
    await prisma.methodology.create({ data: { cycleId: cycle.id, version: 1, presetId: 'METHOD_2022', document: method as object } });
    await prisma.sampledInstitution.createMany({ data: Object.values(inst).map((i) => ({ cycleId: cycle.id, institutionId: i.id })) });
    for (const [key, ids] of Object.entries(units)) {
      const institutionId = inst[key as keyof typeof inst].id;
      await prisma.sampling.createMany({ data: ids.map((unitId) => ({ cycleId: cycle.id, unitId, institutionId })) });
      for (const unitId of ids) {
        await prisma.serviceProduct.createMany({
          data: [1, 2].map((n) => ({ unitId, cycleId: cycle.id, name: `Produk layanan ${n}` })),
        });
        const assessment = await prisma.assessment.create({
          data: { cycleId: cycle.id, unitId, status: 'VERIFIED', submittedAt: new Date(), verifiedAt: new Date() },
        });
        const level = Math.min(1, unitLevel.get(unitId)! + drift);
        await prisma.assessmentAnswer.createMany({
          data: indicators.map((ind, n) => ({
            assessmentId: assessment.id,
            indicatorCode: ind.code,
            // Vary around the unit's level so indicators differ.
            value: answerAt(ind, Math.max(0, Math.min(1, level + ((n % 5) - 2) * 0.05))),
          })),
        });
      }
    }
    return cycle.id;
  }

  const published2023 = await cycleWithAssessments(2023, 'DECISION', 0);
  await publishCycle(prisma, { cycleId: published2023, actorId: users.admin });
  const clarification2024 = await cycleWithAssessments(2024, 'CLARIFICATION', 0.03);

  return {
    provinces: { banten: '36', jabar: '32' },
    institutions: Object.fromEntries(Object.entries(inst).map(([k, v]) => [k, v.id])) as Fixture['institutions'],
    units,
    users,
    cycles: { published2023, clarification2024 },
  };
}

export interface CollectionCycle {
  cycleId: string;
  /** The DRAFT assessment of every fixture unit, by unit id. */
  assessments: Record<string, string>;
  /** The one indicator left unanswered in every draft. */
  unansweredCode: string;
}

/**
 * A 2025 cycle in COLLECTION on the 2022 method, every fixture unit sampled with a DRAFT
 * assessment answered but for its last indicator: for tests that record findings. Call after
 * seedFixture, with its result.
 */
export async function seedCollectionCycle(prisma: PrismaClient, fixture: Fixture): Promise<CollectionCycle> {
  const method = getPreset('METHOD_2022') as Methodology;
  const indicators = indicatorsOf(method);
  const cycle = await prisma.cycle.create({ data: { year: 2025, title: 'Penilaian Kepatuhan 2025', stage: 'COLLECTION' } });
  await prisma.methodology.create({ data: { cycleId: cycle.id, version: 1, presetId: 'METHOD_2022', document: method as object } });
  await prisma.sampledInstitution.createMany({ data: Object.values(fixture.institutions).map((institutionId) => ({ cycleId: cycle.id, institutionId })) });
  const assessments: Record<string, string> = {};
  for (const [key, unitIds] of Object.entries(fixture.units)) {
    const institutionId = fixture.institutions[key as keyof Fixture['institutions']];
    await prisma.sampling.createMany({ data: unitIds.map((unitId) => ({ cycleId: cycle.id, unitId, institutionId })) });
    for (const unitId of unitIds) {
      const assessment = await prisma.assessment.create({ data: { cycleId: cycle.id, unitId } });
      assessments[unitId] = assessment.id;
      await prisma.assessmentAnswer.createMany({
        data: indicators.slice(0, -1).map((ind) => ({ assessmentId: assessment.id, indicatorCode: ind.code, value: answerAt(ind, 0.5) })),
      });
    }
  }
  return { cycleId: cycle.id, assessments, unansweredCode: indicators.at(-1)!.code };
}
