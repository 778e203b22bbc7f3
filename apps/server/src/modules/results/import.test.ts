/** Importing the published results of past years through HTTP: checks row by row, dry runs, all-or-nothing commits, corrections. */
import { ImportPublishedResultsDocument, RankingsDocument, ResultRevisionsDocument, type ImportPublishedResultsInput } from '@patuh/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;

beforeAll(async () => {
  api = await startApi('results-import', async (prisma) => {
    fx = await seedFixture(prisma);
  });
  admin = await api.signIn(FIXTURE_USERS.admin);
});
afterAll(async () => {
  await api?.stop();
});

const HEADER = 'institution_code,institution_type,institution_name,score,unit_name,unit_score';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';

/** The 2021 results of the fixture's bodies: by code or by type and name, with units for one body. */
const CLEAN_2021 = csv(
  '36.74,KOTA,Kota Tangerang Selatan,91.20,DPMPTSP,90.10',
  '36.74,KOTA,Kota Tangerang Selatan,91.20,Disdukcapil,92.30',
  '36,PROVINSI,Provinsi Banten,"80,99",,',
  '36.03,kabupaten,Kabupaten Tangerang,50.99,,',
  '32.01,KABUPATEN,Kabupaten Bogor,81,,',
  ',KEMENTERIAN,"  kementerian  kesehatan ",81.00,,',
);

const run = (input: Partial<ImportPublishedResultsInput>, client: ApiClient = admin) =>
  client.request(ImportPublishedResultsDocument, { input: { cycleYear: 2021, csv: CLEAN_2021, dryRun: true, ...input } });

