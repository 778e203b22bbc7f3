/**
 * Publishing a cycle's results: every sampled unit scored from its verified answers, every sampled
 * institution aggregated, graded and ranked by @patuh/scoring, and the outcome frozen as a new
 * result revision. Revision 1 is the publication; any later revision is a correction with a reason.
 *
 * Everything happens in one transaction, so readers see either the previous revision or the whole
 * new one, and the cycle row is locked first so two publications of one cycle cannot interleave.
 *
 * The two bulk steps, reading ~140,000 findings and writing ~4,000 result rows of a national
 * cycle, are single SQL statements: through the driver adapter, `findMany` and `createMany` spend
 * a quarter of a millisecond per row in the client, which would make publishing take several
 * seconds. Everything else goes through the typed client.
 */
import {
  AssessmentStatus,
  ClarificationStatus,
  CycleStage,
  Prisma,
  ResultSource,
  type PrismaClient,
  type Zone,
} from '@patuh/db';
import {
  assertMethodology,
  compileMethodology,
  MethodologyError,
  NOT_APPLICABLE,
  scoreCycle,
  type Answer,
  type CompiledMethodology,
  type CycleInstitutionInput,
  type CycleResult,
  type Explanation,
  type RankingEntry,
} from '@patuh/scoring';
import { notifyResultsChanged } from '../../cache/results-channel.js';

type Tx = Prisma.TransactionClient;

export type PublicationErrorCode =
  | 'CYCLE_NOT_FOUND'
  | 'NO_METHODOLOGY'
  | 'INVALID_METHODOLOGY'
  | 'REASON_REQUIRED'
  | 'UNVERIFIED_ASSESSMENTS'
  | 'OPEN_CLARIFICATIONS'
  | 'INCOMPLETE_ASSESSMENT'
  | 'WRONG_STAGE'
  | 'CYCLE_CHANGED'
  | 'NOTHING_TO_PUBLISH';

/** Why a cycle cannot be published; `code` is stable for clients, `ids` name the offenders. */
export class PublicationError extends Error {
  override readonly name = 'PublicationError';

  constructor(
    readonly code: PublicationErrorCode,
    message: string,
    readonly ids: readonly string[] = [],
  ) {
    super(message);
  }
}

export interface PublishCycleInput {
  cycleId: string;
  /** The member of staff publishing; null for system jobs such as the demo seed. */
  actorId: string | null;
  /** Required for a correction (any revision after the first). */
  reason?: string;
  requestId?: string;
  /** Marks the revision as synthetic demo data. */
  synthetic?: boolean;
  /** Refuses (WRONG_STAGE) unless the cycle is at this stage when locked. */
  expectedStage?: CycleStage;
  /** Refuses (CYCLE_CHANGED) unless the cycle is at this version when locked: the version its publisher saw. */
  expectedVersion?: number;
}

export interface PublishCycleResult {
  revisionId: string;
  revision: number;
  institutionCount: number;
  unitCount: number;
}

/** A national cycle (~590 institutions, ~3,500 units) scores and writes well within this. */
const TRANSACTION_TIMEOUT_MS = 60_000;
/** How long to wait for a pooled connection: a busy pool should delay a publication, not fail it. */
const CONNECTION_WAIT_MS = 15_000;
/** How many offending ids an error message names; the error's `ids` has all of them. */
const IDS_IN_MESSAGE = 5;

