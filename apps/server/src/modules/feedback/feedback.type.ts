import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "An improvement point of a body's report card (rapor): for the body, one of its units, or one indicator. " +
    'It becomes visible to the body when the cycle is published (publishedAt).',
})
export class Feedback {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => ID, { nullable: true, description: 'The unit it is about; null when about the whole body.' }) unitId!: string | null;
  @Field(() => String, { nullable: true }) unitName!: string | null;
  @Field(() => String, { nullable: true, description: "The indicator it is about, a code of the cycle's methodology." })
  indicatorCode!: string | null;
  @Field(() => String, { description: 'As written; plain text, to be escaped by whoever displays it.' }) body!: string;
  @Field(() => Int, { description: '1 (most urgent) to 3.' }) priority!: number;
  @Field(() => Int, { description: 'Pass it back as expectedVersion to edit the point.' }) version!: number;
  @Field(() => Date, { nullable: true, description: 'When it was published with the results; null while the body cannot see it yet.' })
  publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: "How many improvement points a body's published report card has, by priority; never their text." })
export class FeedbackSummary {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Priority 1.' }) urgent!: number;
  @Field(() => Int, { description: 'Priority 2.' }) important!: number;
  @Field(() => Int, { description: 'Priority 3.' }) advisable!: number;
  @Field(() => Int, { description: 'Units named by at least one point.' }) unitCount!: number;
}

@InputType({ description: "A new improvement point for a body's report card." })
export class CreateFeedbackInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => ID, { nullable: true, description: 'One of the body’s units, when the point is about it.' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: "An indicator code of the cycle's methodology." }) indicatorCode?: string | null;
  @Field(() => String) body!: string;
  @Field(() => Int, { description: '1 (most urgent) to 3.' }) priority!: number;
}

@InputType({ description: 'New text and priority for an improvement point, if it is still at expectedVersion.' })
export class UpdateFeedbackInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String) body!: string;
  @Field(() => Int) priority!: number;
}
