/**
 * Published results through HTTP: rankings in every scope with filters, sorting, paging, ties and
 * year-over-year change at a constant SQL cost; body pages, province and grade statistics, the
 * published cycles and their methods; and the report card with its role matrix.
 */
import { randomUUID } from 'node:crypto';
import {
  GradeDistributionDocument,
  InstitutionProfileDocument,
  ProvinceSummariesDocument,
  PublishedCyclesDocument,
  PublishedMethodologyDocument,
  RankingsDocument,
  RaporDocument,
  RaporWhatIfDocument,
  ResultRevisionsDocument,
  type RankingsQuery,
  type RankingsQueryVariables,
} from '@patuh/graphql';
import { aggregateUnits, assertMethodology, rankInstitutions, simulate, toHundredths } from '@patuh/scoring';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';
import { seedPublishedYear } from '../../testing/published-year.js';
import { announceResultsChange } from '../../testing/results-change.js';

let api: TestApi;
let fx: Fixture;
let anonymous: ApiClient;
/** The 2022 bodies added to the fixture's five: regencies of Banten and Jawa Barat. */
const extraBodies: { id: string; provinceCode: string; score: number }[] = [];
/** The fixture's bodies in 2022, for year-over-year change. */
let scores2022: Record<keyof Fixture['institutions'], number>;

beforeAll(async () => {
  api = await startApi(
    'results',
    async (prisma) => {
      fx = await seedFixture(prisma);
      // Four bodies share each score from 60 to 87 in steps of 3: ties in every scope.
      for (let i = 0; i < 40; i += 1) {
        const provinceCode = i % 2 === 0 ? '36' : '32';
        const body = await prisma.institution.create({
          data: { code: `${provinceCode}.9${String(i).padStart(2, '0')}`, name: `Kabupaten Uji ${String(i).padStart(2, '0')}`, type: 'KABUPATEN', provinceCode },
        });
        extraBodies.push({ id: body.id, provinceCode, score: 60 + (i % 10) * 3 });
      }
      scores2022 = { tangsel: 90, bogor: 80.5, provBanten: 75.25, kabTangerang: 60, kemenkes: 50 };
      await seedPublishedYear(prisma, {
        year: 2022,
        presetId: 'METHOD_2022',
        bodies: [
          ...extraBodies.map((b) => ({ institutionId: b.id, score: b.score })),
          ...Object.entries(scores2022).map(([key, score]) => ({ institutionId: fx.institutions[key as keyof Fixture['institutions']], score })),
        ],
      });
    },
    { PATUH_COUNT_QUERIES: 'true' },
  );
  anonymous = api.anonymous();
});
afterAll(async () => {
  await api?.stop();
});

type Ranking = RankingsQuery['rankings']['nodes'][number];

async function ranking(variables: RankingsQueryVariables): Promise<RankingsQuery['rankings']> {
  return (await anonymous.data(RankingsDocument, variables)).rankings;
}

/** The response's SQL statement count, reported when the server runs with PATUH_COUNT_QUERIES=true. */
async function sqlStatementsOf(variables: RankingsQueryVariables): Promise<number> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(RankingsDocument), variables }),
  });
  const body = (await res.json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
  expect(body.errors).toBeUndefined();
  return body.extensions!.sqlStatements!;
}

