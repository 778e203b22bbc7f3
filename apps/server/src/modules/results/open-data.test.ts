/** Open data files through HTTP: a published year's results as CSV and JSON, cacheable, with the revision as ETag. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../registry/csv.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { seedFixture, type Fixture } from '../../testing/fixture.js';
import { seedPublishedYear } from '../../testing/published-year.js';

let api: TestApi;
let fx: Fixture;
let revision2023: string;
const QUOTED_NAME = 'Badan "Uji", Satu\u00e9';

beforeAll(async () => {
  api = await startApi('open-data', async (prisma) => {
    fx = await seedFixture(prisma);
    const odd = await prisma.institution.create({ data: { name: QUOTED_NAME, type: 'LEMBAGA' } });
    await seedPublishedYear(prisma, {
      year: 2021,
      presetId: 'ZONES_2017',
      bodies: [
        { institutionId: odd.id, score: 77.5 },
        { institutionId: fx.institutions.tangsel, score: 88 },
      ],
    });
  });
  revision2023 = (await api.prisma.resultRevision.findFirstOrThrow({ where: { cycleId: fx.cycles.published2023 } })).id;
});
afterAll(async () => {
  await api?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });

describe('open data', () => {
  it("serves a published year's results as CSV: BOM, header row, CRLF, one row per body", async () => {
    const res = await get('/api/open-data/2023.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('patuh-2023.csv');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toBe(`"${revision2023}-csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n').at(-1)).toBe('');
    const [header, ...rows] = parseCsv(text);
    expect(header?.fields).toEqual([
      'year',
      'institution_code',
      'institution_name',
      'institution_type',
      'province_code',
      'province_name',
      'score',
      'grade',
      'zone',
      'rank_national',
      'rank_type',
      'rank_province',
      'revision',
      'source',
      'synthetic',
    ]);
    const stored = await api.prisma.institutionResult.findMany({ where: { revisionId: revision2023 }, include: { institution: true }, orderBy: { rankNational: 'asc' } });
    expect(rows.map((r) => r.fields)).toEqual(
      stored.map((s) => [
        '2023',
        s.institution.code ?? '',
        s.institution.name,
        s.institution.type,
        s.institution.provinceCode ?? '',
        s.institution.provinceCode === '36' ? 'Banten' : s.institution.provinceCode === '32' ? 'Jawa Barat' : '',
        s.score.toFixed(2),
        s.grade,
        s.zone,
        String(s.rankNational),
        String(s.rankType),
        s.rankProvince === null ? '' : String(s.rankProvince),
        '1',
        'COMPUTED',
        'false',
      ]),
    );
  });

  it('quotes fields holding commas and quotes, and keeps non-ASCII letters', async () => {
    const text = await (await get('/api/open-data/2021.csv')).text();
    expect(text).toContain(`,"Badan ""Uji"", Satu\u00e9",LEMBAGA,,,77.50,KUNING,KUNING,2,1,,1,IMPORTED,false\r\n`);
    const rows = parseCsv(text);
    expect(rows.map((r) => r.fields[2])).toContain(QUOTED_NAME);
  });

  it('serves the same results as JSON with its own ETag', async () => {
    const res = await get('/api/open-data/2023.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toBe(`"${revision2023}-json"`);
    const body = (await res.json()) as { year: number; revision: number; revisionId: string; synthetic: boolean; source: string; institutions: Record<string, unknown>[] };
    expect(body).toMatchObject({ year: 2023, revision: 1, revisionId: revision2023, synthetic: false, source: 'COMPUTED', corrected: false });
    expect(body.institutions).toHaveLength(5);
    const tangsel = await api.prisma.institutionResult.findFirstOrThrow({ where: { revisionId: revision2023, institutionId: fx.institutions.tangsel } });
    expect(body.institutions.find((i) => i.code === '36.74')).toEqual({
      code: '36.74',
      name: 'Kota Tangerang Selatan',
      type: 'KOTA',
      provinceCode: '36',
      provinceName: 'Banten',
      score: tangsel.score.toNumber(),
      grade: tangsel.grade,
      zone: tangsel.zone,
      rankNational: tangsel.rankNational,
      rankType: tangsel.rankType,
      rankProvince: tangsel.rankProvince,
    });
  });

  it('answers a client holding the current revision with 304', async () => {
    const etag = `"${revision2023}-csv"`;
    expect((await get('/api/open-data/2023.csv', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/api/open-data/2023.csv', { 'if-none-match': `W/${etag}, "other"` })).status).toBe(304);
    expect((await get('/api/open-data/2023.csv', { 'if-none-match': `"${revision2023}-json"` })).status).toBe(200);
    expect((await get('/api/open-data/2023.csv', { 'if-none-match': '"an-old-revision-csv"' })).status).toBe(200);
  });

  it('says clearly that an unpublished year has no open data', async () => {
    for (const path of ['/api/open-data/2024.csv', '/api/open-data/2024.json', '/api/open-data/1999.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { error: { code: string; i18n: { id: string; en: string } } };
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.i18n.en).toMatch(/not published/);
      expect(body.error.i18n.id).toMatch(/belum dipublikasikan/);
    }
    const unknown = await get('/api/open-data/2023.xlsx');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { i18n: { en: string } } }).error.i18n.en).toMatch(/Unknown open data file/);
  });
});
