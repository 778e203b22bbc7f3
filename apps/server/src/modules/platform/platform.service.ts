import type { PrismaClient } from '@patuh/db';
import { DataSource, type Platform } from './platform.type.js';

export const PLATFORM_NAME = 'Patuh';

export async function getPlatform(prisma: PrismaClient): Promise<Platform> {
  const [provinceCount, institutionCount, cycleCount, syntheticCycles] = await prisma.$transaction([
    prisma.province.count(),
    prisma.institution.count({ where: { active: true } }),
    prisma.cycle.count(),
    prisma.cycle.count({ where: { synthetic: true } }),
  ]);
  const dataSource = syntheticCycles > 0 ? DataSource.DEMO : cycleCount > 0 ? DataSource.OFFICIAL : DataSource.EMPTY;
  return { name: PLATFORM_NAME, dataSource, provinceCount, institutionCount, cycleCount };
}