export async function publishCycle(prisma: PrismaClient, input: PublishCycleInput): Promise<PublishCycleResult> {
  return prisma.$transaction((tx) => publishInTransaction(tx, input), {
    timeout: TRANSACTION_TIMEOUT_MS,
    maxWait: CONNECTION_WAIT_MS,
    // One snapshot for every read, so the answers scored are the answers whose status was checked.
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
}

async function publishInTransaction(tx: Tx, input: PublishCycleInput): Promise<PublishCycleResult> {
  const cycle = await lockCycle(tx, input.cycleId);
  refuseUnexpectedCycle(cycle, input);
  const methodology = await latestMethodology(tx, cycle.id);
  const previousRevision = await latestRevisionNumber(tx, cycle.id);
  const reason = input.reason?.trim() || null;
  if (previousRevision > 0 && reason === null) {
    throw new PublicationError('REASON_REQUIRED', `Cycle ${cycle.year} is already published: a correction needs a reason`);
  }

  const units = await loadSampledUnits(tx, cycle.id);
  await refuseOpenClarifications(tx, cycle.id);
  const institutions = await buildScoringInput(tx, cycle.id, units);
  if (institutions.length === 0) throw new PublicationError('NOTHING_TO_PUBLISH', `Cycle ${cycle.year} has no sampled institution`, [cycle.id]);
  const scored = scoreCycle(methodology.compiled, institutions, { explain: true });
  refuseIncomplete(institutions, scored);

  const revision = previousRevision + 1;
  const revisionId = await writeRevision(tx, {
    cycleId: cycle.id,
    revision,
    methodologyId: methodology.id,
    reason,
    synthetic: input.synthetic ?? false,
    publishedById: input.actorId,
    institutions,
    scored,
  });
  await markPublished(tx, cycle.id);

  const unitCount = units.length;
  const institutionCount = scored.institutions.length;
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: 'cycle.publish',
      entityType: 'Cycle',
      entityId: cycle.id,
      cycleId: cycle.id,
      before: { stage: cycle.stage, revision: previousRevision === 0 ? null : previousRevision },
      after: { stage: CycleStage.PUBLISHED, revision, revisionId, methodologyId: methodology.id, reason, institutionCount, unitCount },
      requestId: input.requestId ?? null,
    },
  });
  return { revisionId, revision, institutionCount, unitCount };
}

interface LockedCycle {
  id: string;
  year: number;
  stage: CycleStage;
  version: number;
}

/** Locks the cycle row for the rest of the transaction: concurrent publications queue here. */
async function lockCycle(tx: Tx, cycleId: string): Promise<LockedCycle> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "cycle" WHERE id = ${cycleId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new PublicationError('CYCLE_NOT_FOUND', `No cycle ${cycleId}`, [cycleId]);
  return tx.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { id: true, year: true, stage: true, version: true } });
}

/** Checked under the lock, so a stage move or another publication in between cannot slip through. */
function refuseUnexpectedCycle(cycle: LockedCycle, input: PublishCycleInput): void {
  if (input.expectedStage !== undefined && cycle.stage !== input.expectedStage) {
    throw new PublicationError('WRONG_STAGE', `Cycle ${cycle.year} is at ${cycle.stage}, not ${input.expectedStage}`, [cycle.id]);
  }
  if (input.expectedVersion !== undefined && cycle.version !== input.expectedVersion) {
    throw new PublicationError('CYCLE_CHANGED', `Cycle ${cycle.year} is at version ${cycle.version}, not ${input.expectedVersion}`, [cycle.id]);
  }
}

/** The cycle's newest methodology version, validated and compiled once for every unit. */
async function latestMethodology(tx: Tx, cycleId: string): Promise<{ id: string; compiled: CompiledMethodology }> {
  const row = await tx.methodology.findFirst({
    where: { cycleId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, document: true },
  });
  if (row === null) throw new PublicationError('NO_METHODOLOGY', `Cycle ${cycleId} has no methodology`, [cycleId]);
  try {
    return { id: row.id, compiled: compileMethodology(assertMethodology(row.document)) };
  } catch (error) {
    if (!(error instanceof MethodologyError)) throw error;
    throw new PublicationError('INVALID_METHODOLOGY', `Methodology version ${row.version}: ${error.message}`, [row.id]);
  }
}

async function latestRevisionNumber(tx: Tx, cycleId: string): Promise<number> {
  const { _max } = await tx.resultRevision.aggregate({ where: { cycleId }, _max: { revision: true } });
  return _max.revision ?? 0;
}

interface SampledUnit {
  unitId: string;
  institutionId: string;
  assessmentId: string;
}

