import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';
import { ScopeInstitution, ScopeProvince } from '../auth/auth.type.js';

@ObjectType({ description: 'A person who signs in: Ombudsman staff or an officer of an assessed body.' })
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ScopeProvince, { nullable: true }) province!: ScopeProvince | null;
  @Field(() => ScopeInstitution, { nullable: true }) institution!: ScopeInstitution | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { description: 'True until the invitation is accepted.' }) invitationPending!: boolean;
  @Field(() => Boolean, { description: 'A demo account of the synthetic data set.' }) demo!: boolean;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set while sign-in is locked after failed attempts.' }) lockedUntil!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

export const UserConnection = Connection(User, 'User');

@ObjectType({ description: 'A mail the platform sent, or keeps for admins when no mail server is configured.' })
export class OutboxMail {
  @Field(() => ID) id!: string;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

export const OutboxMailConnection = Connection(OutboxMail, 'OutboxMail');

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail.' }) search?: string | null;
}

@InputType({ description: 'Who to invite, with which role and scope.' })
export class InviteUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: 'Required for REGIONAL_STAFF.' }) provinceCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required for INSTITUTION_OFFICER.' }) institutionId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
}

@InputType({ description: 'A single-use link token and the new password.' })
export class SetPasswordInput {
  @Field(() => String) token!: string;
  @Field(() => String) password!: string;
}
