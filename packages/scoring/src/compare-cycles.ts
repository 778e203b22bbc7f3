/**
 * Year-over-year comparison of two cycles, which may use different methods.
 *
 * Score deltas are plain differences of the published two-decimal scores. A grade change is read
 * on the grade scale when both methods have the same grade codes in the same order (2022 → 2023),
 * and on the zone scale (Hijau > Kuning > Merah) when they do not (2021 zones → 2022 grades), since
 * "B" under one method and "HIJAU" under another cannot be ordered otherwise.
 */
import { fromHundredths, toHundredths } from './decimal.js';
import { bandIndexOfHundredths, gradeOfHundredths, type Grade } from './grade.js';
import { toCompiled, type CompiledMethodology } from './methodology/compile.js';
import { ZONE_ORDER, type InstitutionType, type Methodology } from './methodology/types.js';
import { rankInstitutions, type RankableInstitution } from './rank.js';

export interface CycleSnapshot {
  /** The assessment year, for labels only. */
  readonly year?: number;
  readonly methodology: Methodology | CompiledMethodology;
  readonly institutions: readonly RankableInstitution[];
}

export type GradeChange = 'UP' | 'DOWN' | 'SAME';

export interface CycleStanding {
  readonly score: number;
  readonly scoreHundredths: number;
  readonly grade: Grade;
  /** National rank in that cycle (shared ranks). */
  readonly rank: number;
}

export interface CycleChange {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  /** BOTH: scored in both cycles; NEW: only in the later one; DROPPED: only in the earlier one. */
  readonly presence: 'BOTH' | 'NEW' | 'DROPPED';
  readonly before: CycleStanding | null;
  readonly after: CycleStanding | null;
  /** after − before, two decimals; null unless in both. */
  readonly delta: number | null;
  readonly deltaHundredths: number | null;
  /** Places gained nationally (positive = moved up). */
  readonly rankChange: number | null;
  readonly gradeChange: GradeChange | null;
  readonly zoneChange: GradeChange | null;
}

export interface CycleComparison {
  /** True when the two cycles were scored with different methods (id or version). */
  readonly methodChanged: boolean;
  /** How `gradeChange` was read: on grades, or on zones when the grade codes differ. */
  readonly gradeComparedBy: 'GRADE' | 'ZONE';
  /** Every institution of either cycle, in the later cycle's national order, then dropped ones. */
  readonly changes: readonly CycleChange[];
  readonly summary: {
    readonly up: number;
    readonly down: number;
    readonly same: number;
    readonly new: number;
    readonly dropped: number;
    /** Mean delta over institutions in both cycles, two decimals (rounded half-up in magnitude). */
    readonly meanDelta: number | null;
  };
}

function direction(before: number, after: number): GradeChange {
  // Lower index = better band or zone.
  return after < before ? 'UP' : after > before ? 'DOWN' : 'SAME';
}

function hundredthsOf(entry: RankableInstitution): number | null {
  if (entry.scoreHundredths !== undefined && entry.scoreHundredths !== null) return entry.scoreHundredths;
  return entry.score === null ? null : toHundredths(entry.score);
}

/** Deltas, rank moves and grade changes between two cycles. */
export function compareCycles(previous: CycleSnapshot, next: CycleSnapshot): CycleComparison {
  const before = toCompiled(previous.methodology);
  const after = toCompiled(next.methodology);
  const sameGrades =
    before.gradeBands.length === after.gradeBands.length &&
    before.gradeBands.every((band, b) => band.code === after.gradeBands[b]?.code);
  const methodChanged = before.methodology.id !== after.methodology.id || before.methodology.version !== after.methodology.version;

  const standings = (compiled: CompiledMethodology, snapshot: CycleSnapshot) => {
    const map = new Map<string, { entry: RankableInstitution; standing: CycleStanding; band: number }>();
    const ranks = new Map(rankInstitutions(snapshot.institutions).map((entry) => [entry.id, entry.rank]));
    for (const entry of snapshot.institutions) {
      const hundredths = hundredthsOf(entry);
      if (hundredths === null) continue;
      map.set(entry.id, {
        entry,
        band: bandIndexOfHundredths(compiled, hundredths),
        standing: {
          score: fromHundredths(hundredths),
          scoreHundredths: hundredths,
          grade: gradeOfHundredths(compiled, hundredths),
          rank: ranks.get(entry.id) as number,
        },
      });
    }
    return map;
  };
  const was = standings(before, previous);
  const now = standings(after, next);

  const changes: CycleChange[] = [];
  let up = 0;
  let down = 0;
  let same = 0;
  let deltaSum = 0;
  let both = 0;
  const order = [...now.values()].sort((a, b) => a.standing.rank - b.standing.rank || (a.entry.id < b.entry.id ? -1 : 1));
  for (const current of order) {
    const prior = was.get(current.entry.id);
    if (prior === undefined) {
      changes.push({
        id: current.entry.id,
        name: current.entry.name,
        type: current.entry.type,
        presence: 'NEW',
        before: null,
        after: current.standing,
        delta: null,
        deltaHundredths: null,
        rankChange: null,
        gradeChange: null,
        zoneChange: null,
      });
      continue;
    }
    const deltaHundredths = current.standing.scoreHundredths - prior.standing.scoreHundredths;
    const zoneChange = direction(ZONE_ORDER[prior.standing.grade.zone], ZONE_ORDER[current.standing.grade.zone]);
    const gradeChange = sameGrades ? direction(prior.band, current.band) : zoneChange;
    if (gradeChange === 'UP') up += 1;
    else if (gradeChange === 'DOWN') down += 1;
    else same += 1;
    deltaSum += deltaHundredths;
    both += 1;
    changes.push({
      id: current.entry.id,
      name: current.entry.name,
      type: current.entry.type,
      presence: 'BOTH',
      before: prior.standing,
      after: current.standing,
      delta: fromHundredths(deltaHundredths),
      deltaHundredths,
      rankChange: prior.standing.rank - current.standing.rank,
      gradeChange,
      zoneChange,
    });
  }
  let dropped = 0;
  const droppedOnes = [...was.values()].filter((prior) => !now.has(prior.entry.id));
  droppedOnes.sort((a, b) => a.standing.rank - b.standing.rank || (a.entry.id < b.entry.id ? -1 : 1));
  for (const prior of droppedOnes) {
    dropped += 1;
    changes.push({
      id: prior.entry.id,
      name: prior.entry.name,
      type: prior.entry.type,
      presence: 'DROPPED',
      before: prior.standing,
      after: null,
      delta: null,
      deltaHundredths: null,
      rankChange: null,
      gradeChange: null,
      zoneChange: null,
    });
  }
  const meanMagnitude = both === 0 ? null : Math.floor((2 * Math.abs(deltaSum) + both) / (2 * both));
  return {
    methodChanged,
    gradeComparedBy: sameGrades ? 'GRADE' : 'ZONE',
    changes,
    summary: {
      up,
      down,
      same,
      new: changes.length - both - dropped,
      dropped,
      meanDelta: meanMagnitude === null ? null : fromHundredths(deltaSum < 0 && meanMagnitude > 0 ? -meanMagnitude : meanMagnitude),
    },
  };
}
