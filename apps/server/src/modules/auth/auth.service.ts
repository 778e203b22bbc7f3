/**
 * Signing in and out. Failed attempts are counted per account; after a few, the account is
 * locked for a time that doubles with every further failure, so guessing a password costs more
 * than it can win, while a person who mistyped waits seconds, not hours.
 */
import type { PrismaClient } from '@patuh/db';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import type { SignedIn } from '../../auth/viewer.js';
import { PatuhError } from '../../errors.js';
import { createSession, revokeAllSessions, revokeSession } from './session.service.js';

/** Failures allowed before the first lock. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 15_000;
const LONGEST_LOCK_MS = 60 * 60 * 1000;

export function lockDuration(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** (failedAttempts - FREE_ATTEMPTS), LONGEST_LOCK_MS);
}

const WRONG_CREDENTIALS = new PatuhError('UNAUTHENTICATED', {
  id: 'E-mel atau kata sandi salah.',
  en: 'Wrong e-mail or password.',
});

/** A hash verified when the e-mail is unknown, so both failures take as long. */
let decoyHash: Promise<string> | undefined;

export async function signIn(
  prisma: PrismaClient,
  input: { email: string; password: string; userAgent?: string; previousSessionId?: string },
): Promise<{ token: string; userId: string }> {
  const email = input.email.trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !user.active || !user.passwordHash) {
    decoyHash ??= hashPassword('decoy password for timing');
    await verifyPassword(await decoyHash, input.password);
    throw WRONG_CREDENTIALS;
  }
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    const retryAfterSeconds = Math.ceil((user.lockedUntil.getTime() - now) / 1000);
    throw new PatuhError(
      'ACCOUNT_LOCKED',
      {
        id: `Terlalu banyak percobaan gagal. Coba lagi dalam ${retryAfterSeconds} detik.`,
        en: `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
      },
      { retryAfterSeconds },
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    // Counted in the database, atomically, so parallel guesses on several instances all count.
    const updated = await prisma.user.update({
      where: { id: user.id },
      data: { failedAttempts: { increment: 1 } },
      select: { failedAttempts: true },
    });
    const lockMs = lockDuration(updated.failedAttempts);
    if (lockMs > 0) await prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + lockMs) } });
    throw WRONG_CREDENTIALS;
  }
  // A new session id at every sign-in: a token planted before sign-in is worth nothing after.
  if (input.previousSessionId) await revokeSession(prisma, input.previousSessionId);
  await prisma.user.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null, lastSignInAt: new Date() } });
  const token = await createSession(prisma, user.id, input.userAgent);
  return { token, userId: user.id };
}

export async function signOut(prisma: PrismaClient, viewer: SignedIn): Promise<void> {
  await revokeSession(prisma, viewer.sessionId);
}

export async function signOutEverywhere(prisma: PrismaClient, viewer: SignedIn): Promise<number> {
  return revokeAllSessions(prisma, viewer.userId);
}

/**
 * The first admin, from PATUH_ADMIN_EMAIL and PATUH_ADMIN_PASSWORD, when no admin exists yet:
 * how a real deployment gets its first way in.
 */
export async function ensureFirstAdmin(prisma: PrismaClient, email: string | undefined, password: string | undefined): Promise<boolean> {
  if (!email || !password) return false;
  const admins = await prisma.user.count({ where: { role: 'ADMIN', demo: false } });
  if (admins > 0) return false;
  await prisma.user.upsert({
    where: { email: email.trim().toLowerCase() },
    update: { role: 'ADMIN', active: true, passwordHash: await hashPassword(password), provinceCode: null, institutionId: null },
    create: { email: email.trim().toLowerCase(), name: 'Administrator', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  return true;
}