describe('importPublishedResults', () => {
  it('is for headquarters admins only', async () => {
    expect(await api.anonymous().errorCode(ImportPublishedResultsDocument, { input: { cycleYear: 2021, csv: CLEAN_2021, dryRun: true } })).toBe(
      'UNAUTHENTICATED',
    );
    for (const user of ['regionalBanten', 'verifier', 'officerTangsel'] as const) {
      const reply = await run({}, await api.signIn(FIXTURE_USERS[user]));
      expect(reply.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('names the field of bad input', async () => {
    const cases: [Partial<ImportPublishedResultsInput>, string][] = [
      [{ cycleYear: 1999 }, 'input.cycleYear'],
      [{ cycleYear: new Date().getFullYear() + 1 }, 'input.cycleYear'],
      [{ csv: '' }, 'input.csv'],
      [{ reason: 'singkat' }, 'input.reason'],
    ];
    for (const [input, field] of cases) {
      expect((await run(input)).errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('reports every bad row with its line and column in a dry run, and writes nothing', async () => {
    const file = csv(
      '99.99,KOTA,Kota Entah,90,,',
      ',DESA,Desa Entah,90,,',
      '36.74,KABUPATEN,Kota Tangerang Selatan,90,,',
      '36.03,KABUPATEN,Kabupaten Tangerang,101,,',
      '32.01,KABUPATEN,Kabupaten Bogor,abc,,',
      '36.74,KOTA,Kota Tangerang Selatan,90,Dinas Entah,80',
      '36.74,KOTA,Kota Tangerang Selatan,90,DPMPTSP,',
      '36.74,KOTA,Kota Tangerang Selatan,90,,85',
      '36.74,KOTA,Kota Tangerang Selatan,90,Disdukcapil,88',
      '36.74,KOTA,Kota Tangerang Selatan,90,disdukcapil,88',
      '36,PROVINSI,Provinsi Banten,80,,',
      '36,PROVINSI,Provinsi Banten,80,,',
      ',KEMENTERIAN,Kementerian Kesehatan,70,DPMPTSP,70',
      ',KEMENTERIAN,Kementerian Kesehatan,71,Disdukcapil,70',
      '36.74,KOTA,"Kota ""Tangsel""",90',
      '"36.03,KABUPATEN,Kabupaten Tangerang,60,,',
    );
    const { importPublishedResults: report } = await admin.data(ImportPublishedResultsDocument, { input: { cycleYear: 2021, csv: file, dryRun: true } });
    expect(report).toMatchObject({ dryRun: true, valid: false, committed: false, createsCycle: true, methodologyId: 'ZONES_2017', rowCount: 16 });
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'institution_code'],
      [3, 'institution_type'],
      [4, 'institution_type'],
      [5, 'score'],
      [6, 'score'],
      [7, 'unit_name'],
      [8, 'unit_score'],
      [9, 'unit_name'],
      [11, 'unit_name'],
      [13, 'institution_name'],
      [15, 'score'],
      [16, null],
      [17, null],
    ]);
    expect(report.problems.every((p) => p.message.length > 0 && p.messageEn.length > 0)).toBe(true);
    expect(await api.prisma.cycle.findUnique({ where: { year: 2021 } })).toBeNull();
  });

  it('checks the header before anything else', async () => {
    const { importPublishedResults: wrong } = await admin.data(ImportPublishedResultsDocument, {
      input: { cycleYear: 2021, csv: 'code,name,score\r\n36.74,Kota Tangerang Selatan,90\r\n', dryRun: true },
    });
    expect(wrong.problems).toEqual([expect.objectContaining({ line: 1, column: null, messageEn: expect.stringContaining('header') })]);
    const { importPublishedResults: empty } = await admin.data(ImportPublishedResultsDocument, { input: { cycleYear: 2021, csv: `${HEADER}\r\n`, dryRun: true } });
    expect(empty.problems.map((p) => p.messageEn)).toEqual(['The file has no data rows.']);
  });

  it('refuses to commit a file with a bad row, writing nothing', async () => {
    const reply = await run({ csv: CLEAN_2021 + '36.03,KABUPATEN,Kabupaten Tangerang,55,,\r\n', dryRun: false });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.csv', problems: [{ line: 8, column: 'score' }] });
    expect(await api.prisma.cycle.findUnique({ where: { year: 2021 } })).toBeNull();
    expect(await api.prisma.auditEvent.count({ where: { action: 'results.import' } })).toBe(0);
  });

  it('previews grades and zones from the method of the year in a dry run', async () => {
    const { importPublishedResults: report } = await admin.data(ImportPublishedResultsDocument, {
      input: { cycleYear: 2022, csv: csv('36.74,KOTA,Kota Tangerang Selatan,88,,', '32.01,KABUPATEN,Kabupaten Bogor,87.99,,'), dryRun: true },
    });
    expect(report).toMatchObject({ valid: true, methodologyId: 'METHOD_2022', institutionCount: 2, revision: 1 });
    expect(Object.fromEntries(report.grades.map((g) => [g.code, g.count]))).toEqual({ A: 1, B: 1, C: 0, D: 0, E: 0 });
    expect(await api.prisma.cycle.findUnique({ where: { year: 2022 } })).toBeNull();
  });

  it('creates the year’s cycle with its method and publishes the figures as an imported revision', async () => {
    const { importPublishedResults: report } = await admin.data(ImportPublishedResultsDocument, { input: { cycleYear: 2021, csv: CLEAN_2021, dryRun: false } });
    expect(report).toMatchObject({
      valid: true,
      committed: true,
      createsCycle: true,
      methodologyId: 'ZONES_2017',
      institutionCount: 5,
      unitCount: 2,
      written: { year: 2021, revision: 1, source: 'IMPORTED', corrected: false, institutionCount: 5 },
    });
    expect(report.zones).toEqual([
      { zone: 'HIJAU', count: 3 },
      { zone: 'KUNING', count: 1 },
      { zone: 'MERAH', count: 1 },
    ]);

    const cycle = await api.prisma.cycle.findUniqueOrThrow({ where: { year: 2021 }, include: { methodologies: true, revisions: true } });
    expect(cycle.stage).toBe('PUBLISHED');
    expect(cycle.methodologies.map((m) => m.presetId)).toEqual(['ZONES_2017']);
    expect(cycle.revisions.map((r) => [r.revision, r.source, r.methodologyId])).toEqual([[1, 'IMPORTED', cycle.methodologies[0]!.id]]);
    const units = await api.prisma.unitResult.findMany({ where: { revisionId: cycle.revisions[0]!.id }, orderBy: { score: 'asc' } });
    expect(units.map((u) => [u.unitId, u.score.toNumber(), u.grade, u.breakdown])).toEqual([
      [fx.units.tangsel![0], 90.1, 'HIJAU', null],
      [fx.units.tangsel![1], 92.3, 'HIJAU', null],
    ]);
    const audit = await api.prisma.auditEvent.findMany({ where: { cycleId: cycle.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['cycle.create', fx.users.admin],
      ['results.import', fx.users.admin],
    ]);

    const { rankings } = await api.anonymous().data(RankingsDocument, { cycleYear: 2021 });
    expect(rankings.nodes.map((n) => [n.institution.id, n.score, n.grade, n.rank, n.rankProvince])).toEqual([
      [fx.institutions.tangsel, 91.2, 'HIJAU', 1, 1],
      [fx.institutions.bogor, 81, 'HIJAU', 2, 1],
      [fx.institutions.kemenkes, 81, 'HIJAU', 2, null],
      [fx.institutions.provBanten, 80.99, 'KUNING', 4, 2],
      [fx.institutions.kabTangerang, 50.99, 'MERAH', 5, 3],
    ]);
  });

  it('imports a year again only as a correction with a reason', async () => {
    const reason = 'Angka resmi diperbarui sesuai surat keputusan perubahan.';
    expect((await run({ dryRun: false })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const corrected = CLEAN_2021.replace('36.03,kabupaten,Kabupaten Tangerang,50.99', '36.03,kabupaten,Kabupaten Tangerang,51.50');
    const { importPublishedResults: report } = await admin.data(ImportPublishedResultsDocument, {
      input: { cycleYear: 2021, csv: corrected, dryRun: false, reason },
    });
    expect(report).toMatchObject({ createsCycle: false, revision: 2, written: { revision: 2, corrected: true, reason } });
    const { resultRevisions } = await api.anonymous().data(ResultRevisionsDocument, { cycleYear: 2021 });
    expect(resultRevisions.map((r) => [r.revision, r.source, r.reason])).toEqual([
      [2, 'IMPORTED', reason],
      [1, 'IMPORTED', null],
    ]);
    const regency = (await api.anonymous().data(RankingsDocument, { cycleYear: 2021, filter: { search: '36.03' } })).rankings.nodes[0];
    expect(regency).toMatchObject({ score: 51.5, grade: 'KUNING' });
  });

  it('never overwrites a year assessed on this platform', async () => {
    for (const cycleYear of [2023, 2024]) {
      const reply = await run({ cycleYear, dryRun: true, reason: 'Percobaan impor ulang tahun berjalan.' });
      expect(reply.errors?.[0]?.extensions?.code, String(cycleYear)).toBe('STAGE_NOT_ALLOWED');
    }
    expect(await api.prisma.resultRevision.count({ where: { cycleId: fx.cycles.published2023 } })).toBe(1);
  });
});
