import { Field, ID, InputType } from 'type-graphql';
import { InstitutionType, UnitKind } from '@patuh/db';

@InputType({ description: 'Narrows a list of bodies; every field is optional.' })
export class InstitutionFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or official code, any case.' })
  search?: string | null;

  @Field(() => InstitutionType, { nullable: true })
  type?: InstitutionType | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff only may ask for inactive bodies; others see active ones.' })
  active?: boolean | null;
}

@InputType({ description: "Narrows a body's units; every field is optional." })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  search?: string | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff only may ask for inactive units; others see active ones.' })
  active?: boolean | null;
}

@InputType()
export class CreateInstitutionInput {
  @Field(() => String, { nullable: true, description: 'Official code ("36", "36.74"); required for regional governments.' })
  code?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => InstitutionType)
  type!: InstitutionType;

  @Field(() => String, { nullable: true, description: 'Required for provinces, regencies and cities; none for ministries and agencies.' })
  provinceCode?: string | null;
}

@InputType({ description: 'The fields to change; omitted fields keep their value, null clears code or province.' })
export class UpdateInstitutionInput {
  @Field(() => Date, { description: 'The updatedAt the editor read: a later change by someone else is a CONFLICT, never overwritten.' })
  expectedUpdatedAt!: Date;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => InstitutionType, { nullable: true })
  type?: InstitutionType | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String)
  name!: string;
}

@InputType({ description: 'The fields to change; omitted fields keep their value.' })
export class UpdateUnitInput {
  @Field(() => Date, { description: 'The updatedAt the editor read: a later change by someone else is a CONFLICT, never overwritten.' })
  expectedUpdatedAt!: Date;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class CreateServiceProductInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  name!: string;
}
