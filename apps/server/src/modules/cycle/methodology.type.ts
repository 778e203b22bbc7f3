import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Zone } from '@patuh/db';

registerEnumType(Zone, { name: 'Zone', description: 'The colour zone of a grade: Hijau, Kuning or Merah.' });

@ObjectType({ description: 'A text of a methodology in Bahasa Indonesia and English.' })
export class MethodologyText {
  @Field(() => String) id!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'A methodology shipped with the platform, to start a cycle from.' })
export class MethodologyPreset {
  @Field(() => String, { description: 'e.g. METHOD_2022.' }) id!: string;
  @Field(() => String, { description: "The preset's content version, e.g. 2023.1." }) version!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => [Int], { description: 'The assessment years that used this method.' }) years!: readonly number[];
}

@ObjectType()
export class MethodologyVariable {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float, { description: 'Percent of its dimension.' }) weight!: number;
  @Field(() => Float, { description: 'Points it can add to a unit score when everything applies.' }) maxPoints!: number;
}

@ObjectType()
export class MethodologyDimension {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float, { description: 'Percent of the unit score.' }) weight!: number;
  @Field(() => [MethodologyVariable]) variables!: readonly MethodologyVariable[];
}

@ObjectType()
export class MethodologyIndicator {
  @Field(() => String) dimensionCode!: string;
  @Field(() => String) variableCode!: string;
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float, { description: 'Percent of its variable.' }) weight!: number;
  @Field(() => Float, { description: 'Points it can add to a unit score when everything applies.' }) maxPoints!: number;
  @Field(() => String, { description: 'YES_NO, ORDINAL, PERCENTAGE or NUMERIC; the document has the details.' }) scaleKind!: string;
  @Field(() => String, { nullable: true, description: "Where the indicator's data comes from, e.g. OBSERVATION." }) source!: string | null;
  @Field(() => Boolean) allowNotApplicable!: boolean;
}

@ObjectType()
export class MethodologyGradeBand {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) label!: MethodologyText;
  @Field(() => Float, { description: 'Lowest score of the band, inclusive.' }) min!: number;
  @Field(() => Float) max!: number;
  @Field(() => Zone) zone!: Zone;
  @Field(() => String, { description: 'CSS colour, #rrggbb.' }) colour!: string;
}

@ObjectType({ description: 'A methodology laid out as tables, as computed by the scoring package.' })
export class MethodologySummary {
  @Field(() => String, { description: 'The method, e.g. METHOD_2022.' }) id!: string;
  @Field(() => String, { description: "The method's content version." }) version!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => MethodologyText, { nullable: true }) description!: MethodologyText | null;
  @Field(() => [Int]) years!: readonly number[];
  @Field(() => [MethodologyDimension]) dimensions!: readonly MethodologyDimension[];
  @Field(() => [MethodologyIndicator]) indicators!: readonly MethodologyIndicator[];
  @Field(() => [MethodologyGradeBand], { description: 'Best first.' }) gradeBands!: readonly MethodologyGradeBand[];
  @Field(() => String, { description: 'MEAN_OF_UNITS or WEIGHTED_BY_SERVICE_PRODUCTS.' }) institutionAggregation!: string;
  @Field(() => [MethodologyText], { description: 'What is published and what is inferred.' }) notes!: readonly MethodologyText[];
}

@ObjectType({ description: "A version of a cycle's methodology. Every edit adds a version; results keep the one they were scored with." })
export class Methodology {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Pass it back as expectedVersion to edit the methodology.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'The preset the cycle started from.' }) presetId!: string | null;
  @Field(() => GraphQLJSON, { description: 'The whole document, as validated by the scoring package.' }) document!: unknown;
  @Field(() => Date) createdAt!: Date;
}
