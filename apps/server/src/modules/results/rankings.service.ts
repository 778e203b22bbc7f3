/**
 * Published rankings: a cycle's bodies ranked in a scope (all, a type, a province, or both), with
 * their change from the previous published cycle. Three SQL statements whatever the size of the
 * cycle (the revision, its results with their bodies, the previous cycle's results); the ranks of
 * the scope, the filters, the order and the page are worked out in memory, where ~590 rows take
 * well under a millisecond.
 */
import type { InstitutionType, PrismaClient, Zone } from '@patuh/db';
import { rankInstitutions, type RankingEntry, type RankingScope } from '@patuh/scoring';
import { badInput } from '../../errors.js';
import { toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { loadPreviousCycleResults, loadPublishedResults, type PreviousResult, type PublishedResult } from './published.data.js';
import { rankable, requirePublishedRevision, scoreOf, toResultInstitution } from './results.shared.js';
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

/** A ranking row with the key it is ordered and paged by. */
type RankingNode = InstitutionRanking & { sortKey: SortKey };
type SortKey = [position: number] | [name: string, id: string];

interface Ranked {
  entry: RankingEntry;
  row: PublishedResult;
}

export async function rankings(prisma: PrismaClient, query: RankingQuery): Promise<ConnectionShape<InstitutionRanking>> {
  const revision = await requirePublishedRevision(prisma, query.year, query.revision);
  const [rows, previous] = await Promise.all([loadPublishedResults(prisma, revision.id), loadPreviousCycleResults(prisma, revision.year)]);

  const rowById = new Map(rows.map((row) => [row.institutionId, row]));
  const ranked: Ranked[] = rankInstitutions(rankable(rows), scopeOf(query.scope)).map((entry) => ({ entry, row: rowById.get(entry.id)! }));
  const shown = ranked.filter(matches(query.filter));

  const order = sortOrder(query.sort);
  const sorted = shown.map((item) => ({ item, key: order.keyOf(item) })).sort((a, b) => order.compare(a.key, b.key));
  const after = query.after === undefined ? undefined : cursorKey(query.after, order.field);
  const start = after === undefined ? 0 : sorted.findIndex(({ key }) => order.compare(key, after) > 0);
  const page = start < 0 ? [] : sorted.slice(start, start + query.first + 1);

  const previousById = new Map(previous.map((p) => [p.institutionId, p]));
  const nodes = page.map(({ item, key }): RankingNode => ({ ...toRanking(item, previousById.get(item.row.institutionId)), sortKey: key }));
  return toConnection<InstitutionRanking>(nodes, query.first, shown.length, (node) => (node as RankingNode).sortKey);
}

function scopeOf(scope: RankingQuery['scope']): RankingScope {
  return {
    ...(scope.type !== null ? { types: [scope.type] } : {}),
    ...(scope.provinceCode !== null ? { provinceCode: scope.provinceCode } : {}),
  };
}

function matches(filter: RankingQuery['filter']): (item: Ranked) => boolean {
  const grade = filter.grade?.toUpperCase() ?? null;
  const search = filter.search?.toLowerCase() ?? null;
  return ({ row }) =>
    (grade === null || row.grade.toUpperCase() === grade) &&
    (filter.zone === null || row.zone === filter.zone) &&
    (search === null || row.name.toLowerCase().includes(search) || (row.code?.toLowerCase().includes(search) ?? false));
}

interface SortOrder {
  field: RankingSortField;
  keyOf(item: Ranked): SortKey;
  compare(a: SortKey, b: SortKey): number;
}

/**
 * Rank and score share one order, the scope's display order (score, then name, then id), so
 * their key is the position in it; names are ordered as the scoring package orders them.
 */
function sortOrder(sort: RankingQuery['sort']): SortOrder {
  const byPosition = sort.field !== RankingSortField.NAME;
  const naturalDirection = sort.field === RankingSortField.SCORE ? RankingSortDirection.DESC : RankingSortDirection.ASC;
  const direction = sort.direction ?? naturalDirection;
  // Highest score first is the scope's display order: SCORE DESC runs along positions like RANK ASC.
  const ascending = sort.field === RankingSortField.SCORE ? direction === RankingSortDirection.DESC : direction === RankingSortDirection.ASC;
  return {
    field: sort.field,
    keyOf: ({ entry }) => (byPosition ? [entry.position] : [entry.name.toLowerCase(), entry.id]),
    compare: (a, b) => (ascending ? 1 : -1) * compareKeys(a, b),
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

function toRanking({ entry, row }: Ranked, previous: PreviousResult | undefined): InstitutionRanking {
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
