import { describe, expect, it } from 'vitest';
import { rankInScopes, rankInstitutions, rankOf, standingOf, type RankableInstitution } from './rank.js';

const BANTEN = '36';
const JAWA_BARAT = '32';

const CYCLE: RankableInstitution[] = [
  { id: 'tangsel', name: 'Pemkot Tangerang Selatan', type: 'KOTA', provinceCode: BANTEN, score: 94.46 },
  { id: 'kota-tangerang', name: 'Pemkot Tangerang', type: 'KOTA', provinceCode: BANTEN, score: 90.1 },
  { id: 'kab-tangerang', name: 'Pemkab Tangerang', type: 'KABUPATEN', provinceCode: BANTEN, score: 90.1 },
  { id: 'banten', name: 'Pemprov Banten', type: 'PROVINSI', provinceCode: BANTEN, score: 85 },
  { id: 'bogor', name: 'Pemkot Bogor', type: 'KOTA', provinceCode: JAWA_BARAT, score: 96 },
  { id: 'kemenkes', name: 'Kementerian Kesehatan', type: 'KEMENTERIAN', score: 90.1 },
  { id: 'unscored', name: 'Pemkab Lebak', type: 'KABUPATEN', provinceCode: BANTEN, score: null },
];

describe('rankInstitutions', () => {
  it('shares ranks between equal scores (1, 2, 3, 3, 3, 6) and orders ties by name', () => {
    const ranking = rankInstitutions(CYCLE);
    expect(ranking.map((entry) => [entry.id, entry.rank, entry.position, entry.tied])).toEqual([
      ['bogor', 1, 1, false],
      ['tangsel', 2, 2, false],
      ['kemenkes', 3, 3, true],
      ['kab-tangerang', 3, 4, true],
      ['kota-tangerang', 3, 5, true],
      ['banten', 6, 6, false],
    ]);
  });

  it('ranks 1, 2, 2, 4', () => {
    const entries: RankableInstitution[] = [
      { id: 'a', name: 'A', type: 'KOTA', score: 90 },
      { id: 'b', name: 'B', type: 'KOTA', score: 80 },
      { id: 'c', name: 'C', type: 'KOTA', score: 80 },
      { id: 'd', name: 'D', type: 'KOTA', score: 70 },
    ];
    expect(rankInstitutions(entries).map((entry) => entry.rank)).toEqual([1, 2, 2, 4]);
  });

  it('ranks within a type and within a province: Tangerang Selatan is first in Banten', () => {
    expect(rankInstitutions(CYCLE, { types: ['KOTA'] }).map((entry) => [entry.id, entry.rank])).toEqual([
      ['bogor', 1],
      ['tangsel', 2],
      ['kota-tangerang', 3],
    ]);
    expect(rankOf(CYCLE, 'tangsel', { provinceCode: BANTEN })?.rank).toBe(1);
    expect(rankInstitutions(CYCLE, { provinceCode: BANTEN, types: ['KABUPATEN', 'KOTA'] }).map((entry) => entry.id)).toEqual([
      'tangsel',
      'kab-tangerang',
      'kota-tangerang',
    ]);
  });

  it('ranks every scope in one pass, consistently with single scopes', () => {
    const scoped = rankInScopes(CYCLE);
    expect(scoped.national).toEqual(rankInstitutions(CYCLE));
    expect(scoped.byType.KOTA).toEqual(rankInstitutions(CYCLE, { types: ['KOTA'] }));
    expect(scoped.byProvince[BANTEN]).toEqual(rankInstitutions(CYCLE, { provinceCode: BANTEN }));
    expect(Object.keys(scoped.byProvince).sort()).toEqual([JAWA_BARAT, BANTEN]);
  });

  it('tells an institution its standing in the usual scopes', () => {
    const standing = standingOf(CYCLE, 'tangsel');
    expect([standing.national?.rank, standing.byType?.rank, standing.byProvince?.rank]).toEqual([2, 2, 1]);
    expect([standing.nationalSize, standing.byTypeSize, standing.byProvinceSize]).toEqual([6, 3, 4]);
  });

  it('rejects duplicate ids', () => {
    expect(() => rankInstitutions([...CYCLE, { ...CYCLE[0]! }])).toThrow(/Duplicate/);
  });
});
