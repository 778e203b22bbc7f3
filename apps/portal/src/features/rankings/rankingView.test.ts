import { describe, expect, it } from 'vitest';
import { demoRows } from '../../test/mocks';
import {
  defaultRankingView,
  readRankingView,
  scopeRank,
  searchKey,
  searchKeysOf,
  selectRankingRows,
  writeRankingView,
  type RankingView,
} from './rankingView';

const collator = new Intl.Collator('id-ID', { sensitivity: 'base' });
const keys = searchKeysOf(demoRows);
const names = (view: Partial<RankingView>) => selectRankingRows(demoRows, keys, { ...defaultRankingView, ...view }, collator).rows.map((r) => r.institution.name);

describe('the rankings view in the address', () => {
  it('reads every parameter, in Indonesian words', () => {
    expect(readRankingView(new URLSearchParams('tipe=kota&provinsi=36&predikat=a&zona=hijau&urut=nama&q=tang&halaman=2'))).toEqual({
      type: 'KOTA',
      province: '36',
      grade: 'A',
      zone: 'HIJAU',
      sort: 'name',
      query: 'tang',
      page: 2,
    });
  });

  it('ignores what it does not understand', () => {
    expect(readRankingView(new URLSearchParams('tipe=desa&provinsi=Banten&predikat=<b>&zona=biru&urut=acak&halaman=-3'))).toEqual(defaultRankingView);
  });

  it('writes only what differs from the plain ranking, and reads it back the same', () => {
    expect(writeRankingView(defaultRankingView).toString()).toBe('');
    const view: RankingView = { type: 'KABUPATEN', province: '32', grade: 'B', zone: 'KUNING', sort: 'fall', query: 'Bandung', page: 3 };
    const written = writeRankingView(view);
    expect(written.toString()).toBe('tipe=kabupaten&provinsi=32&predikat=B&zona=kuning&urut=penurunan&q=Bandung&halaman=3');
    expect(readRankingView(written)).toEqual(view);
  });
});

describe('selecting a cycle’s rows for a view', () => {
  it('keeps the national order by default', () => {
    expect(names({})).toEqual(demoRows.map((r) => r.institution.name));
  });

  it('narrows to a province and a kind, counting the scope before the other filters', () => {
    expect(names({ province: '36' })).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang', 'Provinsi Banten', 'Kabupaten Lebak', 'Kota Cilegon']);
    expect(names({ province: '36', type: 'KOTA' })).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang', 'Kota Cilegon']);
    const selection = selectRankingRows(demoRows, keys, { ...defaultRankingView, province: '36', grade: 'A' }, collator);
    expect(selection.rows).toHaveLength(2);
    expect(selection.scopeCount).toBe(5);
  });

  it('filters by grade, zone and name or code, folding case and accents', () => {
    expect(names({ grade: 'B' })).toEqual(['Lembaga Kebijakan Pengadaan', 'Provinsi Banten']);
    expect(names({ zone: 'MERAH' })).toEqual(['Kota Cilegon']);
    expect(names({ query: 'TANGERANG' })).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang']);
    expect(searchKey('Bàntén')).toBe('banten');
    expect(names({ query: 'bántên' })).toEqual(['Provinsi Banten']);
  });

  it('sorts by rank either way, by name, and by the change since last year with newcomers last', () => {
    expect(names({ sort: 'rank-desc' })[0]).toBe('Kota Cilegon');
    expect(names({ sort: 'name' }).slice(0, 3)).toEqual(['Kabupaten Bandung', 'Kabupaten Lebak', 'Kementerian Dalam Negeri']);
    expect(names({ sort: 'rise' })).toEqual([
      'Kabupaten Bandung',
      'Provinsi Banten',
      'Kota Tangerang Selatan',
      'Kementerian Dalam Negeri',
      'Kota Tangerang',
      'Kabupaten Lebak',
      'Kota Cilegon',
      'Lembaga Kebijakan Pengadaan',
    ]);
    expect(names({ sort: 'fall' }).slice(0, 2)).toEqual(['Kota Cilegon', 'Kabupaten Lebak']);
    expect(names({ sort: 'fall' }).at(-1)).toBe('Lembaga Kebijakan Pengadaan');
  });

  it('shows the published rank of the scope: national, in the kind, or in the province', () => {
    const kotaTangerang = demoRows[3]!;
    expect(scopeRank(kotaTangerang, { type: null, province: null })).toBe(4);
    expect(scopeRank(kotaTangerang, { type: 'KOTA', province: null })).toBe(2);
    expect(scopeRank(kotaTangerang, { type: null, province: '36' })).toBe(2);
    expect(scopeRank(kotaTangerang, { type: 'KOTA', province: '36' })).toBe(2);
  });

  it('filters a whole national cycle well within a frame', () => {
    const cycle = Array.from({ length: 600 }, (_, i) => ({ ...demoRows[i % demoRows.length]!, institution: { ...demoRows[i % demoRows.length]!.institution, id: `i${i}` } }));
    const cycleKeys = searchKeysOf(cycle);
    const started = performance.now();
    for (let i = 0; i < 20; i++) selectRankingRows(cycle, cycleKeys, { ...defaultRankingView, province: '36', sort: 'name', query: 'kota' }, collator);
    expect((performance.now() - started) / 20).toBeLessThan(16);
  });
});
