import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CycleStage, InstitutionType, ResultSource, UnitKind, Zone } from '@patuh/db';
import { Connection } from '../../graphql/connection.js';
import { Methodology, MethodologyGradeBand, MethodologyText } from '../cycle/methodology.type.js';
import { Feedback, FeedbackSummary } from '../feedback/feedback.type.js';
import { Province } from '../registry/registry.type.js';

registerEnumType(ResultSource, {
  name: 'ResultSource',
  description: 'Where a revision of published results comes from.',
  valuesConfig: {
    COMPUTED: { description: 'Scored on this platform from verified assessments.' },
    IMPORTED: { description: 'Officially published figures of a past year, imported without indicator detail.' },
  },
});

export enum RankingSortField {
  RANK = 'RANK',
  SCORE = 'SCORE',
  NAME = 'NAME',
}
registerEnumType(RankingSortField, {
  name: 'RankingSortField',
  valuesConfig: {
    RANK: { description: 'Rank in the scope: best first when ascending (the default).' },
    SCORE: { description: 'Score: highest first when descending (the default); equal scores in rank order.' },
    NAME: { description: 'Name, A to Z when ascending (the default).' },
  },
});

export enum RankingSortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(RankingSortDirection, { name: 'RankingSortDirection' });

// ---------------------------------------------------------------- shared pieces

// Types listed by the thousand in one response (a whole cycle's ranking) read their fields straight
// off the object (`simpleResolvers`): no middleware runs on them, and a wrapper per field costs.
@ObjectType({ description: 'An assessed body as its published results name it.', simpleResolvers: true })
export class ResultInstitution {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) name!: string;
  @Field(() => InstitutionType) type!: InstitutionType;
  @Field(() => Province, { nullable: true, description: 'Null for ministries and agencies.' }) province!: Province | null;
}

@ObjectType({ description: 'An assessed service unit, as its published results name it.' })
export class ResultUnit {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => UnitKind) kind!: UnitKind;
}

@ObjectType('ResultRevision', { description: "One publication of a cycle's results: revision 1, then any correction with its reason." })
export class ResultRevisionInfo {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) revision!: number;
  @Field(() => Boolean, { description: 'True for a correction (any revision after the first).' }) corrected!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the correction was made; null for revision 1.' }) reason!: string | null;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => ResultSource) source!: ResultSource;
  @Field(() => Boolean, { description: 'Synthetic demo data, never official results.' }) synthetic!: boolean;
  @Field(() => Int, { description: 'Bodies with a result in this revision.' }) institutionCount!: number;
}

@ObjectType({ description: 'A body with its score, grade and rank in a list.' })
export class ScoredInstitution {
  @Field(() => ResultInstitution) institution!: ResultInstitution;
  @Field(() => Float) score!: number;
  @Field(() => String) grade!: string;
  @Field(() => Zone) zone!: Zone;
  @Field(() => Int, { description: "Rank in the list's scope; equal scores share a rank." }) rank!: number;
}

// ---------------------------------------------------------------- rankings

@ObjectType({ description: "A body's place in a published ranking, with its change from the previous published cycle.", simpleResolvers: true })
export class InstitutionRanking {
  @Field(() => ResultInstitution) institution!: ResultInstitution;
  @Field(() => Float) score!: number;
  @Field(() => String, { description: "A grade code of the cycle's methodology, e.g. A, or HIJAU for the zone years." }) grade!: string;
  @Field(() => Zone) zone!: Zone;
  @Field(() => String, { nullable: true, description: 'The grade label as published, e.g. Kualitas Tertinggi.' }) label!: string | null;
  @Field(() => Int, { description: 'Rank in the scope asked for; equal scores share a rank (1, 2, 2, 4).' }) rank!: number;
  @Field(() => Boolean, { description: 'Another body of the scope has the same score.' }) tied!: boolean;
  @Field(() => Int) rankNational!: number;
  @Field(() => Int, { description: 'Among the bodies of its type.' }) rankType!: number;
  @Field(() => Int, { nullable: true, description: 'Among the bodies of its province; null for ministries and agencies.' })
  rankProvince!: number | null;
  @Field(() => Float, { nullable: true, description: 'Score in the previous published cycle; null if not assessed then.' })
  previousScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'score − previousScore.' }) delta!: number | null;
  @Field(() => String, { nullable: true }) previousGrade!: string | null;
  @Field(() => Zone, { nullable: true }) previousZone!: Zone | null;
}

