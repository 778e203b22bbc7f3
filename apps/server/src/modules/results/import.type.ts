import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { GradeCount, ResultRevisionInfo, ZoneCount } from './results.type.js';

@InputType({ description: 'Officially published results of a past year, as CSV, to check (dry run) or to import.' })
export class ImportPublishedResultsInput {
  @Field(() => Int) cycleYear!: number;
  @Field(() => String, {
    description:
      'UTF-8 CSV (RFC 4180) with the header institution_code,institution_type,institution_name,score and optionally ' +
      'unit_name,unit_score (one row per unit, the body’s score repeated). Scores take a dot or a comma: 94.46 or "94,46".',
  })
  csv!: string;
  @Field(() => Boolean, { description: 'Only check and report; nothing is written.' }) dryRun!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when the year already has imported results: the import is then a correction.' })
  reason?: string | null;
}

@ObjectType({ description: 'A row of the file that cannot be imported, and why.' })
export class ResultsImportProblem {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault, when there is one.' }) column!: string | null;
  @Field(() => String, { description: 'In Bahasa Indonesia.' }) message!: string;
  @Field(() => String) messageEn!: string;
}

@ObjectType({ description: 'What an import of published results does (dry run) or did.' })
export class ResultsImportReport {
  @Field(() => Int) cycleYear!: number;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: 'True when no row has a problem.' }) valid!: boolean;
  @Field(() => Boolean, { description: 'True when the results were written.' }) committed!: boolean;
  @Field(() => Int, { description: 'Data rows read, not counting the header and empty lines.' }) rowCount!: number;
  @Field(() => Int) institutionCount!: number;
  @Field(() => Int) unitCount!: number;
  @Field(() => Boolean, { description: 'The cycle does not exist yet and is (or would be) created with the method of its year.' })
  createsCycle!: boolean;
  @Field(() => String, { description: 'The method grades and zones come from, e.g. ZONES_2017 or METHOD_2022.' }) methodologyId!: string;
  @Field(() => Int, { description: 'The revision written, or that the import would write.' }) revision!: number;
  @Field(() => [ResultsImportProblem], { description: 'Every bad row, in file order.' }) problems!: ResultsImportProblem[];
  @Field(() => [GradeCount], { description: 'Bodies per grade of the valid rows, to compare with the published totals.' }) grades!: GradeCount[];
  @Field(() => [ZoneCount]) zones!: ZoneCount[];
  @Field(() => ResultRevisionInfo, { nullable: true, description: 'The revision written; null for a dry run.' })
  written!: ResultRevisionInfo | null;
}