describe('rankings', () => {
  it('ranks a published cycle nationally, with the change from the previous published cycle', async () => {
    const result = await ranking({ cycleYear: 2023 });
    expect(result.totalCount).toBe(5);
    const rows = await api.prisma.institutionResult.findMany({ where: { revision: { cycle: { year: 2023 } } }, orderBy: { rankNational: 'asc' } });
    expect(result.nodes.map((n) => n.institution.id)).toEqual(rows.map((r) => r.institutionId));
    expect(result.nodes.map((n) => n.rank)).toEqual(rows.map((r) => r.rankNational));
    const tangsel = result.nodes.find((n) => n.institution.id === fx.institutions.tangsel)!;
    const stored = rows.find((r) => r.institutionId === fx.institutions.tangsel)!;
    expect(tangsel).toMatchObject({
      score: stored.score.toNumber(),
      grade: stored.grade,
      zone: stored.zone,
      rankProvince: stored.rankProvince,
      previousScore: 90,
      previousGrade: 'A',
      previousZone: 'HIJAU',
      institution: { code: '36.74', type: 'KOTA', province: { code: '36', name: 'Banten', isoCode: 'ID-BT' } },
    });
    expect(toHundredths(tangsel.delta!)).toBe(toHundredths(tangsel.score) - 9000);
    const kemenkes = result.nodes.find((n) => n.institution.id === fx.institutions.kemenkes)!;
    expect(kemenkes.institution.province).toBeNull();
    expect(kemenkes.rankProvince).toBeNull();
  });

  it('ranks within a province, a type, or a type in a province, keeping stored ranks alongside', async () => {
    const banten = await ranking({ cycleYear: 2023, scope: { provinceCode: '36' } });
    expect(banten.totalCount).toBe(3);
    expect(banten.nodes.every((n) => n.institution.province?.code === '36')).toBe(true);
    expect(banten.nodes.map((n) => n.rank)).toEqual([1, 2, 3]);
    expect(banten.nodes.map((n) => n.rankProvince)).toEqual([1, 2, 3]);

    const regencies = await ranking({ cycleYear: 2022, scope: { type: 'KABUPATEN' } });
    expect(regencies.totalCount).toBe(42);
    expect(regencies.nodes.every((n) => n.institution.type === 'KABUPATEN')).toBe(true);
    expect(regencies.nodes.map((n) => n.rank)).toEqual(regencies.nodes.map((n) => n.rankType));

    const bantenRegencies = await ranking({ cycleYear: 2022, scope: { type: 'KABUPATEN', provinceCode: '36' }, first: 200 });
    const expected = rankInstitutions(
      [...extraBodies.filter((b) => b.provinceCode === '36'), { id: fx.institutions.kabTangerang, score: 60 }].map((b) => ({
        id: b.id,
        name: '',
        type: 'KABUPATEN' as const,
        score: b.score,
      })),
    );
    expect(bantenRegencies.totalCount).toBe(21);
    expect(bantenRegencies.nodes.map((n) => n.rank).sort((a, b) => a - b)).toEqual(expected.map((e) => e.rank).sort((a, b) => a - b));
  });

  it('gives equal scores the same rank and skips the next ones (1, 2, 2, 4)', async () => {
    const all = await ranking({ cycleYear: 2022, first: 200 });
    const tied = all.nodes.filter((n) => n.score === 87);
    expect(tied).toHaveLength(4);
    expect(new Set(tied.map((n) => n.rank))).toEqual(new Set([2]));
    expect(tied.every((n) => n.tied)).toBe(true);
    expect(all.nodes.find((n) => n.score === 84)!.rank).toBe(6);
    // Equal scores are shown by name.
    expect(tied.map((n) => n.institution.name)).toEqual([...tied.map((n) => n.institution.name)].sort());
    // The fixture's regency shares 60.00 with four test regencies, below 39 higher scores.
    expect(all.nodes.filter((n) => n.score === 60).map((n) => n.rank)).toEqual([40, 40, 40, 40, 40]);
  });

  it('filters by grade, zone and name or code without changing the ranks of the scope', async () => {
    const all = await ranking({ cycleYear: 2022, first: 200 });
    const gradeB = await ranking({ cycleYear: 2022, filter: { grade: 'b' }, first: 200 });
    expect(gradeB.totalCount).toBe(all.nodes.filter((n) => n.grade === 'B').length);
    expect(gradeB.nodes.every((n) => n.grade === 'B')).toBe(true);
    expect(gradeB.nodes.map((n) => n.rank)).toEqual(all.nodes.filter((n) => n.grade === 'B').map((n) => n.rank));

    const red = await ranking({ cycleYear: 2022, filter: { zone: 'MERAH' } });
    expect(red.nodes.map((n) => n.institution.id)).toEqual([fx.institutions.kemenkes]);

    const tangerang = await ranking({ cycleYear: 2023, filter: { search: 'TANGERANG' } });
    expect(tangerang.nodes.map((n) => n.institution.id).sort()).toEqual([fx.institutions.tangsel, fx.institutions.kabTangerang].sort());
    const byCode = await ranking({ cycleYear: 2023, filter: { search: '32.01' } });
    expect(byCode.nodes.map((n) => n.institution.id)).toEqual([fx.institutions.bogor]);
  });

  it('sorts by rank, score or name either way, and pages with cursors', async () => {
    const byRank = await ranking({ cycleYear: 2022, first: 200 });
    const worstFirst = await ranking({ cycleYear: 2022, sort: { field: 'RANK', direction: 'DESC' }, first: 200 });
    expect(worstFirst.nodes.map((n) => n.institution.id)).toEqual([...byRank.nodes].reverse().map((n) => n.institution.id));
    const lowestScore = await ranking({ cycleYear: 2022, sort: { field: 'SCORE', direction: 'ASC' }, first: 200 });
    expect(lowestScore.nodes.map((n) => n.institution.id)).toEqual(worstFirst.nodes.map((n) => n.institution.id));
    const byName = await ranking({ cycleYear: 2022, sort: { field: 'NAME' }, first: 200 });
    const names = byName.nodes.map((n) => n.institution.name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const pages: Ranking[] = [];
    let after: string | null = null;
    for (;;) {
      const page: RankingsQuery['rankings'] = await ranking({ cycleYear: 2022, sort: { field: 'NAME', direction: 'DESC' }, first: 10, after });
      expect(page.totalCount).toBe(45);
      pages.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages.map((n) => n.institution.id)).toEqual([...byName.nodes].reverse().map((n) => n.institution.id));

    const firstPage = await ranking({ cycleYear: 2022, first: 7 });
    const second = await ranking({ cycleYear: 2022, first: 7, after: firstPage.pageInfo.endCursor });
    expect([...firstPage.nodes, ...second.nodes].map((n) => n.institution.id)).toEqual(byRank.nodes.slice(0, 14).map((n) => n.institution.id));
  });

  it('reads a cycle in three SQL statements whatever the page, then from memory until results change', async () => {
    await announceResultsChange(api);
    // The revision, its results with their bodies, the previous cycle's results.
    expect(await sqlStatementsOf({ cycleYear: 2022, first: 5 })).toBe(3);
    expect(await sqlStatementsOf({ cycleYear: 2022, first: 200 })).toBe(0);
    expect(await sqlStatementsOf({ cycleYear: 2022, scope: { provinceCode: '36' }, filter: { search: 'a' }, first: 200 })).toBe(0);
    expect(await sqlStatementsOf({ cycleYear: 2023, scope: { provinceCode: '36' }, filter: { search: 'a' }, first: 200 })).toBe(3);

    await announceResultsChange(api);
    expect(await sqlStatementsOf({ cycleYear: 2022, first: 200 })).toBe(3);
  });

  it('shows an earlier revision when asked, and nothing for a year without published results', async () => {
    expect((await ranking({ cycleYear: 2023, revision: 1 })).totalCount).toBe(5);
    for (const variables of [{ cycleYear: 2024 }, { cycleYear: 2019 }, { cycleYear: 2023, revision: 2 }]) {
      const reply = await anonymous.request(RankingsDocument, variables);
      expect(reply.data).toBeNull();
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', i18n: { id: expect.any(String), en: expect.any(String) } });
    }
  });

  it('names the argument at fault', async () => {
    const cases: [RankingsQueryVariables, string][] = [
      [{ cycleYear: 1990 }, 'cycleYear'],
      [{ cycleYear: 2023, scope: { provinceCode: 'Banten' } }, 'scope.provinceCode'],
      [{ cycleYear: 2023, filter: { search: '' } }, 'filter.search'],
      [{ cycleYear: 2023, revision: 0 }, 'revision'],
      [{ cycleYear: 2023, first: 0 }, 'first'],
      [{ cycleYear: 2023, after: 'not-a-cursor' }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const reply = await anonymous.request(RankingsDocument, variables);
      expect(reply.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const byName = await ranking({ cycleYear: 2023, sort: { field: 'NAME' }, first: 1 });
    const reply = await anonymous.request(RankingsDocument, { cycleYear: 2023, first: 1, after: byName.pageInfo.endCursor });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('published cycles, statistics and methods', () => {
  it('lists the published years with their latest revision and method, never an unpublished one', async () => {
    const { publishedCycles } = await anonymous.data(PublishedCyclesDocument);
    expect(publishedCycles.map((c) => c.year)).toEqual([2023, 2022]);
    expect(publishedCycles[0]).toMatchObject({
      cycleId: fx.cycles.published2023,
      stage: 'PUBLISHED',
      synthetic: false,
      methodologyId: 'METHOD_2022',
      revisionCount: 1,
      latestRevision: { revision: 1, corrected: false, reason: null, source: 'COMPUTED', institutionCount: 5 },
    });
    expect(publishedCycles[1]?.latestRevision).toMatchObject({ source: 'IMPORTED', institutionCount: 45 });
  });

  it('lists a year’s revisions, and refuses a year without published results', async () => {
    const { resultRevisions } = await anonymous.data(ResultRevisionsDocument, { cycleYear: 2023 });
    expect(resultRevisions).toEqual([expect.objectContaining({ year: 2023, revision: 1, corrected: false, reason: null })]);
    expect(await anonymous.errorCode(ResultRevisionsDocument, { cycleYear: 2024 })).toBe('NOT_FOUND');
  });

  it('summarises each province: bodies, mean score, grades, zones and the best body', async () => {
    const { provinceSummaries } = await anonymous.data(ProvinceSummariesDocument, { cycleYear: 2023 });
    expect(provinceSummaries.map((p) => p.province.code)).toEqual(['32', '36']);
    const banten = provinceSummaries[1]!;
    const { nodes } = await ranking({ cycleYear: 2023, scope: { provinceCode: '36' } });
    const mean = aggregateUnits('MEAN_OF_UNITS', nodes.map((n) => ({ score: n.score }))).hundredths!;
    expect(banten).toMatchObject({
      province: { name: 'Banten', isoCode: 'ID-BT' },
      institutionCount: 3,
      meanScore: mean / 100,
      best: { institution: { id: nodes[0]!.institution.id }, score: nodes[0]!.score, rank: 1 },
    });
    expect(banten.grades.map((g) => g.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(banten.grades.reduce((sum, g) => sum + g.count, 0)).toBe(3);
    expect(banten.zones.reduce((sum, z) => sum + z.count, 0)).toBe(3);
  });

  it('counts bodies per grade and zone in a scope', async () => {
    const { gradeDistribution } = await anonymous.data(GradeDistributionDocument, { cycleYear: 2022, scope: { type: 'KABUPATEN' } });
    expect(gradeDistribution.total).toBe(42);
    const counts = Object.fromEntries(gradeDistribution.grades.map((g) => [g.code, g.count]));
    // B (78–87.99): four test regencies at each of 78, 81, 84 and 87, and Bogor's 80.50; C: the rest.
    expect(counts).toEqual({ A: 0, B: 17, C: 25, D: 0, E: 0 });
    expect(gradeDistribution.zones).toEqual([
      { zone: 'HIJAU', count: 17 },
      { zone: 'KUNING', count: 25 },
      { zone: 'MERAH', count: 0 },
    ]);
    expect(await anonymous.errorCode(GradeDistributionDocument, { cycleYear: 2024 })).toBe('NOT_FOUND');
  });

  it('gives the method a published year was scored with, as a document and as tables', async () => {
    const { cycleMethodology } = await anonymous.data(PublishedMethodologyDocument, { year: 2023 });
    const document = assertMethodology(cycleMethodology.methodology.document);
    expect(document.id).toBe('METHOD_2022');
    expect(cycleMethodology.methodology.summary?.dimensions.map((d) => d.code)).toEqual(document.dimensions.map((d) => d.code));
    expect(cycleMethodology.methodology.summary?.gradeBands).toHaveLength(5);
    expect(await anonymous.errorCode(PublishedMethodologyDocument, { year: 2024 })).toBe('NOT_FOUND');
  });
});

describe('institution profile', () => {
  it("shows a body's results in every published cycle and its latest units", async () => {
    const { institutionProfile } = await anonymous.data(InstitutionProfileDocument, { id: fx.institutions.tangsel });
    expect(institutionProfile.institution).toMatchObject({ name: 'Kota Tangerang Selatan', province: { code: '36' } });
    expect(institutionProfile.results.map((r) => [r.year, r.source])).toEqual([
      [2022, 'IMPORTED'],
      [2023, 'COMPUTED'],
    ]);
    expect(institutionProfile.results[0]).toMatchObject({ score: 90, grade: 'A', revision: 1, corrected: false });
    expect(institutionProfile.results[1]?.gradeBands.map((b) => [b.code, b.min])).toEqual([
      ['A', 88],
      ['B', 78],
      ['C', 54],
      ['D', 32],
      ['E', 0],
    ]);
    expect(institutionProfile.latestYear).toBe(2023);
    expect(institutionProfile.latestUnits.map((u) => u.unit.name).sort()).toEqual(['DPMPTSP', 'Disdukcapil']);
    const unit = institutionProfile.latestUnits[0]!;
    expect(unit.dimensions.map((d) => d.code)).toEqual(['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN']);
    expect(unit.dimensions[0]?.title?.id).toBeTruthy();
    expect(toHundredths(unit.dimensions.reduce((sum, d) => sum + d.points, 0))).toBe(toHundredths(unit.score));
    expect(institutionProfile.feedbackSummary).toMatchObject({ year: 2023, total: 0 });
  });

  it('refuses an unknown body and a malformed id', async () => {
    expect(await anonymous.errorCode(InstitutionProfileDocument, { id: randomUUID() })).toBe('NOT_FOUND');
    const reply = await anonymous.request(InstitutionProfileDocument, { id: 'nope' });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('rapor', () => {
  it("gives an officer its own body's report card with every indicator explained", async () => {
    const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
    const { rapor } = await officer.data(RaporDocument, { cycleYear: 2023, institutionId: fx.institutions.tangsel });
    expect(rapor.revision).toMatchObject({ year: 2023, revision: 1, corrected: false });
    expect(rapor.result).toMatchObject({ year: 2023, rankProvince: 1 });
    expect(rapor.standing).toMatchObject({ nationalOf: 5, typeOf: 1, type: 1, provinceOf: 3 });
    expect(rapor.units).toHaveLength(2);
    for (const unit of rapor.units) {
      expect(unit.explanationMatchesPublished).toBe(true);
      const explanation = unit.explanation!;
      expect(explanation.score).toBe(unit.score);
      expect(toHundredths(explanation.points + explanation.lostPoints)).toBe(10000);
      const indicators = explanation.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
      expect(toHundredths(indicators.reduce((sum, i) => sum + i.points, 0))).toBe(toHundredths(unit.score));
      expect(indicators.every((i) => i.status === 'ANSWERED' && i.answer !== null)).toBe(true);
    }
    expect(rapor.trend.map((t) => t.year)).toEqual([2022, 2023]);
    // Peers: the cities of Banten; only Tangerang Selatan among the fixture's bodies.
    expect(rapor.peers.map((p) => [p.institution.id, p.rank])).toEqual([[fx.institutions.tangsel, 1]]);
    expect(rapor.improvementPoints).toEqual([]);
  });

  it('gives what an in-browser what-if needs, enough to re-score and re-rank with @patuh/scoring', async () => {
    const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
    expect(await officer.errorCode(RaporWhatIfDocument, { cycleYear: 2023, institutionId: fx.institutions.kabTangerang })).toBe('FORBIDDEN');
    const own = (await officer.data(RaporWhatIfDocument, { cycleYear: 2023, institutionId: fx.institutions.tangsel })).rapor;
    const methodology = assertMethodology(own.methodologyDocument);
    expect(own.cycleScores).toHaveLength(5);
    const units = own.unitAnswers.map((u) => ({
      id: u.unitId,
      serviceProducts: u.serviceProducts,
      answers: Object.fromEntries(u.answers.map((a) => [a.indicatorCode, a.notApplicable ? { notApplicable: true as const } : a.value!])),
    }));
    const outcome = simulate({
      methodology,
      institution: { id: own.institution.id, name: 'Kota Tangerang Selatan', type: own.institution.type, provinceCode: own.institution.province?.code ?? null, units },
      changes: {},
      cycle: own.cycleScores.map((s) => ({ id: s.institutionId, name: s.name, type: s.type, provinceCode: s.provinceCode, score: s.score })),
    });
    expect(outcome.before.score).toBe(own.cycleScores.find((s) => s.institutionId === fx.institutions.tangsel)!.score);
  });

  it('is for the body’s officers and the staff covering it, for published cycles only', async () => {
    const matrix: [keyof typeof FIXTURE_USERS | null, string, string | undefined][] = [
      [null, fx.institutions.tangsel, 'UNAUTHENTICATED'],
      ['officerTangsel', fx.institutions.tangsel, undefined],
      ['officerTangsel', fx.institutions.bogor, 'FORBIDDEN'],
      ['officerBogor', fx.institutions.tangsel, 'FORBIDDEN'],
      ['regionalBanten', fx.institutions.tangsel, undefined],
      ['regionalJabar', fx.institutions.tangsel, 'FORBIDDEN'],
      ['regionalBanten', fx.institutions.kemenkes, 'FORBIDDEN'],
      ['verifier', fx.institutions.kemenkes, undefined],
      ['admin', fx.institutions.bogor, undefined],
    ];
    for (const [user, institutionId, code] of matrix) {
      const client = user === null ? anonymous : await api.signIn(FIXTURE_USERS[user]);
      expect(await client.errorCode(RaporDocument, { cycleYear: 2023, institutionId }), `${user} → ${institutionId}`).toBe(code);
    }
    const admin = await api.signIn(FIXTURE_USERS.admin);
    expect(await admin.errorCode(RaporDocument, { cycleYear: 2024, institutionId: fx.institutions.tangsel })).toBe('NOT_FOUND');
    const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
    expect(await officer.errorCode(RaporDocument, { cycleYear: 2024, institutionId: fx.institutions.tangsel })).toBe('NOT_FOUND');
    const reply = await admin.request(RaporDocument, { cycleYear: 2023, institutionId: 'x' });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId' });
  });

  it('ranks a ministry among the ministries nationally', async () => {
    const admin = await api.signIn(FIXTURE_USERS.admin);
    const { rapor } = await admin.data(RaporDocument, { cycleYear: 2023, institutionId: fx.institutions.kemenkes });
    expect(rapor.standing).toMatchObject({ type: 1, typeOf: 1, province: null, provinceOf: null });
    expect(rapor.peers.map((p) => p.institution.id)).toEqual([fx.institutions.kemenkes]);
  });
});
