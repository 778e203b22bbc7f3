/**
 * The sampling rules of the assessment (docs/domain.md, "Who is assessed"): which of a body's
 * units are assessed, by the body's type. Pure, so the rules read as a table.
 */
import { InstitutionType, UnitKind } from '@patuh/db';

/** How many units of each kind a body contributes; kinds not listed are not sampled by the rules. */
type Quota = Readonly<Partial<Record<UnitKind, number>>>;

/** Regency and city: five departments and two health centres (UPT Puskesmas). */
const REGENCY_OR_CITY: Quota = {
  [UnitKind.DPMPTSP]: 1,
  [UnitKind.DUKCAPIL]: 1,
  [UnitKind.DINSOS]: 1,
  [UnitKind.DINDIK]: 1,
  [UnitKind.DINKES]: 1,
  [UnitKind.PUSKESMAS]: 2,
};

/** Province: four departments and one regional hospital. */
const PROVINCE: Quota = {
  [UnitKind.DPMPTSP]: 1,
  [UnitKind.DINDIK]: 1,
  [UnitKind.DINKES]: 1,
  [UnitKind.DINSOS]: 1,
  [UnitKind.RSUD]: 1,
};

/** Ministries and agencies list their assessed service units (including vertical offices) themselves. */
const EVERY_ACTIVE_UNIT = 'EVERY_ACTIVE_UNIT';

const SAMPLING_RULES: Readonly<Record<InstitutionType, Quota | typeof EVERY_ACTIVE_UNIT>> = {
  [InstitutionType.KABUPATEN]: REGENCY_OR_CITY,
  [InstitutionType.KOTA]: REGENCY_OR_CITY,
  [InstitutionType.PROVINSI]: PROVINCE,
  [InstitutionType.KEMENTERIAN]: EVERY_ACTIVE_UNIT,
  [InstitutionType.LEMBAGA]: EVERY_ACTIVE_UNIT,
};

export interface CandidateUnit {
  id: string;
  kind: UnitKind;
  name: string;
}

/**
 * The active units of a body the rules add to what is already sampled. Units already sampled
 * count against their kind's quota, so applying the rules twice adds nothing; where a body has
 * more units of a kind than the quota, the first by name are taken, so the choice is repeatable.
 */
export function unitsToAdd(type: InstitutionType, activeUnits: readonly CandidateUnit[], sampled: readonly CandidateUnit[]): string[] {
  const sampledIds = new Set(sampled.map((u) => u.id));
  const candidates = activeUnits.filter((u) => !sampledIds.has(u.id)).sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
  const rule = SAMPLING_RULES[type];
  if (rule === EVERY_ACTIVE_UNIT) return candidates.map((u) => u.id);
  const taken = new Map<UnitKind, number>();
  for (const unit of sampled) taken.set(unit.kind, (taken.get(unit.kind) ?? 0) + 1);
  const added: string[] = [];
  for (const unit of candidates) {
    const quota = rule[unit.kind] ?? 0;
    const count = taken.get(unit.kind) ?? 0;
    if (count >= quota) continue;
    taken.set(unit.kind, count + 1);
    added.push(unit.id);
  }
  return added;
}
