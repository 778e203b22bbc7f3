/**
 * Every address of the admin app, in one place. Pages link with these builders and the route
 * table mounts pages at the same segments, so an address is written once. Addresses are relative
 * to the router's basename (`/admin`), as react-router's `<Link>` expects them.
 */

/** Where the platform serves this app. Vite's `base` is set from it, so asset URLs and links agree. */
export const homePath = '/admin/';
/** The router's basename: `homePath` without its trailing slash. */
export const basename = '/admin';

/** The segments below a cycle, `/siklus/:cycleKey/<segment>`. */
export const cycleSegments = {
  dashboard: '',
  methodology: 'metodologi',
  schedule: 'jadwal',
  /** The cycle's assessments, `?status=` (an AssessmentStatus) and `?provinsi=` (a province code). */
  assessments: 'penilaian',
  /** The cycle's clarifications, `?status=` (a ClarificationStatus). */
  clarifications: 'klarifikasi',
  /** Sampling bodies and units, and assigning staff to them. */
  sampling: 'sampel',
  /** One assessment's form (or its findings, once it can no longer change). */
  assessment: 'penilaian/:assessmentId',
  /** A unit's assessment, by the unit: resolved to the assessment. */
  assessmentOfUnit: 'penilaian/unit/:unitId',
  /** The verification queue: submitted assessments. */
  verification: 'verifikasi',
  verificationItem: 'verifikasi/:assessmentId',
  clarification: 'klarifikasi/:clarificationId',
  /** Deciding and publishing the results, corrections and revisions. */
  publication: 'publikasi',
  /** Report cards: a body's improvement points. */
  feedback: 'rapor',
  institutionFeedback: 'rapor/:institutionId',
} as const;

/** Query parameters other pages read, named once. */
export const queryParams = {
  /** Where to go after signing in. */
  next: 'lanjut',
  /** A single-use link token from a mail. */
  token: 'token',
  status: 'status',
  province: 'provinsi',
  /** The cursor of the page shown in a paginated list. */
  after: 'setelah',
  search: 'cari',
  /** An InstitutionType. */
  type: 'jenis',
  /** `aktif` or `nonaktif`. */
  active: 'aktif',
  institution: 'instansi',
  /** A member of staff assigned to units. */
  assignee: 'petugas',
  cycle: 'siklus',
  indicator: 'indikator',
} as const;

function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const paths = {
  home: '/',
  signIn: '/masuk',
  forgotPassword: '/lupa-sandi',
  /** The link in an invitation mail: `/admin/undangan?token=…` (apps/server users.service). */
  invitation: '/undangan',
  /** The link in a reset mail: `/admin/atur-ulang-sandi?token=…` (apps/server users.service). */
  passwordReset: '/atur-ulang-sandi',
  newCycle: '/siklus/baru',
  users: '/pengguna',
  outbox: '/kotak-keluar',
  audit: '/jejak-audit',

  /** A cycle's pages, by id, or by year (`/siklus/2025`, resolved to the id). */
  cycle: (cycleKey: string, segment: string = cycleSegments.dashboard) =>
    segment ? `/siklus/${cycleKey}/${segment}` : `/siklus/${cycleKey}`,
  cycleAssessments: (cycleId: string, filter: { status?: string | null; provinceCode?: string | null } = {}) =>
    withQuery(`/siklus/${cycleId}/${cycleSegments.assessments}`, { [queryParams.status]: filter.status, [queryParams.province]: filter.provinceCode }),
  cycleClarifications: (cycleId: string, filter: { status?: string | null } = {}) =>
    withQuery(`/siklus/${cycleId}/${cycleSegments.clarifications}`, { [queryParams.status]: filter.status }),
  /** The registry of bodies, `?cari=`, `?jenis=`, `?provinsi=`, `?aktif=`. */
  registry: '/instansi',
  registryImport: '/instansi/impor',
  institution: (institutionId: string) => `/instansi/${institutionId}`,
  historicalResults: '/hasil-historis',
  cycleAssessment: (cycleId: string, assessmentId: string) => `/siklus/${cycleId}/penilaian/${assessmentId}`,
  cycleAssessmentOfUnit: (cycleId: string, unitId: string) => `/siklus/${cycleId}/penilaian/unit/${unitId}`,
  cycleVerification: (cycleId: string, assessmentId: string) => `/siklus/${cycleId}/verifikasi/${assessmentId}`,
  cycleClarification: (cycleId: string, clarificationId: string) => `/siklus/${cycleId}/klarifikasi/${clarificationId}`,
  cycleFeedback: (cycleId: string, institutionId: string, indicatorCode?: string | null) =>
    withQuery(`/siklus/${cycleId}/rapor/${institutionId}`, { [queryParams.indicator]: indicatorCode }),
  signInThenReturnTo: (next: string) => withQuery('/masuk', { [queryParams.next]: next === '/' ? null : next }),
} as const;

/**
 * Where to go after signing in: only an address inside this app, so a crafted link cannot send
 * someone elsewhere once they have typed their password.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return paths.home;
  return next;
}
