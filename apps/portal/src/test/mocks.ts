import type { MockLink } from '@apollo/client/testing';
import {
  CyclesDocument,
  GradeDistributionDocument,
  PlatformDocument,
  PortalViewerDocument,
  ProvinceSummariesDocument,
  PublishedCyclesDocument,
  RankingsDocument,
  RegistryProvincesDocument,
  type CyclesQuery,
  type GradeDistributionQuery,
  type InstitutionType,
  type PlatformQuery,
  type PortalViewerQuery,
  type PublishedCyclesQuery,
  type RankingsQuery,
  type Zone,
} from '@patuh/graphql';
import type { DocumentNode } from 'graphql';

type Cycle = CyclesQuery['cycles'][number];
export type RankingRowData = RankingsQuery['rankings']['nodes'][number];

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

/** The cache asks for __typename on every object, so the answers carry it as the server's would. */
function typed<T>(typename: string, value: T): T & { __typename: string } {
  return { __typename: typename, ...value };
}

export const demoPlatform: PlatformQuery['platform'] = {
  name: 'Patuh',
  dataSource: 'DEMO',
  provinceCount: 38,
  institutionCount: 1234,
  cycleCount: 2,
};

export const demoCycles: Cycle[] = [
  { id: 'c2025', year: 2025, title: 'Penilaian Kepatuhan 2025', stage: 'COLLECTION', synthetic: true },
  { id: 'c2024', year: 2024, title: 'Penilaian Kepatuhan 2024', stage: 'PUBLISHED', synthetic: true },
];

export function platformMock(platform: PlatformQuery['platform'] = demoPlatform): MockLink.MockedResponse {
  return { request: { query: PlatformDocument }, result: { data: { platform: typed('Platform', platform) } }, ...always };
}

export function cyclesMock(cycles: Cycle[] = demoCycles): MockLink.MockedResponse {
  return { request: { query: CyclesDocument }, result: { data: { cycles: cycles.map((cycle) => typed('Cycle', cycle)) } }, ...always };
}

export function failingMock(query: DocumentNode, variables?: Record<string, unknown>): MockLink.MockedResponse {
  return { request: { query, variables }, error: new Error('Network unreachable') };
}

export function viewerMock(me: PortalViewerQuery['me'] = null): MockLink.MockedResponse {
  const data = me
    ? typed('Me', {
        ...me,
        institution: me.institution ? typed('ScopeInstitution', me.institution) : null,
        province: me.province ? typed('ScopeProvince', me.province) : null,
      })
    : null;
  return { request: { query: PortalViewerDocument }, result: { data: { me: data } }, ...always };
}

export const tangselOfficer: NonNullable<PortalViewerQuery['me']> = {
  id: 'u-tangsel',
  email: 'tangsel@patuh.demo',
  name: 'Petugas Pemkot Tangerang Selatan (demo)',
  role: 'INSTITUTION_OFFICER',
  demo: true,
  institution: { id: 'i-tangsel', name: 'Kota Tangerang Selatan' },
  province: null,
};

const revision = (year: number) =>
  typed('ResultRevision', {
    id: `r${year}`,
    year,
    revision: 1,
    corrected: false,
    reason: null,
    publishedAt: `${year}-12-14T03:00:00.000Z`,
    source: 'COMPUTED' as const,
    synthetic: true,
    institutionCount: 8,
  });

export function publishedCyclesMock(years: number[] = [2024, 2023]): MockLink.MockedResponse {
  const publishedCycles: PublishedCyclesQuery['publishedCycles'] = years.map((year) =>
    typed('PublishedCycle', {
      cycleId: `c${year}`,
      year,
      stage: 'PUBLISHED' as const,
      synthetic: true,
      methodologyId: 'METHOD_2022',
      methodologyVersion: '2023.1',
      revisionCount: 1,
      firstPublishedAt: `${year}-12-14T03:00:00.000Z`,
      latestRevision: revision(year),
    }),
  );
  return { request: { query: PublishedCyclesDocument }, result: { data: { publishedCycles } }, ...always };
}

