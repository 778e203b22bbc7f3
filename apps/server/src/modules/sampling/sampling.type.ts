import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentStatus, AssignmentRole, InstitutionType, Role, UnitKind } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';
// InstitutionType and UnitKind are registered, with their values described, by the registry module.
import '../registry/registry.type.js';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'Where the assessment of one sampled unit stands.' });
registerEnumType(AssignmentRole, { name: 'AssignmentRole', description: 'What a member of staff does for a sampled unit.' });

@ObjectType({ description: 'What a sampling operation added and removed.' })
export class SamplingChange {
  @Field(() => Int) institutionsAdded!: number;
  @Field(() => Int) unitsAdded!: number;
  @Field(() => Int) institutionsRemoved!: number;
  @Field(() => Int) unitsRemoved!: number;
}

@ObjectType({ description: 'An assessed body, as the sampling and assignment screens show it.' })
export class SamplingInstitution {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => InstitutionType) type!: InstitutionType;
  @Field(() => String, { nullable: true, description: 'Null for ministries and agencies.' }) provinceCode!: string | null;
}

@ObjectType({ description: 'A service unit, as the sampling and assignment screens show it.' })
export class SamplingUnit {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => UnitKind) kind!: UnitKind;
}

@ObjectType({ description: 'A member of Ombudsman staff who can be assigned to assess or verify units.' })
export class StaffMember {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: 'Regional staff: the province of their office.' }) provinceCode!: string | null;
}

@ObjectType({ description: 'A member of staff assigned to a sampled unit.' })
export class StaffAssignment {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentRole) role!: AssignmentRole;
  userId!: string;
}

@ObjectType({ description: 'A unit sampled in a cycle, with its body, its assessment and the staff assigned to it.' })
export class SampledUnit {
  @Field(() => ID, { description: 'The cycle and unit together.' }) id!: string;
  @Field(() => ID) cycleId!: string;
  unitId!: string;
  institutionId!: string;
}

export const SampledUnitConnection = Connection(SampledUnit, 'SampledUnit');

@InputType({ description: 'Which sampled units to list; every filter given must match.' })
export class SampledUnitFilter {
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => AssessmentStatus, { nullable: true }) status?: AssessmentStatus | null;
  @Field(() => ID, { nullable: true, description: 'Units this user is assigned to, in any role.' }) assignedTo?: string | null;
}

@InputType({ description: 'Which staff to list.' })
export class StaffFilter {
  @Field(() => Role, { nullable: true, description: 'ADMIN, REGIONAL_STAFF or VERIFIER.' }) role?: Role | null;
  @Field(() => String, { nullable: true, description: "The province of a regional office's staff." }) provinceCode?: string | null;
}
