import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { listProvinces } from './institution.service.js';
import { Province } from './registry.type.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'Every province, by official code.' })
  @Access('PUBLIC')
  provinces(@Ctx() ctx: Context): Promise<Province[]> {
    return listProvinces(ctx);
  }
}
