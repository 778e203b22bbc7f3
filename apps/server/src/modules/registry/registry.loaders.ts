/** Per-request batch loaders of the registry, so a page of bodies costs a fixed number of queries. */
import DataLoader from 'dataloader';
import type { Institution as InstitutionRow, Province as ProvinceRow, Unit as UnitRow } from '@patuh/db';
import { byKeys, defineLoader } from '../../graphql/loaders.js';

export const provinceByCode = defineLoader(
  (prisma) =>
    new DataLoader<string, ProvinceRow | null>(async (codes) =>
      byKeys(codes, await prisma.province.findMany({ where: { code: { in: [...codes] } } }), (p) => p.code),
    ),
);

export const institutionById = defineLoader(
  (prisma) =>
    new DataLoader<string, InstitutionRow | null>(async (ids) =>
      byKeys(ids, await prisma.institution.findMany({ where: { id: { in: [...ids] } } }), (i) => i.id),
    ),
);

/** Every unit of each body, active or not, by name: the field resolver filters by viewer. */
export const unitsByInstitution = defineLoader(
  (prisma) =>
    new DataLoader<string, UnitRow[]>(async (institutionIds) => {
      const rows = await prisma.unit.findMany({
        where: { institutionId: { in: [...institutionIds] } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      const grouped = new Map<string, UnitRow[]>(institutionIds.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.institutionId)?.push(row);
      return institutionIds.map((id) => grouped.get(id) ?? []);
    }),
);