/** Every sampled unit with its assessment; refuses while any is missing or not yet verified. */
async function loadSampledUnits(tx: Tx, cycleId: string): Promise<SampledUnit[]> {
  const samplings = await tx.sampling.findMany({
    where: { cycleId },
    select: { unitId: true, institutionId: true, assessment: { select: { id: true, status: true } } },
    orderBy: { unitId: 'asc' },
  });
  const unverified = samplings.filter((s) => s.assessment?.status !== AssessmentStatus.VERIFIED).map((s) => s.unitId);
  if (unverified.length > 0) {
    throw new PublicationError(
      'UNVERIFIED_ASSESSMENTS',
      `${unverified.length} sampled unit(s) have no verified assessment: ${listIds(unverified)}`,
      unverified,
    );
  }
  return samplings.map((s) => ({ unitId: s.unitId, institutionId: s.institutionId, assessmentId: (s.assessment as { id: string }).id }));
}

/** A body's open factual-accuracy request must be decided before the figures are frozen. */
async function refuseOpenClarifications(tx: Tx, cycleId: string): Promise<void> {
  const open = await tx.clarification.findMany({
    where: { cycleId, status: { in: [ClarificationStatus.OPEN, ClarificationStatus.ANSWERED] } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  if (open.length > 0) {
    const ids = open.map((c) => c.id);
    throw new PublicationError('OPEN_CLARIFICATIONS', `${ids.length} clarification(s) are still open: ${listIds(ids)}`, ids);
  }
}

/** The sampled institutions with their units' answers and service-product counts. */
async function buildScoringInput(tx: Tx, cycleId: string, units: readonly SampledUnit[]): Promise<CycleInstitutionInput[]> {
  const sampled = await tx.sampledInstitution.findMany({
    where: { cycleId },
    select: { institution: { select: { id: true, name: true, type: true, provinceCode: true } } },
  });
  const answerRows = await loadAnswers(tx, cycleId);
  const productCounts = await tx.serviceProduct.groupBy({ by: ['unitId'], where: { cycleId }, _count: { _all: true } });

  const answersByAssessment = new Map<string, Record<string, Answer>>();
  for (const row of answerRows) {
    const answer = toAnswer(row);
    if (answer === null) continue;
    let answers = answersByAssessment.get(row.assessmentId);
    if (answers === undefined) answersByAssessment.set(row.assessmentId, (answers = {}));
    answers[row.indicatorCode] = answer;
  }
  const productsByUnit = new Map(productCounts.map((p) => [p.unitId, p._count._all]));

  const unitsByInstitution = new Map<string, CycleInstitutionInput['units'][number][]>();
  for (const unit of units) {
    let list = unitsByInstitution.get(unit.institutionId);
    if (list === undefined) unitsByInstitution.set(unit.institutionId, (list = []));
    const serviceProducts = productsByUnit.get(unit.unitId);
    list.push({
      id: unit.unitId,
      answers: answersByAssessment.get(unit.assessmentId) ?? {},
      ...(serviceProducts !== undefined ? { serviceProducts } : {}),
    });
  }
  return sampled.map(({ institution }) => ({
    id: institution.id,
    name: institution.name,
    type: institution.type,
    provinceCode: institution.provinceCode,
    units: unitsByInstitution.get(institution.id) ?? [],
  }));
}

export interface AnswerRow {
  assessmentId: string;
  indicatorCode: string;
  /** numeric(9,2) read as a double: every two-decimal value up to 10^7 round-trips exactly. */
  value: number | null;
  notApplicable: boolean;
}

/** Every finding of the cycle's assessments. */
async function loadAnswers(tx: Tx, cycleId: string): Promise<AnswerRow[]> {
  return tx.$queryRaw<AnswerRow[]>`
    SELECT a.assessment_id AS "assessmentId", a.indicator_code AS "indicatorCode",
           a.value::float8 AS "value", a.not_applicable AS "notApplicable"
    FROM "assessment_answer" a JOIN "assessment" s ON s.id = a.assessment_id
    WHERE s.cycle_id = ${cycleId}::uuid`;
}

/** A stored finding as the scoring package reads it; null when nothing was recorded. */
export function toAnswer(row: Pick<AnswerRow, 'value' | 'notApplicable'>): Answer | null {
  if (row.notApplicable) return NOT_APPLICABLE;
  return row.value;
}

/**
 * Verified does not mean complete: a unit with a missing or invalid answer has no score, and an
 * institution without units, or missing a composite part such as the public-trust index, has none.
 */
function refuseIncomplete(inputs: readonly CycleInstitutionInput[], scored: CycleResult): void {
  const offenders: string[] = [];
  scored.institutions.forEach((institution, i) => {
    if (institution.score.complete) return;
    const unscored = institution.units.flatMap((unit, u) => (unit.status === 'SCORED' ? [] : [unitIdAt(inputs, i, u)]));
    offenders.push(...(unscored.length > 0 ? unscored : [institution.id]));
  });
  if (offenders.length > 0) {
    throw new PublicationError(
      'INCOMPLETE_ASSESSMENT',
      `${offenders.length} unit(s) or institution(s) cannot be scored: ${listIds(offenders)}`,
      offenders,
    );
  }
}

/** scoreCycle keeps the input order, so a result is matched to its unit by position. */
function unitIdAt(inputs: readonly CycleInstitutionInput[], institutionIndex: number, unitIndex: number): string {
  const id = inputs[institutionIndex]?.units[unitIndex]?.id;
  if (id === undefined) throw new Error(`No unit at ${institutionIndex}/${unitIndex} of the scoring input`);
  return id;
}

interface RevisionToWrite {
  cycleId: string;
  revision: number;
  methodologyId: string;
  reason: string | null;
  synthetic: boolean;
  publishedById: string | null;
  institutions: readonly CycleInstitutionInput[];
  scored: CycleResult;
}

/** The revision row, then its institution and unit results in bulk. */
async function writeRevision(tx: Tx, input: RevisionToWrite): Promise<string> {
  const { id: revisionId } = await tx.resultRevision.create({
    data: {
      cycleId: input.cycleId,
      revision: input.revision,
      source: ResultSource.COMPUTED,
      methodologyId: input.methodologyId,
      reason: input.reason,
      synthetic: input.synthetic,
      publishedById: input.publishedById,
    },
    select: { id: true },
  });
  const { institutionRows, unitRows } = resultRows(input.institutions, input.scored);
  await insertInstitutionResults(tx, revisionId, institutionRows);
  await insertUnitResults(tx, revisionId, unitRows);
  return revisionId;
}

interface InstitutionResultRow {
  institutionId: string;
  score: number;
  grade: string;
  zone: Zone;
  label: string;
  rankNational: number;
  rankType: number;
  rankProvince: number | null;
  unitCount: number;
}

interface UnitResultRow {
  unitId: string;
  institutionId: string;
  score: number;
  grade: string;
  zone: Zone;
  breakdown: DimensionBreakdown;
}

function resultRows(
  inputs: readonly CycleInstitutionInput[],
  scored: CycleResult,
): { institutionRows: InstitutionResultRow[]; unitRows: UnitResultRow[] } {
  const national = ranksById(scored.rankings.national);
  const byType = new Map(Object.entries(scored.rankings.byType).map(([type, list]) => [type, ranksById(list)]));
  const byProvince = new Map(Object.entries(scored.rankings.byProvince).map(([code, list]) => [code, ranksById(list)]));
  const institutionRows: InstitutionResultRow[] = [];
  const unitRows: UnitResultRow[] = [];
  scored.institutions.forEach((institution, i) => {
    const { score, grade } = institution.score;
    const rankNational = national.get(institution.id);
    const rankType = byType.get(institution.type)?.get(institution.id);
    // refuseIncomplete let only scored institutions through; this keeps the types honest.
    if (score === null || grade === null || rankNational === undefined || rankType === undefined) {
      throw new Error(`Institution ${institution.id} reached the write without a score and ranks`);
    }
    institutionRows.push({
      institutionId: institution.id,
      score,
      grade: grade.code,
      zone: grade.zone,
      label: institution.score.label?.id ?? grade.label.id,
      rankNational,
      rankType,
      rankProvince: institution.provinceCode === null ? null : (byProvince.get(institution.provinceCode)?.get(institution.id) ?? null),
      unitCount: institution.units.length,
    });
    institution.units.forEach((unit, u) => {
      if (unit.score === null || unit.grade === null || unit.explanation === null) {
        throw new Error(`Unit ${unitIdAt(inputs, i, u)} reached the write without a score and explanation`);
      }
      unitRows.push({
        unitId: unitIdAt(inputs, i, u),
        institutionId: institution.id,
        score: unit.score,
        grade: unit.grade.code,
        zone: unit.grade.zone,
        breakdown: dimensionBreakdown(unit.explanation),
      });
    });
  });
  return { institutionRows, unitRows };
}

/** One INSERT for all institution results: each column travels as one array parameter. */
async function insertInstitutionResults(tx: Tx, revisionId: string, rows: readonly InstitutionResultRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "institution_result"
      (id, revision_id, institution_id, score, grade, zone, label, rank_national, rank_type, rank_province, unit_count)
    SELECT gen_random_uuid(), ${revisionId}::uuid, t.*
    FROM unnest(
      ${rows.map((r) => r.institutionId)}::uuid[], ${rows.map((r) => r.score)}::numeric[],
      ${rows.map((r) => r.grade)}::text[], ${rows.map((r) => r.zone)}::"Zone"[], ${rows.map((r) => r.label)}::text[],
      ${rows.map((r) => r.rankNational)}::int[], ${rows.map((r) => r.rankType)}::int[],
      ${rows.map((r) => r.rankProvince)}::int[], ${rows.map((r) => r.unitCount)}::int[]
    ) AS t`;
}

/** One INSERT for all unit results, the breakdown as JSON text cast to jsonb. */
async function insertUnitResults(tx: Tx, revisionId: string, rows: readonly UnitResultRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "unit_result" (id, revision_id, unit_id, institution_id, score, grade, zone, breakdown)
    SELECT gen_random_uuid(), ${revisionId}::uuid, t.*
    FROM unnest(
      ${rows.map((r) => r.unitId)}::uuid[], ${rows.map((r) => r.institutionId)}::uuid[],
      ${rows.map((r) => r.score)}::numeric[], ${rows.map((r) => r.grade)}::text[], ${rows.map((r) => r.zone)}::"Zone"[],
      ${rows.map((r) => JSON.stringify(r.breakdown))}::jsonb[]
    ) AS t`;
}

function ranksById(entries: readonly RankingEntry[] | undefined): Map<string, number> {
  return new Map((entries ?? []).map((entry) => [entry.id, entry.rank]));
}

/** The dimension level of a unit's explanation: what the report card shows first, kept small. */
interface DimensionBreakdown {
  methodology: string;
  dimensions: { code: string; weight: number; score: number | null; maxPoints: number; points: number; lostPoints: number }[];
}

function dimensionBreakdown(explanation: Explanation): DimensionBreakdown {
  return {
    methodology: `${explanation.methodologyId}@${explanation.methodologyVersion}`,
    dimensions: explanation.dimensions.map((d) => ({
      code: d.code,
      weight: d.weight,
      score: d.score,
      maxPoints: d.maxPoints,
      points: d.points,
      lostPoints: d.lostPoints,
    })),
  };
}

async function markPublished(tx: Tx, cycleId: string): Promise<void> {
  await tx.cycle.update({ where: { id: cycleId }, data: { stage: CycleStage.PUBLISHED, version: { increment: 1 } } });
  // The publication window records when it first opened; a correction keeps that date.
  await tx.cycleStageWindow.updateMany({
    where: { cycleId, stage: CycleStage.PUBLISHED, openedAt: null },
    data: { openedAt: new Date() },
  });
  // The report cards' improvement points go out with the results (see feedback.service).
  await tx.feedback.updateMany({ where: { cycleId, publishedAt: null }, data: { publishedAt: new Date() } });
  // Delivered on commit only: every instance then drops its cached public reads.
  await notifyResultsChanged(tx, cycleId);
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_IN_MESSAGE).join(', ');
  return ids.length > IDS_IN_MESSAGE ? `${shown} and ${ids.length - IDS_IN_MESSAGE} more` : shown;
}
