import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CycleStage } from '@patuh/db';

registerEnumType(CycleStage, {
  name: 'CycleStage',
  description: 'Where a yearly assessment stands, from planning to archive.',
});

@ObjectType({ description: 'One yearly assessment.' })
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
}