export const bands = [
  { code: 'A', label: { id: 'Kualitas Tertinggi', en: 'Highest quality' }, zone: 'HIJAU' as Zone, colour: '#1b5e20', min: 88, max: 100 },
  { code: 'B', label: { id: 'Kualitas Tinggi', en: 'High quality' }, zone: 'HIJAU' as Zone, colour: '#43a047', min: 78, max: 87.99 },
  { code: 'C', label: { id: 'Kualitas Sedang', en: 'Medium quality' }, zone: 'KUNING' as Zone, colour: '#f9a825', min: 54, max: 77.99 },
  { code: 'D', label: { id: 'Kualitas Rendah', en: 'Low quality' }, zone: 'MERAH' as Zone, colour: '#e53935', min: 32, max: 53.99 },
  { code: 'E', label: { id: 'Kualitas Terendah', en: 'Lowest quality' }, zone: 'MERAH' as Zone, colour: '#b71c1c', min: 0, max: 31.99 },
];

export function gradeDistributionMock(year: number, counts: number[]): MockLink.MockedResponse {
  const gradeDistribution: GradeDistributionQuery['gradeDistribution'] = {
    year,
    revision: 1,
    total: counts.reduce((a, b) => a + b, 0),
    grades: bands.map((band, i) => typed('GradeCount', { ...band, label: typed('MethodologyText', band.label), count: counts[i] ?? 0 })),
    zones: (['HIJAU', 'KUNING', 'MERAH'] as Zone[]).map((zone) =>
      typed('ZoneCount', { zone, count: bands.reduce((sum, band, i) => sum + (band.zone === zone ? (counts[i] ?? 0) : 0), 0) }),
    ),
  };
  return {
    request: { query: GradeDistributionDocument, variables: { cycleYear: year } },
    result: { data: { gradeDistribution: typed('GradeDistribution', gradeDistribution) } },
    ...always,
  };
}

const banten = { code: '36', name: 'Banten', isoCode: 'ID-BT' };
const jabar = { code: '32', name: 'Jawa Barat', isoCode: 'ID-JB' };

function row(
  id: string,
  name: string,
  type: InstitutionType,
  province: typeof banten | null,
  score: number,
  grade: string,
  ranks: [national: number, type: number, province: number | null],
  delta: number | null,
  previousGrade: string | null = grade,
): RankingRowData {
  const band = bands.find((b) => b.code === grade);
  return {
    institution: { id, code: null, name, type, province },
    score,
    grade,
    zone: band?.zone ?? 'HIJAU',
    label: band?.label.id ?? null,
    rank: ranks[0],
    tied: false,
    rankNational: ranks[0],
    rankType: ranks[1],
    rankProvince: ranks[2],
    previousScore: delta === null ? null : Math.round((score - delta) * 100) / 100,
    delta,
    previousGrade: delta === null ? null : previousGrade,
    previousZone: delta === null ? null : (bands.find((b) => b.code === previousGrade)?.zone ?? null),
  };
}

/** A small national ranking in national order: every kind of body, two provinces. */
export const demoRows: RankingRowData[] = [
  row('i-kemendagri', 'Kementerian Dalam Negeri', 'KEMENTERIAN', null, 96.94, 'A', [1, 1, null], 0.03),
  row('i-tangsel', 'Kota Tangerang Selatan', 'KOTA', banten, 96.83, 'A', [2, 1, 1], 0.69),
  row('i-bandung', 'Kabupaten Bandung', 'KABUPATEN', jabar, 95.1, 'A', [3, 1, 1], 12.5, 'B'),
  row('i-kotatangerang', 'Kota Tangerang', 'KOTA', banten, 90.2, 'A', [4, 2, 2], -0.26),
  row('i-lkpp', 'Lembaga Kebijakan Pengadaan', 'LEMBAGA', null, 85, 'B', [5, 1, null], null),
  row('i-provbanten', 'Provinsi Banten', 'PROVINSI', banten, 84.84, 'B', [6, 1, 3], 5.12),
  row('i-lebak', 'Kabupaten Lebak', 'KABUPATEN', banten, 63.8, 'C', [7, 2, 4], -1.54),
  row('i-cilegon', 'Kota Cilegon', 'KOTA', banten, 42.63, 'D', [8, 3, 5], -15.81, 'C'),
];

