import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { InstitutionType, UnitKind } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';

registerEnumType(InstitutionType, {
  name: 'InstitutionType',
  description: 'The kind of assessed body.',
  valuesConfig: {
    KEMENTERIAN: { description: 'A ministry.' },
    LEMBAGA: { description: 'A government agency.' },
    PROVINSI: { description: 'A provincial government (Pemprov).' },
    KABUPATEN: { description: 'A regency government (Pemkab).' },
    KOTA: { description: 'A city government (Pemkot).' },
  },
});

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'The kind of service unit ("unit layanan") inside a body.',
  valuesConfig: {
    DPMPTSP: { description: 'Investment and one-stop licensing office.' },
    DUKCAPIL: { description: 'Civil registry office.' },
    DINSOS: { description: 'Social affairs office.' },
    DINDIK: { description: 'Education office.' },
    DINKES: { description: 'Health office.' },
    PUSKESMAS: { description: 'Community health centre.' },
    RSUD: { description: 'Regional hospital.' },
    POLRES: { description: 'Police resort, assessed as a unit of its own.' },
    KANTAH: { description: 'Land office, assessed as a unit of its own.' },
    OTHER: { description: 'Any other service unit, e.g. of a ministry or agency.' },
  },
});

// Named by every row of a whole cycle's ranking: its fields are read straight off the object.
@ObjectType({ description: 'A province, by its official two-digit Kemendagri code.', simpleResolvers: true })
export class Province {
  @Field(() => String, { description: 'Official code, e.g. "36" for Banten.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code (e.g. "ID-BT"), to colour a map.' })
  isoCode!: string | null;
}

@ObjectType({ description: 'An assessed body: a ministry, agency, province, regency or city.' })
export class Institution {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Official code: "36" for a province, "36.74" for a city; most ministries and agencies have none.' })
  code!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => InstitutionType)
  type!: InstitutionType;

  @Field(() => String, { nullable: true, description: 'Null for ministries and agencies.' })
  provinceCode!: string | null;

  @Field(() => Boolean, { description: 'Inactive bodies are kept for history; only staff see them.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it last changed: send it back as expectedUpdatedAt when editing.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'An assessed service unit ("unit layanan") of a body, e.g. its Disdukcapil.' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  institutionId!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Inactive units are kept for history; only staff see them.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it last changed: send it back as expectedUpdatedAt when editing.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A service a unit delivers (e.g. issuing an ID card), observed in one cycle.' })
export class ServiceProduct {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  name!: string;
}

export const InstitutionConnection = Connection(Institution, 'Institution');
export const UnitConnection = Connection(Unit, 'Unit');
