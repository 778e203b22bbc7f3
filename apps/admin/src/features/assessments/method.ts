import { useQuery } from '@apollo/client/react';
import { AdminCycleScoringMethodDocument } from '@patuh/graphql';
import { compileMethodology, validateMethodology, type CompiledMethodology, type Dimension, type Indicator, type Methodology, type Variable } from '@patuh/scoring';
import { useMemo } from 'react';

/** A cycle's methodology ready for the browser: validated and compiled once, with its indicators by code. */
export interface ScoringMethod {
  methodology: Methodology;
  compiled: CompiledMethodology;
  indicators: ReadonlyMap<string, IndicatorPlace>;
}

/** An indicator with the dimension and variable it belongs to. */
export interface IndicatorPlace {
  indicator: Indicator;
  variable: Variable;
  dimension: Dimension;
}

/** Null when the document does not pass the scoring package's validation. */
export function toScoringMethod(document: unknown): ScoringMethod | null {
  const result = validateMethodology(document);
  if (!result.ok) return null;
  const methodology = result.methodology;
  const indicators = new Map<string, IndicatorPlace>();
  for (const dimension of methodology.dimensions)
    for (const variable of dimension.variables) for (const indicator of variable.indicators) indicators.set(indicator.code, { indicator, variable, dimension });
  return { methodology, compiled: compileMethodology(methodology), indicators };
}

/** The latest methodology of a cycle, as its findings are scored. */
export function useScoringMethod(cycleId: string) {
  const query = useQuery(AdminCycleScoringMethodDocument, { variables: { cycleId } });
  const document = query.data?.cycle?.methodology?.document;
  const method = useMemo(() => (document === undefined ? null : toScoringMethod(document)), [document]);
  return {
    method,
    cycle: query.data?.cycle ?? null,
    /** The cycle has a methodology, but its document is not valid. */
    unreadable: document !== undefined && method === null,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
