import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { PageArgs } from '../../graphql/connection.js';
import { loaderOf } from '../../graphql/loaders.js';
import { parseInput } from '../../validation.js';
import { INSTITUTION } from './institution.service.js';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './registry.input.js';
import { institutionById } from './registry.loaders.js';
import { idSchema, nameSchema, unitKindSchema } from './registry.rules.js';
import { Institution, Unit, UnitConnection } from './registry.type.js';
import { createUnit, findVisibleUnit, listUnits, setUnitActive, updateUnit } from './unit.service.js';

const filterSchema = z.object({
  search: z.string().trim().max(100).nullish().transform((v) => v || null),
  kind: unitKindSchema.nullish().transform((v) => v ?? null),
  active: z.boolean().nullish().transform((v) => v ?? null),
});

const createSchema = z.object({ institutionId: idSchema, kind: unitKindSchema, name: nameSchema });

/** Omitted fields keep their value. */
const updateSchema = z.object({ expectedUpdatedAt: z.date(), kind: unitKindSchema.optional(), name: nameSchema.optional() });

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: "A body's service units, by name then id. Inactive ones are for staff only." })
  @Access('PUBLIC')
  units(
    @Arg('institutionId', () => ID) institutionId: string,
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listUnits(ctx, parseInput(idSchema, institutionId, 'institutionId'), parseInput(filterSchema, filter ?? {}, 'filter'), page);
  }

  @Query(() => Unit, { description: 'One service unit; an inactive one (or one of an inactive body) is NOT_FOUND except for staff.' })
  @Access('PUBLIC')
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit> {
    return findVisibleUnit(ctx, parseInput(idSchema, id, 'id'));
  }

  @Mutation(() => Unit, { description: 'Adds a service unit to a body. Regional staff: bodies of their own province only.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return createUnit(ctx, parseInput(createSchema, input, 'input'));
  }

  @Mutation(() => Unit, { description: 'Edits a unit, refusing with CONFLICT when it changed since expectedUpdatedAt.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  updateUnit(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return updateUnit(ctx, parseInput(idSchema, id, 'id'), parseInput(updateSchema, input, 'input'));
  }

  @Mutation(() => Unit, {
    description: 'Deactivates (units are never deleted) or reactivates a unit. STAGE_NOT_ALLOWED while it is sampled in a cycle not yet published.',
  })
  @Access('ADMIN', 'REGIONAL_STAFF')
  setUnitActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Unit> {
    return setUnitActive(ctx, parseInput(idSchema, id, 'id'), active);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Institution> {
    const institution = await loaderOf(ctx, institutionById).load(unit.institutionId);
    if (!institution) throw notFound(INSTITUTION);
    return institution;
  }
}
