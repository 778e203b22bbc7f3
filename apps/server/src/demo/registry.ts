/**
 * The registry of regional governments: the 38 provinces and the 514 regencies and cities, with
 * their official Kemendagri codes from `idn-area-data`, plus one assessed body per province
 * (the Pemprov) and per regency/city (the Pemkab or Pemkot).
 */
import { randomUUID } from 'node:crypto';
import { InstitutionType, type PrismaClient } from '@patuh/db';
import { getProvinces, getRegencies } from 'idn-area-data';
import { bulkInsert, type TableSpec } from './bulk.js';

/**
 * ISO 3166-2:ID codes by Kemendagri province code, for colouring the map. Written out by hand
 * because `idn-area-data` does not carry them; includes the four Papua provinces of 2022.
 */
export const PROVINCE_ISO_CODES: Readonly<Record<string, string>> = {
  '11': 'ID-AC', // Aceh
  '12': 'ID-SU', // Sumatera Utara
  '13': 'ID-SB', // Sumatera Barat
  '14': 'ID-RI', // Riau
  '15': 'ID-JA', // Jambi
  '16': 'ID-SS', // Sumatera Selatan
  '17': 'ID-BE', // Bengkulu
  '18': 'ID-LA', // Lampung
  '19': 'ID-BB', // Kepulauan Bangka Belitung
  '21': 'ID-KR', // Kepulauan Riau
  '31': 'ID-JK', // DKI Jakarta
  '32': 'ID-JB', // Jawa Barat
  '33': 'ID-JT', // Jawa Tengah
  '34': 'ID-YO', // DI Yogyakarta
  '35': 'ID-JI', // Jawa Timur
  '36': 'ID-BT', // Banten
  '51': 'ID-BA', // Bali
  '52': 'ID-NB', // Nusa Tenggara Barat
  '53': 'ID-NT', // Nusa Tenggara Timur
  '61': 'ID-KB', // Kalimantan Barat
  '62': 'ID-KT', // Kalimantan Tengah
  '63': 'ID-KS', // Kalimantan Selatan
  '64': 'ID-KI', // Kalimantan Timur
  '65': 'ID-KU', // Kalimantan Utara
  '71': 'ID-SA', // Sulawesi Utara
  '72': 'ID-ST', // Sulawesi Tengah
  '73': 'ID-SN', // Sulawesi Selatan
  '74': 'ID-SG', // Sulawesi Tenggara
  '75': 'ID-GO', // Gorontalo
  '76': 'ID-SR', // Sulawesi Barat
  '81': 'ID-MA', // Maluku
  '82': 'ID-MU', // Maluku Utara
  '91': 'ID-PA', // Papua
  '92': 'ID-PB', // Papua Barat
  '93': 'ID-PS', // Papua Selatan
  '94': 'ID-PT', // Papua Tengah
  '95': 'ID-PE', // Papua Pegunungan
  '96': 'ID-PD', // Papua Barat Daya
};

/**
 * Provinces created in 2022 (Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya):
 * the assessments of 2022–2024 covered 34 provinces, without these four.
 */
export const PROVINCES_CREATED_2022: ReadonlySet<string> = new Set(['93', '94', '95', '96']);

/** An assessed body as the later steps need it to sample, assess and find it again. */
export interface AssessedBody {
  id: string;
  /** Stable across runs: the official code, or the name for bodies without one. */
  key: string;
  code: string | null;
  name: string;
  type: InstitutionType;
  provinceCode: string | null;
}

/** A regional government: it always has an official code and a province. */
export interface RegionalInstitution extends AssessedBody {
  code: string;
  type: typeof InstitutionType.PROVINSI | typeof InstitutionType.KABUPATEN | typeof InstitutionType.KOTA;
  provinceCode: string;
}

export interface Registry {
  provinceCount: number;
  institutions: RegionalInstitution[];
}

/** Pemkab or Pemkot, from the name's prefix ("Kabupaten Serang", "Kota Serang"). */
function regencyType(name: string): RegionalInstitution['type'] {
  if (name.startsWith('Kota ')) return InstitutionType.KOTA;
  if (name.startsWith('Kabupaten ')) return InstitutionType.KABUPATEN;
  throw new Error(`Cannot tell a regency from a city by the name "${name}"`);
}

/** The provinces and every regional government, without touching the database. */
export async function loadRegistry(): Promise<{ provinces: { code: string; name: string; isoCode: string }[]; institutions: RegionalInstitution[] }> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
  const withIso = provinces.map((p) => {
    const isoCode = PROVINCE_ISO_CODES[p.code];
    if (!isoCode) throw new Error(`No ISO 3166-2 code for province ${p.code} ${p.name}`);
    return { code: p.code, name: p.name, isoCode };
  });
  const institutions: RegionalInstitution[] = [
    ...withIso.map((p) => ({
      id: randomUUID(),
      key: p.code,
      code: p.code,
      name: `Provinsi ${p.name}`,
      type: InstitutionType.PROVINSI,
      provinceCode: p.code,
    })),
    ...regencies.map((r) => ({
      id: randomUUID(),
      key: r.code,
      code: r.code,
      name: r.name,
      type: regencyType(r.name),
      provinceCode: r.provinceCode,
    })),
  ];
  return { provinces: withIso, institutions };
}

/** The institution table, for the regional governments here and the ministries and agencies. */
export const INSTITUTION_TABLE: TableSpec<AssessedBody> = {
  table: 'institution',
  columns: [
    { name: 'id', type: 'uuid', value: (b) => b.id },
    { name: 'code', type: 'text', value: (b) => b.code },
    { name: 'name', type: 'text', value: (b) => b.name },
    { name: 'type', type: '"InstitutionType"', value: (b) => b.type },
    { name: 'province_code', type: 'varchar', value: (b) => b.provinceCode },
  ],
  stampUpdatedAt: true,
};

/** Writes the provinces and regional governments into an empty registry. */
export async function seedRegistry(prisma: PrismaClient): Promise<Registry> {
  const { provinces, institutions } = await loadRegistry();
  await prisma.province.createMany({ data: provinces });
  await bulkInsert(prisma, INSTITUTION_TABLE, institutions);
  return { provinceCount: provinces.length, institutions };
}
