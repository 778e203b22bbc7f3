import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { getPlatform } from './platform.service.js';
import { Platform } from './platform.type.js';

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => Platform, { description: 'The platform, and whether its figures are demo data.' })
  @Access('PUBLIC')
  platform(@Ctx() ctx: Context): Promise<Platform> {
    return getPlatform(ctx.prisma);
  }
}
