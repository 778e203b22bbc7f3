/**
 * A body's report card (rapor) of a published cycle: its published unit scores with the scoring
 * package's explanation of every dimension, variable and indicator (points won and lost), its
 * improvement points, its trend and its peers; and what the portal needs to simulate improvements
 * in the browser: the methodology document, the units' findings and every published score of the
 * cycle to re-rank against. Only for the body's officers and the staff covering it.
 */
import type { PrismaClient } from '@patuh/db';
import {
  compileMethodology,
  rankInstitutions,
  scoreUnit,
  toHundredths,
  type Answer,
  type Answers,
  type ExplanationNode,
  type Explanation,
} from '@patuh/scoring';
import type { Context } from '../../context.js';
import { publishedFeedback } from '../feedback/feedback.service.js';
import { toAnswer } from '../publication/publication.service.js';
import { findBodyRecord, resultsAcrossCycles } from './profile.service.js';
import { loadPublishedResults, type PublishedResult } from './published.data.js';
import { assertMayReadBody } from './results.scope.js';
import { methodologyOfRevision, rankable, requirePublishedRevision, scoreOf, toResultInstitution, toRevisionInfo } from './results.shared.js';
import type { ExplainedIndicator, Rapor, RaporStanding, RaporUnit, RaporUnitAnswers, ScoredInstitution, UnitExplanation } from './results.type.js';

interface Finding {
  unitId: string;
  indicatorCode: string;
  value: number | null;
  notApplicable: boolean;
}

export async function rapor(ctx: Context, year: number, institutionId: string): Promise<Rapor> {
  const { prisma } = ctx;
  const { institution } = await findBodyRecord(prisma, institutionId);
  assertMayReadBody(ctx.viewer, { id: institution.id, provinceCode: institution.province?.code ?? null });
  const revision = await requirePublishedRevision(prisma, year);
  const [rows, methodology, trend, improvementPoints, unitResults, findings, products] = await Promise.all([
    loadPublishedResults(prisma, revision.id),
    methodologyOfRevision(prisma, revision),
    resultsAcrossCycles(prisma, institutionId),
    publishedFeedback(prisma, revision.cycleId, institutionId),
    prisma.unitResult.findMany({
      where: { revisionId: revision.id, institutionId },
      select: { score: true, grade: true, zone: true, unit: { select: { id: true, name: true, kind: true } } },
      orderBy: { unit: { name: 'asc' } },
    }),
    loadFindings(prisma, revision.cycleId, institutionId),
    prisma.serviceProduct.groupBy({ by: ['unitId'], where: { cycleId: revision.cycleId, unit: { institutionId } }, _count: { _all: true } }),
  ]);
  if (methodology === null) throw new Error(`Revision ${revision.id} has no methodology to explain its scores with`);
  const compiled = compileMethodology(methodology.document);

  const answersOf = new Map<string, Record<string, Answer>>();
  for (const finding of findings) {
    const answer = toAnswer(finding);
    if (answer === null) continue;
    answersOf.set(finding.unitId, { ...answersOf.get(finding.unitId), [finding.indicatorCode]: answer });
  }
  const units: RaporUnit[] = unitResults.map((result) => {
    const answers = answersOf.get(result.unit.id);
    const scored = answers === undefined ? null : scoreUnit(compiled, answers, { explain: true });
    return {
      unit: result.unit,
      score: result.score.toNumber(),
      grade: result.grade,
      zone: result.zone,
      explanation: scored?.explanation ? toUnitExplanation(scored.explanation) : null,
      explanationMatchesPublished: scored?.scoreHundredths === toHundredths(result.score.toNumber()),
    };
  });
  const productsOf = new Map(products.map((p) => [p.unitId, p._count._all]));
  const unitAnswers: RaporUnitAnswers[] = unitResults.map(({ unit }) => ({
    unitId: unit.id,
    serviceProducts: productsOf.get(unit.id) ?? 0,
    answers: findings
      .filter((f) => f.unitId === unit.id)
      .map((f) => ({ indicatorCode: f.indicatorCode, value: f.notApplicable ? null : f.value, notApplicable: f.notApplicable })),
  }));

  const own = rows.find((row) => row.institutionId === institutionId) ?? null;
  return {
    year: revision.year,
    institution,
    revision: toRevisionInfo(revision, rows.length),
    result: trend.find((t) => t.revisionId === revision.id) ?? null,
    standing: own === null ? null : standingOf(own, rows),
    units,
    improvementPoints,
    trend,
    peers: own === null ? [] : peersOf(own, rows),
    methodologyDocument: methodology.document,
    unitAnswers,
    cycleScores: rows.map((row) => ({
      institutionId: row.institutionId,
      name: row.name,
      type: row.type,
      provinceCode: row.provinceCode,
      score: scoreOf(row.scoreHundredths),
    })),
  };
}

