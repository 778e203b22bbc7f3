/** The registry through HTTP against the real server: reads, edits, scopes, paging and the CSV import. */
import type { PrismaClient } from '@patuh/db';
import {
  CreateInstitutionDocument,
  CreateServiceProductDocument,
  CreateUnitDocument,
  DeleteServiceProductDocument,
  ImportRegistryDocument,
  RegistryInstitutionDocument,
  RegistryInstitutionsDocument,
  RegistryProvincesDocument,
  RegistrySearchDocument,
  RegistryServiceProductsDocument,
  RegistryUnitDocument,
  RegistryUnitsDocument,
  SetInstitutionActiveDocument,
  SetUnitActiveDocument,
  UpdateInstitutionDocument,
  UpdateUnitDocument,
} from '@patuh/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

// ---------------------------------------------------------------- documents

const PROVINCES = `query Provinces { provinces { code name isoCode } }`;
const INSTITUTIONS = `query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {
  institutions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes { id code name type provinceCode active }
  }
}`;
const INSTITUTION = `query Institution($id: ID!) {
  institution(id: $id) {
    id name active updatedAt unitCount
    province { code name }
    units { id name active institution { id } }
  }
}`;
const UNITS = `query Units($institutionId: ID!, $filter: UnitFilter, $first: Int, $after: String) {
  units(institutionId: $institutionId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name kind active }
  }
}`;
const UNIT = `query Unit($id: ID!) { unit(id: $id) { id name kind active updatedAt institution { id name } } }`;
const SERVICE_PRODUCTS = `query ServiceProducts($unitId: ID!, $cycleId: ID!) { serviceProducts(unitId: $unitId, cycleId: $cycleId) { id name unitId cycleId } }`;
const CREATE_INSTITUTION = `mutation CreateInstitution($input: CreateInstitutionInput!) {
  createInstitution(input: $input) { id code name type provinceCode active updatedAt }
}`;
const UPDATE_INSTITUTION = `mutation UpdateInstitution($id: ID!, $input: UpdateInstitutionInput!) {
  updateInstitution(id: $id, input: $input) { id code name type provinceCode updatedAt }
}`;
const SET_INSTITUTION_ACTIVE = `mutation SetInstitutionActive($id: ID!, $active: Boolean!) { setInstitutionActive(id: $id, active: $active) { id active } }`;
const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id institutionId kind name active updatedAt } }`;
const UPDATE_UNIT = `mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id kind name updatedAt } }`;
const SET_UNIT_ACTIVE = `mutation SetUnitActive($id: ID!, $active: Boolean!) { setUnitActive(id: $id, active: $active) { id active } }`;
const CREATE_SERVICE_PRODUCT = `mutation CreateServiceProduct($input: CreateServiceProductInput!) { createServiceProduct(input: $input) { id name unitId cycleId } }`;
const DELETE_SERVICE_PRODUCT = `mutation DeleteServiceProduct($id: ID!) { deleteServiceProduct(id: $id) }`;
const IMPORT = `mutation ImportRegistry($csv: String!, $dryRun: Boolean!) {
  importRegistry(csv: $csv, dryRun: $dryRun) {
    dryRun totalRows created updated unchanged errorCount
    rows { line status kind key messages { id en } }
  }
}`;

// ---------------------------------------------------------------- world

type Who = 'public' | keyof typeof FIXTURE_USERS;

interface Extras {
  /** An inactive agency with one unit. */
  retiredBody: string;
  /** An inactive unit of Tangerang Selatan. */
  retiredUnit: string;
  /** A 2025 cycle still collecting data, so its service products may change. */
  collection2025: string;
}

const SEARCH_TARGETS = [
  'Lembaga Uji 100% Terbuka',
  'Lembaga Uji 100 Terbuka',
  'Lembaga Uji A_B',
  'Lembaga Uji AxB',
  "Lembaga Uji D'Arc",
  'Lembaga Uji Garis\\Miring',
  'Lembaga Uji Garis Miring',
];

/** Sixty Jakarta cities with two units each (enough to page), agencies with awkward names, retired records, a collecting cycle. */
async function seedRegistryExtras(prisma: PrismaClient, fx: Fixture): Promise<Extras> {
  await prisma.province.create({ data: { code: '31', name: 'DKI Jakarta', isoCode: 'ID-JK' } });
  const number = (n: number) => String(n + 1).padStart(2, '0');
  await prisma.institution.createMany({
    data: Array.from({ length: 60 }, (_, n) => ({ code: `31.${number(n)}`, name: `Kota Uji ${number(n)}`, type: 'KOTA' as const, provinceCode: '31' })),
  });
  const cities = await prisma.institution.findMany({ where: { provinceCode: '31' }, select: { id: true } });
  await prisma.unit.createMany({
    data: cities.flatMap(({ id }) => [
      { institutionId: id, kind: 'DPMPTSP' as const, name: 'DPMPTSP' },
      { institutionId: id, kind: 'DUKCAPIL' as const, name: 'Disdukcapil' },
    ]),
  });
  await prisma.institution.createMany({ data: SEARCH_TARGETS.map((name) => ({ name, type: 'LEMBAGA' as const })) });
  const retired = await prisma.institution.create({ data: { name: 'Lembaga Uji Nonaktif', type: 'LEMBAGA', active: false } });
  await prisma.unit.create({ data: { institutionId: retired.id, kind: 'OTHER', name: 'Unit Lama' } });
  const retiredUnit = await prisma.unit.create({
    data: { institutionId: fx.institutions.tangsel, kind: 'PUSKESMAS', name: 'Puskesmas Lama', active: false },
  });
  const collection = await prisma.cycle.create({ data: { year: 2025, title: 'Penilaian Kepatuhan 2025', stage: 'COLLECTION' } });
  return { retiredBody: retired.id, retiredUnit: retiredUnit.id, collection2025: collection.id };
}

let api: TestApi;
let fx: Fixture;
let extras: Extras;
const as = {} as Record<Who, ApiClient>;

beforeAll(async () => {
  api = await startApi(
    'registry',
    async (prisma) => {
      fx = await seedFixture(prisma);
      extras = await seedRegistryExtras(prisma, fx);
    },
    { PATUH_COUNT_QUERIES: 'true' },
  );
  as.public = api.anonymous();
  for (const who of Object.keys(FIXTURE_USERS) as (keyof typeof FIXTURE_USERS)[]) as[who] = await api.signIn(FIXTURE_USERS[who]);
});

afterAll(async () => {
  await api?.stop();
});

const EVERYONE: Who[] = ['public', 'admin', 'regionalBanten', 'regionalJabar', 'verifier', 'officerTangsel'];
const MISSING_ID = '01900000-0000-7000-8000-000000000000';

/** The code and field of the first error, for refusals. */
async function refusal(client: ApiClient, document: string, variables: Record<string, unknown>) {
  const reply = await client.request(document, variables);
  const error = reply.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, extensions: error?.extensions, data: reply.data };
}

function lastAudit(entityId: string, action: string) {
  return api.prisma.auditEvent.findFirst({ where: { entityId, action }, orderBy: { id: 'desc' } });
}

async function institutionNames(client: ApiClient, filter: Record<string, unknown>): Promise<string[]> {
  const { institutions } = await client.data(INSTITUTIONS, { filter, first: 200 });
  return (institutions.nodes as { name: string }[]).map((n) => n.name);
}

async function updatedAtOf(institutionId: string): Promise<string> {
  return (await api.prisma.institution.findUniqueOrThrow({ where: { id: institutionId } })).updatedAt.toISOString();
}

// ---------------------------------------------------------------- reads

interface InstitutionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string }[];
  nodes: { id: string; name: string }[];
}

describe('reading the registry', () => {
  it('lists provinces to everyone, by code, with their ISO codes', async () => {
    for (const who of EVERYONE) {
      expect((await as[who].data(PROVINCES)).provinces).toEqual([
        { code: '31', name: 'DKI Jakarta', isoCode: 'ID-JK' },
        { code: '32', name: 'Jawa Barat', isoCode: 'ID-JB' },
        { code: '36', name: 'Banten', isoCode: 'ID-BT' },
      ]);
    }
  });

  it('lists active bodies to everyone, and inactive ones to staff only', async () => {
    for (const who of EVERYONE) {
      const names = await institutionNames(as[who], { search: 'Lembaga Uji N' });
      const staff = who === 'admin' || who === 'regionalBanten' || who === 'regionalJabar' || who === 'verifier';
      expect(names, who).toEqual(staff ? ['Lembaga Uji Nonaktif'] : []);
    }
    expect(await institutionNames(as.admin, { active: false })).toEqual(['Lembaga Uji Nonaktif']);
    expect((await refusal(as.public, INSTITUTIONS, { filter: { active: false } })).code).toBe('FORBIDDEN');
    expect((await refusal(as.officerTangsel, INSTITUTIONS, { filter: { active: false } })).code).toBe('FORBIDDEN');
  });

  it('filters by type and province, and names a malformed filter', async () => {
    expect(await institutionNames(as.public, { provinceCode: '36' })).toEqual(['Kabupaten Tangerang', 'Kota Tangerang Selatan', 'Provinsi Banten']);
    expect(await institutionNames(as.public, { type: 'KEMENTERIAN' })).toEqual(['Kementerian Kesehatan']);
    expect(await institutionNames(as.public, { type: 'KABUPATEN', provinceCode: '32' })).toEqual(['Kabupaten Bogor']);
    expect(await refusal(as.public, INSTITUTIONS, { filter: { provinceCode: 'Banten' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCode' });
  });

  it('searches names and official codes in any case', async () => {
    expect(await institutionNames(as.public, { search: 'tangerang SELATAN' })).toEqual(['Kota Tangerang Selatan']);
    expect(await institutionNames(as.public, { search: '36.74' })).toEqual(['Kota Tangerang Selatan']);
    expect(await institutionNames(as.public, { search: '  32.01 ' })).toEqual(['Kabupaten Bogor']);
  });

  it('takes %, _, quote and backslash in a search literally', async () => {
    expect(await institutionNames(as.public, { search: '%' })).toEqual(['Lembaga Uji 100% Terbuka']);
    expect(await institutionNames(as.public, { search: '100%' })).toEqual(['Lembaga Uji 100% Terbuka']);
    expect(await institutionNames(as.public, { search: '_' })).toEqual(['Lembaga Uji A_B']);
    expect(await institutionNames(as.public, { search: 'a_b' })).toEqual(['Lembaga Uji A_B']);
    expect(await institutionNames(as.public, { search: "'" })).toEqual(["Lembaga Uji D'Arc"]);
    expect(await institutionNames(as.public, { search: "d'arc' OR '1'='1" })).toEqual([]);
    expect(await institutionNames(as.public, { search: '\\' })).toEqual(['Lembaga Uji Garis\\Miring']);
    expect(await institutionNames(as.public, { search: 'garis\\m' })).toEqual(['Lembaga Uji Garis\\Miring']);
  });

  it('pages through every body by name then id, without overlap or gaps', async () => {
    const expected = await api.prisma.institution.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true } });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { institutions }: { institutions: InstitutionPage } = await as.admin.data(INSTITUTIONS, { first: 9, after });
      expect(institutions.totalCount).toBe(expected.length);
      const ids = institutions.nodes.map((n) => n.id);
      seen.push(...ids);
      expect(institutions.pageInfo.endCursor).toBe(institutions.edges.at(-1)?.cursor ?? null);
      expect(institutions.pageInfo.hasNextPage).toBe(seen.length < expected.length);
      if (!institutions.pageInfo.hasNextPage) break;
      after = institutions.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((e) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a bad cursor and a bad page size, naming the argument', async () => {
    expect(await refusal(as.public, INSTITUTIONS, { after: 'not-a-cursor' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const notAKey = Buffer.from(JSON.stringify({ name: 'x' })).toString('base64url');
    expect(await refusal(as.public, INSTITUTIONS, { after: notAKey })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badId = Buffer.from(JSON.stringify(['Kota', "x' OR 1=1"])).toString('base64url');
    expect(await refusal(as.public, INSTITUTIONS, { after: badId })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refusal(as.public, INSTITUTIONS, { first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refusal(as.public, INSTITUTIONS, { first: 201 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows one body with its province, units and unit count; an inactive one to staff only', async () => {
    const { institution } = await as.public.data(INSTITUTION, { id: fx.institutions.tangsel });
    expect(institution).toMatchObject({ name: 'Kota Tangerang Selatan', province: { code: '36', name: 'Banten' }, unitCount: 2 });
    expect(institution.units.map((u: { name: string }) => u.name)).toEqual(['DPMPTSP', 'Disdukcapil']);
    expect(institution.units.every((u: { institution: { id: string } }) => u.institution.id === fx.institutions.tangsel)).toBe(true);

    const staffView = (await as.verifier.data(INSTITUTION, { id: fx.institutions.tangsel })).institution;
    expect(staffView.unitCount).toBe(3);
    expect(staffView.units.map((u: { name: string }) => u.name)).toContain('Puskesmas Lama');

    expect((await as.public.data(INSTITUTION, { id: fx.institutions.kemenkes })).institution.province).toBeNull();
    expect((await refusal(as.public, INSTITUTION, { id: extras.retiredBody })).code).toBe('NOT_FOUND');
    expect((await refusal(as.officerTangsel, INSTITUTION, { id: extras.retiredBody })).code).toBe('NOT_FOUND');
    expect((await as.regionalJabar.data(INSTITUTION, { id: extras.retiredBody })).institution.active).toBe(false);
    expect((await refusal(as.public, INSTITUTION, { id: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(await refusal(as.public, INSTITUTION, { id: 'tangsel' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('loads a page of bodies with their provinces and units in a fixed number of SQL statements', async () => {
    const query = `query Counted($first: Int) { institutions(first: $first) { nodes { name province { name } units { name } } } }`;
    const statementsFor = async (first: number) => {
      const res = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { first } }),
      });
      const body = (await res.json()) as { data: { institutions: { nodes: { units: unknown[] }[] } }; extensions?: { sqlStatements?: number } };
      expect(body.data.institutions.nodes).toHaveLength(first);
      return { statements: body.extensions?.sqlStatements, units: body.data.institutions.nodes.reduce((n, i) => n + i.units.length, 0) };
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.units).toBeGreaterThan(50);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it("lists a body's units with paging, inactive ones for staff only", async () => {
    const publicView = (await as.public.data(UNITS, { institutionId: fx.institutions.tangsel })).units;
    expect(publicView.nodes.map((u: { name: string }) => u.name)).toEqual(['DPMPTSP', 'Disdukcapil']);
    const first = (await as.admin.data(UNITS, { institutionId: fx.institutions.tangsel, first: 2 })).units;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await as.admin.data(UNITS, { institutionId: fx.institutions.tangsel, first: 2, after: first.pageInfo.endCursor })).units;
    expect(second.nodes.map((u: { name: string }) => u.name)).toEqual(['Puskesmas Lama']);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect((await as.public.data(UNITS, { institutionId: fx.institutions.tangsel, filter: { search: 'DUKCAP', kind: 'DUKCAPIL' } })).units.totalCount).toBe(1);
    expect((await refusal(as.public, UNITS, { institutionId: fx.institutions.tangsel, filter: { active: false } })).code).toBe('FORBIDDEN');
    expect((await refusal(as.public, UNITS, { institutionId: extras.retiredBody })).code).toBe('NOT_FOUND');
    expect(await refusal(as.public, UNITS, { institutionId: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId' });
    expect(await refusal(as.public, UNITS, { institutionId: fx.institutions.tangsel, after: '!!' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows one unit with its body; retired units and units of retired bodies to staff only', async () => {
    const unitId = fx.units.tangsel![0]!;
    expect((await as.public.data(UNIT, { id: unitId })).unit).toMatchObject({ name: 'DPMPTSP', institution: { name: 'Kota Tangerang Selatan' } });
    const retiredBodyUnit = await api.prisma.unit.findFirstOrThrow({ where: { institutionId: extras.retiredBody } });
    for (const id of [extras.retiredUnit, retiredBodyUnit.id]) {
      expect((await refusal(as.public, UNIT, { id })).code).toBe('NOT_FOUND');
      expect((await as.verifier.data(UNIT, { id })).unit.id).toBe(id);
    }
    expect(await refusal(as.public, UNIT, { id: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('shows service products of published cycles to everyone, of running cycles to staff only', async () => {
    const unitId = fx.units.tangsel![0]!;
    for (const who of EVERYONE) {
      const products = (await as[who].data(SERVICE_PRODUCTS, { unitId, cycleId: fx.cycles.published2023 })).serviceProducts;
      expect(products.map((p: { name: string }) => p.name)).toEqual(['Produk layanan 1', 'Produk layanan 2']);
    }
    expect((await refusal(as.public, SERVICE_PRODUCTS, { unitId, cycleId: fx.cycles.clarification2024 })).code).toBe('FORBIDDEN');
    expect((await refusal(as.officerTangsel, SERVICE_PRODUCTS, { unitId, cycleId: fx.cycles.clarification2024 })).code).toBe('FORBIDDEN');
    expect((await as.verifier.data(SERVICE_PRODUCTS, { unitId, cycleId: fx.cycles.clarification2024 })).serviceProducts).toHaveLength(2);
    expect((await refusal(as.public, SERVICE_PRODUCTS, { unitId, cycleId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(await refusal(as.public, SERVICE_PRODUCTS, { unitId: 'u', cycleId: fx.cycles.published2023 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await refusal(as.public, SERVICE_PRODUCTS, { unitId, cycleId: '2023' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });
});

// ---------------------------------------------------------------- bodies

describe('keeping bodies', () => {
  it('lets an admin add an agency, audited', async () => {
    const { createInstitution } = await as.admin.data(CREATE_INSTITUTION, {
      input: { name: '  Badan Uji Baru  ', type: 'LEMBAGA', code: null, provinceCode: null },
    });
    expect(createInstitution).toMatchObject({ name: 'Badan Uji Baru', type: 'LEMBAGA', code: null, provinceCode: null, active: true });
    expect(await api.prisma.institution.findUnique({ where: { id: createInstitution.id } })).toMatchObject({ name: 'Badan Uji Baru' });
    const audit = await lastAudit(createInstitution.id, 'institution.create');
    expect(audit).toMatchObject({ actorId: fx.users.admin, entityType: 'Institution', institutionId: createInstitution.id });
    expect(audit?.after).toMatchObject({ name: 'Badan Uji Baru' });
  });

  it('lets regional staff add a regional government of their own province only', async () => {
    const city = { name: 'Kota Uji Banten', type: 'KOTA', code: '36.90', provinceCode: '36' };
    expect((await as.regionalBanten.data(CREATE_INSTITUTION, { input: city })).createInstitution).toMatchObject(city);
    const elsewhere = { name: 'Kota Uji Jabar', type: 'KOTA', code: '32.90', provinceCode: '32' };
    expect((await refusal(as.regionalBanten, CREATE_INSTITUTION, { input: elsewhere })).code).toBe('FORBIDDEN');
    expect((await refusal(as.regionalBanten, CREATE_INSTITUTION, { input: { name: 'Kementerian Uji', type: 'KEMENTERIAN' } })).code).toBe('FORBIDDEN');
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], CREATE_INSTITUTION, { input: elsewhere })).code, who).toBe(code);
    }
    expect(await api.prisma.institution.count({ where: { name: 'Kota Uji Jabar' } })).toBe(0);
  });

  it('names the field of every malformed new body', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' A ', type: 'LEMBAGA' }, 'input.name'],
      [{ name: 'x'.repeat(201), type: 'LEMBAGA' }, 'input.name'],
      [{ name: 'Kota Kode Salah', type: 'KOTA', code: '3691', provinceCode: '36' }, 'input.code'],
      [{ name: 'Kota Tanpa Kode', type: 'KOTA', provinceCode: '36' }, 'input.code'],
      [{ name: 'Kota Lain Provinsi', type: 'KOTA', code: '32.91', provinceCode: '36' }, 'input.code'],
      [{ name: 'Provinsi Salah', type: 'PROVINSI', code: '32', provinceCode: '36' }, 'input.code'],
      [{ name: 'Kota Tanpa Provinsi', type: 'KOTA', code: '36.91' }, 'input.provinceCode'],
      [{ name: 'Kementerian Berprovinsi', type: 'KEMENTERIAN', provinceCode: '36' }, 'input.provinceCode'],
      [{ name: 'Kota Provinsi Asing', type: 'KOTA', code: '99.01', provinceCode: '99' }, 'input.provinceCode'],
      [{ name: 'Kota Kembar', type: 'KOTA', code: '36.74', provinceCode: '36' }, 'input.code'],
      [{ name: 'Kota Tangerang Selatan', type: 'KOTA', code: '36.92', provinceCode: '36' }, 'input.name'],
    ];
    for (const [input, field] of cases) {
      expect(await refusal(as.admin, CREATE_INSTITUTION, { input }), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await api.prisma.institution.count({ where: { name: { in: cases.map(([i]) => String(i.name)) }, NOT: { code: '36.74' } } })).toBe(0);
  });

  it('edits a body against the version its editor read, audited', async () => {
    const id = fx.institutions.kabTangerang;
    const read = await updatedAtOf(id);
    const { updateInstitution } = await as.admin.data(UPDATE_INSTITUTION, { id, input: { expectedUpdatedAt: read, name: 'Kabupaten Tangerang Baru' } });
    expect(updateInstitution).toMatchObject({ name: 'Kabupaten Tangerang Baru', code: '36.03', provinceCode: '36' });
    const audit = await lastAudit(id, 'institution.update');
    expect(audit).toMatchObject({ actorId: fx.users.admin, institutionId: id });
    expect(audit?.before).toMatchObject({ name: 'Kabupaten Tangerang' });
    expect(audit?.after).toMatchObject({ name: 'Kabupaten Tangerang Baru' });

    const stale = await refusal(as.admin, UPDATE_INSTITUTION, { id, input: { expectedUpdatedAt: read, name: 'Kabupaten Tangerang Lama' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions?.current).toMatchObject({ name: 'Kabupaten Tangerang Baru' });
    expect((await api.prisma.institution.findUniqueOrThrow({ where: { id } })).name).toBe('Kabupaten Tangerang Baru');

    const fresh = updateInstitution.updatedAt;
    await as.admin.data(UPDATE_INSTITUTION, { id, input: { expectedUpdatedAt: fresh, name: 'Kabupaten Tangerang' } });
  });

  it('names the field of every malformed edit', async () => {
    const id = fx.institutions.tangsel;
    const expectedUpdatedAt = await updatedAtOf(id);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'K' }, 'input.name'],
      [{ name: null }, 'input.name'],
      [{ code: '36-74' }, 'input.code'],
      [{ code: null }, 'input.code'],
      [{ code: '32.01' }, 'input.code'],
      [{ provinceCode: '3' }, 'input.provinceCode'],
      [{ type: 'KEMENTERIAN' }, 'input.provinceCode'],
      [{ name: 'Kota Uji Banten' }, 'input.name'],
    ];
    for (const [change, field] of cases) {
      const reply = await refusal(as.admin, UPDATE_INSTITUTION, { id, input: { expectedUpdatedAt, ...change } });
      expect(reply, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await refusal(as.admin, UPDATE_INSTITUTION, { id: 'x', input: { expectedUpdatedAt } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await refusal(as.admin, UPDATE_INSTITUTION, { id: MISSING_ID, input: { expectedUpdatedAt } })).code).toBe('NOT_FOUND');
    expect(await updatedAtOf(id)).toBe(expectedUpdatedAt);
  });

  it('keeps regional staff to the bodies of their own province', async () => {
    const banten = fx.institutions.tangsel;
    const expectedUpdatedAt = await updatedAtOf(banten);
    expect((await refusal(as.regionalJabar, UPDATE_INSTITUTION, { id: banten, input: { expectedUpdatedAt, name: 'Kota Jabar?' } })).code).toBe('FORBIDDEN');
    expect((await refusal(as.regionalBanten, UPDATE_INSTITUTION, { id: banten, input: { expectedUpdatedAt, code: '32.74', provinceCode: '32' } })).code).toBe('FORBIDDEN');
    expect((await refusal(as.regionalBanten, UPDATE_INSTITUTION, { id: fx.institutions.kemenkes, input: { expectedUpdatedAt, name: 'Kemenkes' } })).code).toBe('FORBIDDEN');
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], UPDATE_INSTITUTION, { id: banten, input: { expectedUpdatedAt, name: 'Kota X' } })).code, who).toBe(code);
    }
    expect(await updatedAtOf(banten)).toBe(expectedUpdatedAt);
    const { updateInstitution } = await as.regionalBanten.data(UPDATE_INSTITUTION, { id: banten, input: { expectedUpdatedAt, name: 'Kota Tangerang Selatan' } });
    expect(updateInstitution.updatedAt).toBe(expectedUpdatedAt);
  });

  it('refuses to deactivate a body under assessment, naming the cycle', async () => {
    const reply = await refusal(as.admin, SET_INSTITUTION_ACTIVE, { id: fx.institutions.bogor, active: false });
    expect(reply.code).toBe('STAGE_NOT_ALLOWED');
    expect(reply.extensions?.reasons).toEqual([{ id: expect.stringContaining('2024'), en: 'Cycle 2024 is at stage CLARIFICATION.' }]);
    expect((await api.prisma.institution.findUniqueOrThrow({ where: { id: fx.institutions.bogor } })).active).toBe(true);
  });

  it('deactivates and reactivates a body, audited, and hides it from the public meanwhile', async () => {
    const id = (await api.prisma.institution.findFirstOrThrow({ where: { name: 'Kota Uji Banten' } })).id;
    expect((await refusal(as.regionalJabar, SET_INSTITUTION_ACTIVE, { id, active: false })).code).toBe('FORBIDDEN');
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], SET_INSTITUTION_ACTIVE, { id, active: false })).code, who).toBe(code);
    }
    expect(await refusal(as.admin, SET_INSTITUTION_ACTIVE, { id: '42', active: false })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    expect((await as.regionalBanten.data(SET_INSTITUTION_ACTIVE, { id, active: false })).setInstitutionActive.active).toBe(false);
    expect(await lastAudit(id, 'institution.deactivate')).toMatchObject({ actorId: fx.users.regionalBanten, after: { active: false } });
    expect((await refusal(as.public, INSTITUTION, { id })).code).toBe('NOT_FOUND');
    expect(await institutionNames(as.public, { search: 'Kota Uji Banten' })).toEqual([]);

    expect((await as.admin.data(SET_INSTITUTION_ACTIVE, { id, active: true })).setInstitutionActive.active).toBe(true);
    expect(await lastAudit(id, 'institution.activate')).toMatchObject({ actorId: fx.users.admin });
    expect((await as.public.data(INSTITUTION, { id })).institution.active).toBe(true);
  });
});

// ---------------------------------------------------------------- units and service products

describe('keeping units', () => {
  let unitId: string;

  it('adds a unit to a body of ones own province, audited', async () => {
    const input = { institutionId: fx.institutions.tangsel, kind: 'PUSKESMAS', name: 'Puskesmas Pondok Ranji' };
    const { createUnit } = await as.regionalBanten.data(CREATE_UNIT, { input });
    expect(createUnit).toMatchObject({ ...input, active: true });
    unitId = createUnit.id;
    expect(await lastAudit(unitId, 'unit.create')).toMatchObject({ actorId: fx.users.regionalBanten, institutionId: fx.institutions.tangsel });

    const elsewhere = { ...input, name: 'Puskesmas Jombang' };
    expect((await refusal(as.regionalJabar, CREATE_UNIT, { input: elsewhere })).code).toBe('FORBIDDEN');
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], CREATE_UNIT, { input: elsewhere })).code, who).toBe(code);
    }
    expect((await refusal(as.admin, CREATE_UNIT, { input: { ...elsewhere, institutionId: MISSING_ID } })).code).toBe('NOT_FOUND');
    expect(await api.prisma.unit.count({ where: { name: 'Puskesmas Jombang' } })).toBe(0);
  });

  it('names the field of every malformed unit', async () => {
    const base = { institutionId: fx.institutions.tangsel, kind: 'DINSOS', name: 'Dinas Sosial' };
    expect(await refusal(as.admin, CREATE_UNIT, { input: { ...base, name: '' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await refusal(as.admin, CREATE_UNIT, { input: { ...base, institutionId: 'tangsel' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.institutionId' });
    expect(await refusal(as.admin, CREATE_UNIT, { input: { ...base, name: 'Disdukcapil' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect((await refusal(as.admin, CREATE_UNIT, { input: { ...base, kind: 'ROBOT' } })).code).toBe('BAD_USER_INPUT');
    const read = (await api.prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).updatedAt.toISOString();
    expect(await refusal(as.admin, UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, name: 'P' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await refusal(as.admin, UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, name: 'DPMPTSP' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await refusal(as.admin, UPDATE_UNIT, { id: 'x', input: { expectedUpdatedAt: read } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await refusal(as.admin, SET_UNIT_ACTIVE, { id: 'x', active: true })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await api.prisma.unit.count({ where: { institutionId: fx.institutions.tangsel } })).toBe(4);
  });

  it('edits a unit against the version its editor read, within scope, audited', async () => {
    const read = (await api.prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).updatedAt.toISOString();
    expect((await refusal(as.regionalJabar, UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, name: 'Puskesmas X' } })).code).toBe('FORBIDDEN');
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, name: 'Puskesmas X' } })).code, who).toBe(code);
    }
    const { updateUnit } = await as.admin.data(UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, name: 'UPT Puskesmas Pondok Ranji' } });
    expect(updateUnit).toMatchObject({ name: 'UPT Puskesmas Pondok Ranji', kind: 'PUSKESMAS' });
    expect(await lastAudit(unitId, 'unit.update')).toMatchObject({ before: { name: 'Puskesmas Pondok Ranji' }, after: { name: 'UPT Puskesmas Pondok Ranji' } });
    const stale = await refusal(as.admin, UPDATE_UNIT, { id: unitId, input: { expectedUpdatedAt: read, kind: 'RSUD' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions?.current).toMatchObject({ kind: 'PUSKESMAS' });
  });

  it('refuses to deactivate a unit under assessment; deactivates others, audited', async () => {
    const sampled = fx.units.tangsel![1]!;
    const reply = await refusal(as.admin, SET_UNIT_ACTIVE, { id: sampled, active: false });
    expect(reply.code).toBe('STAGE_NOT_ALLOWED');
    expect((await api.prisma.unit.findUniqueOrThrow({ where: { id: sampled } })).active).toBe(true);

    expect((await refusal(as.regionalJabar, SET_UNIT_ACTIVE, { id: unitId, active: false })).code).toBe('FORBIDDEN');
    expect((await refusal(as.public, SET_UNIT_ACTIVE, { id: unitId, active: false })).code).toBe('UNAUTHENTICATED');
    expect((await refusal(as.officerTangsel, SET_UNIT_ACTIVE, { id: unitId, active: false })).code).toBe('FORBIDDEN');
    expect((await as.regionalBanten.data(SET_UNIT_ACTIVE, { id: unitId, active: false })).setUnitActive.active).toBe(false);
    expect(await lastAudit(unitId, 'unit.deactivate')).toMatchObject({ actorId: fx.users.regionalBanten });
    expect((await refusal(as.public, UNIT, { id: unitId })).code).toBe('NOT_FOUND');
  });
});

describe('keeping service products', () => {
  it('adds and deletes products while a cycle collects data, within scope, audited', async () => {
    const unitId = fx.units.tangsel![0]!;
    const input = { unitId, cycleId: extras.collection2025, name: 'Perizinan Berusaha' };
    const { createServiceProduct } = await as.regionalBanten.data(CREATE_SERVICE_PRODUCT, { input });
    expect(createServiceProduct).toMatchObject(input);
    expect(await lastAudit(createServiceProduct.id, 'serviceProduct.create')).toMatchObject({ cycleId: extras.collection2025, institutionId: fx.institutions.tangsel });

    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN'], ['regionalJabar', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], CREATE_SERVICE_PRODUCT, { input: { ...input, name: 'Produk Lain' } })).code, who).toBe(code);
      expect((await refusal(as[who], DELETE_SERVICE_PRODUCT, { id: createServiceProduct.id })).code, who).toBe(code);
    }
    expect(await api.prisma.serviceProduct.count({ where: { unitId, cycleId: extras.collection2025 } })).toBe(1);

    expect((await as.admin.data(DELETE_SERVICE_PRODUCT, { id: createServiceProduct.id })).deleteServiceProduct).toBe(createServiceProduct.id);
    expect(await api.prisma.serviceProduct.findUnique({ where: { id: createServiceProduct.id } })).toBeNull();
    expect(await lastAudit(createServiceProduct.id, 'serviceProduct.delete')).toMatchObject({ actorId: fx.users.admin, before: { name: 'Perizinan Berusaha' } });
  });

  it('names the field of malformed products and refuses duplicates', async () => {
    const input = { unitId: fx.units.bogor![0]!, cycleId: extras.collection2025, name: 'Izin Usaha' };
    await as.regionalJabar.data(CREATE_SERVICE_PRODUCT, { input });
    expect(await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input: { ...input, name: 'I' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input: { ...input, unitId: 'u1' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    expect(await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input: { ...input, cycleId: 'c1' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycleId' });
    expect((await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input: { ...input, cycleId: MISSING_ID, name: 'Lain' } })).code).toBe('NOT_FOUND');
    expect(await refusal(as.admin, DELETE_SERVICE_PRODUCT, { id: 'p1' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await refusal(as.admin, DELETE_SERVICE_PRODUCT, { id: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(await api.prisma.serviceProduct.count({ where: { unitId: input.unitId, cycleId: extras.collection2025 } })).toBe(1);
  });

  it('freezes products once collection is over', async () => {
    const unitId = fx.units.tangsel![0]!;
    const added = await refusal(as.admin, CREATE_SERVICE_PRODUCT, { input: { unitId, cycleId: fx.cycles.clarification2024, name: 'Produk Baru' } });
    expect(added.code).toBe('STAGE_NOT_ALLOWED');
    const existing = await api.prisma.serviceProduct.findFirstOrThrow({ where: { unitId, cycleId: fx.cycles.clarification2024 } });
    expect((await refusal(as.admin, DELETE_SERVICE_PRODUCT, { id: existing.id })).code).toBe('STAGE_NOT_ALLOWED');
    expect(await api.prisma.serviceProduct.count({ where: { unitId, cycleId: fx.cycles.clarification2024 } })).toBe(2);
  });
});

// ---------------------------------------------------------------- import

const HEADER = 'kind,institution_code,institution_name,institution_type,province_code,unit_name,unit_kind';

async function registrySize() {
  const [institutions, units, audits] = await Promise.all([api.prisma.institution.count(), api.prisma.unit.count(), api.prisma.auditEvent.count()]);
  return { institutions, units, audits };
}

describe('importing the registry from CSV', () => {
  const badFile = [
    HEADER,
    'institution,36.75,Kota Impor Satu,KOTA,36,,', // 2: create
    'institution,3675,Kota Impor Dua,KOTA,36,,', // 3: bad code
    'unit,36.75,,,,"Dinas ""Sosial""",DINSOS', // 4: create, in a body the file creates
    '"inst', // 5–6: a quoted line break in an unknown kind
    'itution",36.76,Kota Impor Tiga,KOTA,36,,',
    'unit,99.99,,,,Dinas Kesehatan,DINKES', // 7: no such body
    'unit,36.74,,,,Disdukcapil,DUKCAPIL', // 8: unchanged
    'institution,,Kementerian Kesehatan,KEMENTERIAN,36,,', // 9: a ministry with a province
    'unit,36.75,,,,X,ROBOT', // 10: short name, unknown kind
    'institution,36.74,Kota Tangerang Selatan,KOTA,36,,', // 11: unchanged
    'institution,36.75,Kota Impor Satu Lagi,KOTA,36,,', // 12: repeats line 2
    'institution,36.77,Kota Impor Empat,KOTA,36,', // 13: six columns
  ].join('\r\n');

  it('is for admins only', async () => {
    for (const [who, code] of [['public', 'UNAUTHENTICATED'], ['regionalBanten', 'FORBIDDEN'], ['verifier', 'FORBIDDEN'], ['officerTangsel', 'FORBIDDEN']] as const) {
      expect((await refusal(as[who], IMPORT, { csv: HEADER, dryRun: true })).code, who).toBe(code);
    }
  });

  it('reports every bad row with its line in a dry run, and writes nothing', async () => {
    const before = await registrySize();
    const { importRegistry: report } = await as.admin.data(IMPORT, { csv: badFile, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, totalRows: 11, created: 2, updated: 0, unchanged: 2, errorCount: 7 });
    const statusByLine = Object.fromEntries(report.rows.map((r: { line: number; status: string }) => [r.line, r.status]));
    expect(statusByLine).toEqual({
      2: 'CREATE', 3: 'ERROR', 4: 'CREATE', 5: 'ERROR', 7: 'ERROR', 8: 'UNCHANGED', 9: 'ERROR', 10: 'ERROR', 11: 'UNCHANGED', 12: 'ERROR', 13: 'ERROR',
    });
    const reasons = (line: number) => report.rows.find((r: { line: number }) => r.line === line).messages.map((m: { en: string }) => m.en).join(' | ');
    expect(reasons(3)).toMatch(/^institution_code: must be an official code/);
    expect(reasons(5)).toMatch(/^kind: must be "institution" or "unit"/);
    expect(reasons(7)).toMatch(/no body has code 99\.99/);
    expect(reasons(9)).toMatch(/province_code: Ministries and agencies have no province/);
    expect(reasons(10)).toMatch(/unit_name: must be 2–200 characters.*unit_kind: must be one of/);
    expect(reasons(12)).toMatch(/Repeats line 2/);
    expect(reasons(13)).toMatch(/6 columns; it should have 7/);
    expect(report.rows.find((r: { line: number }) => r.line === 4)).toMatchObject({ kind: 'UNIT', key: '36.75 / Dinas "Sosial"' });
    expect(report.rows.find((r: { line: number }) => r.line === 3).messages[0].id).toMatch(/kode wilayah/);
    expect(await registrySize()).toEqual(before);
  });

  it('refuses to write a file with bad rows, with the report, and writes nothing', async () => {
    const before = await registrySize();
    const reply = await refusal(as.admin, IMPORT, { csv: badFile, dryRun: false });
    expect(reply).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(reply.extensions?.report).toMatchObject({ dryRun: false, errorCount: 7, totalRows: 11 });
    expect(await registrySize()).toEqual(before);
    expect(await api.prisma.institution.count({ where: { code: '36.75' } })).toBe(0);
  });

  it('refuses a file without the header, or over the row limit', async () => {
    expect(await refusal(as.admin, IMPORT, { csv: 'institution,36.75,Kota,KOTA,36,,', dryRun: true })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(await refusal(as.admin, IMPORT, { csv: '', dryRun: true })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const tooMany = [HEADER, ...Array.from({ length: 5001 }, (_, n) => `unit,36.74,,,,Unit ${n},OTHER`)].join('\n');
    const reply = await refusal(as.admin, IMPORT, { csv: tooMany, dryRun: false });
    expect(reply).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(reply.extensions?.i18n).toMatchObject({ en: expect.stringContaining('5000') });
  });

  it('writes a clean file in one go, one audit event per created or updated row', async () => {
    const csv = [
      `\uFEFF${HEADER}`,
      'institution,36.75,Kota Impor Satu,KOTA,36,,', // 2: create
      'unit,36.75,Kota Impor Satu,KOTA,,"Dinas Penanaman Modal, PTSP",DPMPTSP', // 3: create
      'unit,,Lembaga Impor Baru,LEMBAGA,,Unit Layanan Publik,other', // 4: create, its body comes below
      'institution,,Lembaga Impor Baru,lembaga,,,', // 5: create
      'unit,36.74,,,,Disdukcapil,DINSOS', // 6: update the kind
      'institution,36.03,Kabupaten Tangerang Raya,KABUPATEN,36,,', // 7: update the name
      'institution,,Kementerian Kesehatan,KEMENTERIAN,,,', // 8: unchanged, found by type and name
      '',
    ].join('\r\n');
    const lastAuditId = (await api.prisma.auditEvent.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0n;
    const dry = (await as.admin.data(IMPORT, { csv, dryRun: true })).importRegistry;
    expect(dry).toMatchObject({ dryRun: true, totalRows: 7, created: 4, updated: 2, unchanged: 1, errorCount: 0 });
    expect(dry.rows.find((r: { line: number }) => r.line === 7).messages).toEqual([
      { id: 'institution_name: "Kabupaten Tangerang" → "Kabupaten Tangerang Raya"', en: 'institution_name: "Kabupaten Tangerang" → "Kabupaten Tangerang Raya"' },
    ]);

    const { importRegistry: done } = await as.admin.data(IMPORT, { csv, dryRun: false });
    expect(done).toMatchObject({ dryRun: false, created: 4, updated: 2, unchanged: 1, errorCount: 0 });

    const city = await api.prisma.institution.findUniqueOrThrow({ where: { code: '36.75' }, include: { units: true } });
    expect(city).toMatchObject({ name: 'Kota Impor Satu', type: 'KOTA', provinceCode: '36', active: true });
    expect(city.units.map((u) => [u.name, u.kind])).toEqual([['Dinas Penanaman Modal, PTSP', 'DPMPTSP']]);
    const agency = await api.prisma.institution.findUniqueOrThrow({ where: { type_name: { type: 'LEMBAGA', name: 'Lembaga Impor Baru' } }, include: { units: true } });
    expect(agency.units.map((u) => [u.name, u.kind])).toEqual([['Unit Layanan Publik', 'OTHER']]);
    expect((await api.prisma.institution.findUniqueOrThrow({ where: { id: fx.institutions.kabTangerang } })).name).toBe('Kabupaten Tangerang Raya');
    expect((await api.prisma.unit.findUniqueOrThrow({ where: { id: fx.units.tangsel![1]! } })).kind).toBe('DINSOS');

    const events = await api.prisma.auditEvent.findMany({ where: { id: { gt: lastAuditId } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action).sort()).toEqual(['institution.create', 'institution.create', 'institution.update', 'unit.create', 'unit.create', 'unit.update']);
    expect(new Set(events.map((e) => e.requestId)).size).toBe(1);
    expect(events.every((e) => e.actorId === fx.users.admin)).toBe(true);
    expect(events.map((e) => e.entityId)).toEqual(expect.arrayContaining([city.id, agency.id, fx.institutions.kabTangerang, fx.units.tangsel![1]!]));

    const again = (await as.admin.data(IMPORT, { csv, dryRun: true })).importRegistry;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 7, errorCount: 0 });
  });
});

// ---------------------------------------------------------------- the apps' documents

describe("the apps' registry documents", () => {
  it('read the registry', async () => {
    expect((await as.public.data(RegistryProvincesDocument)).provinces).toHaveLength(3);
    const page = (await as.admin.data(RegistryInstitutionsDocument, { filter: { provinceCode: '32' }, first: 1 })).institutions;
    expect(page).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [{ name: 'Kabupaten Bogor', unitCount: 2, province: { name: 'Jawa Barat' } }] });
    expect((await as.public.data(RegistrySearchDocument, { search: 'bogor' })).institutions.nodes.map((n) => n.code)).toEqual(['32.01']);
    const body = (await as.public.data(RegistryInstitutionDocument, { id: fx.institutions.bogor })).institution;
    expect(body.units.map((u) => u.kind)).toEqual(['DPMPTSP', 'DUKCAPIL']);
    expect((await as.public.data(RegistryUnitsDocument, { institutionId: fx.institutions.bogor, first: 1 })).units.pageInfo.hasNextPage).toBe(true);
    expect((await as.public.data(RegistryUnitDocument, { id: fx.units.bogor![0]! })).unit.institution.code).toBe('32.01');
    const products = await as.public.data(RegistryServiceProductsDocument, { unitId: fx.units.bogor![0]!, cycleId: fx.cycles.published2023 });
    expect(products.serviceProducts).toHaveLength(2);
  });

  it('keep the registry', async () => {
    const created = (await as.admin.data(CreateInstitutionDocument, { input: { name: 'Lembaga Dokumen', type: 'LEMBAGA' } })).createInstitution;
    const updated = (await as.admin.data(UpdateInstitutionDocument, { id: created.id, input: { expectedUpdatedAt: created.updatedAt, name: 'Lembaga Dokumen Baru' } }))
      .updateInstitution;
    expect(updated.name).toBe('Lembaga Dokumen Baru');
    expect((await as.admin.data(SetInstitutionActiveDocument, { id: created.id, active: false })).setInstitutionActive.active).toBe(false);

    const unit = (await as.admin.data(CreateUnitDocument, { input: { institutionId: created.id, kind: 'OTHER', name: 'Unit Dokumen' } })).createUnit;
    const renamed = (await as.admin.data(UpdateUnitDocument, { id: unit.id, input: { expectedUpdatedAt: unit.updatedAt, kind: 'KANTAH' } })).updateUnit;
    expect(renamed.kind).toBe('KANTAH');
    expect((await as.admin.data(SetUnitActiveDocument, { id: unit.id, active: false })).setUnitActive.active).toBe(false);

    const product = (await as.admin.data(CreateServiceProductDocument, { input: { unitId: unit.id, cycleId: extras.collection2025, name: 'Produk Dokumen' } }))
      .createServiceProduct;
    expect((await as.admin.data(DeleteServiceProductDocument, { id: product.id })).deleteServiceProduct).toBe(product.id);

    const report = (await as.admin.data(ImportRegistryDocument, { csv: `${HEADER}\r\nunit,,Lembaga Dokumen Baru,LEMBAGA,,Unit Dokumen,KANTAH`, dryRun: true }))
      .importRegistry;
    expect(report.rows).toEqual([
      { line: 2, status: 'UNCHANGED', kind: 'UNIT', key: 'LEMBAGA Lembaga Dokumen Baru / Unit Dokumen', messages: [expect.objectContaining({ en: 'This record is inactive and stays inactive.' })] },
    ]);
  });
});
