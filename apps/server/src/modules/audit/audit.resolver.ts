import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { PageArgs } from '../../graphql/connection.js';
import { parseInput } from '../../validation.js';
import { listAuditEvents } from './audit.service.js';
import { AuditEventConnection, AuditFilter } from './audit.type.js';

const filterSchema = z
  .object({
    cycleId: z.string().uuid().nullish(),
    institutionId: z.string().uuid().nullish(),
    actorId: z.string().uuid().nullish(),
    action: z.string().trim().max(100).nullish(),
    entityType: z.string().trim().max(100).nullish(),
    entityId: z.string().trim().max(100).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['to'] });

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first, filtered by cycle, body, actor and action.' })
  @Access('ADMIN')
  auditEvents(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listAuditEvents(ctx.prisma, parseInput(filterSchema, filter ?? {}, 'filter'), page);
  }
}
