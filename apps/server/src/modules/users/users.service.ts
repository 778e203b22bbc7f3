/**
 * People and their access: invitations, roles and scopes, deactivation, password resets.
 * Only admins manage staff; a regional office may invite officers of bodies in its province.
 */
import type { Prisma, PrismaClient, Role } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import { hashPassword } from '../../auth/password.js';
import type { SignedIn } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { queueMail } from '../../mail/outbox.js';
import { revokeAllSessions } from '../auth/session.service.js';
import { issueToken, redeemToken } from './tokens.js';
import type { OutboxMail, User } from './users.type.js';

const userSelect = {
  id: true, email: true, name: true, role: true, active: true, demo: true, passwordHash: true,
  lastSignInAt: true, lockedUntil: true, createdAt: true, provinceCode: true, institutionId: true,
  province: { select: { code: true, name: true } },
  institution: { select: { id: true, name: true, provinceCode: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function toUser(u: UserRow): User {
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, demo: u.demo,
    invitationPending: u.passwordHash === null, lastSignInAt: u.lastSignInAt, lockedUntil: u.lockedUntil, createdAt: u.createdAt,
    province: u.province, institution: u.institution ? { id: u.institution.id, name: u.institution.name } : null,
  };
}

/** What an audit record keeps of a user: never the password hash. */
const auditView = (u: UserRow) => ({ email: u.email, name: u.name, role: u.role, provinceCode: u.provinceCode, institutionId: u.institutionId, active: u.active });

export interface UserScope {
  role: Role;
  provinceCode: string | null;
  institutionId: string | null;
}

/** A role comes with exactly the scope it needs: a province for regional staff, a body for officers. */
async function checkScope(prisma: PrismaClient | Prisma.TransactionClient, s: UserScope): Promise<UserScope> {
  if (s.role === 'REGIONAL_STAFF') {
    if (!s.provinceCode) throw badInput('input.provinceCode', { id: 'Staf perwakilan memerlukan provinsi.', en: 'Regional staff need a province.' });
    if (!(await prisma.province.findUnique({ where: { code: s.provinceCode } }))) {
      throw badInput('input.provinceCode', { id: 'Provinsi tidak dikenal.', en: 'Unknown province.' });
    }
    return { role: s.role, provinceCode: s.provinceCode, institutionId: null };
  }
  if (s.role === 'INSTITUTION_OFFICER') {
    if (!s.institutionId) throw badInput('input.institutionId', { id: 'Petugas instansi memerlukan instansi.', en: 'Institution officers need an institution.' });
    if (!(await prisma.institution.findUnique({ where: { id: s.institutionId } }))) {
      throw badInput('input.institutionId', { id: 'Instansi tidak dikenal.', en: 'Unknown institution.' });
    }
    return { role: s.role, provinceCode: null, institutionId: s.institutionId };
  }
  return { role: s.role, provinceCode: null, institutionId: null };
}

/** Admins invite anyone; regional staff only officers of bodies in their own province. */
async function assertMayInvite(prisma: PrismaClient, viewer: SignedIn, scope: UserScope): Promise<void> {
  if (viewer.role === 'ADMIN') return;
  if (viewer.role === 'REGIONAL_STAFF' && scope.role === 'INSTITUTION_OFFICER' && scope.institutionId) {
    const institution = await prisma.institution.findUnique({ where: { id: scope.institutionId }, select: { provinceCode: true } });
    if (institution?.provinceCode && institution.provinceCode === viewer.provinceCode) return;
  }
  throw forbidden();
}

export async function listUsers(
  prisma: PrismaClient,
  filter: { role?: Role | null; provinceCode?: string | null; active?: boolean | null; search?: string | null },
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<User>> {
  const size = pageSize(page.first);
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.provinceCode ? { provinceCode: filter.provinceCode } : {}),
    ...(filter.active === null || filter.active === undefined ? {} : { active: filter.active }),
    ...(filter.search?.trim()
      ? { OR: [{ name: { contains: filter.search.trim(), mode: 'insensitive' } }, { email: { contains: filter.search.trim(), mode: 'insensitive' } }] }
      : {}),
  };
  const cursor = decodeCursor(page.after);
  const after: Prisma.UserWhereInput | undefined = cursor
    ? { OR: [{ email: { gt: String(cursor[0]) } }] }
    : undefined;
  const [rows, totalCount] = await prisma.$transaction([
    prisma.user.findMany({ where: after ? { AND: [where, after] } : where, select: userSelect, orderBy: { email: 'asc' }, take: size + 1 }),
    prisma.user.count({ where }),
  ]);
  return toConnection(rows.map(toUser), size, totalCount, (u) => [u.email]);
}

export async function getUser(prisma: PrismaClient, id: string): Promise<User> {
  const u = await prisma.user.findUnique({ where: { id }, select: userSelect });
  if (!u) throw notFound({ id: 'Pengguna', en: 'User' });
  return toUser(u);
}

export async function inviteUser(ctx: Context, viewer: SignedIn, input: { email: string; name: string } & UserScope): Promise<User> {
  const scope = await checkScope(ctx.prisma, input);
  await assertMayInvite(ctx.prisma, viewer, scope);
  if (await ctx.prisma.user.findUnique({ where: { email: input.email } })) {
    throw badInput('input.email', { id: 'E-mel ini sudah terdaftar.', en: 'This e-mail is already registered.' });
  }
  const user = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email: input.email, name: input.name, ...scope }, select: userSelect });
    const token = await issueToken(tx, created.id, 'INVITATION');
    const app = scope.role === 'INSTITUTION_OFFICER' ? '' : '/admin';
    await queueMail(tx, {
      to: created.email,
      subject: 'Undangan ke Patuh / Invitation to Patuh',
      body:
        `Anda diundang ke Patuh sebagai ${scope.role}. Buat kata sandi Anda di:\n${ctx.publicUrl}${app}/undangan?token=${token}\n` +
        `Tautan berlaku 7 hari dan hanya sekali pakai.\n\n` +
        `You are invited to Patuh as ${scope.role}. Set your password at the link above; it is valid for 7 days, once.\n`,
    });
    await recordAudit(tx, viewer, ctx.requestId, { action: 'user.invite', entityType: 'User', entityId: created.id, institutionId: scope.institutionId, after: auditView(created) });
    return created;
  });
  void ctx.mail.flush();
  return toUser(user);
}

