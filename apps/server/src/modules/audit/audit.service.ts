import type { Prisma, PrismaClient } from '@patuh/db';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { AuditEvent } from './audit.type.js';

export interface AuditQuery {
  cycleId?: string | null;
  institutionId?: string | null;
  actorId?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The newest first; the cursor is the event id, which only grows. */
export async function listAuditEvents(
  prisma: PrismaClient,
  q: AuditQuery,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<AuditEvent>> {
  const size = pageSize(page.first);
  const where: Prisma.AuditEventWhereInput = {
    ...(q.cycleId ? { cycleId: q.cycleId } : {}),
    ...(q.institutionId ? { institutionId: q.institutionId } : {}),
    ...(q.actorId ? { actorId: q.actorId } : {}),
    ...(q.action ? (q.action.endsWith('.') ? { action: { startsWith: q.action } } : { action: q.action }) : {}),
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
  };
  const cursor = decodeCursor(page.after);
  const pageWhere = cursor ? { AND: [where, { id: { lt: BigInt(String(cursor[0])) } }] } : where;
  const [rows, totalCount] = await prisma.$transaction([
    prisma.auditEvent.findMany({
      where: pageWhere,
      orderBy: { id: 'desc' },
      take: size + 1,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
    prisma.auditEvent.count({ where }),
  ]);
  const events: AuditEvent[] = rows.map((r) => ({ ...r, id: r.id.toString(), actor: r.actor ?? null }));
  return toConnection(events, size, totalCount, (e) => [e.id]);
}
