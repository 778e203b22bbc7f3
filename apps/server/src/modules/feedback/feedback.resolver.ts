import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import { createFeedback, deleteFeedback, feedbackSummary, listFeedback, updateFeedback } from './feedback.service.js';
import { CreateFeedbackInput, Feedback, FeedbackSummary, UpdateFeedbackInput } from './feedback.type.js';

/** Stored exactly as written; only a blank text is refused. */
const pointText = z
  .string()
  .max(4000)
  .refine((text) => text.trim().length > 0, 'must not be blank');
const priority = z.number().int().min(1).max(3);

const createSchema = z.object({
  cycleId: z.uuid(),
  institutionId: z.uuid(),
  unitId: z.uuid().nullish().transform((v) => v ?? null),
  indicatorCode: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullish()
    .transform((v) => v ?? null),
  body: pointText,
  priority,
});

const updateSchema = z.object({
  id: z.uuid(),
  expectedVersion: z.number().int().min(1),
  body: pointText,
  priority,
});

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Query(() => [Feedback], {
    description:
      "A body's improvement points in a cycle, most urgent first: every point for staff covering the body, the published ones " +
      "for the body's own officers.",
  })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER')
  feedback(@Arg('cycleId', () => ID) cycleId: string, @Arg('institutionId', () => ID) institutionId: string, @Ctx() ctx: Context): Promise<Feedback[]> {
    return listFeedback(ctx, parseInput(z.uuid(), cycleId, 'cycleId'), parseInput(z.uuid(), institutionId, 'institutionId'));
  }

  @Query(() => FeedbackSummary, { description: "How many improvement points a body's published report card has; not their text." })
  @Access('PUBLIC')
  feedbackSummary(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('institutionId', () => ID) institutionId: string,
    @Ctx() ctx: Context,
  ): Promise<FeedbackSummary> {
    return feedbackSummary(ctx.prisma, parseInput(z.uuid(), cycleId, 'cycleId'), parseInput(z.uuid(), institutionId, 'institutionId'));
  }

  @Mutation(() => Feedback, { description: "Adds an improvement point to a body's report card; visible to the body once the cycle is published." })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  createFeedback(@Arg('input', () => CreateFeedbackInput) input: CreateFeedbackInput, @Ctx() ctx: Context): Promise<Feedback> {
    return createFeedback(ctx, parseInput(createSchema, input, 'input'));
  }

  @Mutation(() => Feedback, { description: 'Changes the text and priority of an improvement point, if it is still at expectedVersion.' })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  updateFeedback(@Arg('input', () => UpdateFeedbackInput) input: UpdateFeedbackInput, @Ctx() ctx: Context): Promise<Feedback> {
    return updateFeedback(ctx, parseInput(updateSchema, input, 'input'));
  }

  @Mutation(() => Boolean, { description: 'Removes an improvement point.' })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  deleteFeedback(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteFeedback(ctx, parseInput(z.uuid(), id, 'id'));
  }
}
