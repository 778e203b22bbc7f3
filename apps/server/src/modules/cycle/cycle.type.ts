import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CycleStage } from '@patuh/db';

registerEnumType(CycleStage, {
  name: 'CycleStage',
  description: 'Where a yearly assessment stands, from planning to archive.',
});

export enum StageDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}
registerEnumType(StageDirection, {
  name: 'StageDirection',
  description: 'Whether a stage move goes on to the next stage or reopens the previous one.',
});

@ObjectType({
  description:
    'One yearly assessment. Staff see every cycle; the public and institution officers see the published and archived ' +
    'cycles and every cycle under way once announced (past DRAFT), with its stage and schedule.',
})
export class Cycle {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => CycleStage)
  stage!: CycleStage;

  @Field(() => Boolean, { description: 'True when every figure of this cycle is synthetic demo data.' })
  synthetic!: boolean;

  @Field(() => Int, { description: 'Changes with every stage move and schedule change; pass it back as expectedVersion.' })
  version!: number;
}

@ObjectType({ description: "A stage's planned window, and when it actually opened." })
export class CycleStageWindow {
  @Field(() => CycleStage)
  stage!: CycleStage;

  @Field(() => Date, { nullable: true })
  opensAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the cycle last entered this stage; null if it never has.' })
  openedAt!: Date | null;
}

@ObjectType({ description: 'A reason, in Bahasa Indonesia and English, why a stage move is refused now.' })
export class StageGuardReason {
  @Field(() => String) id!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'A stage the cycle could move to next, and whether the signed-in user may move it there now.' })
export class StageTransition {
  @Field(() => CycleStage)
  to!: CycleStage;

  @Field(() => StageDirection)
  direction!: StageDirection;

  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => Boolean, { description: 'Moving back reopens a stage and needs a reason.' })
  reasonRequired!: boolean;

  @Field(() => [StageGuardReason], { description: 'Every reason the move is refused now; empty when allowed.' })
  reasons!: StageGuardReason[];
}

@ObjectType({ description: 'Assessments of sampled units, by status.' })
export class AssessmentStatusCounts {
  @Field(() => Int) draft!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "A province's share of a cycle's work; the province is null for ministries and agencies." })
export class ProvinceProgress {
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => String, { nullable: true }) provinceName!: string | null;
  @Field(() => Int) institutionCount!: number;
  @Field(() => Int) unitCount!: number;
  @Field(() => AssessmentStatusCounts) assessments!: AssessmentStatusCounts;
}

@ObjectType({ description: 'How far a cycle has come: sampled bodies and units, and their assessments by status.' })
export class CycleProgress {
  @Field(() => Int) institutionCount!: number;
  @Field(() => Int) unitCount!: number;
  @Field(() => AssessmentStatusCounts) assessments!: AssessmentStatusCounts;
  @Field(() => [ProvinceProgress], { description: 'By province, in code order; ministries and agencies last.' })
  byProvince!: ProvinceProgress[];
}

@InputType({ description: 'A new cycle, with its methodology copied from a preset.' })
export class CreateCycleInput {
  @Field(() => Int) year!: number;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'A preset of methodologyPresets, e.g. METHOD_2022.' }) presetId!: string;
}

@InputType({ description: "A stage's planned window." })
export class StageWindowInput {
  @Field(() => CycleStage) stage!: CycleStage;
  @Field(() => Date) opensAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Null leaves the window open-ended.' }) closesAt?: Date | null;
}

