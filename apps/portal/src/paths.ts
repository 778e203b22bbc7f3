/**
 * The portal's addresses, in Bahasa Indonesia like its audience: one place builds them, so a
 * link and the route it leads to cannot drift apart.
 */
export const paths = {
  home: '/',
  rankings: (year?: number, search?: URLSearchParams | string) => {
    const base = year === undefined ? '/peringkat' : `/peringkat/${year}`;
    const query = search === undefined ? '' : String(search);
    return query ? `${base}?${query}` : base;
  },
  institution: (id: string) => `/instansi/${encodeURIComponent(id)}`,
  provinces: (year?: number) => (year === undefined ? '/provinsi' : `/provinsi?tahun=${year}`),
  province: (code: string, year?: number) => `/provinsi/${encodeURIComponent(code)}${year === undefined ? '' : `?tahun=${year}`}`,
  methodology: (year?: number, compareWith?: number) =>
    `/metodologi${year === undefined ? '' : `/${year}`}${compareWith === undefined ? '' : `?banding=${compareWith}`}`,
  openData: '/data-terbuka',
  signIn: (returnTo?: string) => (returnTo ? `/masuk?kembali=${encodeURIComponent(returnTo)}` : '/masuk'),
  rapor: (year?: number, institutionId?: string) =>
    `/rapor${year === undefined ? '' : `/${year}`}${institutionId ? `?instansi=${encodeURIComponent(institutionId)}` : ''}`,
  whatIf: (year: number, institutionId?: string) =>
    `/rapor/${year}/simulasi${institutionId ? `?instansi=${encodeURIComponent(institutionId)}` : ''}`,
  clarifications: (year?: number) => (year === undefined ? '/klarifikasi' : `/klarifikasi?tahun=${year}`),
  clarification: (id: string) => `/klarifikasi/${encodeURIComponent(id)}`,
  /** The published SDL of the API, copied into the portal's build (see vite.config.ts). */
  schema: '/schema.graphql',
  openDataFile: (year: number, format: 'csv' | 'json') => `/api/open-data/${year}.${format}`,
} as const;

/** Only paths inside the portal are followed after signing in, never another site. */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