export const InstitutionRankingConnection = Connection(InstitutionRanking, 'InstitutionRanking');

@InputType({ description: 'Which bodies a ranking covers: all, one type, one province, or one type in one province.' })
export class RankingScopeInput {
  @Field(() => InstitutionType, { nullable: true }) type?: InstitutionType | null;
  @Field(() => String, { nullable: true, description: 'A two-digit province code, e.g. "36".' }) provinceCode?: string | null;
}

@InputType({ description: 'Rows to show; ranks stay those of the whole scope.' })
export class RankingFilterInput {
  @Field(() => String, { nullable: true, description: 'A grade code, e.g. A.' }) grade?: string | null;
  @Field(() => Zone, { nullable: true }) zone?: Zone | null;
  @Field(() => String, { nullable: true, description: "Part of the body's name or code, case-insensitive." }) search?: string | null;
}

@InputType()
export class RankingSortInput {
  @Field(() => RankingSortField) field!: RankingSortField;
  @Field(() => RankingSortDirection, { nullable: true, description: "The field's natural direction when omitted." })
  direction?: RankingSortDirection | null;
}

// ---------------------------------------------------------------- a body's results

@ObjectType({ description: "A body's published result in one cycle." })
export class InstitutionYearResult {
  @Field(() => Int) year!: number;
  @Field(() => Float) score!: number;
  @Field(() => String) grade!: string;
  @Field(() => Zone) zone!: Zone;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => Int) rankNational!: number;
  @Field(() => Int) rankType!: number;
  @Field(() => Int, { nullable: true }) rankProvince!: number | null;
  @Field(() => Int, { description: 'Units assessed; 0 for imported figures.' }) unitCount!: number;
  @Field(() => [MethodologyGradeBand], { description: "That year's grade bands, best first, for charting." })
  gradeBands!: MethodologyGradeBand[];
  @Field(() => Int, { description: 'The revision this figure comes from (the latest of its cycle).' }) revision!: number;
  @Field(() => Boolean, { description: "The cycle's results were corrected after their first publication." }) corrected!: boolean;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => ResultSource) source!: ResultSource;
  @Field(() => Boolean) synthetic!: boolean;
}

@ObjectType({ description: "A dimension's share of a unit score, as published." })
export class DimensionResult {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText, { nullable: true }) title!: MethodologyText | null;
  @Field(() => Float, { description: 'Percent of the unit score.' }) weight!: number;
  @Field(() => Float, { nullable: true, description: 'The dimension’s own score on 0–100.' }) score!: number | null;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) lostPoints!: number;
}

@ObjectType({ description: "A unit's published result, with its dimensions." })
export class PublishedUnitResult {
  @Field(() => ResultUnit) unit!: ResultUnit;
  @Field(() => Float) score!: number;
  @Field(() => String) grade!: string;
  @Field(() => Zone) zone!: Zone;
  @Field(() => [DimensionResult]) dimensions!: DimensionResult[];
}

@ObjectType({ description: "A body's public page: its results in every published cycle and its latest units." })
export class InstitutionProfile {
  @Field(() => ResultInstitution) institution!: ResultInstitution;
  @Field(() => [InstitutionYearResult], { description: 'Oldest first.' }) results!: InstitutionYearResult[];
  @Field(() => Int, { nullable: true, description: 'The latest published cycle the body has a result in.' }) latestYear!: number | null;
  @Field(() => [PublishedUnitResult], { description: 'Its units in the latest cycle; empty for imported figures.' })
  latestUnits!: PublishedUnitResult[];
  @Field(() => FeedbackSummary, { nullable: true, description: 'How many improvement points its latest report card has.' })
  feedbackSummary!: FeedbackSummary | null;
}

