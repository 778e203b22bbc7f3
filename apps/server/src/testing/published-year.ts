/**
 * A published year written straight into a test database, for tests that need results without
 * assessing anything: the cycle (PUBLISHED), its methodology copied from a preset, and one revision
 * of imported figures graded and ranked by @patuh/scoring.
 */
import type { PrismaClient } from '@patuh/db';
import { getPreset, gradeOf, rankInScopes, toHundredths } from '@patuh/scoring';

export interface PublishedBody {
  institutionId: string;
  score: number;
}

export async function seedPublishedYear(
  prisma: PrismaClient,
  options: { year: number; presetId: 'ZONES_2017' | 'METHOD_2022'; bodies: readonly PublishedBody[] },
): Promise<{ cycleId: string; revisionId: string }> {
  const method = getPreset(options.presetId)!;
  const cycle = await prisma.cycle.create({ data: { year: options.year, title: `Penilaian Kepatuhan ${options.year}`, stage: 'PUBLISHED' } });
  const methodology = await prisma.methodology.create({
    data: { cycleId: cycle.id, version: 1, presetId: method.id, document: method as object },
  });
  const revision = await prisma.resultRevision.create({
    data: { cycleId: cycle.id, revision: 1, source: 'IMPORTED', methodologyId: methodology.id },
  });
  const scoreOf = new Map(options.bodies.map((b) => [b.institutionId, b.score]));
  const institutions = await prisma.institution.findMany({
    where: { id: { in: [...scoreOf.keys()] } },
    select: { id: true, name: true, type: true, provinceCode: true },
  });
  const ranks = rankInScopes(institutions.map((i) => ({ ...i, score: scoreOf.get(i.id)! })));
  const rankIn = (list: readonly { id: string; rank: number }[] | undefined, id: string) => list?.find((e) => e.id === id)?.rank;
  await prisma.institutionResult.createMany({
    data: institutions.map((i) => {
      const score = scoreOf.get(i.id)!;
      const grade = gradeOf(method, score);
      return {
        revisionId: revision.id,
        institutionId: i.id,
        score: toHundredths(score) / 100,
        grade: grade.code,
        zone: grade.zone,
        label: grade.label.id,
        rankNational: rankIn(ranks.national, i.id)!,
        rankType: rankIn(ranks.byType[i.type], i.id)!,
        rankProvince: i.provinceCode === null ? null : rankIn(ranks.byProvince[i.provinceCode], i.id)!,
      };
    }),
  });
  return { cycleId: cycle.id, revisionId: revision.id };
}
