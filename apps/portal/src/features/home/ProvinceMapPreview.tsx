import { ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { ProvinceMap } from '../map/ProvinceMap';
import { useProvinceFigures } from '../provinces/useProvinceFigures';

const messages = defineMessages(
  { title: 'Peta provinsi menurut rata-rata skor {year}', table: 'Lihat semua provinsi dalam tabel' },
  { title: 'Provinces by mean score, {year}', table: 'See every province in a table' },
);

/** The home's map: loaded on its own after the rest of the page, since it is the heaviest part. */
export default function ProvinceMapPreview({ year }: { year: number }) {
  const t = useT(messages);
  const { figures, error, retry } = useProvinceFigures(year);
  if (!figures) return error ? <ErrorState onRetry={retry} /> : <LoadingState />;
  return (
    <>
      <ProvinceMap title={t('title', { year })} provinces={figures} />
      <p>
        <Link to={paths.provinces(year)}>{t('table')}</Link>
      </p>
    </>
  );
}