export async function updateUser(ctx: Context, viewer: SignedIn, id: string, input: { name: string } & UserScope): Promise<User> {
  const scope = await checkScope(ctx.prisma, input);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw notFound({ id: 'Pengguna', en: 'User' });
    if (id === viewer.userId && scope.role !== 'ADMIN') {
      throw badInput('input.role', { id: 'Anda tidak dapat mencabut peran admin Anda sendiri.', en: 'You cannot remove your own admin role.' });
    }
    const after = await tx.user.update({ where: { id }, data: { name: input.name, ...scope }, select: userSelect });
    // A changed role or scope takes effect at once: sessions carry the old one.
    if (before.role !== after.role || before.provinceCode !== after.provinceCode || before.institutionId !== after.institutionId) {
      await tx.session.deleteMany({ where: { userId: id } });
    }
    await recordAudit(tx, viewer, ctx.requestId, { action: 'user.update', entityType: 'User', entityId: id, before: auditView(before), after: auditView(after) });
    return toUser(after);
  });
}

export async function setUserActive(ctx: Context, viewer: SignedIn, id: string, active: boolean): Promise<User> {
  if (id === viewer.userId && !active) {
    throw badInput('id', { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' });
  }
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw notFound({ id: 'Pengguna', en: 'User' });
    if (before.active === active) return toUser(before);
    const after = await tx.user.update({ where: { id }, data: { active }, select: userSelect });
    if (!active) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, viewer, ctx.requestId, {
      action: active ? 'user.activate' : 'user.deactivate', entityType: 'User', entityId: id, before: auditView(before), after: auditView(after),
    });
    return toUser(after);
  });
}

/** Accepts an invitation or a reset link: sets the password and ends every other session. */
export async function setPasswordWithToken(ctx: Context, token: string, password: string, kind: 'INVITATION' | 'PASSWORD_RESET'): Promise<string> {
  const passwordHash = await hashPassword(password);
  const userId = await ctx.prisma.$transaction(async (tx) => {
    const id = await redeemToken(tx, token, kind);
    if (!id) {
      throw badInput('input.token', {
        id: 'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Mintalah tautan baru.',
        en: 'This link is no longer valid (used or expired). Ask for a new one.',
      });
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id } });
    if (!user.active) throw conflict({ id: 'Akun ini dinonaktifkan.', en: 'This account is deactivated.' });
    if (password.toLowerCase().includes(user.email.split('@')[0]!.toLowerCase())) {
      throw badInput('input.password', { id: 'Kata sandi tidak boleh memuat nama e-mel Anda.', en: 'The password must not contain your e-mail name.' });
    }
    await tx.user.update({ where: { id }, data: { passwordHash, failedAttempts: 0, lockedUntil: null } });
    await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, null, ctx.requestId, { action: kind === 'INVITATION' ? 'user.accept_invitation' : 'user.reset_password', entityType: 'User', entityId: id });
    return id;
  });
  return userId;
}

/** Always answers the same, whether the e-mail is known or not, so no one can probe for accounts. */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  if (!user || !user.active || !user.passwordHash) return;
  await ctx.prisma.$transaction(async (tx) => {
    const token = await issueToken(tx, user.id, 'PASSWORD_RESET');
    const app = user.role === 'INSTITUTION_OFFICER' ? '' : '/admin';
    await queueMail(tx, {
      to: user.email,
      subject: 'Atur ulang kata sandi Patuh / Reset your Patuh password',
      body:
        `Buat kata sandi baru di:\n${ctx.publicUrl}${app}/atur-ulang-sandi?token=${token}\nTautan berlaku 1 jam dan hanya sekali pakai. ` +
        `Abaikan e-mel ini bila Anda tidak memintanya.\n\nSet a new password at the link above; it is valid for 1 hour, once. Ignore this mail if you did not ask for it.\n`,
    });
  });
  void ctx.mail.flush();
}

export async function revokeSessionsOf(ctx: Context, viewer: SignedIn, id: string): Promise<number> {
  const count = await revokeAllSessions(ctx.prisma, id);
  await recordAudit(ctx.prisma, viewer, ctx.requestId, { action: 'user.revoke_sessions', entityType: 'User', entityId: id, after: { revoked: count } });
  return count;
}

export async function listOutbox(prisma: PrismaClient, page: { first?: number | null; after?: string | null }): Promise<ConnectionShape<OutboxMail>> {
  const size = pageSize(page.first);
  const cursor = decodeCursor(page.after);
  const where: Prisma.OutboxMailWhereInput = cursor
    ? { OR: [{ createdAt: { lt: new Date(String(cursor[0])) } }, { createdAt: new Date(String(cursor[0])), id: { lt: String(cursor[1]) } }] }
    : {};
  const [rows, totalCount] = await prisma.$transaction([
    prisma.outboxMail.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: size + 1 }),
    prisma.outboxMail.count(),
  ]);
  return toConnection(rows, size, totalCount, (m) => [m.createdAt.toISOString(), m.id]);
}
