/**
 * @patuh/scoring: the one place where a compliance score is computed. Pure functions, no I/O.
 */
export type {
  Answer,
  AnswerValue,
  Answers,
  Composite,
  CompositePart,
  DataSource,
  Dimension,
  GradeBand,
  Indicator,
  InstitutionAggregation,
  InstitutionType,
  LocalizedText,
  MaladministrationQualifier,
  Methodology,
  NotApplicableAnswer,
  NotApplicableRule,
  NumericScale,
  OrdinalLevel,
  OrdinalScale,
  PercentageScale,
  Scale,
  ScaleKind,
  ValidationIssue,
  ValidationIssueCode,
  Variable,
  YesNoScale,
  Zone,
} from './methodology/types.js';
export { INSTITUTION_TYPES, NOT_APPLICABLE, ZONES, ZONE_ORDER, METHODOLOGY_SCHEMA_VERSION } from './methodology/types.js';
export { validateMethodology, assertMethodology, MethodologyError, type ValidationResult } from './methodology/validate.js';
export { compileMethodology, isCompiled, type CompiledMethodology } from './methodology/compile.js';

export {
  formatScore,
  formatHundredths,
  toHundredths,
  fromHundredths,
  type FormatScoreOptions,
} from './decimal.js';

export { scoreUnit, unknownIndicatorCodes, type UnitScore, type UnitStatus, type ScoreUnitOptions } from './score-unit.js';
export type { AnswerProblem } from './evaluate-unit.js';
export type { AnswerProblemCode } from './methodology/compile.js';
export {
  scoreInstitution,
  aggregateUnits,
  PUBLIC_TRUST,
  DIMENSIONS_PART,
  type InstitutionScore,
  type InstitutionStatus,
  type InstitutionExtras,
  type UnitScoreInput,
  type CompositePartScore,
} from './score-institution.js';
export { gradeOf, gradeOfHundredths, zoneOf, labelOf, type Grade } from './grade.js';
export {
  rankInstitutions,
  rankInScopes,
  rankOf,
  standingOf,
  inScope,
  NATIONAL,
  type RankableInstitution,
  type RankingEntry,
  type RankingScope,
  type ScopedRankings,
  type Standing,
} from './rank.js';
export {
  compareCycles,
  type CycleSnapshot,
  type CycleComparison,
  type CycleChange,
  type CycleStanding,
  type GradeChange,
} from './compare-cycles.js';
export {
  explanationToText,
  type Explanation,
  type ExplanationNode,
  type DimensionExplanation,
  type VariableExplanation,
  type IndicatorExplanation,
  type IndicatorStatus,
} from './explain.js';
export {
  pointsToNextGrade,
  pointsToTargetRank,
  improvementOpportunities,
  simulate,
  type NextGradeGap,
  type TargetRankGap,
  type ImprovementOpportunity,
  type ImprovementOptions,
  type UnitAnswersInput,
  type SimulationInput,
  type SimulationResult,
  type SimulatedInstitution,
  type SimulatedUnit,
  type SimulatedUnitResult,
  type SimulatedRank,
} from './what-if.js';
export {
  scoreCycle,
  type CycleInstitutionInput,
  type CycleInstitutionResult,
  type CycleResult,
  type CycleUnitInput,
  type ScoreCycleOptions,
} from './score-cycle.js';
export { describeMethodology, type MethodologyDescription, type IndicatorRow } from './describe.js';
export {
  presets,
  getPreset,
  listPresets,
  withGradeBands,
  ZONES_2017,
  METHOD_2022,
  OPINI_2025,
  type PresetId,
  type PresetSummary,
} from './presets/index.js';
