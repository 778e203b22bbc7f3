import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { SignedIn } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { PageArgs } from '../../graphql/connection.js';
import { parseInput } from '../../validation.js';
import { signIn } from '../auth/auth.service.js';
import { Me } from '../auth/auth.type.js';
import { findMe } from '../auth/me.service.js';
import * as users from './users.service.js';
import { InviteUserInput, OutboxMailConnection, SetPasswordInput, UpdateUserInput, User, UserConnection, UserFilter } from './users.type.js';

const roles = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER'] as const;
const scopeFields = {
  name: z.string().trim().min(2).max(200),
  role: z.enum(roles),
  provinceCode: z.string().regex(/^\d{2}$/).nullish().transform((v) => v ?? null),
  institutionId: z.string().uuid().nullish().transform((v) => v ?? null),
};
const inviteSchema = z.object({ email: z.string().trim().toLowerCase().email().max(254), ...scopeFields });
const updateSchema = z.object(scopeFields);
/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
const passwordSchema = z.object({ token: z.string().min(20).max(100), password: z.string().min(12).max(1024) });
const uuid = (field: string) => z.string().uuid({ message: `${field} must be an id` });

const viewerOf = (ctx: Context) => ctx.viewer as SignedIn;

@Resolver()
export class UsersResolver {
  @Query(() => UserConnection, { description: 'Users, by e-mail.' })
  @Access('ADMIN')
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return users.listUsers(ctx.prisma, filter ?? {}, page);
  }

  @Query(() => User)
  @Access('ADMIN')
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return users.getUser(ctx.prisma, parseInput(uuid('id'), id, 'id'));
  }

  @Query(() => OutboxMailConnection, { description: 'Mail sent or waiting; where invitations are read when no mail server is set.' })
  @Access('ADMIN')
  outbox(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return users.listOutbox(ctx.prisma, page);
  }

  @Mutation(() => User, { description: 'Invites a person by e-mail with a single-use link valid for 7 days.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: Context) {
    return users.inviteUser(ctx, viewerOf(ctx), parseInput(inviteSchema, input, 'input'));
  }

  @Mutation(() => User, { description: 'Changes name, role and scope; a changed role or scope ends the user’s sessions.' })
  @Access('ADMIN')
  updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context) {
    return users.updateUser(ctx, viewerOf(ctx), parseInput(uuid('id'), id, 'id'), parseInput(updateSchema, input, 'input'));
  }

  @Mutation(() => User, { description: 'Deactivates (and signs out) or reactivates a user. Users are never deleted: the audit trail names them.' })
  @Access('ADMIN')
  setUserActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context) {
    return users.setUserActive(ctx, viewerOf(ctx), parseInput(uuid('id'), id, 'id'), active);
  }

  @Mutation(() => Int, { description: 'Ends every session of a user; returns how many.' })
  @Access('ADMIN')
  revokeUserSessions(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return users.revokeSessionsOf(ctx, viewerOf(ctx), parseInput(uuid('id'), id, 'id'));
  }

  @Mutation(() => Me, { description: 'Sets a password from an invitation link, and signs in.' })
  @Access('PUBLIC')
  async acceptInvitation(@Arg('input', () => SetPasswordInput) input: SetPasswordInput, @Ctx() ctx: Context) {
    return this.setPasswordAndSignIn(ctx, input, 'INVITATION');
  }

  @Mutation(() => Me, { description: 'Sets a new password from a reset link, ends every other session, and signs in.' })
  @Access('PUBLIC')
  async resetPassword(@Arg('input', () => SetPasswordInput) input: SetPasswordInput, @Ctx() ctx: Context) {
    return this.setPasswordAndSignIn(ctx, input, 'PASSWORD_RESET');
  }

  @Mutation(() => Boolean, { description: 'Sends a reset link if the e-mail belongs to an active account; answers true either way.' })
  @Access('PUBLIC')
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context) {
    await users.requestPasswordReset(ctx, parseInput(z.string().trim().toLowerCase().email().max(254), email, 'email'));
    return true;
  }

  private async setPasswordAndSignIn(ctx: Context, input: SetPasswordInput, kind: 'INVITATION' | 'PASSWORD_RESET'): Promise<Me> {
    const { token, password } = parseInput(passwordSchema, input, 'input');
    const userId = await users.setPasswordWithToken(ctx, token, password, kind);
    const me = (await findMe(ctx.prisma, userId))!;
    const session = await signIn(ctx.prisma, { email: me.email, password, userAgent: ctx.userAgent });
    ctx.session.set(session.token);
    return me;
  }
}
