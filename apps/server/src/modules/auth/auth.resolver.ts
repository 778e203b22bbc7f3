import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import { signIn, signOut, signOutEverywhere } from './auth.service.js';
import { Me, SignInInput } from './auth.type.js';
import { findMe } from './me.service.js';

const signInSchema = z.object({
  email: z.string().trim().min(3).max(254).email(),
  password: z.string().min(1).max(1024),
});

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null for the public.' })
  @Access('PUBLIC')
  me(@Ctx() ctx: Context): Promise<Me | null> {
    return ctx.viewer.kind === 'user' ? findMe(ctx.prisma, ctx.viewer.userId) : Promise.resolve(null);
  }

  @Mutation(() => Me, { description: 'Signs in with e-mail and password; sets the session cookie.' })
  @Access('PUBLIC')
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<Me> {
    const { email, password } = parseInput(signInSchema, input, 'input');
    const { token, userId } = await signIn(ctx.prisma, {
      email,
      password,
      userAgent: ctx.userAgent,
      previousSessionId: ctx.viewer.kind === 'user' ? ctx.viewer.sessionId : undefined,
    });
    ctx.session.set(token);
    return (await findMe(ctx.prisma, userId))!;
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  @Access('SIGNED_IN')
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'user') await signOut(ctx.prisma, ctx.viewer);
    ctx.session.clear();
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in user, on every device; returns how many.' })
  @Access('SIGNED_IN')
  async signOutEverywhere(@Ctx() ctx: Context): Promise<number> {
    const count = ctx.viewer.kind === 'user' ? await signOutEverywhere(ctx.prisma, ctx.viewer) : 0;
    ctx.session.clear();
    return count;
  }
}