// ---------------------------------------------------------------- statistics

@ObjectType({ description: 'How many bodies have a grade.' })
export class GradeCount {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) label!: MethodologyText;
  @Field(() => Zone) zone!: Zone;
  @Field(() => String) colour!: string;
  @Field(() => Float) min!: number;
  @Field(() => Float) max!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'How many bodies are in a zone.' })
export class ZoneCount {
  @Field(() => Zone) zone!: Zone;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Bodies per grade (every grade of the methodology, best first) and per zone.' })
export class GradeDistribution {
  @Field(() => Int) year!: number;
  @Field(() => Int) revision!: number;
  @Field(() => Int) total!: number;
  @Field(() => [GradeCount]) grades!: GradeCount[];
  @Field(() => [ZoneCount]) zones!: ZoneCount[];
}

@ObjectType({ description: "A province's bodies in a published cycle." })
export class ProvinceResultSummary {
  @Field(() => Province) province!: Province;
  @Field(() => Int) institutionCount!: number;
  @Field(() => Float, { description: 'Mean of the bodies’ scores, two decimals.' }) meanScore!: number;
  @Field(() => [GradeCount]) grades!: GradeCount[];
  @Field(() => [ZoneCount]) zones!: ZoneCount[];
  @Field(() => ScoredInstitution, { description: 'The first in the province’s ranking (by name among equal scores).' })
  best!: ScoredInstitution;
}

// ---------------------------------------------------------------- cycles and methods

@ObjectType({ description: 'A cycle with published results.' })
export class PublishedCycle {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) year!: number;
  @Field(() => CycleStage) stage!: CycleStage;
  @Field(() => Boolean, { description: 'Synthetic demo data, never official results.' }) synthetic!: boolean;
  @Field(() => String, { nullable: true, description: 'The method its latest revision was scored with, e.g. METHOD_2022.' })
  methodologyId!: string | null;
  @Field(() => String, { nullable: true }) methodologyVersion!: string | null;
  @Field(() => ResultRevisionInfo) latestRevision!: ResultRevisionInfo;
  @Field(() => Int) revisionCount!: number;
  @Field(() => Date) firstPublishedAt!: Date;
}

@ObjectType({ description: "The method a published cycle's results were scored with, for the methodology page." })
export class CycleMethodology {
  @Field(() => Int) year!: number;
  @Field(() => Methodology, { description: 'The document and, in `summary`, the scoring package’s description of it.' })
  methodology!: Methodology;
}

// ---------------------------------------------------------------- rapor

@ObjectType({ description: 'Where a body stands, and among how many.' })
export class RaporStanding {
  @Field(() => Int) national!: number;
  @Field(() => Int) nationalOf!: number;
  @Field(() => Int) type!: number;
  @Field(() => Int) typeOf!: number;
  @Field(() => Int, { nullable: true }) province!: number | null;
  @Field(() => Int, { nullable: true }) provinceOf!: number | null;
}

@ObjectType({ description: 'Points an indicator could add to the unit score, won and lost, from the scoring package.' })
export class ExplainedIndicator {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float, { description: 'Percent of its variable.' }) weight!: number;
  @Field(() => Boolean) applicable!: boolean;
  @Field(() => String, { description: 'ANSWERED, NOT_APPLICABLE, MISSING or INVALID.' }) status!: string;
  @Field(() => String, { description: 'YES_NO, ORDINAL, PERCENTAGE or NUMERIC.' }) scaleKind!: string;
  @Field(() => Float, { nullable: true, description: 'The answer on the scale (yes/no as 1/0).' }) answer!: number | null;
  @Field(() => MethodologyText, { nullable: true }) answerLabel!: MethodologyText | null;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) lostPoints!: number;
  @Field(() => Float, { nullable: true, description: 'Fraction of full marks on 0–100.' }) score!: number | null;
}

