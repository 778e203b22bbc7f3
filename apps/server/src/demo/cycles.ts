/**
 * Running a demo cycle: the cycle with its calendar and methodology, the field work, then either
 * the publication (through the publication service, as staff would) and the rapor, or the work
 * still in progress.
 */
import { randomUUID } from 'node:crypto';
import { AssessmentStatus, CycleStage, type Prisma, type PrismaClient } from '@patuh/db';
import { compileMethodology, getPreset } from '@patuh/scoring';
import { publishCycle } from '../modules/publication/publication.service.js';
import { seedFieldWork } from './assessments.js';
import { cycleTitle, stageWindows, type DemoCyclePlan } from './calendar.js';
import { seedFeedback } from './feedback.js';
import type { DemoPeople } from './people.js';
import { seedWorkInProgress, statusInProgress } from './progress.js';
import { randomFor } from './random.js';
import type { AssessedBody } from './registry.js';
import { sampleBodies } from './sampling.js';
import type { DemoUnit } from './units.js';

export interface CycleSummary {
  year: number;
  stage: CycleStage;
  institutions: number;
  units: number;
  answers: number;
  /** Institutions per grade in the published revision; empty while unpublished. */
  grades: Record<string, number>;
}

export interface CycleContext {
  bodies: readonly AssessedBody[];
  unitsByBody: ReadonlyMap<string, readonly DemoUnit[]>;
  people: DemoPeople;
  /** Times a named part of the work, for the seed's log. */
  time: <T>(name: string, work: () => Promise<T>) => Promise<T>;
}

export async function seedCycle(prisma: PrismaClient, plan: DemoCyclePlan, context: CycleContext): Promise<CycleSummary> {
  const preset = getPreset(plan.presetId);
  if (preset === undefined) throw new Error(`No methodology preset ${plan.presetId}`);
  const compiled = compileMethodology(preset);
  const publish = plan.stage === CycleStage.PUBLISHED;

  const cycleId = randomUUID();
  // A cycle to be published waits at DECISION until the publication service moves it on.
  await prisma.cycle.create({
    data: { id: cycleId, year: plan.year, title: cycleTitle(plan.year), stage: publish ? CycleStage.DECISION : plan.stage, synthetic: true },
  });
  await prisma.cycleStageWindow.createMany({ data: stageWindows(plan, cycleId, plan.stage) });
  await prisma.methodology.create({
    data: {
      cycleId,
      version: 1,
      presetId: preset.id,
      // A methodology is plain JSON data; its readonly interface type lacks Prisma's index signature.
      document: preset as unknown as Prisma.InputJsonObject,
      createdById: context.people.adminId,
    },
  });

  const bodies = sampleBodies(plan, context.bodies);
  const assessments = await context.time(`${plan.year} field work`, () =>
    seedFieldWork(prisma, {
      plan,
      cycleId,
      compiled,
      bodies,
      unitsByBody: context.unitsByBody,
      statusOf: publish ? () => AssessmentStatus.VERIFIED : statusInProgress,
    }),
  );
  const summary: CycleSummary = {
    year: plan.year,
    stage: plan.stage,
    institutions: bodies.length,
    units: assessments.length,
    answers: assessments.reduce((sum, a) => sum + a.answers.length, 0),
    grades: {},
  };

  if (!publish) {
    await context.time(`${plan.year} work in progress`, () =>
      seedWorkInProgress(prisma, cycleId, assessments, context.people, randomFor(`progress:${plan.year}`)),
    );
    return summary;
  }
  // Published as staff would: no score is ever written by hand.
  const { revisionId } = await context.time(`${plan.year} publication`, () =>
    publishCycle(prisma, { cycleId, actorId: null, synthetic: true }),
  );
  await seedFeedback(prisma, plan, cycleId, compiled, assessments, context.people.regionalStaffId);
  const grades = await prisma.institutionResult.groupBy({ by: ['grade'], where: { revisionId }, _count: { _all: true }, orderBy: { grade: 'asc' } });
  summary.grades = Object.fromEntries(grades.map((g) => [g.grade, g._count._all]));
  return summary;
}
