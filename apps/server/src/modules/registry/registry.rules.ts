/**
 * What a valid body, unit and service product look like. The mutations and the CSV import share
 * these rules, so both refuse the same things for the same reasons.
 */
import { InstitutionType, UnitKind } from '@patuh/db';
import { z } from 'zod';
import type { Bilingual } from '../../errors.js';

export const nameSchema = z.string().trim().min(2).max(200);

/** Kemendagri area codes: "36" for a province, "36.74" for a regency or city. */
const OFFICIAL_CODE = /^\d{2}(\.\d{2})?$/;

/** An optional official code: blank means none. */
export const officialCodeSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.string().regex(OFFICIAL_CODE, 'expected an official code such as "36" or "36.74"').nullable());

export const provinceCodeSchema = z.string().trim().regex(/^\d{2}$/, 'expected a two-digit province code such as "36"');

/** An optional province: blank means none. */
export const optionalProvinceCodeSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(provinceCodeSchema.nullable());

export const institutionTypeSchema = z.enum(InstitutionType);
export const unitKindSchema = z.enum(UnitKind);
export const idSchema = z.uuid();

const REGIONAL_GOVERNMENTS: ReadonlySet<InstitutionType> = new Set([
  InstitutionType.PROVINSI,
  InstitutionType.KABUPATEN,
  InstitutionType.KOTA,
]);

const isRegionalGovernment = (type: InstitutionType) => REGIONAL_GOVERNMENTS.has(type);

export interface InstitutionShape {
  type: InstitutionType;
  code: string | null;
  provinceCode: string | null;
}

export interface ShapeProblem {
  field: 'code' | 'provinceCode';
  message: Bilingual;
}

/**
 * The rules tying a body's type to its province and official code: ministries and agencies sit
 * under no province; a regional government has a province and the Kemendagri code of its area,
 * which starts with its province's code ("36" for Banten itself, "36.74" for a city in it).
 */
export function institutionShapeProblem({ type, code, provinceCode }: InstitutionShape): ShapeProblem | null {
  if (!isRegionalGovernment(type)) {
    return provinceCode === null
      ? null
      : { field: 'provinceCode', message: { id: 'Kementerian dan lembaga tidak berada di bawah provinsi.', en: 'Ministries and agencies have no province.' } };
  }
  if (provinceCode === null) {
    return { field: 'provinceCode', message: { id: 'Pemerintah daerah wajib memiliki provinsi.', en: 'A regional government needs a province.' } };
  }
  if (code === null) {
    return { field: 'code', message: { id: 'Pemerintah daerah wajib memiliki kode wilayah.', en: 'A regional government needs its official area code.' } };
  }
  if (type === InstitutionType.PROVINSI && code !== provinceCode) {
    return {
      field: 'code',
      message: { id: `Kode pemerintah provinsi harus sama dengan kode provinsinya (${provinceCode}).`, en: `A province's code must be its province code (${provinceCode}).` },
    };
  }
  if (type !== InstitutionType.PROVINSI && !new RegExp(`^${provinceCode}\\.\\d{2}$`).test(code)) {
    return {
      field: 'code',
      message: { id: `Kode kabupaten/kota harus berbentuk ${provinceCode}.NN.`, en: `A regency or city code must read ${provinceCode}.NN.` },
    };
  }
  return null;
}

/** Escapes LIKE wildcards: Prisma's `contains` passes `%`, `_` and `\` through to the pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
