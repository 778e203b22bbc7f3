import type { InstitutionType, Zone } from '@patuh/graphql';
import type { RankingRow } from './useCycleRankings';

/**
 * What the rankings page shows, as its address says it: /peringkat/2024?tipe=kota&provinsi=36
 * &predikat=A&zona=hijau&urut=nama&q=tangerang&halaman=2. Every view is a link one can share.
 */
export interface RankingView {
  type: InstitutionType | null;
  /** A two-digit province code. */
  province: string | null;
  grade: string | null;
  zone: Zone | null;
  sort: RankingSort;
  query: string;
  /** 1-based page of the table. */
  page: number;
}

export type RankingSort = 'rank' | 'rank-desc' | 'name' | 'rise' | 'fall';

export const rankingSorts: readonly RankingSort[] = ['rank', 'rank-desc', 'name', 'rise', 'fall'];

/** The address words of each value; Indonesian, like the rest of the portal's addresses. */
const typeWords: Record<InstitutionType, string> = {
  KEMENTERIAN: 'kementerian',
  LEMBAGA: 'lembaga',
  PROVINSI: 'provinsi',
  KABUPATEN: 'kabupaten',
  KOTA: 'kota',
};
const zoneWords: Record<Zone, string> = { HIJAU: 'hijau', KUNING: 'kuning', MERAH: 'merah' };
const sortWords: Record<RankingSort, string> = {
  rank: 'peringkat',
  'rank-desc': 'peringkat-terbawah',
  name: 'nama',
  rise: 'kenaikan',
  fall: 'penurunan',
};

const fromWord = <T extends string>(words: Record<T, string>, word: string | null): T | null => {
  if (word === null) return null;
  const entry = Object.entries(words).find(([, w]) => w === word.toLowerCase());
  return entry ? (entry[0] as T) : null;
};

export const defaultRankingView: RankingView = { type: null, province: null, grade: null, zone: null, sort: 'rank', query: '', page: 1 };

/** Reads a view from an address, ignoring anything it does not understand. */
export function readRankingView(params: URLSearchParams): RankingView {
  const province = params.get('provinsi');
  const grade = params.get('predikat');
  const page = Number(params.get('halaman'));
  return {
    type: fromWord(typeWords, params.get('tipe')),
    province: province && /^\d{2}$/.test(province) ? province : null,
    grade: grade && /^[A-Za-z]{1,16}$/.test(grade) ? grade.toUpperCase() : null,
    zone: fromWord(zoneWords, params.get('zona')),
    sort: fromWord(sortWords, params.get('urut')) ?? 'rank',
    query: (params.get('q') ?? '').slice(0, 100),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a view; defaults are left out, so the plain ranking has the plain address. */
export function writeRankingView(view: RankingView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.type) params.set('tipe', typeWords[view.type]);
  if (view.province) params.set('provinsi', view.province);
  if (view.grade) params.set('predikat', view.grade);
  if (view.zone) params.set('zona', zoneWords[view.zone]);
  if (view.sort !== 'rank') params.set('urut', sortWords[view.sort]);
  if (view.query.trim()) params.set('q', view.query);
  if (view.page > 1) params.set('halaman', String(view.page));
  return params;
}

/** Folds case and accents, so "tangerang" finds "Kota Tangerang" and "bali" finds "Bali". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * The rank a row holds in the view's scope, as published: nationally, among its type, or in its
 * province. A type within one province is ranked by the API only as part of the province, so the
 * province rank stands there. Filters by grade, zone or name never change a rank.
 */
export function scopeRank(row: RankingRow, view: Pick<RankingView, 'type' | 'province'>): number | null {
  if (view.province) return row.rankProvince;
  if (view.type) return row.rankType;
  return row.rankNational;
}

export interface RankingSelection {
  /** Rows in the view's scope, after the filters, in the view's order. */
  rows: readonly RankingRow[];
  /** Rows in the view's scope before grade, zone and name filters. */
  scopeCount: number;
}

/**
 * Filters and sorts a cycle's rows for a view. The rows arrive in national order (best first,
 * equal scores by name), which is also the rank order within any type or province.
 * `keys` holds each row's folded name and code, computed once per cycle.
 */
export function selectRankingRows(
  rows: readonly RankingRow[],
  keys: ReadonlyMap<RankingRow, string>,
  view: RankingView,
  collator: Intl.Collator,
): RankingSelection {
  const query = searchKey(view.query.trim());
  let scopeCount = 0;
  const selected: RankingRow[] = [];
  for (const row of rows) {
    if (view.type && row.institution.type !== view.type) continue;
    if (view.province && row.institution.province?.code !== view.province) continue;
    scopeCount++;
    if (view.grade && row.grade !== view.grade) continue;
    if (view.zone && row.zone !== view.zone) continue;
    if (query && !(keys.get(row) ?? '').includes(query)) continue;
    selected.push(row);
  }
  switch (view.sort) {
    case 'rank':
      break;
    case 'rank-desc':
      selected.reverse();
      break;
    case 'name':
      selected.sort((a, b) => collator.compare(a.institution.name, b.institution.name));
      break;
    case 'rise':
    case 'fall': {
      // Bodies not assessed the year before have no change: they go last either way.
      const direction = view.sort === 'rise' ? -1 : 1;
      selected.sort((a, b) => {
        if (a.delta === null || b.delta === null) return a.delta === null ? (b.delta === null ? 0 : 1) : -1;
        return direction * (a.delta - b.delta);
      });
      break;
    }
  }
  return { rows: selected, scopeCount };
}

/** Each row's searchable text (name and official code), folded once per cycle. */
export function searchKeysOf(rows: readonly RankingRow[]): Map<RankingRow, string> {
  return new Map(rows.map((row) => [row, searchKey(`${row.institution.name} ${row.institution.code ?? ''}`)]));
}
