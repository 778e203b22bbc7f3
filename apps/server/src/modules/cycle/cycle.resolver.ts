import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { listCycles } from './cycle.service.js';
import { Cycle } from './cycle.type.js';

@Resolver(() => Cycle)
export class CycleResolver {
  @Query(() => [Cycle], { description: 'Every cycle, the latest first.' })
  @Access('PUBLIC')
  cycles(@Ctx() ctx: Context): Promise<Cycle[]> {
    return listCycles(ctx.prisma);
  }
}
