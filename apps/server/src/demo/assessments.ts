/**
 * A cycle's field work: the sampled bodies and units, the service products observed, and one
 * assessment per unit with its generated findings, written in bulk.
 */
import { randomUUID } from 'node:crypto';
import { AssessmentStatus, type PrismaClient } from '@patuh/db';
import type { CompiledMethodology } from '@patuh/scoring';
import { bulkInsert, type TableSpec } from './bulk.js';
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
  const rows = assessments.map((a) => ({ ...assessmentDates(plan, a), cycleId, assessment: a }));

  await bulkInsert(prisma, SAMPLED_INSTITUTION_TABLE, input.bodies.map((body) => ({ cycleId, institutionId: body.id })));
  await bulkInsert(prisma, SAMPLING_TABLE, rows);
  await bulkInsert(
    prisma,
    SERVICE_PRODUCT_TABLE,
    assessments.flatMap(({ unit }) => unit.products.map((name) => ({ id: randomUUID(), cycleId, unitId: unit.id, name }))),
  );
  await bulkInsert(prisma, ASSESSMENT_TABLE, rows);
  // In primary-key order, so the index fills page after page instead of splitting pages at random.
  const byId = [...assessments].sort((a, b) => (a.id < b.id ? -1 : 1));
  await bulkInsert(
    prisma,
    ANSWER_TABLE,
    byId.flatMap(({ id, answers }) => answers.map((answer) => ({ assessmentId: id, answer }))),
  );
  return assessments;
}

interface AssessmentRow {
  cycleId: string;
  assessment: SeededAssessment;
  submittedAt: Date | null;
  verifiedAt: Date | null;
}

const SAMPLED_INSTITUTION_TABLE: TableSpec<{ cycleId: string; institutionId: string }> = {
  table: 'sampled_institution',
  columns: [
    { name: 'cycle_id', type: 'uuid', value: (r) => r.cycleId },
    { name: 'institution_id', type: 'uuid', value: (r) => r.institutionId },
  ],
};

const SAMPLING_TABLE: TableSpec<AssessmentRow> = {
  table: 'sampling',
  columns: [
    { name: 'cycle_id', type: 'uuid', value: (r) => r.cycleId },
    { name: 'unit_id', type: 'uuid', value: (r) => r.assessment.unit.id },
    { name: 'institution_id', type: 'uuid', value: (r) => r.assessment.unit.institutionId },
  ],
};

const SERVICE_PRODUCT_TABLE: TableSpec<{ id: string; cycleId: string; unitId: string; name: string }> = {
  table: 'service_product',
  columns: [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'cycle_id', type: 'uuid', value: (r) => r.cycleId },
    { name: 'unit_id', type: 'uuid', value: (r) => r.unitId },
    { name: 'name', type: 'text', value: (r) => r.name },
  ],
};

const ASSESSMENT_TABLE: TableSpec<AssessmentRow> = {
  table: 'assessment',
  columns: [
    { name: 'id', type: 'uuid', value: (r) => r.assessment.id },
    { name: 'cycle_id', type: 'uuid', value: (r) => r.cycleId },
    { name: 'unit_id', type: 'uuid', value: (r) => r.assessment.unit.id },
    { name: 'status', type: '"AssessmentStatus"', value: (r) => r.assessment.status },
    { name: 'synthetic', type: 'boolean', value: () => true },
    { name: 'submitted_at', type: 'timestamp(3)', value: (r) => r.submittedAt },
    { name: 'verified_at', type: 'timestamp(3)', value: (r) => r.verifiedAt },
  ],
  stampUpdatedAt: true,
};

const ANSWER_TABLE: TableSpec<{ assessmentId: string; answer: GeneratedAnswer }> = {
  table: 'assessment_answer',
  columns: [
    { name: 'assessment_id', type: 'uuid', value: (r) => r.assessmentId },
    { name: 'indicator_code', type: 'text', value: (r) => r.answer.code },
    { name: 'value', type: 'numeric', value: (r) => r.answer.value },
    { name: 'not_applicable', type: 'boolean', value: (r) => r.answer.value === null },
  ],
  stampUpdatedAt: true,
};

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
function assessmentDates(plan: DemoCyclePlan, assessment: SeededAssessment): { submittedAt: Date | null; verifiedAt: Date | null } {
  const random = randomFor(`dates:${plan.year}:${assessment.body.key}:${assessment.unit.name}`);
  const collectionCloses = plan.windows.COLLECTION?.[1];
  const verificationOpens = plan.windows.VERIFICATION?.[0];
  const submitted = assessment.status !== AssessmentStatus.DRAFT && collectionCloses;
  const verified = assessment.status === AssessmentStatus.VERIFIED && verificationOpens;
  return {
    submittedAt: submitted ? daysAfter(jakartaDate(collectionCloses), -random.below(21)) : null,
    verifiedAt: verified ? daysAfter(jakartaDate(verificationOpens), random.below(14)) : null,
  };
}

function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
