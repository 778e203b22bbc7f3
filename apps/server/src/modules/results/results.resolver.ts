import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { InstitutionType, Zone } from '@patuh/db';
import { Access } from '../../auth/access.js';
import { PublicCache } from '../../cache/public-cache.js';
import type { Context } from '../../context.js';
import { decodeCursor, pageSize, PageArgs, type ConnectionShape } from '../../graphql/connection.js';
import { parseInput } from '../../validation.js';
import { cycleMethodology, publishedCycles, resultRevisions } from './cycles.service.js';
import { institutionProfile } from './profile.service.js';
import { rankings } from './rankings.service.js';
import { rapor } from './rapor.service.js';
import {
  CycleMethodology,
  GradeDistribution,
  InstitutionProfile,
  InstitutionRankingConnection,
  ProvinceResultSummary,
  PublishedCycle,
  Rapor,
  RankingFilterInput,
  RankingScopeInput,
  RankingSortField,
  RankingSortDirection,
  RankingSortInput,
  ResultRevisionInfo,
  type InstitutionRanking,
} from './results.type.js';
import { gradeDistribution, provinceSummaries } from './statistics.service.js';

const year = z.number().int().min(2000).max(2100);
const revision = z
  .number()
  .int()
  .min(1)
  .nullish()
  .transform((v) => v ?? null);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

const scopeSchema = z
  .object({
    type: nullable(z.enum(InstitutionType)),
    provinceCode: nullable(z.string().regex(/^\d{2}$/, 'must be a two-digit province code')),
  })
  .nullish()
  .transform((v) => v ?? { type: null, provinceCode: null });

const filterSchema = z
  .object({
    grade: nullable(z.string().trim().min(1).max(16)),
    zone: nullable(z.enum(Zone)),
    search: nullable(z.string().trim().min(1).max(100)),
  })
  .nullish()
  .transform((v) => v ?? { grade: null, zone: null, search: null });

const sortSchema = z
  .object({ field: z.enum(RankingSortField), direction: nullable(z.enum(RankingSortDirection)) })
  .nullish()
  .transform((v) => v ?? { field: RankingSortField.RANK, direction: null });

/** Enough for every body of a national cycle in one page (about 590 today). */
const WHOLE_CYCLE_PAGE = 1000;

const PUBLISHED_ONLY = 'Published results only; NOT_FOUND for a year without them.';

@Resolver()
export class ResultsResolver {
  @Query(() => InstitutionRankingConnection, {
    description: `A published cycle's ranking (its latest revision unless revision is given), in a scope, filtered, sorted. ${PUBLISHED_ONLY}`,
  })
  @Access('PUBLIC')
  @PublicCache()
  rankings(
    @Arg('cycleYear', () => Int) cycleYear: number,
    @Arg('revision', () => Int, { nullable: true }) revisionNumber: number | null,
    @Arg('scope', () => RankingScopeInput, { nullable: true }) scope: RankingScopeInput | null,
    @Arg('filter', () => RankingFilterInput, { nullable: true }) filter: RankingFilterInput | null,
    @Arg('sort', () => RankingSortInput, { nullable: true }) sort: RankingSortInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<InstitutionRanking>> {
    return rankings(ctx, {
      year: parseInput(year, cycleYear, 'cycleYear'),
      revision: parseInput(revision, revisionNumber, 'revision'),
      scope: parseInput(scopeSchema, scope, 'scope'),
      filter: parseInput(filterSchema, filter, 'filter'),
      sort: parseInput(sortSchema, sort, 'sort'),
      first: pageSize(page.first, WHOLE_CYCLE_PAGE),
      after: decodeCursor(page.after),
    });
  }

  @Query(() => InstitutionProfile, { description: "A body's public page: its results in every published cycle, its latest units, its feedback summary." })
  @Access('PUBLIC')
  @PublicCache()
  institutionProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InstitutionProfile> {
    return institutionProfile(ctx.prisma, ctx.viewer, parseInput(z.uuid(), id, 'id'));
  }

  @Query(() => [ProvinceResultSummary], { description: `Per province, in code order: bodies assessed, mean score, grades, zones, the best body. ${PUBLISHED_ONLY}` })
  @Access('PUBLIC')
  @PublicCache()
  provinceSummaries(
    @Arg('cycleYear', () => Int) cycleYear: number,
    @Arg('revision', () => Int, { nullable: true }) revisionNumber: number | null,
    @Ctx() ctx: Context,
  ): Promise<ProvinceResultSummary[]> {
    return provinceSummaries(ctx.prisma, parseInput(year, cycleYear, 'cycleYear'), parseInput(revision, revisionNumber, 'revision'));
  }

  @Query(() => GradeDistribution, { description: `Bodies per grade and zone in a scope. ${PUBLISHED_ONLY}` })
  @Access('PUBLIC')
  @PublicCache()
  gradeDistribution(
    @Arg('cycleYear', () => Int) cycleYear: number,
    @Arg('scope', () => RankingScopeInput, { nullable: true }) scope: RankingScopeInput | null,
    @Arg('revision', () => Int, { nullable: true }) revisionNumber: number | null,
    @Ctx() ctx: Context,
  ): Promise<GradeDistribution> {
    return gradeDistribution(
      ctx.prisma,
      parseInput(year, cycleYear, 'cycleYear'),
      parseInput(scopeSchema, scope, 'scope'),
      parseInput(revision, revisionNumber, 'revision'),
    );
  }

  @Query(() => [PublishedCycle], { description: 'Every year with published results, the latest first.' })
  @Access('PUBLIC')
  @PublicCache()
  publishedCycles(@Ctx() ctx: Context): Promise<PublishedCycle[]> {
    return publishedCycles(ctx.prisma);
  }

  @Query(() => CycleMethodology, { description: `The methodology a published year was scored with, and its description. ${PUBLISHED_ONLY}` })
  @Access('PUBLIC')
  @PublicCache()
  cycleMethodology(@Arg('year', () => Int) cycleYear: number, @Ctx() ctx: Context): Promise<CycleMethodology> {
    return cycleMethodology(ctx.prisma, parseInput(year, cycleYear, 'year'));
  }

  @Query(() => [ResultRevisionInfo], { description: `A published year's revisions, the latest first: corrections with their reasons. ${PUBLISHED_ONLY}` })
  @Access('PUBLIC')
  @PublicCache()
  resultRevisions(@Arg('cycleYear', () => Int) cycleYear: number, @Ctx() ctx: Context): Promise<ResultRevisionInfo[]> {
    return resultRevisions(ctx.prisma, parseInput(year, cycleYear, 'cycleYear'));
  }

  @Query(() => Rapor, {
    description:
      "A body's report card of a published cycle, with what a what-if simulation needs: its own officers, and staff whose office covers it.",
  })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER')
  rapor(@Arg('cycleYear', () => Int) cycleYear: number, @Arg('institutionId', () => ID) institutionId: string, @Ctx() ctx: Context): Promise<Rapor> {
    return rapor(ctx, parseInput(year, cycleYear, 'cycleYear'), parseInput(z.uuid(), institutionId, 'institutionId'));
  }
}
