import type { InstitutionType, Zone } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { useId } from 'react';
import { institutionTypePluralMessages, institutionTypes, zoneMessages, zones } from '../format/labels';
import type { GradeNames } from '../grades/ResultGrade';
import { rankingSorts, type RankingSort, type RankingView } from './rankingView';

const messages = defineMessages(
  {
    legend: 'Saring dan urutkan',
    type: 'Jenis instansi',
    allTypes: 'Semua jenis',
    province: 'Provinsi',
    allProvinces: 'Semua provinsi',
    grade: 'Predikat',
    allGrades: 'Semua predikat',
    zone: 'Zona',
    allZones: 'Semua zona',
    sort: 'Urutkan',
    search: 'Cari nama atau kode',
    reset: 'Hapus semua saringan',
    gradeOption: '{code} — {label}',
    rank: 'Peringkat, terbaik dulu',
    'rank-desc': 'Peringkat, terbawah dulu',
    name: 'Nama, A–Z',
    rise: 'Kenaikan terbesar sejak tahun lalu',
    fall: 'Penurunan terbesar sejak tahun lalu',
  },
  {
    legend: 'Filter and sort',
    type: 'Kind of body',
    allTypes: 'All kinds',
    province: 'Province',
    allProvinces: 'All provinces',
    grade: 'Grade',
    allGrades: 'All grades',
    zone: 'Zone',
    allZones: 'All zones',
    sort: 'Sort by',
    search: 'Search by name or code',
    reset: 'Clear all filters',
    gradeOption: '{code} — {label}',
    rank: 'Rank, best first',
    'rank-desc': 'Rank, lowest first',
    name: 'Name, A–Z',
    rise: 'Largest rise since last year',
    fall: 'Largest fall since last year',
  },
);

export interface ProvinceOption {
  code: string;
  name: string;
}

export interface RankingFiltersProps {
  view: RankingView;
  provinces: readonly ProvinceOption[];
  grades: readonly GradeNames[];
  onChange: (view: RankingView) => void;
}

/** Every control changes the address at once; the table follows it. */
export function RankingFilters({ view, provinces, grades, onChange }: RankingFiltersProps) {
  const t = useT(messages);
  const tType = useT(institutionTypePluralMessages);
  const tZone = useT(zoneMessages);
  const id = useId();
  // Any change of filter starts again at the first page of the table.
  const set = (patch: Partial<RankingView>) => onChange({ ...view, page: 1, ...patch });
  const filtered = view.type || view.province || view.grade || view.zone || view.query || view.sort !== 'rank';

  return (
    <form className="filters" role="search" aria-label={t('legend')} onSubmit={(event) => event.preventDefault()}>
      <div className="filters__grid">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('type')}</label>
          <select
            id={`${id}-type`}
            value={view.type ?? ''}
            onChange={(event) => set({ type: (event.target.value || null) as InstitutionType | null })}
          >
            <option value="">{t('allTypes')}</option>
            {institutionTypes.map((type) => (
              <option key={type} value={type}>
                {tType(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>{t('province')}</label>
          <select id={`${id}-province`} value={view.province ?? ''} onChange={(event) => set({ province: event.target.value || null })}>
            <option value="">{t('allProvinces')}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-grade`}>{t('grade')}</label>
          <select id={`${id}-grade`} value={view.grade ?? ''} onChange={(event) => set({ grade: event.target.value || null })}>
            <option value="">{t('allGrades')}</option>
            {grades.map((grade) => (
              <option key={grade.code} value={grade.code}>
                {t('gradeOption', { code: grade.code, label: grade.label[t.locale] })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>{t('zone')}</label>
          <select id={`${id}-zone`} value={view.zone ?? ''} onChange={(event) => set({ zone: (event.target.value || null) as Zone | null })}>
            <option value="">{t('allZones')}</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {tZone(zone)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('sort')}</label>
          <select id={`${id}-sort`} value={view.sort} onChange={(event) => set({ sort: event.target.value as RankingSort })}>
            {rankingSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(sort)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={view.query}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => set({ query: event.target.value })}
          />
        </div>
      </div>
      {filtered ? (
        <button type="button" className="button button--secondary" onClick={() => onChange({ ...view, type: null, province: null, grade: null, zone: null, sort: 'rank', query: '', page: 1 })}>
          {t('reset')}
        </button>
      ) : null}
    </form>
  );
}
