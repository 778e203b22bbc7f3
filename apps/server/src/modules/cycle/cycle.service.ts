import type { PrismaClient } from '@patuh/db';
import type { Cycle } from './cycle.type.js';

export function listCycles(prisma: PrismaClient): Promise<Cycle[]> {
  return prisma.cycle.findMany({
    select: { id: true, year: true, title: true, stage: true, synthetic: true },
    orderBy: { year: 'desc' },
  });
}
