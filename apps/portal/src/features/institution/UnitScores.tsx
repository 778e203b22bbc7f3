import type { InstitutionProfileQuery } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { unitKindMessages } from '../format/labels';
import { formatScore } from '../format/numbers';
import { ResultGrade, type GradeNames } from '../grades/ResultGrade';

type UnitResult = InstitutionProfileQuery['institutionProfile']['latestUnits'][number];

const messages = defineMessages(
  {
    unit: 'Unit layanan',
    kind: 'Jenis',
    score: 'Skor',
    grade: 'Predikat',
    dimension: '{name} (0–100)',
  },
  {
    unit: 'Service unit',
    kind: 'Kind',
    score: 'Score',
    grade: 'Grade',
    dimension: '{name} (0–100)',
  },
);

/** Each assessed unit's published score and grade, and its own score in every dimension. */
export function UnitScores({ caption, units, bands }: { caption: string; units: readonly UnitResult[]; bands: readonly GradeNames[] }) {
  const t = useT(messages);
  const tKind = useT(unitKindMessages);
  const dimensions = units[0]?.dimensions ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col">{t('grade')}</th>
            {dimensions.map((dimension) => (
              <th scope="col" className="numeric" key={dimension.code}>
                {t('dimension', { name: dimension.title ? dimension.title[t.locale] : dimension.code })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.unit.id}>
              <th scope="row">{unit.unit.name}</th>
              <td>{tKind(unit.unit.kind)}</td>
              <td className="numeric">{formatScore(unit.score, t.locale)}</td>
              <td>
                <ResultGrade grade={unit.grade} zone={unit.zone} bands={bands} />
              </td>
              {dimensions.map((dimension) => {
                const own = unit.dimensions.find((d) => d.code === dimension.code);
                return (
                  <td className="numeric" key={dimension.code}>
                    {own?.score == null ? '—' : formatScore(own.score, t.locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
