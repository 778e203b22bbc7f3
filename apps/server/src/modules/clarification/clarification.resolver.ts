import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { PageArgs } from '../../graphql/connection.js';
import { loaderOf } from '../../graphql/loaders.js';
import { parseInput } from '../../validation.js';
import { idSchema, indicatorCodeSchema, optionalTextSchema, textSchema, versionSchema } from '../assessment/assessment.input.js';
import { answersOfAssessment, evidenceOfClarification, institutionById, unitById } from '../assessment/assessment.loaders.js';
import { AssessmentAnswer, AssessmentInstitution, AssessmentUnit, Evidence } from '../assessment/assessment.type.js';
import { messagesOfClarification } from './clarification.loaders.js';
import * as clarifications from './clarification.service.js';
import {
  Clarification,
  ClarificationConnection,
  ClarificationDecision,
  ClarificationFilter,
  ClarificationMessage,
  NewAnswerInput,
} from './clarification.type.js';

const messageSchema = textSchema(4000);

const filterSchema = z.object({
  status: z.enum(['OPEN', 'ANSWERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']).nullish(),
  institutionId: idSchema.nullish(),
  provinceCode: z.string().regex(/^\d{2}$/, 'must be a two-digit province code').nullish(),
});

const newAnswerSchema = z
  .object({
    value: z.number().nullish().transform((v) => v ?? null),
    notApplicable: z.boolean().nullish().transform((v) => v ?? false),
    note: optionalTextSchema(2000),
  })
  .nullish()
  .transform((v) => v ?? null);

const READERS = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER'] as const;

@Resolver(() => Clarification)
export class ClarificationResolver {
  @Query(() => ClarificationConnection, { description: 'A cycle’s clarifications in the viewer’s scope; an officer sees its own body’s.' })
  @Access(...READERS)
  clarifications(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('filter', () => ClarificationFilter, { nullable: true }) filter: ClarificationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return clarifications.listClarifications(ctx, parseInput(idSchema, cycleId, 'cycleId'), parseInput(filterSchema, filter ?? {}, 'filter'), page);
  }

  @Query(() => Clarification, { description: 'One clarification with its conversation, evidence and the indicator’s current answer.' })
  @Access(...READERS)
  clarification(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Clarification> {
    return clarifications.readClarification(ctx, parseInput(idSchema, id, 'id'));
  }

  @Mutation(() => Clarification, { description: 'A body flags a factual error in one indicator of its draft findings (clarification stage only).' })
  @Access('INSTITUTION_OFFICER')
  raiseClarification(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('message', () => String) message: string,
    @Ctx() ctx: Context,
  ): Promise<Clarification> {
    return clarifications.raiseClarification(ctx, {
      assessmentId: parseInput(idSchema, assessmentId, 'assessmentId'),
      indicatorCode: parseInput(indicatorCodeSchema, indicatorCode, 'indicatorCode'),
      message: parseInput(messageSchema, message, 'message'),
    });
  }

  @Mutation(() => Clarification, { description: 'Adds a message to an undecided clarification, from either side.' })
  @Access(...READERS)
  addClarificationMessage(@Arg('id', () => ID) id: string, @Arg('message', () => String) message: string, @Ctx() ctx: Context): Promise<Clarification> {
    return clarifications.addClarificationMessage(ctx, parseInput(idSchema, id, 'id'), parseInput(messageSchema, message, 'message'));
  }

  @Mutation(() => Clarification, { description: 'Staff answer an open clarification; it then waits for a decision.' })
  @Access('ADMIN', 'REGIONAL_STAFF', 'VERIFIER')
  answerClarification(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('message', () => String) message: string,
    @Ctx() ctx: Context,
  ): Promise<Clarification> {
    return clarifications.answerClarification(
      ctx,
      parseInput(idSchema, id, 'id'),
      parseInput(versionSchema, expectedVersion, 'expectedVersion'),
      parseInput(messageSchema, message, 'message'),
    );
  }

  @Mutation(() => Clarification, { description: 'Accepts or rejects a clarification, with a reason; an accepted one may correct the finding.' })
  @Access('ADMIN', 'VERIFIER')
  decideClarification(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('decision', () => ClarificationDecision) decision: ClarificationDecision,
    @Arg('reason', () => String) reason: string,
    @Arg('newAnswer', () => NewAnswerInput, { nullable: true }) newAnswer: NewAnswerInput | null,
    @Ctx() ctx: Context,
  ): Promise<Clarification> {
    const correction = parseInput(newAnswerSchema, newAnswer, 'newAnswer');
    if (correction && decision !== ClarificationDecision.ACCEPTED) {
      throw badInput('newAnswer', {
        id: 'Jawaban baru hanya dapat diberikan bersama keputusan ACCEPTED.',
        en: 'A new answer goes only with an ACCEPTED decision.',
      });
    }
    return clarifications.decideClarification(ctx, {
      id: parseInput(idSchema, id, 'id'),
      expectedVersion: parseInput(versionSchema, expectedVersion, 'expectedVersion'),
      decision,
      reason: parseInput(textSchema(4000), reason, 'reason'),
      newAnswer: correction,
    });
  }

  @Mutation(() => Clarification, { description: 'The body withdraws its undecided clarification.' })
  @Access('INSTITUTION_OFFICER')
  withdrawClarification(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() ctx: Context): Promise<Clarification> {
    return clarifications.withdrawClarification(ctx, parseInput(idSchema, id, 'id'), parseInput(versionSchema, expectedVersion, 'expectedVersion'));
  }

  @FieldResolver(() => AssessmentInstitution)
  async institution(@Root() clarification: Clarification, @Ctx() ctx: Context): Promise<AssessmentInstitution> {
    return (await loaderOf(ctx, institutionById).load(clarification.institutionId))!;
  }

  @FieldResolver(() => AssessmentUnit)
  async unit(@Root() clarification: Clarification, @Ctx() ctx: Context): Promise<AssessmentUnit> {
    return (await loaderOf(ctx, unitById).load(clarification.unitId))!;
  }

  @FieldResolver(() => [ClarificationMessage], { description: 'Oldest first; the first is the request itself.' })
  messages(@Root() clarification: Clarification, @Ctx() ctx: Context): Promise<ClarificationMessage[]> {
    return loaderOf(ctx, messagesOfClarification).load(clarification.id);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() clarification: Clarification, @Ctx() ctx: Context): Promise<Evidence[]> {
    return loaderOf(ctx, evidenceOfClarification).load(clarification.id);
  }

  @FieldResolver(() => AssessmentAnswer, { nullable: true, description: 'The indicator’s answer as it stands now; null when unanswered.' })
  async currentAnswer(@Root() clarification: Clarification, @Ctx() ctx: Context): Promise<AssessmentAnswer | null> {
    const answers = await loaderOf(ctx, answersOfAssessment).load(clarification.assessmentId);
    return answers.find((a) => a.indicatorCode === clarification.indicatorCode) ?? null;
  }
}
