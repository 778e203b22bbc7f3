/**
 * A whole cycle at once: every unit of every institution scored, every institution scored and
 * graded, and the rankings of all scopes. This is what the server runs when results are decided.
 */
import { toCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { InstitutionType, Methodology } from './methodology/types.js';
import { rankInScopes, type RankableInstitution, type ScopedRankings } from './rank.js';
import { scoreInstitution, type InstitutionExtras, type InstitutionScore } from './score-institution.js';
import { scoreUnit, type UnitScore } from './score-unit.js';
import type { Answers } from './methodology/types.js';

export interface CycleUnitInput {
  readonly id?: string;
  readonly answers: Answers;
  readonly serviceProducts?: number;
}

export interface CycleInstitutionInput {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode?: string | null;
  readonly units: readonly CycleUnitInput[];
  readonly extras?: InstitutionExtras;
}

export interface CycleInstitutionResult {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode: string | null;
  readonly units: readonly UnitScore[];
  readonly score: InstitutionScore;
}

export interface CycleResult {
  readonly institutions: readonly CycleInstitutionResult[];
  /** Rankings of the institutions that have a score. */
  readonly rankings: ScopedRankings;
  /** Ids of institutions left out of the rankings because their score is incomplete. */
  readonly unranked: readonly string[];
}

export interface ScoreCycleOptions {
  /** Build every unit's explanation (default false: the batch needs scores, not reasons). */
  readonly explain?: boolean;
}

/** Scores, grades and ranks a cycle. */
export function scoreCycle(
  methodology: Methodology | CompiledMethodology,
  institutions: readonly CycleInstitutionInput[],
  options: ScoreCycleOptions = {},
): CycleResult {
  const compiled = toCompiled(methodology);
  const unitOptions = { explain: options.explain === true };
  const results: CycleInstitutionResult[] = [];
  const rankable: RankableInstitution[] = [];
  const unranked: string[] = [];
  for (const institution of institutions) {
    const unitInputs = institution.units;
    const units: UnitScore[] = new Array<UnitScore>(unitInputs.length);
    const forAggregation = new Array<{ score: number | null; scoreHundredths: number | null; serviceProducts?: number }>(unitInputs.length);
    for (let u = 0; u < unitInputs.length; u += 1) {
      const input = unitInputs[u] as CycleUnitInput;
      const unit = scoreUnit(compiled, input.answers, unitOptions);
      units[u] = unit;
      forAggregation[u] = {
        score: unit.score,
        scoreHundredths: unit.scoreHundredths,
        ...(input.serviceProducts !== undefined ? { serviceProducts: input.serviceProducts } : {}),
      };
    }
    const score = scoreInstitution(compiled, forAggregation, institution.extras);
    const provinceCode = institution.provinceCode ?? null;
    results.push({ id: institution.id, name: institution.name, type: institution.type, provinceCode, units, score });
    if (score.scoreHundredths === null) unranked.push(institution.id);
    else
      rankable.push({
        id: institution.id,
        name: institution.name,
        type: institution.type,
        provinceCode,
        score: score.score,
        scoreHundredths: score.scoreHundredths,
      });
  }
  return { institutions: results, rankings: rankInScopes(rankable), unranked };
}
