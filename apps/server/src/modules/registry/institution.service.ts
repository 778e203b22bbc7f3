/**
 * The assessed bodies: reading the registry, and keeping it. Bodies are never deleted: results,
 * feedback and audit history point at them, so a body that stops being assessed is deactivated.
 */
import type { Institution as InstitutionRow, InstitutionType, Prisma, Province as ProvinceRow } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import { notifyResultsChanged } from '../../cache/results-channel.js';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound, type Bilingual } from '../../errors.js';
import { pageSize, toConnection, type ConnectionShape, type PageArgs } from '../../graphql/connection.js';
import { activeCondition, assertManages, seesInactive } from './registry.access.js';
import { afterNameId, BY_NAME_THEN_ID, decodeNameIdCursor, nameIdOf } from './registry.paging.js';
import { institutionShapeProblem, likeLiteral, type InstitutionShape } from './registry.rules.js';
import { FINISHED_STAGES, refuseWhileAssessed } from './registry.stages.js';
import { refusingDuplicates, type Duplicate } from './unique-violation.js';

type Tx = Prisma.TransactionClient;

export const INSTITUTION: Bilingual = { id: 'Instansi', en: 'Institution' };

const CHANGED_MEANWHILE: Bilingual = {
  id: 'Instansi ini telah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
  en: 'Someone else changed this body since you opened it. Reload it, then make your change again.',
};

const INSTITUTION_DUPLICATES: Readonly<Record<string, Duplicate>> = {
  institution_code_key: { field: 'input.code', message: { id: 'Kode ini sudah dipakai instansi lain.', en: 'Another body already has this code.' } },
  institution_type_name_key: {
    field: 'input.name',
    message: { id: 'Sudah ada instansi berjenis sama dengan nama ini.', en: 'A body of this type with this name already exists.' },
  },
};

export interface InstitutionListFilter {
  search: string | null;
  type: InstitutionType | null;
  provinceCode: string | null;
  active: boolean | null;
}

export interface InstitutionFields extends InstitutionShape {
  name: string;
}

export type InstitutionChanges = Partial<InstitutionFields> & { expectedUpdatedAt: Date };

export function listProvinces(ctx: Context): Promise<ProvinceRow[]> {
  return ctx.prisma.province.findMany({ orderBy: { code: 'asc' } });
}

export async function listInstitutions(ctx: Context, filter: InstitutionListFilter, page: PageArgs): Promise<ConnectionShape<InstitutionRow>> {
  const size = pageSize(page.first);
  const after = decodeNameIdCursor(page.after);
  const pattern = filter.search ? likeLiteral(filter.search) : null;
  const where: Prisma.InstitutionWhereInput = {
    active: activeCondition(ctx.viewer, filter.active),
    type: filter.type ?? undefined,
    provinceCode: filter.provinceCode ?? undefined,
    ...(pattern && {
      OR: [{ name: { contains: pattern, mode: 'insensitive' } }, { code: { contains: pattern, mode: 'insensitive' } }],
    }),
  };
  const [rows, totalCount] = await Promise.all([
    ctx.prisma.institution.findMany({ where: { AND: [where, afterNameId(after)] }, orderBy: BY_NAME_THEN_ID, take: size + 1 }),
    ctx.prisma.institution.count({ where }),
  ]);
  return toConnection(rows, size, totalCount, nameIdOf);
}

/** A body the viewer may see: inactive ones exist only for staff. */
export async function findVisibleInstitution(ctx: Context, id: string): Promise<InstitutionRow> {
  const row = await ctx.prisma.institution.findUnique({ where: { id } });
  if (!row || (!row.active && !seesInactive(ctx.viewer))) throw notFound(INSTITUTION);
  return row;
}

export function createInstitution(ctx: Context, fields: InstitutionFields): Promise<InstitutionRow> {
  assertWellShaped(fields);
  assertManages(ctx.viewer, fields);
  return refusingDuplicates(INSTITUTION_DUPLICATES, () =>
    ctx.prisma.$transaction(async (tx) => {
      await assertProvinceExists(tx, fields.provinceCode);
      const created = await tx.institution.create({ data: fields });
      // Names appear in cached public reads (rankings, profiles): let every instance drop them.
      await notifyResultsChanged(tx, 'registry');
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'institution.create',
        entityType: 'Institution',
        entityId: created.id,
        institutionId: created.id,
        after: created,
      });
      return created;
    }),
  );
}

