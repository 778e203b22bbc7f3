import type { ApolloClient } from '@apollo/client';
import { AdminAssessmentFindingsDocument, AdminPublicationUnitsDocument, type AdminAssessmentFindingsQuery, type AdminPublicationUnitsQuery } from '@patuh/graphql';
import { scoreCycle, type CompiledMethodology, type CycleInstitutionInput, type CycleResult } from '@patuh/scoring';
import { answersFromApi, scoringAnswers } from '../assessments/answers';

export type SampledRow = AdminPublicationUnitsQuery['sampledUnits']['nodes'][number];
type Findings = AdminAssessmentFindingsQuery['assessments']['nodes'][number]['answers'];

/** The largest page the API serves. */
const PAGE = 200;

export interface CyclePreview {
  result: CycleResult;
  /** Sampled units whose assessment is not verified: publication refuses while there is one. */
  unverified: readonly SampledRow[];
  unitCount: number;
}

/**
 * The cycle's results as publication would compute them: every sampled unit with its verified
 * findings, grouped by body, scored, graded and ranked by @patuh/scoring's `scoreCycle`, in the
 * browser (the API has no preview of its own).
 */
export function previewCycle(compiled: CompiledMethodology, units: readonly SampledRow[], findings: ReadonlyMap<string, Findings>): CyclePreview {
  const institutions = new Map<string, CycleInstitutionInput & { units: CycleInstitutionInput['units'][number][] }>();
  const unverified: SampledRow[] = [];
  for (const row of units) {
    if (row.assessmentStatus !== 'VERIFIED' || !row.assessmentId) {
      unverified.push(row);
      continue;
    }
    let institution = institutions.get(row.institution.id);
    if (!institution) {
      institution = { id: row.institution.id, name: row.institution.name, type: row.institution.type, provinceCode: row.institution.provinceCode, units: [] };
      institutions.set(institution.id, institution);
    }
    institution.units.push({ id: row.unit.id, answers: scoringAnswers(answersFromApi(findings.get(row.assessmentId) ?? [])) });
  }
  return { result: scoreCycle(compiled, [...institutions.values()]), unverified, unitCount: units.length - unverified.length };
}

/** Every sampled unit and every verified finding of a cycle, page by page, reporting how far it has come. */
export async function loadCycleFindings(
  client: ApolloClient,
  cycleId: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<{ units: SampledRow[]; findings: Map<string, Findings> }> {
  const units: SampledRow[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const page: { data?: AdminPublicationUnitsQuery } = await client.query({ query: AdminPublicationUnitsDocument, variables: { cycleId, first: PAGE, after }, fetchPolicy: 'no-cache' });
    const connection = page.data?.sampledUnits;
    if (!connection) break;
    units.push(...connection.nodes);
    total = connection.totalCount;
    onProgress(units.length, total * 2);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);

  const findings = new Map<string, Findings>();
  after = null;
  do {
    const result: { data?: AdminAssessmentFindingsQuery } = await client.query({
      query: AdminAssessmentFindingsDocument,
      variables: { cycleId, filter: { status: 'VERIFIED' as const }, first: PAGE, after },
      fetchPolicy: 'no-cache',
    });
    const connection = result.data?.assessments;
    if (!connection) break;
    for (const node of connection.nodes) findings.set(node.id, node.answers);
    onProgress(total + findings.size, total * 2);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return { units, findings };
}
