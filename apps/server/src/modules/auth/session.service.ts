/**
 * Sessions live in PostgreSQL, so any server instance can answer any request. The cookie holds
 * a random token; the database holds only its SHA-256, so a copy of the table opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@patuh/db';
import type { SignedIn } from '../../auth/viewer.js';

/** Signed out after this long without a request… */
export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads from turning into writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(prisma: PrismaClient, userId: string, userAgent: string | undefined): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await prisma.session.create({
    data: {
      id: hashToken(token),
      userId,
      expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

/** The signed-in user behind a session token, or null when it is unknown, expired or the user inactive. */
export async function resolveSession(prisma: PrismaClient, token: string): Promise<SignedIn | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const id = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, provinceCode: true, institutionId: true, active: true } } },
  });
  if (!session || !session.user.active) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } });
  }
  const u = session.user;
  return { kind: 'user', userId: u.id, sessionId: id, role: u.role, provinceCode: u.provinceCode, institutionId: u.institutionId, email: u.email, name: u.name };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function revokeAllSessions(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId } })).count;
}
