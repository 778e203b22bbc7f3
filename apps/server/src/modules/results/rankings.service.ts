/**
 * Published rankings: a cycle's bodies ranked in a scope (all, a type, a province, or both), with
 * their change from the previous published cycle. At most three SQL statements whatever the size
 * of the cycle (the revision, its results with their bodies, the previous cycle's results), and
 * none once this process has read them: a revision's ranking in a scope is shaped once, with its
 * API objects and cursors, and kept in the results memo (cache/results-memo.ts) until results or
 * the registry change. A request then only filters, orders and pages ~590 prepared rows.
 */
import type { InstitutionType, PrismaClient, Zone } from '@patuh/db';
import { rankInstitutions, type RankingEntry, type RankingScope } from '@patuh/scoring';
import type { ResultsMemo } from '../../cache/results-memo.js';
import { badInput } from '../../errors.js';
import { connectionOf, encodeCursor, type ConnectionShape } from '../../graphql/connection.js';
import { findPublishedRevision, loadPreviousCycleResults, loadPublishedResults, type PreviousResult, type PublishedResult, type PublishedRevision } from './published.data.js';
import { publishedResultsNotFound, rankable, scoreOf, toResultInstitution } from './results.shared.js';
import { RankingSortDirection, RankingSortField, type InstitutionRanking } from './results.type.js';

export interface RankingQuery {
  year: number;
  revision: number | null;
  scope: { type: InstitutionType | null; provinceCode: string | null };
  filter: { grade: string | null; zone: Zone | null; search: string | null };
  sort: { field: RankingSortField; direction: RankingSortDirection | null };
  first: number;
  after: unknown[] | undefined;
}

export interface RankingsDeps {
  prisma: PrismaClient;
  resultsMemo: ResultsMemo;
}

/** A body's place in a scope's ranking, shaped once and shared by every request for it. */
interface RankedRow {
  readonly node: InstitutionRanking;
  /** Place in the scope's display order (score, then name, then id), from 1. */
  readonly position: number;
  /** The name as names are ordered, then the id. */
  readonly nameKey: readonly [name: string, id: string];
  readonly positionCursor: string;
  readonly nameCursor: string;
  /** Lower-cased name and code for the search filter, upper-cased grade for the grade filter. */
  readonly searchName: string;
  readonly searchCode: string | null;
  readonly gradeKey: string;
}

/** A revision's ranking in one scope, in both orders a request may ask for (read either way). */
interface ScopeRanking {
  readonly byPosition: readonly RankedRow[];
  readonly byName: readonly RankedRow[];
}

export async function rankings(deps: RankingsDeps, query: RankingQuery): Promise<ConnectionShape<InstitutionRanking>> {
  const revision = await memoisedRevision(deps, query.year, query.revision);
  const ranking = await memoisedScopeRanking(deps, revision, query.scope);

  const order = sortOrder(query.sort);
  const ordered = order.byName ? ranking.byName : ranking.byPosition;
  const inOrder = order.ascending ? ordered : [...ordered].reverse();
  const shown = hasFilter(query.filter) ? inOrder.filter(matches(query.filter)) : inOrder;

  const after = query.after === undefined ? undefined : cursorKey(query.after, query.sort.field);
  const start = after === undefined ? 0 : shown.findIndex((row) => order.isAfter(row, after));
  const page = start < 0 ? [] : shown.slice(start, start + query.first + 1);
  return connectionOf(page, query.first, shown.length, (row) => ({ node: row.node, cursor: order.byName ? row.nameCursor : row.positionCursor }));
}

// ---------------------------------------------------------------- what is read once per process

/** The latest revision of a published year, or the one asked for; NOT_FOUND when there is none. */
async function memoisedRevision({ prisma, resultsMemo }: RankingsDeps, year: number, revision: number | null): Promise<PublishedRevision> {
  const found = await resultsMemo.remember(`revision:${year}:${revision ?? 'latest'}`, () => findPublishedRevision(prisma, year, revision));
  if (found === null) throw publishedResultsNotFound(year, revision);
  return found;
}

function memoisedScopeRanking(deps: RankingsDeps, revision: PublishedRevision, scope: RankingQuery['scope']): Promise<ScopeRanking> {
  const { prisma, resultsMemo } = deps;
  return resultsMemo.remember(`ranking:${revision.id}:${scope.type ?? '*'}:${scope.provinceCode ?? '*'}`, async () => {
    const [rows, previous] = await Promise.all([
      resultsMemo.remember(`results:${revision.id}`, () => loadPublishedResults(prisma, revision.id)),
      resultsMemo.remember(`previous:${revision.year}`, () => loadPreviousCycleResults(prisma, revision.year)),
    ]);
    return shapeScopeRanking(rows, previous, scope);
  });
}

