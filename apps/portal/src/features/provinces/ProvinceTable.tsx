import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { zoneMessages } from '../format/labels';
import { formatScore } from '../format/numbers';
import type { ProvinceFigure } from './useProvinceFigures';

const messages = defineMessages(
  {
    province: 'Provinsi',
    bodies: 'Instansi dinilai',
    mean: 'Rata-rata skor',
    best: 'Terbaik di provinsi',
    notAssessed: 'Tidak dinilai',
    bestScore: '{name} ({score})',
  },
  {
    province: 'Province',
    bodies: 'Bodies assessed',
    mean: 'Mean score',
    best: 'Best in the province',
    notAssessed: 'Not assessed',
    bestScore: '{name} ({score})',
  },
);

/** The map's figures as a table: every province, its bodies, mean, zones and best body. */
export function ProvinceTable({ caption, figures }: { caption: string; figures: readonly ProvinceFigure[] }) {
  const t = useT(messages);
  const tZone = useT(zoneMessages);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('province')}</th>
            <th scope="col" className="numeric">
              {t('bodies')}
            </th>
            <th scope="col" className="numeric">
              {t('mean')}
            </th>
            <th scope="col" className="numeric">
              {tZone('HIJAU')}
            </th>
            <th scope="col" className="numeric">
              {tZone('KUNING')}
            </th>
            <th scope="col" className="numeric">
              {tZone('MERAH')}
            </th>
            <th scope="col">{t('best')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map(({ code, name, href, summary }) => (
            <tr key={code}>
              <th scope="row">{summary ? <Link to={href}>{name}</Link> : name}</th>
              {summary ? (
                <>
                  <td className="numeric">{t.formatNumber(summary.institutionCount)}</td>
                  <td className="numeric">{formatScore(summary.meanScore, t.locale)}</td>
                  {(['HIJAU', 'KUNING', 'MERAH'] as const).map((zone) => (
                    <td key={zone} className="numeric">
                      {t.formatNumber(summary.zones.find((z) => z.zone === zone)?.count ?? 0)}
                    </td>
                  ))}
                  <td>
                    <Link to={paths.institution(summary.best.institution.id)}>
                      {t('bestScore', { name: summary.best.institution.name, score: formatScore(summary.best.score, t.locale) })}
                    </Link>
                  </td>
                </>
              ) : (
                <td colSpan={6}>{t('notAssessed')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
