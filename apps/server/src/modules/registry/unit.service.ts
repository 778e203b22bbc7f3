/**
 * The service units inside each body. Like bodies, units are deactivated rather than deleted,
 * and a unit sampled in a cycle not yet published stays active until that cycle is published.
 */
import type { Prisma, Unit as UnitRow, UnitKind } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import { notifyResultsChanged } from '../../cache/results-channel.js';
import type { Context } from '../../context.js';
import { conflict, notFound, type Bilingual } from '../../errors.js';
import { pageSize, toConnection, type ConnectionShape, type PageArgs } from '../../graphql/connection.js';
import { loaderOf } from '../../graphql/loaders.js';
import { findVisibleInstitution, INSTITUTION } from './institution.service.js';
import { activeCondition, assertManages, seesInactive } from './registry.access.js';
import { unitsByInstitution } from './registry.loaders.js';
import { afterNameId, BY_NAME_THEN_ID, decodeNameIdCursor, nameIdOf } from './registry.paging.js';
import { likeLiteral } from './registry.rules.js';
import { FINISHED_STAGES, refuseWhileAssessed } from './registry.stages.js';
import { refusingDuplicates, type Duplicate } from './unique-violation.js';

export const UNIT: Bilingual = { id: 'Unit layanan', en: 'Service unit' };

const CHANGED_MEANWHILE: Bilingual = {
  id: 'Unit layanan ini telah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
  en: 'Someone else changed this unit since you opened it. Reload it, then make your change again.',
};

const UNIT_DUPLICATES: Readonly<Record<string, Duplicate>> = {
  unit_institution_id_name_key: {
    field: 'input.name',
    message: { id: 'Instansi ini sudah memiliki unit layanan dengan nama ini.', en: 'This body already has a unit with this name.' },
  },
};

export interface UnitListFilter {
  search: string | null;
  kind: UnitKind | null;
  active: boolean | null;
}

export interface UnitFields {
  institutionId: string;
  kind: UnitKind;
  name: string;
}

export type UnitChanges = Partial<Pick<UnitFields, 'kind' | 'name'>> & { expectedUpdatedAt: Date };

export async function listUnits(ctx: Context, institutionId: string, filter: UnitListFilter, page: PageArgs): Promise<ConnectionShape<UnitRow>> {
  const size = pageSize(page.first);
  const after = decodeNameIdCursor(page.after);
  await findVisibleInstitution(ctx, institutionId);
  const where: Prisma.UnitWhereInput = {
    institutionId,
    active: activeCondition(ctx.viewer, filter.active),
    kind: filter.kind ?? undefined,
    ...(filter.search && { name: { contains: likeLiteral(filter.search), mode: 'insensitive' } }),
  };
  const [rows, totalCount] = await Promise.all([
    ctx.prisma.unit.findMany({ where: { AND: [where, afterNameId(after)] }, orderBy: BY_NAME_THEN_ID, take: size + 1 }),
    ctx.prisma.unit.count({ where }),
  ]);
  return toConnection(rows, size, totalCount, nameIdOf);
}

/** A unit the viewer may see: for the public, the unit and its body are both active. */
export async function findVisibleUnit(ctx: Context, id: string): Promise<UnitRow> {
  const row = await ctx.prisma.unit.findUnique({ where: { id }, include: { institution: { select: { active: true } } } });
  if (!row || (!(row.active && row.institution.active) && !seesInactive(ctx.viewer))) throw notFound(UNIT);
  const { institution: _body, ...unit } = row;
  return unit;
}

/** A body's units the viewer may see, through the per-request loader (one query per page of bodies). */
export async function visibleUnitsOf(ctx: Context, institutionId: string): Promise<UnitRow[]> {
  const units = await loaderOf(ctx, unitsByInstitution).load(institutionId);
  return seesInactive(ctx.viewer) ? units : units.filter((u) => u.active);
}

export function createUnit(ctx: Context, fields: UnitFields): Promise<UnitRow> {
  return refusingDuplicates(UNIT_DUPLICATES, () =>
    ctx.prisma.$transaction(async (tx) => {
      const institution = await tx.institution.findUnique({ where: { id: fields.institutionId } });
      if (!institution) throw notFound(INSTITUTION);
      assertManages(ctx.viewer, institution);
      const created = await tx.unit.create({ data: fields });
      // Names appear in cached public reads (rankings, profiles): let every instance drop them.
      await notifyResultsChanged(tx, 'registry');
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'unit.create',
        entityType: 'Unit',
        entityId: created.id,
        institutionId: created.institutionId,
        after: created,
      });
      return created;
    }),
  );
}

export function updateUnit(ctx: Context, id: string, changes: UnitChanges): Promise<UnitRow> {
  return refusingDuplicates(UNIT_DUPLICATES, () =>
    ctx.prisma.$transaction(async (tx) => {
      const current = await tx.unit.findUnique({ where: { id }, include: { institution: { select: { provinceCode: true } } } });
      if (!current) throw notFound(UNIT);
      assertManages(ctx.viewer, current.institution);
      const { institution: _body, ...before } = current;
      if (before.updatedAt.getTime() !== changes.expectedUpdatedAt.getTime()) throw conflict(CHANGED_MEANWHILE, before);

      const next = { kind: changes.kind ?? before.kind, name: changes.name ?? before.name };
      if (next.kind === before.kind && next.name === before.name) return before;
      // The updatedAt condition catches a change committed between the read above and this write.
      const { count } = await tx.unit.updateMany({ where: { id, updatedAt: before.updatedAt }, data: next });
      if (count === 0) throw conflict(CHANGED_MEANWHILE, await tx.unit.findUnique({ where: { id } }));
      const updated = await tx.unit.findUniqueOrThrow({ where: { id } });
      // Names appear in cached public reads (rankings, profiles): let every instance drop them.
      await notifyResultsChanged(tx, 'registry');
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'unit.update',
        entityType: 'Unit',
        entityId: id,
        institutionId: updated.institutionId,
        before,
        after: updated,
      });
      return updated;
    }),
  );
}

export function setUnitActive(ctx: Context, id: string, active: boolean): Promise<UnitRow> {
  return ctx.prisma.$transaction(async (tx) => {
    const current = await tx.unit.findUnique({ where: { id }, include: { institution: { select: { provinceCode: true } } } });
    if (!current) throw notFound(UNIT);
    assertManages(ctx.viewer, current.institution);
    const { institution: _body, ...before } = current;
    if (before.active === active) return before;
    if (!active) {
      const sampled = await tx.sampling.findMany({
        where: { unitId: id, cycle: { stage: { notIn: [...FINISHED_STAGES] } } },
        select: { cycle: { select: { year: true, stage: true } } },
        orderBy: { cycle: { year: 'asc' } },
      });
      refuseWhileAssessed({ id: 'Unit layanan ini', en: 'This unit' }, sampled.map((s) => s.cycle));
    }
    const updated = await tx.unit.update({ where: { id }, data: { active } });
    // Names appear in cached public reads (rankings, profiles): let every instance drop them.
    await notifyResultsChanged(tx, 'registry');
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: active ? 'unit.activate' : 'unit.deactivate',
      entityType: 'Unit',
      entityId: id,
      institutionId: updated.institutionId,
      before: { active: before.active },
      after: { active },
    });
    return updated;
  });
}
