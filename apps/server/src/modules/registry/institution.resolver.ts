import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { PageArgs } from '../../graphql/connection.js';
import { loaderOf } from '../../graphql/loaders.js';
import { parseInput } from '../../validation.js';
import {
  createInstitution,
  findVisibleInstitution,
  listInstitutions,
  setInstitutionActive,
  updateInstitution,
} from './institution.service.js';
import { CreateInstitutionInput, InstitutionFilter, UpdateInstitutionInput } from './registry.input.js';
import { provinceByCode } from './registry.loaders.js';
import {
  idSchema,
  institutionTypeSchema,
  nameSchema,
  officialCodeSchema,
  optionalProvinceCodeSchema,
  provinceCodeSchema,
} from './registry.rules.js';
import { Institution, InstitutionConnection, Province, Unit } from './registry.type.js';
import { visibleUnitsOf } from './unit.service.js';

const filterSchema = z.object({
  search: z.string().trim().max(100).nullish().transform((v) => v || null),
  type: institutionTypeSchema.nullish().transform((v) => v ?? null),
  provinceCode: provinceCodeSchema.nullish().transform((v) => v ?? null),
  active: z.boolean().nullish().transform((v) => v ?? null),
});

const createSchema = z.object({
  code: officialCodeSchema.nullish().transform((v) => v ?? null),
  name: nameSchema,
  type: institutionTypeSchema,
  provinceCode: optionalProvinceCodeSchema.nullish().transform((v) => v ?? null),
});

/** Omitted fields keep their value; null clears the code or the province. */
const updateSchema = z.object({
  expectedUpdatedAt: z.date(),
  code: officialCodeSchema.nullish(),
  name: nameSchema.optional(),
  type: institutionTypeSchema.optional(),
  provinceCode: optionalProvinceCodeSchema.nullish(),
});

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => InstitutionConnection, { description: 'Assessed bodies, by name then id. Inactive ones are for staff only.' })
  @Access('PUBLIC')
  institutions(
    @Arg('filter', () => InstitutionFilter, { nullable: true }) filter: InstitutionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listInstitutions(ctx, parseInput(filterSchema, filter ?? {}, 'filter'), page);
  }

  @Query(() => Institution, { description: 'One assessed body; an inactive one is NOT_FOUND except for staff.' })
  @Access('PUBLIC')
  institution(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Institution> {
    return findVisibleInstitution(ctx, parseInput(idSchema, id, 'id'));
  }

  @Mutation(() => Institution, { description: 'Adds a body. Regional staff: regional governments of their own province only.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  createInstitution(@Arg('input', () => CreateInstitutionInput) input: CreateInstitutionInput, @Ctx() ctx: Context): Promise<Institution> {
    return createInstitution(ctx, parseInput(createSchema, input, 'input'));
  }

  @Mutation(() => Institution, { description: 'Edits a body, refusing with CONFLICT when it changed since expectedUpdatedAt.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  updateInstitution(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInstitutionInput) input: UpdateInstitutionInput,
    @Ctx() ctx: Context,
  ): Promise<Institution> {
    return updateInstitution(ctx, parseInput(idSchema, id, 'id'), parseInput(updateSchema, input, 'input'));
  }

  @Mutation(() => Institution, {
    description: 'Deactivates (bodies are never deleted) or reactivates a body. STAGE_NOT_ALLOWED while it is sampled in a cycle not yet published.',
  })
  @Access('ADMIN', 'REGIONAL_STAFF')
  setInstitutionActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Institution> {
    return setInstitutionActive(ctx, parseInput(idSchema, id, 'id'), active);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Null for ministries and agencies.' })
  province(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Province | null> | null {
    return institution.provinceCode === null ? null : loaderOf(ctx, provinceByCode).load(institution.provinceCode);
  }

  @FieldResolver(() => [Unit], { description: 'Its service units by name; inactive ones for staff only.' })
  units(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Unit[]> {
    return visibleUnitsOf(ctx, institution.id);
  }

  @FieldResolver(() => Int, { description: 'How many of its units the viewer may see.' })
  async unitCount(@Root() institution: Institution, @Ctx() ctx: Context): Promise<number> {
    return (await visibleUnitsOf(ctx, institution.id)).length;
  }
}
