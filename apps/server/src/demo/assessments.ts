/**
 * A cycle's field work: the sampled bodies and units, the service products observed, and one
 * assessment per unit with its generated findings, written in bulk.
 */
import { randomUUID } from 'node:crypto';
import { AssessmentStatus, type PrismaClient } from '@patuh/db';
import type { CompiledMethodology } from '@patuh/scoring';
import { chunked } from './bulk.js';
import { jakartaDate, type DemoCyclePlan } from './calendar.js';
import { findingsContext, generateAnswers, institutionTargets, localWeakness, unitTargets, type GeneratedAnswer } from './findings.js';
import { randomFor, type Random } from './random.js';
import type { AssessedBody } from './registry.js';
import type { DemoUnit } from './units.js';

export interface SeededAssessment {
  id: string;
  body: AssessedBody;
  unit: DemoUnit;
  status: AssessmentStatus;
  /** The findings written, in methodology order (a draft has only the first part answered). */
  answers: readonly GeneratedAnswer[];
}

export interface FieldWorkInput {
  plan: DemoCyclePlan;
  cycleId: string;
  compiled: CompiledMethodology;
  /** The bodies assessed this cycle; all their units are assessed. */
  bodies: readonly AssessedBody[];
  unitsByBody: ReadonlyMap<string, readonly DemoUnit[]>;
  /** Where each unit's assessment stands; published cycles have them all verified. */
  statusOf: (body: AssessedBody, random: Random) => AssessmentStatus;
}

export async function seedFieldWork(prisma: PrismaClient, input: FieldWorkInput): Promise<SeededAssessment[]> {
  const { plan, cycleId } = input;
  const assessments = generateFindings(input);

  await prisma.sampledInstitution.createMany({ data: input.bodies.map((body) => ({ cycleId, institutionId: body.id })) });
  await chunked(assessments, (chunk) =>
    prisma.sampling.createMany({ data: chunk.map(({ unit }) => ({ cycleId, unitId: unit.id, institutionId: unit.institutionId })) }),
  );
  await chunked(
    assessments.flatMap(({ unit }) => unit.products.map((name) => ({ cycleId, unitId: unit.id, name }))),
    (chunk) => prisma.serviceProduct.createMany({ data: chunk }),
  );
  await chunked(assessments, (chunk) => prisma.assessment.createMany({ data: chunk.map((a) => assessmentRow(plan, cycleId, a)) }));
  await chunked(
    assessments.flatMap(({ id, answers }) =>
      answers.map(({ code, value }) => ({ assessmentId: id, indicatorCode: code, value, notApplicable: value === null })),
    ),
    (chunk) => prisma.assessmentAnswer.createMany({ data: chunk }),
    10_000,
  );
  return assessments;
}

/** Every sampled unit's assessment and answers, generated in memory. */
function generateFindings(input: FieldWorkInput): SeededAssessment[] {
  const { plan, compiled } = input;
  const context = findingsContext(compiled, plan.year);
  const targets = institutionTargets(plan.year, input.bodies);
  const assessments: SeededAssessment[] = [];
  for (const body of input.bodies) {
    const units = input.unitsByBody.get(body.id) ?? [];
    const random = randomFor(`findings:${plan.year}:${body.key}`);
    const weakness = localWeakness(context, random);
    const targetsOfUnits = unitTargets(targets.get(body) as number, units.length, random);
    units.forEach((unit, u) => {
      const status = input.statusOf(body, random);
      const answers = generateAnswers(context, targetsOfUnits[u] as number, weakness, random);
      assessments.push({ id: randomUUID(), body, unit, status, answers: status === AssessmentStatus.DRAFT ? draftPart(answers, random) : answers });
    });
  }
  return assessments;
}

/** A draft is filled in from the top: somewhere between a third and most of its indicators. */
function draftPart(answers: readonly GeneratedAnswer[], random: Random): GeneratedAnswer[] {
  return answers.slice(0, Math.round(answers.length * (0.3 + 0.55 * random.next())));
}

/** Submission at the end of field work, verification in the verification window. */
function assessmentRow(plan: DemoCyclePlan, cycleId: string, assessment: SeededAssessment) {
  const random = randomFor(`dates:${plan.year}:${assessment.body.key}:${assessment.unit.name}`);
  const collection = plan.windows.COLLECTION;
  const verification = plan.windows.VERIFICATION;
  const submitted = assessment.status !== AssessmentStatus.DRAFT && collection?.[1] ? daysAfter(jakartaDate(collection[1]), -random.below(21)) : null;
  const verified = assessment.status === AssessmentStatus.VERIFIED && verification ? daysAfter(jakartaDate(verification[0]), random.below(14)) : null;
  return {
    id: assessment.id,
    cycleId,
    unitId: assessment.unit.id,
    status: assessment.status,
    synthetic: true,
    submittedAt: submitted,
    verifiedAt: verified,
  };
}

function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
