/**
 * The service units assessed inside each body, per the sampling rules: five departments and two
 * health centres per regency/city, four departments and a hospital per province, and the service
 * units listed for each ministry and agency. Each unit carries the names of the service products
 * observed in it (two per local unit, five per central unit).
 */
import { randomUUID } from 'node:crypto';
import { InstitutionType, UnitKind, type PrismaClient } from '@patuh/db';
import { getDistricts } from 'idn-area-data';
import { bulkInsert, type TableSpec } from './bulk.js';
import type { CentralInstitution, CentralInstitutionSpec } from './ministries.js';
import type { RegionalInstitution } from './registry.js';

export interface DemoUnit {
  id: string;
  institutionId: string;
  kind: UnitKind;
  name: string;
  /** Service products observed in the unit each cycle. */
  products: readonly string[];
}

const LOCAL_DEPARTMENTS: readonly { kind: UnitKind; name: string }[] = [
  { kind: UnitKind.DPMPTSP, name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' },
  { kind: UnitKind.DUKCAPIL, name: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { kind: UnitKind.DINSOS, name: 'Dinas Sosial' },
  { kind: UnitKind.DINDIK, name: 'Dinas Pendidikan' },
  { kind: UnitKind.DINKES, name: 'Dinas Kesehatan' },
];

const PROVINCIAL_DEPARTMENTS: readonly { kind: UnitKind; name: string }[] = [
  { kind: UnitKind.DPMPTSP, name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' },
  { kind: UnitKind.DINDIK, name: 'Dinas Pendidikan' },
  { kind: UnitKind.DINKES, name: 'Dinas Kesehatan' },
  { kind: UnitKind.DINSOS, name: 'Dinas Sosial' },
];

/** Two products a regency/city unit of each kind typically delivers. */
const LOCAL_PRODUCTS: Readonly<Partial<Record<UnitKind, readonly string[]>>> = {
  [UnitKind.DPMPTSP]: ['Persetujuan Bangunan Gedung', 'Surat Izin Praktik Tenaga Kesehatan'],
  [UnitKind.DUKCAPIL]: ['Kartu Tanda Penduduk Elektronik', 'Akta Kelahiran'],
  [UnitKind.DINSOS]: ['Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan', 'Pengusulan Data Terpadu Kesejahteraan Sosial'],
  [UnitKind.DINDIK]: ['Legalisasi Ijazah', 'Surat Keterangan Pindah Sekolah'],
  [UnitKind.DINKES]: ['Sertifikat Laik Higiene Sanitasi', 'Rekomendasi Izin Operasional Klinik'],
  [UnitKind.PUSKESMAS]: ['Pemeriksaan Umum', 'Kesehatan Ibu dan Anak'],
};

/** Provinces run other services than regencies (senior high schools, provincial permits). */
const PROVINCIAL_PRODUCTS: Readonly<Partial<Record<UnitKind, readonly string[]>>> = {
  [UnitKind.DPMPTSP]: ['Izin Trayek Angkutan Antarkota dalam Provinsi', 'Persetujuan Lingkungan'],
  [UnitKind.DINDIK]: ['Legalisasi Ijazah SMA/SMK', 'Mutasi Peserta Didik SMA/SMK'],
  [UnitKind.DINKES]: ['Rekomendasi Izin Rumah Sakit Kelas B', 'Sertifikat Produksi Pangan Industri Rumah Tangga'],
  [UnitKind.DINSOS]: ['Rekomendasi Pengangkatan Anak', 'Rujukan Rehabilitasi Sosial'],
  [UnitKind.RSUD]: ['Rawat Jalan', 'Instalasi Gawat Darurat'],
};

/**
 * Units known by their real names. Tangerang Selatan's 2023 report card names its education
 * department Disdikbud and its two sampled health centres Pondok Ranji and Jombang.
 */
const NAMED_UNITS: Readonly<Record<string, { department?: Partial<Record<UnitKind, string>>; healthCentres?: readonly [string, string] }>> = {
  '36.74': {
    department: { [UnitKind.DINDIK]: 'Dinas Pendidikan dan Kebudayaan' },
    healthCentres: ['UPT Puskesmas Pondok Ranji', 'UPT Puskesmas Jombang'],
  },
};

function productsOf(table: Readonly<Partial<Record<UnitKind, readonly string[]>>>, kind: UnitKind): readonly string[] {
  const products = table[kind];
  if (!products) throw new Error(`No service products listed for ${kind}`);
  return products;
}

/**
 * Health centres are named after the regency's first two districts (kecamatan), as UPT Puskesmas
 * usually are; the district list comes from the same official data as the registry.
 */
async function healthCentreNames(): Promise<Map<string, [string, string]>> {
  const byRegency = new Map<string, string[]>();
  for (const district of await getDistricts({ transform: true })) {
    const names = byRegency.get(district.regencyCode) ?? [];
    names.push(district.name);
    byRegency.set(district.regencyCode, names);
  }
  const result = new Map<string, [string, string]>();
  for (const [regency, names] of byRegency) {
    const [first, second] = names;
    if (first === undefined || second === undefined) throw new Error(`Regency ${regency} has fewer than two districts`);
    result.set(regency, [`UPT Puskesmas ${first}`, `UPT Puskesmas ${second}`]);
  }
  return result;
}

function regencyUnits(institution: RegionalInstitution, healthCentres: ReadonlyMap<string, [string, string]>): DemoUnit[] {
  const named = NAMED_UNITS[institution.code];
  const centres = named?.healthCentres ?? healthCentres.get(institution.code);
  if (!centres) throw new Error(`No districts for ${institution.code} ${institution.name}`);
  return [
    ...LOCAL_DEPARTMENTS.map(({ kind, name }) => ({ kind, name: named?.department?.[kind] ?? name })),
    ...centres.map((name) => ({ kind: UnitKind.PUSKESMAS, name })),
  ].map(({ kind, name }) => ({ id: randomUUID(), institutionId: institution.id, kind, name, products: productsOf(LOCAL_PRODUCTS, kind) }));
}

function provinceUnits(institution: RegionalInstitution): DemoUnit[] {
  const provinceName = institution.name.replace(/^Provinsi /, '');
  return [
    ...PROVINCIAL_DEPARTMENTS,
    { kind: UnitKind.RSUD, name: `Rumah Sakit Umum Daerah Provinsi ${provinceName}` },
  ].map(({ kind, name }) => ({ id: randomUUID(), institutionId: institution.id, kind, name, products: productsOf(PROVINCIAL_PRODUCTS, kind) }));
}

function centralUnits(institutionId: string, spec: CentralInstitutionSpec): DemoUnit[] {
  return spec.units.map((unit) => ({ id: randomUUID(), institutionId, kind: unit.kind, name: unit.name, products: unit.products }));
}

/** Builds every unit of the regional governments and of the ministries and agencies. */
export async function buildUnits(regional: readonly RegionalInstitution[], central: readonly CentralInstitution[]): Promise<DemoUnit[]> {
  const healthCentres = await healthCentreNames();
  return [
    ...regional.flatMap((institution) =>
      institution.type === InstitutionType.PROVINSI ? provinceUnits(institution) : regencyUnits(institution, healthCentres),
    ),
    ...central.flatMap(({ id, spec }) => centralUnits(id, spec)),
  ];
}

const UNIT_TABLE: TableSpec<DemoUnit> = {
  table: 'unit',
  columns: [
    { name: 'id', type: 'uuid', value: (u) => u.id },
    { name: 'institution_id', type: 'uuid', value: (u) => u.institutionId },
    { name: 'kind', type: '"UnitKind"', value: (u) => u.kind },
    { name: 'name', type: 'text', value: (u) => u.name },
  ],
  stampUpdatedAt: true,
};

export async function seedUnits(prisma: PrismaClient, units: readonly DemoUnit[]): Promise<void> {
  await bulkInsert(prisma, UNIT_TABLE, units);
}