export function updateInstitution(ctx: Context, id: string, changes: InstitutionChanges): Promise<InstitutionRow> {
  return refusingDuplicates(INSTITUTION_DUPLICATES, () =>
    ctx.prisma.$transaction(async (tx) => {
      const current = await tx.institution.findUnique({ where: { id } });
      if (!current) throw notFound(INSTITUTION);
      assertManages(ctx.viewer, current);
      if (current.updatedAt.getTime() !== changes.expectedUpdatedAt.getTime()) throw conflict(CHANGED_MEANWHILE, current);

      const next: InstitutionFields = {
        code: changes.code === undefined ? current.code : changes.code,
        name: changes.name ?? current.name,
        type: changes.type ?? current.type,
        provinceCode: changes.provinceCode === undefined ? current.provinceCode : changes.provinceCode,
      };
      assertWellShaped(next);
      // A regional office may not move a body out of its own province either.
      assertManages(ctx.viewer, next);
      if (!differs(current, next)) return current;
      if (next.provinceCode !== current.provinceCode) await assertProvinceExists(tx, next.provinceCode);

      // The updatedAt condition catches a change committed between the read above and this write.
      const { count } = await tx.institution.updateMany({ where: { id, updatedAt: current.updatedAt }, data: next });
      if (count === 0) throw conflict(CHANGED_MEANWHILE, await tx.institution.findUnique({ where: { id } }));
      const updated = await tx.institution.findUniqueOrThrow({ where: { id } });
      // Names appear in cached public reads (rankings, profiles): let every instance drop them.
      await notifyResultsChanged(tx, 'registry');
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'institution.update',
        entityType: 'Institution',
        entityId: id,
        institutionId: id,
        before: current,
        after: updated,
      });
      return updated;
    }),
  );
}

/**
 * Deactivates or reactivates a body. A body sampled in a cycle that is not yet published cannot
 * be deactivated: its assessment would vanish from the registry halfway.
 */
export function setInstitutionActive(ctx: Context, id: string, active: boolean): Promise<InstitutionRow> {
  return ctx.prisma.$transaction(async (tx) => {
    const current = await tx.institution.findUnique({ where: { id } });
    if (!current) throw notFound(INSTITUTION);
    assertManages(ctx.viewer, current);
    if (current.active === active) return current;
    if (!active) {
      const sampled = await tx.sampledInstitution.findMany({
        where: { institutionId: id, cycle: { stage: { notIn: [...FINISHED_STAGES] } } },
        select: { cycle: { select: { year: true, stage: true } } },
        orderBy: { cycle: { year: 'asc' } },
      });
      refuseWhileAssessed({ id: 'Instansi ini', en: 'This body' }, sampled.map((s) => s.cycle));
    }
    const updated = await tx.institution.update({ where: { id }, data: { active } });
    // Names appear in cached public reads (rankings, profiles): let every instance drop them.
    await notifyResultsChanged(tx, 'registry');
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: active ? 'institution.activate' : 'institution.deactivate',
      entityType: 'Institution',
      entityId: id,
      institutionId: id,
      before: { active: current.active },
      after: { active },
    });
    return updated;
  });
}

function assertWellShaped(fields: InstitutionShape): void {
  const problem = institutionShapeProblem(fields);
  if (problem) throw badInput(`input.${problem.field}`, problem.message);
}

async function assertProvinceExists(tx: Tx, provinceCode: string | null): Promise<void> {
  if (provinceCode === null) return;
  const province = await tx.province.findUnique({ where: { code: provinceCode }, select: { code: true } });
  if (!province) {
    throw badInput('input.provinceCode', { id: `Provinsi ${provinceCode} tidak dikenal.`, en: `Unknown province ${provinceCode}.` });
  }
}

function differs(current: InstitutionFields, next: InstitutionFields): boolean {
  return current.code !== next.code || current.name !== next.name || current.type !== next.type || current.provinceCode !== next.provinceCode;
}
