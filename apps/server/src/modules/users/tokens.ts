/** Single-use, expiring link tokens for invitations and password resets; stored hashed. */
import { randomBytes } from 'node:crypto';
import type { Prisma, TokenKind } from '@patuh/db';
import { hashToken } from '../auth/session.service.js';

export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

export async function issueToken(tx: Prisma.TransactionClient, userId: string, kind: TokenKind): Promise<string> {
  // A new link makes the older ones of the same kind worthless.
  await tx.userToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } });
  const token = randomBytes(32).toString('base64url');
  await tx.userToken.create({
    data: { userId, kind, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[kind]) },
  });
  return token;
}

/** Marks the token used and returns its user, or null when it is unknown, used or expired. */
export async function redeemToken(tx: Prisma.TransactionClient, token: string, kind: TokenKind): Promise<string | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const claimed = await tx.userToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), kind, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true },
  });
  return claimed[0]?.userId ?? null;
}
