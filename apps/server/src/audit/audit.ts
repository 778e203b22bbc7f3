/**
 * The audit trail: who changed what, when, with the state before and after. Written inside the
 * transaction of the change itself, so there is never a change without its record, nor a record
 * of a change that rolled back.
 */
import type { Prisma } from '@patuh/db';
import type { Viewer } from '../auth/viewer.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  cycleId?: string | null;
  institutionId?: string | null;
  before?: unknown;
  after?: unknown;
}

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** JSON-safe copy: Decimals and Dates become strings, undefined disappears. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, actor: Viewer | null, requestId: string | undefined, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.kind === 'user' ? actor.userId : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      cycleId: entry.cycleId ?? null,
      institutionId: entry.institutionId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: requestId ?? null,
    },
  });
}
