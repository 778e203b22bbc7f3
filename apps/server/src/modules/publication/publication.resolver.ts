import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import { publishCorrection, publishDecidedCycle } from './publication.operations.js';
import { PublicationResult, PublishCorrectionInput, PublishCycleInput } from './publication.type.js';

const publishSchema = z.object({ cycleId: z.uuid(), expectedVersion: z.number().int().min(1) });
const correctionSchema = z.object({ cycleId: z.uuid(), reason: z.string().trim().min(10).max(2000) });

@Resolver()
export class PublicationResolver {
  @Mutation(() => PublicationResult, {
    description:
      'Publishes a cycle in DECISION: every sampled body scored, graded and ranked from its verified findings, frozen as ' +
      'revision 1, the report cards’ improvement points released with it.',
  })
  @Access('ADMIN')
  publishCycle(@Arg('input', () => PublishCycleInput) input: PublishCycleInput, @Ctx() ctx: Context): Promise<PublicationResult> {
    return publishDecidedCycle(ctx, parseInput(publishSchema, input, 'input'));
  }

  @Mutation(() => PublicationResult, {
    description: 'Corrects a published cycle: a new revision with its reason, computed from the verified findings as they stand now.',
  })
  @Access('ADMIN')
  publishCorrection(@Arg('input', () => PublishCorrectionInput) input: PublishCorrectionInput, @Ctx() ctx: Context): Promise<PublicationResult> {
    return publishCorrection(ctx, parseInput(correctionSchema, input, 'input'));
  }
}
