/**
 * Rankings of institutions by score, nationally, by institution type and by province.
 *
 * Ranks compare published two-decimal scores. Equal scores share a rank and the next rank skips
 * (1, 2, 2, 4: "standard competition ranking"). Display order among equal scores is by name
 * (case-insensitive, Unicode code-point order, the same in every locale), then by id, so the order
 * never depends on the order of the input.
 */
import { fromHundredths, toHundredths } from './decimal.js';
import type { InstitutionType } from './methodology/types.js';

/** An institution with its score in a cycle. */
export interface RankableInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  /** Official province code (e.g. '36' for Banten); for a province, its own code. */
  readonly provinceCode?: string | null;
  /** Two decimals; null when not scored (left out of rankings). */
  readonly score: number | null;
  /** Takes precedence over `score` when given. */
  readonly scoreHundredths?: number | null;
}

/** Which institutions a ranking covers: all of them, some types, one province, or both filters. */
export interface RankingScope {
  readonly types?: readonly InstitutionType[];
  readonly provinceCode?: string;
}

export const NATIONAL: RankingScope = Object.freeze({});

export interface RankingEntry {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode: string | null;
  readonly score: number;
  readonly scoreHundredths: number;
  /** Shared by equal scores: 1, 2, 2, 4. */
  readonly rank: number;
  /** 1-based place in display order; unique. */
  readonly position: number;
  /** True when another institution in the scope has the same score. */
  readonly tied: boolean;
}

/** Rankings of one cycle in every scope at once. */
export interface ScopedRankings {
  readonly national: readonly RankingEntry[];
  readonly byType: Readonly<Partial<Record<InstitutionType, readonly RankingEntry[]>>>;
  readonly byProvince: Readonly<Record<string, readonly RankingEntry[]>>;
}

interface Sortable {
  readonly source: RankableInstitution;
  readonly hundredths: number;
  readonly nameKey: string;
}

function compareSortable(a: Sortable, b: Sortable): number {
  if (a.hundredths !== b.hundredths) return b.hundredths - a.hundredths;
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  if (a.source.id !== b.source.id) return a.source.id < b.source.id ? -1 : 1;
  return 0;
}

/** Whether an institution falls inside a scope. */
export function inScope(entry: Pick<RankableInstitution, 'type' | 'provinceCode'>, scope: RankingScope = NATIONAL): boolean {
  if (scope.types !== undefined && !scope.types.includes(entry.type)) return false;
  if (scope.provinceCode !== undefined && entry.provinceCode !== scope.provinceCode) return false;
  return true;
}

/** Scored entries in display order (best first). Throws on a duplicate id. */
function sortEntries(entries: readonly RankableInstitution[]): Sortable[] {
  const seen = new Set<string>();
  const sortable: Sortable[] = [];
  for (const source of entries) {
    if (seen.has(source.id)) throw new RangeError(`Duplicate institution id in a ranking: ${source.id}`);
    seen.add(source.id);
    const hundredths =
      source.scoreHundredths !== undefined && source.scoreHundredths !== null
        ? source.scoreHundredths
        : source.score === null
          ? null
          : toHundredths(source.score);
    if (hundredths === null) continue;
    sortable.push({ source, hundredths, nameKey: source.name.toLowerCase() });
  }
  return sortable.sort(compareSortable);
}

/** Ranks sorted entries, assigning shared ranks. */
function assignRanks(sorted: readonly Sortable[]): RankingEntry[] {
  const ranked: RankingEntry[] = new Array<RankingEntry>(sorted.length);
  let rank = 0;
  for (let position = 0; position < sorted.length; position += 1) {
    const item = sorted[position] as Sortable;
    const previous = sorted[position - 1];
    const next = sorted[position + 1];
    if (previous === undefined || previous.hundredths !== item.hundredths) rank = position + 1;
    ranked[position] = {
      id: item.source.id,
      name: item.source.name,
      type: item.source.type,
      provinceCode: item.source.provinceCode ?? null,
      score: fromHundredths(item.hundredths),
      scoreHundredths: item.hundredths,
      rank,
      position: position + 1,
      tied: (previous !== undefined && previous.hundredths === item.hundredths) || (next !== undefined && next.hundredths === item.hundredths),
    };
  }
  return ranked;
}