/** A typed copy of ranking rows as the API sends them. */
export function typedRows(rows: RankingRowData[]) {
  return rows.map((r) =>
    typed('InstitutionRanking', {
      ...r,
      institution: typed('ResultInstitution', { ...r.institution, province: r.institution.province ? typed('Province', r.institution.province) : null }),
    }),
  );
}

export function rankingsMock(year: number, rows: RankingRowData[] = demoRows): MockLink.MockedResponse {
  return {
    request: { query: RankingsDocument, variables: { cycleYear: year, first: 200 } },
    result: {
      data: {
        rankings: typed('InstitutionRankingConnection', {
          totalCount: rows.length,
          pageInfo: typed('PageInfo', { hasNextPage: false, endCursor: null }),
          nodes: typedRows(rows),
        }),
      },
    },
    ...always,
  };
}

export function provinceMocks(year: number): MockLink.MockedResponse[] {
  return [
    {
      request: { query: RegistryProvincesDocument },
      result: { data: { provinces: [banten, jabar, { code: '65', name: 'Kalimantan Utara', isoCode: 'ID-KU' }].map((p) => typed('Province', p)) } },
      ...always,
    },
    {
      request: { query: ProvinceSummariesDocument, variables: { cycleYear: year } },
      result: {
        data: {
          provinceSummaries: [
            { province: banten, mean: 79.66, best: demoRows[1] as RankingRowData },
            { province: jabar, mean: 95.1, best: demoRows[2] as RankingRowData },
          ].map(({ province, mean, best }) =>
            typed('ProvinceResultSummary', {
              province: typed('Province', province),
              institutionCount: 5,
              meanScore: mean,
              grades: [],
              zones: [typed('ZoneCount', { zone: 'HIJAU', count: 3 })],
              best: typed('ScoredInstitution', {
                institution: typed('ResultInstitution', { ...best.institution, province: typed('Province', province) }),
                score: best.score,
                grade: best.grade,
                zone: best.zone,
                rank: 1,
              }),
            }),
          ),
        },
      },
      ...always,
    },
  ];
}

/** Everything the home asks for, for a portal whose latest published year is 2024. */
export function homeMocks(): MockLink.MockedResponse[] {
  return [
    platformMock(),
    cyclesMock(),
    viewerMock(),
    publishedCyclesMock(),
    gradeDistributionMock(2024, [4, 2, 1, 1, 0]),
    gradeDistributionMock(2023, [3, 3, 1, 0, 1]),
    rankingsMock(2024),
    ...provinceMocks(2024),
  ];
}

/**
 * Adds `__typename` all the way down, as the server's answers carry it: the root gets the name
 * given, nested objects a name made from their field (`unit` → `Unit`) unless `names` says
 * otherwise. Fields read through a fragment need their real type name, or the cache skips them.
 */
export function withTypenames<T>(typename: string, value: T, names: Readonly<Record<string, string>> = {}): T {
  if (Array.isArray(value)) return value.map((item) => withTypenames(typename, item, names)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, field]) => [
    key,
    field !== null && typeof field === 'object' && key !== 'document' && key !== 'methodologyDocument'
      ? withTypenames(names[key] ?? key.charAt(0).toUpperCase() + key.slice(1), field, names)
      : field,
  ]);
  return { __typename: typename, ...Object.fromEntries(entries) } as T;
}
