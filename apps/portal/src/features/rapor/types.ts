import type { RaporQuery } from '@patuh/graphql';

export type Rapor = RaporQuery['rapor'];
export type RaporUnit = Rapor['units'][number];
export type ExplainedDimension = NonNullable<RaporUnit['explanation']>['dimensions'][number];
export type ExplainedIndicator = ExplainedDimension['variables'][number]['indicators'][number];
export type ImprovementPoint = Rapor['improvementPoints'][number];
