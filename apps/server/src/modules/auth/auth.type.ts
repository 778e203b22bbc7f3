import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@patuh/db';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    ADMIN: { description: 'Ombudsman headquarters: everything.' },
    REGIONAL_STAFF: { description: 'A regional office (Perwakilan): the bodies of its province.' },
    VERIFIER: { description: 'Verifies assessments.' },
    INSTITUTION_OFFICER: { description: 'An officer of one assessed body: its own results, feedback and clarifications.' },
  },
});

@ObjectType({ description: 'A place, for a scope.' })
export class ScopeProvince {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'An assessed body, for a scope.' })
export class ScopeInstitution {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'The signed-in user.' })
export class Me {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ScopeProvince, { nullable: true, description: 'Regional staff: the province of their office.' })
  province!: ScopeProvince | null;
  @Field(() => ScopeInstitution, { nullable: true, description: 'Institution officers: their body.' })
  institution!: ScopeInstitution | null;
  @Field(() => Boolean, { description: 'A demo account of the synthetic data set.' })
  demo!: boolean;
}

@InputType()
export class SignInInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}