@ObjectType()
export class ExplainedVariable {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float) weight!: number;
  @Field(() => Boolean) applicable!: boolean;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) lostPoints!: number;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => [ExplainedIndicator]) indicators!: ExplainedIndicator[];
}

@ObjectType()
export class ExplainedDimension {
  @Field(() => String) code!: string;
  @Field(() => MethodologyText) title!: MethodologyText;
  @Field(() => Float) weight!: number;
  @Field(() => Boolean) applicable!: boolean;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) lostPoints!: number;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => [ExplainedVariable]) variables!: ExplainedVariable[];
}

@ObjectType({ description: "Why a unit has its score: every dimension, variable and indicator's points won and lost." })
export class UnitExplanation {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) lostPoints!: number;
  @Field(() => [ExplainedDimension]) dimensions!: ExplainedDimension[];
}

@ObjectType({ description: "A unit in a body's report card." })
export class RaporUnit {
  @Field(() => ResultUnit) unit!: ResultUnit;
  @Field(() => Float, { description: 'The published score.' }) score!: number;
  @Field(() => String) grade!: string;
  @Field(() => Zone) zone!: Zone;
  @Field(() => UnitExplanation, { nullable: true, description: 'Null when the unit has no recorded findings.' })
  explanation!: UnitExplanation | null;
  @Field(() => Boolean, {
    description:
      'The explanation, computed from the findings as they stand, gives the published score: false without findings ' +
      '(imported figures) or while a correction of them is pending.',
  })
  explanationMatchesPublished!: boolean;
}

@ObjectType({ description: 'A finding as recorded, for what-if simulations in the browser.' })
export class RaporAnswer {
  @Field(() => String) indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'On the indicator’s scale; yes/no as 1/0; null when not applicable.' })
  value!: number | null;
  @Field(() => Boolean) notApplicable!: boolean;
}

@ObjectType({ description: "A unit's findings in the published cycle." })
export class RaporUnitAnswers {
  @Field(() => ID) unitId!: string;
  @Field(() => Int, { description: 'Service products assessed (the weight of a unit in the zone years).' }) serviceProducts!: number;
  @Field(() => [RaporAnswer]) answers!: RaporAnswer[];
}

@ObjectType({ description: "A body's published score, for re-ranking in a what-if simulation." })
export class PublishedScore {
  @Field(() => ID) institutionId!: string;
  @Field(() => String, { description: 'Orders equal scores.' }) name!: string;
  @Field(() => InstitutionType) type!: InstitutionType;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: "A body's report card (rapor) of a published cycle." })
export class Rapor {
  @Field(() => Int) year!: number;
  @Field(() => ResultInstitution) institution!: ResultInstitution;
  @Field(() => ResultRevisionInfo) revision!: ResultRevisionInfo;
  @Field(() => InstitutionYearResult, { nullable: true, description: 'Null when the body has no result in this cycle.' })
  result!: InstitutionYearResult | null;
  @Field(() => RaporStanding, { nullable: true }) standing!: RaporStanding | null;
  @Field(() => [RaporUnit]) units!: RaporUnit[];
  @Field(() => [Feedback], { description: 'The improvement points, most urgent first.' }) improvementPoints!: Feedback[];
  @Field(() => [InstitutionYearResult], { description: 'Its results in every published cycle, oldest first.' }) trend!: InstitutionYearResult[];
  @Field(() => [ScoredInstitution], { description: 'Bodies of the same type in the same province (nationally for ministries and agencies), best first.' })
  peers!: ScoredInstitution[];
  @Field(() => GraphQLJSON, { description: "The cycle's methodology document, for @patuh/scoring in the browser." })
  methodologyDocument!: unknown;
  @Field(() => [RaporUnitAnswers], { description: "The units' findings as they stand." }) unitAnswers!: RaporUnitAnswers[];
  @Field(() => [PublishedScore], { description: 'Every published score of the cycle, to re-rank a simulated score.' })
  cycleScores!: PublishedScore[];
}