function shapeScopeRanking(rows: readonly PublishedResult[], previous: readonly PreviousResult[], scope: RankingQuery['scope']): ScopeRanking {
  const rowById = new Map(rows.map((row) => [row.institutionId, row]));
  const previousById = new Map(previous.map((p) => [p.institutionId, p]));
  const byPosition = rankInstitutions(rankable(rows), scopeOf(scope)).map((entry): RankedRow => {
    const row = rowById.get(entry.id)!;
    const nameKey = [entry.name.toLowerCase(), entry.id] as const;
    return {
      node: toRanking(entry, row, previousById.get(entry.id)),
      position: entry.position,
      nameKey,
      positionCursor: encodeCursor([entry.position]),
      nameCursor: encodeCursor([...nameKey]),
      searchName: row.name.toLowerCase(),
      searchCode: row.code?.toLowerCase() ?? null,
      gradeKey: row.grade.toUpperCase(),
    };
  });
  const byName = [...byPosition].sort((a, b) => compareKeys(a.nameKey, b.nameKey));
  return { byPosition, byName };
}

function scopeOf(scope: RankingQuery['scope']): RankingScope {
  return {
    ...(scope.type !== null ? { types: [scope.type] } : {}),
    ...(scope.provinceCode !== null ? { provinceCode: scope.provinceCode } : {}),
  };
}

function toRanking(entry: RankingEntry, row: PublishedResult, previous: PreviousResult | undefined): InstitutionRanking {
  return {
    institution: toResultInstitution(row),
    score: scoreOf(row.scoreHundredths),
    grade: row.grade,
    zone: row.zone,
    label: row.label,
    rank: entry.rank,
    tied: entry.tied,
    rankNational: row.rankNational,
    rankType: row.rankType,
    rankProvince: row.rankProvince,
    previousScore: previous === undefined ? null : scoreOf(previous.scoreHundredths),
    delta: previous === undefined ? null : scoreOf(row.scoreHundredths - previous.scoreHundredths),
    previousGrade: previous?.grade ?? null,
    previousZone: previous?.zone ?? null,
  };
}

// ---------------------------------------------------------------- what each request asks for

const hasFilter = (filter: RankingQuery['filter']): boolean => filter.grade !== null || filter.zone !== null || filter.search !== null;

function matches(filter: RankingQuery['filter']): (row: RankedRow) => boolean {
  const grade = filter.grade?.toUpperCase() ?? null;
  const search = filter.search?.toLowerCase() ?? null;
  return (row) =>
    (grade === null || row.gradeKey === grade) &&
    (filter.zone === null || row.node.zone === filter.zone) &&
    (search === null || row.searchName.includes(search) || (row.searchCode?.includes(search) ?? false));
}

type SortKey = readonly [position: number] | readonly [name: string, id: string];

interface SortOrder {
  /** Names order the rows; otherwise their position in the scope does. */
  byName: boolean;
  /** Along that order, or against it. */
  ascending: boolean;
  /** Whether a row comes after a cursor's key in this order. */
  isAfter(row: RankedRow, key: SortKey): boolean;
}

/**
 * Rank and score share one order, the scope's display order (score, then name, then id), so
 * their key is the position in it; names are ordered as the scoring package orders them.
 */
function sortOrder(sort: RankingQuery['sort']): SortOrder {
  const byName = sort.field === RankingSortField.NAME;
  const naturalDirection = sort.field === RankingSortField.SCORE ? RankingSortDirection.DESC : RankingSortDirection.ASC;
  const direction = sort.direction ?? naturalDirection;
  // Highest score first is the scope's display order: SCORE DESC runs along positions like RANK ASC.
  const ascending = sort.field === RankingSortField.SCORE ? direction === RankingSortDirection.DESC : direction === RankingSortDirection.ASC;
  const sign = ascending ? 1 : -1;
  return {
    byName,
    ascending,
    isAfter: (row, key) => sign * compareKeys(byName ? row.nameKey : [row.position], key) > 0,
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function cursorKey(key: unknown[], field: RankingSortField): SortKey {
  if (field !== RankingSortField.NAME && key.length === 1 && Number.isInteger(key[0])) return [key[0] as number];
  if (field === RankingSortField.NAME && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string') return [key[0], key[1]];
  throw badInput('after', { id: 'Kursor halaman ini milik urutan yang lain.', en: 'This page cursor belongs to another sort order.' });
}
