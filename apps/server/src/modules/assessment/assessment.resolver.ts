import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { PageArgs } from '../../graphql/connection.js';
import { loaderOf } from '../../graphql/loaders.js';
import { parseInput } from '../../validation.js';
import { liveScoreOf } from './answers.js';
import {
  answersOfAssessment,
  commentsOfAssessment,
  evidenceOfAssessment,
  institutionById,
  methodologyOfCycle,
  unitById,
} from './assessment.loaders.js';
import { idSchema, indicatorCodeSchema, optionalTextSchema, textSchema, versionSchema } from './assessment.input.js';
import * as assessments from './assessment.service.js';
import {
  AnswerChange,
  AnswerInput,
  Assessment,
  AssessmentAnswer,
  AssessmentComment,
  AssessmentConnection,
  AssessmentFilter,
  AssessmentInstitution,
  AssessmentUnit,
  Evidence,
  LiveScore,
} from './assessment.type.js';

const answersSchema = z
  .array(
    z.object({
      indicatorCode: indicatorCodeSchema,
      value: z.number().nullish().transform((v) => v ?? null),
      notApplicable: z.boolean().nullish().transform((v) => v ?? false),
      note: optionalTextSchema(2000),
    }),
  )
  .min(1, 'must contain at least one answer')
  .max(500)
  .superRefine((answers, ctx) => {
    const seen = new Set<string>();
    answers.forEach((a, i) => {
      if (seen.has(a.indicatorCode)) ctx.addIssue({ code: 'custom', path: [i, 'indicatorCode'], message: 'appears twice in one save' });
      seen.add(a.indicatorCode);
    });
  });

const filterSchema = z.object({
  status: z.enum(['DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED']).nullish(),
  provinceCode: z.string().regex(/^\d{2}$/, 'must be a two-digit province code').nullish(),
  institutionId: idSchema.nullish(),
  assignedToMe: z.boolean().nullish(),
});

const STAFF = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER'] as const;
const READERS = [...STAFF, 'INSTITUTION_OFFICER'] as const;

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { description: 'One assessment, within the viewer’s scope; officers see their own body’s from the clarification stage on.' })
  @Access(...READERS)
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Assessment> {
    return assessments.readAssessment(ctx, parseInput(idSchema, id, 'id'));
  }

  @Query(() => Assessment, { description: 'The assessment of a unit in a cycle.' })
  @Access(...READERS)
  assessmentOf(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<Assessment> {
    return assessments.readAssessmentOf(ctx, parseInput(idSchema, cycleId, 'cycleId'), parseInput(idSchema, unitId, 'unitId'));
  }

  @Query(() => AssessmentConnection, { description: 'A cycle’s assessments in the viewer’s scope, for work queues (status SUBMITTED: the verification queue).' })
  @Access(...READERS)
  assessments(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('filter', () => AssessmentFilter, { nullable: true }) filter: AssessmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return assessments.listAssessments(ctx, parseInput(idSchema, cycleId, 'cycleId'), parseInput(filterSchema, filter ?? {}, 'filter'), page);
  }

  @Query(() => [AnswerChange], { description: 'Answers changed after a moment, from the audit trail: what changed since my last look.' })
  @Access(...READERS)
  assessmentChanges(@Arg('id', () => ID) id: string, @Arg('since', () => Date) since: Date, @Ctx() ctx: Context): Promise<AnswerChange[]> {
    return assessments.answerChanges(ctx, parseInput(idSchema, id, 'id'), since);
  }

  @Mutation(() => Assessment, { description: 'Records findings (each replaces the indicator’s stored answer) if the assessment is still at expectedVersion.' })
  @Access(...STAFF)
  saveAnswers(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return assessments.saveAnswers(ctx, {
      assessmentId: parseInput(idSchema, assessmentId, 'assessmentId'),
      expectedVersion: parseInput(versionSchema, expectedVersion, 'expectedVersion'),
      answers: parseInput(answersSchema, answers, 'answers'),
    });
  }

  @Mutation(() => Assessment, { description: 'Hands a complete assessment to the verifiers.' })
  @Access(...STAFF)
  submitAssessment(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() ctx: Context): Promise<Assessment> {
    return assessments.submitAssessment(ctx, parseInput(idSchema, id, 'id'), parseInput(versionSchema, expectedVersion, 'expectedVersion'));
  }

  @Mutation(() => Assessment, { description: 'Sends a submitted assessment back to its assessor, saying why.' })
  @Access('ADMIN', 'VERIFIER')
  returnAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return assessments.returnAssessment(
      ctx,
      parseInput(idSchema, id, 'id'),
      parseInput(versionSchema, expectedVersion, 'expectedVersion'),
      parseInput(textSchema(4000), comment, 'comment'),
    );
  }

  @Mutation(() => Assessment, { description: 'Confirms the findings of a submitted assessment.' })
  @Access('ADMIN', 'VERIFIER')
  verifyAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return assessments.verifyAssessment(
      ctx,
      parseInput(idSchema, id, 'id'),
      parseInput(versionSchema, expectedVersion, 'expectedVersion'),
      parseInput(optionalTextSchema(4000), comment, 'comment'),
    );
  }

  @Mutation(() => AssessmentComment, { description: 'A note on an assessment, or on one of its indicators.' })
  @Access(...STAFF)
  addAssessmentComment(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('body', () => String) body: string,
    @Arg('indicatorCode', () => String, { nullable: true }) indicatorCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<AssessmentComment> {
    return assessments.addComment(ctx, {
      assessmentId: parseInput(idSchema, assessmentId, 'assessmentId'),
      body: parseInput(textSchema(4000), body, 'body'),
      indicatorCode: parseInput(indicatorCodeSchema.nullish().transform((v) => v ?? null), indicatorCode, 'indicatorCode'),
    });
  }

  @FieldResolver(() => AssessmentUnit)
  async unit(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentUnit> {
    return (await loaderOf(ctx, unitById).load(assessment.unitId))!;
  }

  @FieldResolver(() => AssessmentInstitution)
  async institution(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentInstitution> {
    return (await loaderOf(ctx, institutionById).load(assessment.institutionId))!;
  }

  @FieldResolver(() => [AssessmentAnswer], { description: 'Stored answers, by indicator code.' })
  answers(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentAnswer[]> {
    return loaderOf(ctx, answersOfAssessment).load(assessment.id);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<Evidence[]> {
    return loaderOf(ctx, evidenceOfAssessment).load(assessment.id);
  }

  @FieldResolver(() => [AssessmentComment], { description: 'Oldest first.' })
  comments(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentComment[]> {
    return loaderOf(ctx, commentsOfAssessment).load(assessment.id);
  }

  @FieldResolver(() => LiveScore, { nullable: true, description: 'Scored now by @patuh/scoring with the cycle’s latest methodology; null without one.' })
  async liveScore(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<LiveScore | null> {
    const [methodology, answers] = await Promise.all([
      loaderOf(ctx, methodologyOfCycle).load(assessment.cycleId),
      loaderOf(ctx, answersOfAssessment).load(assessment.id),
    ]);
    return methodology && liveScoreOf(methodology, answers);
  }
}
