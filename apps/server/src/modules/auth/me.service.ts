import type { PrismaClient } from '@patuh/db';
import type { Me } from './auth.type.js';

export async function findMe(prisma: PrismaClient, userId: string): Promise<Me | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true, email: true, name: true, role: true, demo: true,
      province: { select: { code: true, name: true } },
      institution: { select: { id: true, name: true } },
    },
  });
  return u ? { ...u, province: u.province ?? null, institution: u.institution ?? null } : null;
}
