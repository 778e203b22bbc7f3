import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { AssessmentStatus, AssignmentRole, Role } from '@patuh/db';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { PageArgs, pageSize, type ConnectionShape } from '../../graphql/connection.js';
import { parseInput } from '../../validation.js';
import { assignStaff, listStaff, unassignStaff } from './assignment.service.js';
import {
  listSampledUnits,
  loadAssessment,
  loadAssignments,
  loadInstitution,
  loadStaffMember,
  loadUnit,
} from './sampled-units.service.js';
import { applySamplingRules, sampleInstitutions, sampleUnits, unsampleInstitution, unsampleUnit } from './sampling.service.js';
import {
  SampledUnit,
  SampledUnitConnection,
  SampledUnitFilter,
  SamplingChange,
  SamplingInstitution,
  SamplingUnit,
  StaffAssignment,
  StaffFilter,
  StaffMember,
} from './sampling.type.js';

/** More ids than this in one call is a mistake; applySamplingRules is the way to sample in bulk. */
const MAX_IDS = 1000;

const id = z.uuid();
const ids = z.array(id).min(1).max(MAX_IDS);
const provinceCode = z.string().regex(/^\d{2}$/, 'a two-digit province code');

const sampledUnitFilterSchema = z
  .object({ provinceCode: provinceCode.nullish(), institutionId: id.nullish(), status: z.enum(AssessmentStatus).nullish(), assignedTo: id.nullish() })
  .nullish();
const staffFilterSchema = z.object({ role: z.enum(Role).nullish(), provinceCode: provinceCode.nullish() }).nullish();

function parseAssignment(cycleId: string, unitIds: string[], userId: string, role: AssignmentRole) {
  return {
    cycleId: parseInput(id, cycleId, 'cycleId'),
    unitIds: [...new Set(parseInput(ids, unitIds, 'unitIds'))],
    userId: parseInput(id, userId, 'userId'),
    role,
  };
}

