import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentStatus, CommentKind, CycleStage, Zone } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';

registerEnumType(CommentKind, {
  name: 'CommentKind',
  description: 'Why a comment was written on an assessment.',
  valuesConfig: {
    NOTE: { description: 'A note between colleagues.' },
    RETURN: { description: 'The reason an assessment was returned.' },
    VERIFY: { description: 'A remark made when verifying.' },
  },
});

@ObjectType({ description: 'A person named on a record: who answered, commented, uploaded or decided.' })
export class PersonRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'The assessed unit of an assessment.' })
export class AssessmentUnit {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'The body an assessed unit belongs to.' })
export class AssessmentInstitution {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Null for ministries and agencies.' }) provinceCode!: string | null;
}

@ObjectType({ description: 'The finding on one indicator: a value on its scale, or not applicable.' })
export class AssessmentAnswer {
  @Field(() => String) indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'On the indicator’s scale; yes/no as 1/0. Null when not applicable or not answered yet.' })
  value!: number | null;
  @Field(() => Boolean) notApplicable!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => PersonRef, { nullable: true }) updatedBy!: PersonRef | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'An uploaded evidence file: its metadata; the bytes are fetched from `downloadUrl`.' })
export class Evidence {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) indicatorCode!: string | null;
  @Field(() => String, { description: 'The name it was uploaded with (metadata only).' }) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String, { description: 'SHA-256 of the content, hex.' }) checksum!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => PersonRef) uploadedBy!: PersonRef;
  @Field(() => String, { description: 'Where the file is downloaded, with the session cookie.' }) downloadUrl!: string;
}

@ObjectType({ description: 'A reviewer’s comment on an assessment.' })
export class AssessmentComment {
  @Field(() => ID) id!: string;
  @Field(() => CommentKind) kind!: CommentKind;
  @Field(() => String, { nullable: true }) indicatorCode!: string | null;
  @Field(() => String) body!: string;
  @Field(() => PersonRef) author!: PersonRef;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A grade as the cycle’s methodology defines it.' })
export class LiveGrade {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'In Bahasa Indonesia, e.g. "Kualitas Tertinggi".' }) label!: string;
  @Field(() => String) labelEn!: string;
  /** Zone is registered as a GraphQL enum with the methodology types (modules/cycle). */
  @Field(() => Zone) zone!: Zone;
}

@ObjectType({ description: 'What one dimension contributes to the unit score so far.' })
export class LiveDimensionScore {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'In Bahasa Indonesia.' }) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => Float, { nullable: true, description: 'The dimension’s own 0–100 score; null until all its indicators are answered.' })
  score!: number | null;
  @Field(() => Float, { description: 'Unit-score points won so far.' }) points!: number;
  @Field(() => Float, { description: 'The most this dimension can contribute.' }) maxPoints!: number;
}

@ObjectType({ description: 'The unit score computed now from the current answers with the cycle’s latest methodology.' })
export class LiveScore {
  @Field(() => Boolean, { description: 'Every indicator has a valid answer or is not applicable.' }) complete!: boolean;
  @Field(() => [String], { description: 'Indicators without an answer, in methodology order.' }) missing!: string[];
  @Field(() => [String], { description: 'Indicators whose stored answer no longer fits the scale.' }) invalid!: string[];
  @Field(() => Float, { nullable: true, description: 'Two decimals; null until complete.' }) score!: number | null;
  @Field(() => LiveGrade, { nullable: true }) grade!: LiveGrade | null;
  @Field(() => [LiveDimensionScore]) dimensions!: LiveDimensionScore[];
}

@ObjectType({ description: 'The assessment of one sampled unit in one cycle.' })
export class Assessment {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => CycleStage, { description: 'The stage of its cycle, which decides what may change.' }) cycleStage!: CycleStage;
  /** AssessmentStatus is registered as a GraphQL enum with the sampling types (modules/sampling). */
  @Field(() => AssessmentStatus) status!: AssessmentStatus;
  @Field(() => Int, { description: 'Name it as expectedVersion when changing the assessment.' }) version!: number;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

export const AssessmentConnection = Connection(Assessment, 'Assessment');

@ObjectType({ description: 'An indicator’s answer at one moment; null fields mean no answer.' })
export class AnswerState {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Boolean) notApplicable!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'How one indicator’s answer changed over a period: first state, last state, last change.' })
export class AnswerChange {
  @Field(() => String) indicatorCode!: string;
  @Field(() => AnswerState, { nullable: true, description: 'Before the first change in the period; null when unanswered.' })
  before!: AnswerState | null;
  @Field(() => AnswerState, { nullable: true, description: 'After the last change in the period.' })
  after!: AnswerState | null;
  @Field(() => Date) changedAt!: Date;
  @Field(() => PersonRef, { nullable: true, description: 'Who made the last change.' }) changedBy!: PersonRef | null;
  @Field(() => String, { description: 'The audited action of the last change, e.g. assessment.answers.save.' }) action!: string;
}

@InputType({ description: 'The new state of one indicator’s answer; it replaces the stored one whole.' })
export class AnswerInput {
  @Field(() => String) indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'On the indicator’s scale (yes/no as 1/0); null to leave unanswered.' })
  value?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Not applicable to this unit (where the methodology allows it); then no value.' })
  notApplicable?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class AssessmentFilter {
  @Field(() => AssessmentStatus, { nullable: true, description: 'SUBMITTED gives the verification queue.' })
  status?: AssessmentStatus | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only units the viewer is assigned to (as assessor or verifier).' })
  assignedToMe?: boolean | null;
}
