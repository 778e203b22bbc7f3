import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DataSource {
  /** Synthetic demo data: never official results. */
  DEMO = 'DEMO',
  /** Results as decided and published by the Ombudsman. */
  OFFICIAL = 'OFFICIAL',
  /** Nothing published or loaded yet. */
  EMPTY = 'EMPTY',
}
registerEnumType(DataSource, {
  name: 'DataSource',
  description: 'Where the figures on this platform come from.',
  valuesConfig: {
    DEMO: { description: 'Synthetic demo data: never official results.' },
    OFFICIAL: { description: 'Results as decided and published by the Ombudsman.' },
    EMPTY: { description: 'Nothing loaded yet.' },
  },
});

@ObjectType({ description: 'The platform, and the kind of data it serves.' })
export class Platform {
  @Field(() => String)
  name!: string;

  @Field(() => DataSource, { description: 'DEMO whenever any synthetic figure is present.' })
  dataSource!: DataSource;

  @Field(() => Int)
  provinceCount!: number;

  @Field(() => Int, { description: 'Assessed bodies in the registry (active ones).' })
  institutionCount!: number;

  @Field(() => Int)
  cycleCount!: number;
}