/** Ranks the scored institutions of a scope (national when no scope), best first. */
export function rankInstitutions(entries: readonly RankableInstitution[], scope: RankingScope = NATIONAL): RankingEntry[] {
  return assignRanks(sortEntries(entries).filter((item) => inScope(item.source, scope)));
}

/** Rankings of several scopes of the same entries, sorting once. */
export function rankScopes(entries: readonly RankableInstitution[], scopes: readonly RankingScope[]): RankingEntry[][] {
  const sorted = sortEntries(entries);
  return scopes.map((scope) => assignRanks(scope === NATIONAL ? sorted : sorted.filter((item) => inScope(item.source, scope))));
}

/** The national ranking, the ranking of each institution type and of each province, in one sort. */
export function rankInScopes(entries: readonly RankableInstitution[]): ScopedRankings {
  const sorted = sortEntries(entries);
  const byTypeSorted = new Map<InstitutionType, Sortable[]>();
  const byProvinceSorted = new Map<string, Sortable[]>();
  for (const item of sorted) {
    const type = item.source.type;
    let ofType = byTypeSorted.get(type);
    if (ofType === undefined) byTypeSorted.set(type, (ofType = []));
    ofType.push(item);
    const province = item.source.provinceCode;
    if (province !== undefined && province !== null) {
      let ofProvince = byProvinceSorted.get(province);
      if (ofProvince === undefined) byProvinceSorted.set(province, (ofProvince = []));
      ofProvince.push(item);
    }
  }
  const byType: Partial<Record<InstitutionType, RankingEntry[]>> = {};
  for (const [type, items] of byTypeSorted) byType[type] = assignRanks(items);
  const byProvince: Record<string, RankingEntry[]> = {};
  for (const [province, items] of byProvinceSorted) byProvince[province] = assignRanks(items);
  return { national: assignRanks(sorted), byType, byProvince };
}

/** An institution's entry in a scope's ranking, or null if it is not ranked there. */
export function rankOf(entries: readonly RankableInstitution[], id: string, scope: RankingScope = NATIONAL): RankingEntry | null {
  return rankInstitutions(entries, scope).find((entry) => entry.id === id) ?? null;
}

/** An institution's standing nationally, among its type and in its province. */
export interface Standing {
  readonly national: RankingEntry | null;
  readonly nationalSize: number;
  readonly byType: RankingEntry | null;
  readonly byTypeSize: number;
  readonly byProvince: RankingEntry | null;
  readonly byProvinceSize: number;
}

/** Where an institution stands in the three usual scopes ("first in Banten", "12th among cities"). */
export function standingOf(entries: readonly RankableInstitution[], id: string): Standing {
  const self = entries.find((entry) => entry.id === id);
  const national = rankInstitutions(entries);
  const byType = self ? national.filter((entry) => entry.type === self.type) : [];
  const province = self?.provinceCode ?? null;
  const byProvince = province === null ? [] : national.filter((entry) => entry.provinceCode === province);
  const find = (list: readonly RankingEntry[]): RankingEntry | null => {
    const ranked = assignRanksFromEntries(list);
    return ranked.find((entry) => entry.id === id) ?? null;
  };
  return {
    national: national.find((entry) => entry.id === id) ?? null,
    nationalSize: national.length,
    byType: find(byType),
    byTypeSize: byType.length,
    byProvince: find(byProvince),
    byProvinceSize: byProvince.length,
  };
}

/** Re-ranks entries already in display order (a filtered ranking). */
function assignRanksFromEntries(list: readonly RankingEntry[]): RankingEntry[] {
  return assignRanks(
    list.map((entry) => ({
      source: entry,
      hundredths: entry.scoreHundredths,
      nameKey: entry.name.toLowerCase(),
    })),
  );
}
