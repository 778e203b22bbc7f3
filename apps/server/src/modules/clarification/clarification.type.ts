import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClarificationStatus, CycleStage } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';
import { PersonRef } from '../assessment/assessment.type.js';

registerEnumType(ClarificationStatus, {
  name: 'ClarificationStatus',
  description: 'Where a factual-accuracy request stands.',
  valuesConfig: {
    OPEN: { description: 'Raised by the body, waiting for the Ombudsman’s answer.' },
    ANSWERED: { description: 'Answered by staff, waiting for a decision.' },
    ACCEPTED: { description: 'Decided in the body’s favour; the finding may have been corrected.' },
    REJECTED: { description: 'Decided against; the finding stands.' },
    WITHDRAWN: { description: 'Withdrawn by the body.' },
  },
});

export enum ClarificationDecision {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ClarificationDecision, { name: 'ClarificationDecision', description: 'The outcome of a clarification.' });

@ObjectType({ description: 'One message in a clarification’s conversation.' })
export class ClarificationMessage {
  @Field(() => ID) id!: string;
  @Field(() => String) body!: string;
  @Field(() => PersonRef) author!: PersonRef;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A body’s factual-accuracy request on one indicator of one of its units’ draft findings.' })
export class Clarification {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) assessmentId!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => CycleStage) cycleStage!: CycleStage;
  @Field(() => String) indicatorCode!: string;
  @Field(() => ClarificationStatus) status!: ClarificationStatus;
  @Field(() => Int, { description: 'Name it as expectedVersion when changing the clarification.' }) version!: number;
  @Field(() => PersonRef) raisedBy!: PersonRef;
  @Field(() => PersonRef, { nullable: true }) decidedBy!: PersonRef | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const ClarificationConnection = Connection(Clarification, 'Clarification');

@InputType()
export class ClarificationFilter {
  @Field(() => ClarificationStatus, { nullable: true }) status?: ClarificationStatus | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
}

@InputType({ description: 'The corrected finding an accepted clarification puts in place of the stored one.' })
export class NewAnswerInput {
  @Field(() => Float, { nullable: true, description: 'On the indicator’s scale (yes/no as 1/0).' }) value?: number | null;
  @Field(() => Boolean, { nullable: true }) notApplicable?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
