import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'Who did it: a user, or the platform itself (null) for system jobs.' })
export class AuditActor {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'One change, with the state before and after.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => AuditActor, { nullable: true }) actor!: AuditActor | null;
  @Field(() => String, { description: 'e.g. cycle.stage, assessment.save_answers, user.invite' }) action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => String) entityId!: string;
  @Field(() => ID, { nullable: true }) cycleId!: string | null;
  @Field(() => ID, { nullable: true }) institutionId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
  @Field(() => String, { nullable: true }) requestId!: string | null;
}

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) cycleId?: string | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'An action, or a prefix ending in a dot (e.g. "assessment.").' }) action?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}
