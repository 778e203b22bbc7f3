import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { CycleStage } from '@patuh/db';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import {
  allowedTransitions,
  createCycle,
  cycleStages,
  findCycle,
  listCycles,
  moveCycleStage,
  scheduleStages,
} from './cycle.service.js';
import { methodologyVisibleTo } from './cycle.stages.js';
import {
  CreateCycleInput,
  Cycle,
  CycleProgress,
  CycleStageWindow,
  StageTransition,
  StageWindowInput,
} from './cycle.type.js';
import {
  latestMethodology,
  methodologyPresets,
  methodologyVersions,
  parseMethodologyDocument,
  updateMethodology,
} from './methodology.service.js';
import { Methodology, MethodologyPreset } from './methodology.type.js';
import { cycleProgress } from './progress.service.js';

const STAFF = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER'] as const;

const cycleIdSchema = z.uuid();
const expectedVersionSchema = z.number().int().min(0);

const createCycleSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(3).max(200),
  presetId: z.string().trim().min(1).max(64),
});

const windowsSchema = z
  .array(
    z
      .object({ stage: z.enum(CycleStage), opensAt: z.date(), closesAt: z.date().nullish() })
      .refine((w) => !w.closesAt || w.opensAt <= w.closesAt, { path: ['closesAt'], message: 'closes before it opens' }),
  )
  .min(1)
  .superRefine((windows, ctx) => {
    windows.forEach((w, i) => {
      if (windows.findIndex((other) => other.stage === w.stage) !== i) {
        ctx.addIssue({ code: 'custom', path: [i, 'stage'], message: `${w.stage} is listed twice` });
      }
    });
  });

const reasonSchema = z.string().trim().min(3).max(2000).nullish();

@Resolver(() => Cycle)
export class CycleResolver {
  @Query(() => [Cycle], {
    description:
      'Every cycle the viewer may see, the latest first: all of them for staff; for the public and institution officers, ' +
      'every cycle past DRAFT.',
  })
  @Access('PUBLIC')
  cycles(@Ctx() ctx: Context): Promise<Cycle[]> {
    return listCycles(ctx);
  }

  @Query(() => Cycle, { nullable: true, description: 'A cycle, or null when there is none the viewer may see.' })
  @Access('PUBLIC')
  cycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Cycle | null> {
    return findCycle(ctx, { id: parseInput(cycleIdSchema, id, 'id') });
  }

  @Query(() => Cycle, { nullable: true, description: "A year's cycle, or null when there is none the viewer may see." })
  @Access('PUBLIC')
  cycleByYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Cycle | null> {
    return findCycle(ctx, { year });
  }

  @Query(() => [MethodologyPreset], { description: 'The methodologies shipped with the platform, to start a cycle from.' })
  @Access('PUBLIC')
  methodologyPresets(): MethodologyPreset[] {
    return methodologyPresets();
  }

  @FieldResolver(() => [CycleStageWindow], { description: 'Every stage in order, with its planned window where one is set.' })
  stages(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<CycleStageWindow[]> {
    return cycleStages(ctx, cycle.id);
  }

  @FieldResolver(() => Methodology, {
    nullable: true,
    description: 'The latest methodology version. Staff always see it; others once it is fixed, from COLLECTION on.',
  })
  methodology(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Methodology | null> {
    return methodologyVisibleTo(ctx.viewer, cycle.stage) ? latestMethodology(ctx, cycle.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Methodology], { nullable: true, description: 'Every methodology version, the latest first.' })
  @Access(...STAFF)
  methodologyVersions(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Methodology[]> {
    return methodologyVersions(ctx, cycle.id);
  }

  @FieldResolver(() => CycleProgress, { nullable: true, description: 'Sampled bodies and units, and assessments by status, nationally and by province.' })
  @Access(...STAFF)
  progress(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<CycleProgress> {
    return cycleProgress(ctx.prisma, cycle.id);
  }

  @FieldResolver(() => [StageTransition], {
    nullable: true,
    description: 'The stages the cycle could move to next, each with whether the viewer may move it there now and why not.',
  })
  @Access(...STAFF)
  allowedTransitions(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<StageTransition[]> {
    return allowedTransitions(ctx, cycle);
  }

  @Mutation(() => Cycle, { description: 'A new cycle in DRAFT, its methodology version 1 copied from a preset.' })
  @Access('ADMIN')
  createCycle(@Arg('input', () => CreateCycleInput) input: CreateCycleInput, @Ctx() ctx: Context): Promise<Cycle> {
    return createCycle(ctx, parseInput(createCycleSchema, input, 'input'));
  }

  @Mutation(() => Methodology, {
    description:
      'Adds a methodology version (DRAFT and PREPARATION only). Every validation issue is listed in extensions.issues, ' +
      'the first named in extensions.field as document.<path>.',
  })
  @Access('ADMIN')
  updateMethodology(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('expectedVersion', () => Int, { description: 'The methodology version the edit was made from.' }) expectedVersion: number,
    @Arg('document', () => GraphQLJSON) document: unknown,
    @Ctx() ctx: Context,
  ): Promise<Methodology> {
    return updateMethodology(ctx, {
      cycleId: parseInput(cycleIdSchema, cycleId, 'cycleId'),
      expectedVersion: parseInput(expectedVersionSchema, expectedVersion, 'expectedVersion'),
      document: parseMethodologyDocument(document),
    });
  }

  @Mutation(() => Cycle, { description: 'Plans the windows of the stages given; each window opens no earlier than the one of the stage before.' })
  @Access('ADMIN')
  scheduleStages(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('expectedVersion', () => Int, { description: 'The cycle version read.' }) expectedVersion: number,
    @Arg('windows', () => [StageWindowInput]) windows: StageWindowInput[],
    @Ctx() ctx: Context,
  ): Promise<Cycle> {
    const planned = parseInput(windowsSchema, windows, 'windows').map((w) => ({ stage: w.stage, opensAt: w.opensAt, closesAt: w.closesAt ?? null }));
    return scheduleStages(ctx, parseInput(cycleIdSchema, cycleId, 'cycleId'), parseInput(expectedVersionSchema, expectedVersion, 'expectedVersion'), planned);
  }

  @Mutation(() => Cycle, {
    description:
      'Moves the cycle one stage forward under the guards of that stage, or back one stage from VERIFICATION, CLARIFICATION ' +
      'or DECISION with a reason. PUBLISHED is reached by publishing the results, not here.',
  })
  @Access('ADMIN')
  moveCycleStage(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('to', () => CycleStage) to: CycleStage,
    @Arg('expectedVersion', () => Int, { description: 'The cycle version read.' }) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true, description: 'Why a stage is reopened; required to move back.' }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Cycle> {
    return moveCycleStage(ctx, {
      cycleId: parseInput(cycleIdSchema, cycleId, 'cycleId'),
      to,
      expectedVersion: parseInput(expectedVersionSchema, expectedVersion, 'expectedVersion'),
      reason: parseInput(reasonSchema, reason, 'reason') ?? null,
    });
  }
}