/** The findings of the body's units in the cycle, in methodology-independent code order. */
function loadFindings(prisma: PrismaClient, cycleId: string, institutionId: string): Promise<Finding[]> {
  return prisma.$queryRaw<Finding[]>`
    SELECT s.unit_id AS "unitId", a.indicator_code AS "indicatorCode",
           a.value::float8 AS value, a.not_applicable AS "notApplicable"
      FROM assessment s
      JOIN sampling sp ON sp.cycle_id = s.cycle_id AND sp.unit_id = s.unit_id
      JOIN assessment_answer a ON a.assessment_id = s.id
     WHERE s.cycle_id = ${cycleId}::uuid AND sp.institution_id = ${institutionId}::uuid
     ORDER BY s.unit_id, a.indicator_code`;
}

function standingOf(own: PublishedResult, rows: readonly PublishedResult[]): RaporStanding {
  const inProvince = own.provinceCode === null ? null : rows.filter((row) => row.provinceCode === own.provinceCode).length;
  return {
    national: own.rankNational,
    nationalOf: rows.length,
    type: own.rankType,
    typeOf: rows.filter((row) => row.type === own.type).length,
    province: own.rankProvince,
    provinceOf: inProvince,
  };
}

/** Bodies of the same type in the same province (nationally for ministries and agencies), ranked among themselves. */
function peersOf(own: PublishedResult, rows: readonly PublishedResult[]): ScoredInstitution[] {
  const rowById = new Map(rows.map((row) => [row.institutionId, row]));
  const scope = { types: [own.type], ...(own.provinceCode !== null ? { provinceCode: own.provinceCode } : {}) };
  return rankInstitutions(rankable(rows), scope).map((entry) => {
    const row = rowById.get(entry.id)!;
    return { institution: toResultInstitution(row), score: scoreOf(row.scoreHundredths), grade: row.grade, zone: row.zone, rank: entry.rank };
  });
}

function nodeFigures(node: ExplanationNode) {
  return {
    code: node.code,
    title: node.title,
    weight: node.weight,
    applicable: node.applicable,
    maxPoints: node.maxPoints,
    points: node.points,
    lostPoints: node.lostPoints,
    score: node.score,
  };
}

/** An answer as a number on its scale (yes/no as 1/0); null when not applicable or missing. */
function answerValue(answer: Answers[string]): number | null {
  if (typeof answer === 'number') return answer;
  if (typeof answer === 'boolean') return answer ? 1 : 0;
  return null;
}

function toUnitExplanation(explanation: Explanation): UnitExplanation {
  return {
    score: explanation.score,
    maxPoints: explanation.maxPoints,
    points: explanation.points,
    lostPoints: explanation.lostPoints,
    dimensions: explanation.dimensions.map((dimension) => ({
      ...nodeFigures(dimension),
      variables: dimension.variables.map((variable) => ({
        ...nodeFigures(variable),
        indicators: variable.indicators.map(
          (indicator): ExplainedIndicator => ({
            ...nodeFigures(indicator),
            status: indicator.status,
            scaleKind: indicator.scaleKind,
            answer: answerValue(indicator.answer),
            answerLabel: indicator.answerLabel,
          }),
        ),
      })),
    })),
  };
}