@Resolver()
export class SamplingResolver {
  @Mutation(() => SamplingChange, { description: 'Samples bodies (without units) in a cycle in DRAFT or PREPARATION. Regional staff: own province.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  sampleInstitutions(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('institutionIds', () => [ID]) institutionIds: string[],
    @Ctx() ctx: Context,
  ): Promise<SamplingChange> {
    return sampleInstitutions(ctx, parseInput(id, cycleId, 'cycleId'), parseInput(ids, institutionIds, 'institutionIds'));
  }

  @Mutation(() => SamplingChange, { description: 'Takes a body out of the sample with its units, their assessments and assignments.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  unsampleInstitution(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('institutionId', () => ID) institutionId: string,
    @Ctx() ctx: Context,
  ): Promise<SamplingChange> {
    return unsampleInstitution(ctx, parseInput(id, cycleId, 'cycleId'), parseInput(id, institutionId, 'institutionId'));
  }

  @Mutation(() => SamplingChange, { description: 'Samples units (and their bodies), each with an empty DRAFT assessment. Regional staff: own province.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  sampleUnits(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitIds', () => [ID]) unitIds: string[], @Ctx() ctx: Context): Promise<SamplingChange> {
    return sampleUnits(ctx, parseInput(id, cycleId, 'cycleId'), parseInput(ids, unitIds, 'unitIds'));
  }

  @Mutation(() => SamplingChange, { description: 'Takes a unit out of the sample with its assessment and assignments.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  unsampleUnit(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<SamplingChange> {
    return unsampleUnit(ctx, parseInput(id, cycleId, 'cycleId'), parseInput(id, unitId, 'unitId'));
  }

  @Mutation(() => SamplingChange, {
    description:
      "Samples every active body of a province (admins without a province: every active body, ministries and agencies included) and its units by the sampling rules: " +
      'regency/city DPMPTSP, DUKCAPIL, DINSOS, DINDIK, DINKES and up to 2 PUSKESMAS; province DPMPTSP, DINDIK, DINKES, DINSOS and one RSUD; ' +
      'ministry/agency every active unit. Idempotent. Regional staff: own province.',
  })
  @Access('ADMIN', 'REGIONAL_STAFF')
  applySamplingRules(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('provinceCode', () => String, { nullable: true }) province: string | null,
    @Ctx() ctx: Context,
  ): Promise<SamplingChange> {
    return applySamplingRules(ctx, parseInput(id, cycleId, 'cycleId'), parseInput(provinceCode.nullish(), province, 'provinceCode') ?? null);
  }

  @Query(() => SampledUnitConnection, { description: 'The sampled units of a cycle by body and unit name. Regional staff see their own province.' })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  sampledUnits(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('filter', () => SampledUnitFilter, { nullable: true }) filter: SampledUnitFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<SampledUnit>> {
    const f = parseInput(sampledUnitFilterSchema, filter, 'filter');
    return listSampledUnits(ctx, {
      cycleId: parseInput(id, cycleId, 'cycleId'),
      provinceCode: f?.provinceCode ?? null,
      institutionId: f?.institutionId ?? null,
      status: f?.status ?? null,
      assignedTo: f?.assignedTo ?? null,
      size: pageSize(page.first),
      after: page.after ?? null,
    });
  }

  @Mutation(() => [SampledUnit], { description: 'Assigns a member of staff to units as assessor or verifier; returns the units. Regional staff: own province.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  assignStaff(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('unitIds', () => [ID]) unitIds: string[],
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => AssignmentRole) role: AssignmentRole,
    @Ctx() ctx: Context,
  ): Promise<SampledUnit[]> {
    return assignStaff(ctx, parseAssignment(cycleId, unitIds, userId, role));
  }

  @Mutation(() => [SampledUnit], { description: 'Undoes assignments of a member of staff to units; returns the units. Regional staff: own province.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  unassignStaff(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('unitIds', () => [ID]) unitIds: string[],
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => AssignmentRole) role: AssignmentRole,
    @Ctx() ctx: Context,
  ): Promise<SampledUnit[]> {
    return unassignStaff(ctx, parseAssignment(cycleId, unitIds, userId, role));
  }

  @Query(() => [StaffMember], { description: 'Active staff who can be assigned to units, by name.' })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  staff(@Arg('filter', () => StaffFilter, { nullable: true }) filter: StaffFilter | null, @Ctx() ctx: Context): Promise<StaffMember[]> {
    const f = parseInput(staffFilterSchema, filter, 'filter');
    return listStaff(ctx, { role: f?.role ?? null, provinceCode: f?.provinceCode ?? null });
  }
}

@Resolver(() => SampledUnit)
export class SampledUnitResolver {
  @FieldResolver(() => SamplingUnit)
  async unit(@Root() row: SampledUnit, @Ctx() ctx: Context): Promise<SamplingUnit> {
    return (await loadUnit(ctx, row.unitId))!;
  }

  @FieldResolver(() => SamplingInstitution)
  async institution(@Root() row: SampledUnit, @Ctx() ctx: Context): Promise<SamplingInstitution> {
    return (await loadInstitution(ctx, row.institutionId))!;
  }

  @FieldResolver(() => ID, { nullable: true })
  async assessmentId(@Root() row: SampledUnit, @Ctx() ctx: Context): Promise<string | null> {
    return (await loadAssessment(ctx, row))?.id ?? null;
  }

  @FieldResolver(() => AssessmentStatus, { nullable: true, description: 'Null only for a unit sampled without an assessment.' })
  async assessmentStatus(@Root() row: SampledUnit, @Ctx() ctx: Context): Promise<AssessmentStatus | null> {
    return (await loadAssessment(ctx, row))?.status ?? null;
  }

  @FieldResolver(() => [StaffAssignment], { description: 'Assessors first, then verifiers.' })
  assignees(@Root() row: SampledUnit, @Ctx() ctx: Context): Promise<StaffAssignment[]> {
    return loadAssignments(ctx, row);
  }
}

@Resolver(() => StaffAssignment)
export class StaffAssignmentResolver {
  @FieldResolver(() => StaffMember)
  async user(@Root() assignment: StaffAssignment, @Ctx() ctx: Context): Promise<StaffMember> {
    return (await loadStaffMember(ctx, assignment.userId))!;
  }
}
