import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Cycle } from '../cycle/cycle.type.js';
import { ResultRevisionInfo } from '../results/results.type.js';

@InputType({ description: 'Publishes a decided cycle: scores, grades and ranks every sampled body and freezes the outcome.' })
export class PublishCycleInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int, { description: 'The cycle version the publisher saw: publication refuses if the cycle changed since.' })
  expectedVersion!: number;
}

@InputType({ description: "A correction of a published cycle's results: a new revision computed from the current verified findings." })
export class PublishCorrectionInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => String, { description: 'Why the results are corrected; shown with the revision.' }) reason!: string;
}

@ObjectType({ description: 'What a publication or correction wrote.' })
export class PublicationResult {
  @Field(() => Cycle) cycle!: Cycle;
  @Field(() => ResultRevisionInfo) revision!: ResultRevisionInfo;
  @Field(() => Int) unitCount!: number;
}
