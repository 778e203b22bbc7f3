/**
 * The service products observed in a unit during one cycle. They are part of an assessment in
 * progress: staff see them at any time, everyone else once the cycle is published, and they can
 * change only until data collection ends.
 */
import type { ServiceProduct as ServiceProductRow } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import { forbidden, notFound, type Bilingual } from '../../errors.js';
import { seesInactive, assertManages } from './registry.access.js';
import { assertProductsEditable, isFinished } from './registry.stages.js';
import { refusingDuplicates, type Duplicate } from './unique-violation.js';
import { findVisibleUnit, UNIT } from './unit.service.js';

const CYCLE: Bilingual = { id: 'Siklus', en: 'Cycle' };
const SERVICE_PRODUCT: Bilingual = { id: 'Produk layanan', en: 'Service product' };

const PRODUCT_DUPLICATES: Readonly<Record<string, Duplicate>> = {
  service_product_unit_id_cycle_id_name_key: {
    field: 'input.name',
    message: { id: 'Unit ini sudah memiliki produk layanan dengan nama ini pada siklus ini.', en: 'This unit already has a product with this name in this cycle.' },
  },
};

export interface ServiceProductFields {
  unitId: string;
  cycleId: string;
  name: string;
}

export async function listServiceProducts(ctx: Context, unitId: string, cycleId: string): Promise<ServiceProductRow[]> {
  await findVisibleUnit(ctx, unitId);
  const cycle = await ctx.prisma.cycle.findUnique({ where: { id: cycleId }, select: { stage: true } });
  if (!cycle) throw notFound(CYCLE);
  if (!isFinished(cycle.stage) && !seesInactive(ctx.viewer)) {
    throw forbidden({
      id: 'Produk layanan siklus ini baru dapat dilihat setelah hasilnya dipublikasikan.',
      en: "This cycle's service products are visible once its results are published.",
    });
  }
  return ctx.prisma.serviceProduct.findMany({ where: { unitId, cycleId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}

export function createServiceProduct(ctx: Context, fields: ServiceProductFields): Promise<ServiceProductRow> {
  return refusingDuplicates(PRODUCT_DUPLICATES, () =>
    ctx.prisma.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: fields.unitId }, select: { institution: { select: { id: true, provinceCode: true } } } });
      if (!unit) throw notFound(UNIT);
      assertManages(ctx.viewer, unit.institution);
      const cycle = await tx.cycle.findUnique({ where: { id: fields.cycleId }, select: { year: true, stage: true } });
      if (!cycle) throw notFound(CYCLE);
      assertProductsEditable(cycle);
      const created = await tx.serviceProduct.create({ data: fields });
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'serviceProduct.create',
        entityType: 'ServiceProduct',
        entityId: created.id,
        cycleId: created.cycleId,
        institutionId: unit.institution.id,
        after: created,
      });
      return created;
    }),
  );
}

/** Deletes a product added by mistake; returns its id. */
export function deleteServiceProduct(ctx: Context, id: string): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const product = await tx.serviceProduct.findUnique({
      where: { id },
      include: { cycle: { select: { year: true, stage: true } }, unit: { select: { institution: { select: { id: true, provinceCode: true } } } } },
    });
    if (!product) throw notFound(SERVICE_PRODUCT);
    assertManages(ctx.viewer, product.unit.institution);
    assertProductsEditable(product.cycle);
    await tx.serviceProduct.delete({ where: { id } });
    const { cycle: _cycle, unit, ...before } = product;
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'serviceProduct.delete',
      entityType: 'ServiceProduct',
      entityId: id,
      cycleId: product.cycleId,
      institutionId: unit.institution.id,
      before,
    });
    return id;
  });
}
