import { useQuery } from '@apollo/client/react';
import { RaporDocument, RaporWhatIfDocument } from '@patuh/graphql';
import { ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { messageIn, readApiError } from '../features/api/errors';
import { UnpublishedYear } from '../features/cycles/UnpublishedYear';
import { usePageMeta } from '../features/page/usePageMeta';
import { NotAllowed } from '../features/session/NotAllowed';
import { NoBodyOfYourOwn, SignInRequired } from '../features/session/SignInRequired';
import { useBodyInView } from '../features/session/useBodyInView';
import { WhatIfPanel } from '../features/what-if/WhatIfPanel';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Simulasi perbaikan {year} — Patuh',
    description: 'Simulasikan perbaikan indikator dan lihat skor, predikat dan peringkat yang diproyeksikan, serta apa yang dibutuhkan untuk mencapai target.',
    heading: 'Simulasi perbaikan {year}',
    bodyHeading: 'Simulasi perbaikan {year}: {name}',
    intro:
      'Ubah jawaban indikator dan lihat skor unit, skor instansi, predikat dan peringkat yang diproyeksikan. Semuanya dihitung di peramban Anda dengan metode tahun {year} terhadap hasil yang dipublikasikan; hasil resmi tidak berubah.',
    back: 'Kembali ke rapor',
    notFound: 'Rapor ini tidak ditemukan.',
    noResult: 'Instansi ini tidak memiliki hasil pada {year}, jadi tidak ada yang disimulasikan.',
  },
  {
    documentTitle: 'Improvement simulation {year} — Patuh',
    description: 'Simulate improvements to indicators and see the projected score, grade and ranks, and what reaching a goal would take.',
    heading: 'Improvement simulation {year}',
    bodyHeading: 'Improvement simulation {year}: {name}',
    intro:
      "Change indicator answers and see the projected unit scores, body score, grade and ranks. Everything is computed in your browser with the {year} method against the published results; the official results do not change.",
    back: 'Back to the report card',
    notFound: 'This report card was not found.',
    noResult: 'This body has no result in {year}, so there is nothing to simulate.',
  },
);

export function WhatIfPage() {
  const t = useT(messages);
  const year = Number(useParams().year);
  const body = useBodyInView();
  const ready = body.status === 'ready';
  const variables = { cycleYear: year, institutionId: ready ? body.institutionId : '' };
  const rapor = useQuery(RaporDocument, { variables, skip: !ready || !Number.isInteger(year) });
  const whatIf = useQuery(RaporWhatIfDocument, { variables, skip: !ready || !Number.isInteger(year) });
  const name = rapor.data?.rapor.institution.name;
  usePageMeta(name ? `${t('bodyHeading', { year, name })} — Patuh` : t('documentTitle', { year }), t('description'));

  const unitNames = useMemo(() => new Map((rapor.data?.rapor.units ?? []).map((unit) => [unit.unit.id, unit.unit.name])), [rapor.data]);

  if (body.status === 'loading') return <LoadingState />;
  if (body.status === 'signed-out') return <SignInRequired heading={t('heading', { year })} />;
  if (body.status === 'no-body') return <NoBodyOfYourOwn heading={t('heading', { year })} />;

  const error = rapor.error ?? whatIf.error;
  if (error) {
    const api = readApiError(error);
    if (api.code === 'FORBIDDEN') return <NotAllowed error={api} viewer={body.viewer} ownHref={paths.whatIf(year)} />;
    if (api.code === 'NOT_FOUND') {
      return <UnpublishedYear year={year} heading={messageIn(api, t.locale) ?? t('notFound')} linkFor={(y) => paths.whatIf(y, body.own ? undefined : body.institutionId)} />;
    }
    return (
      <ErrorState
        onRetry={() => {
          void rapor.refetch().catch(() => undefined);
          void whatIf.refetch().catch(() => undefined);
        }}
      />
    );
  }
  if (!rapor.data || !whatIf.data || !name) return <LoadingState />;

  const result = rapor.data.rapor.result;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.rapor(year, body.own ? undefined : body.institutionId)}>{t('back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('bodyHeading', { year, name })}</h1>
        {rapor.data.rapor.revision.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p className="lead">{t('intro', { year })}</p>
      {result ? (
        <WhatIfPanel data={whatIf.data.rapor} name={name} unitNames={unitNames} publishedScore={result.score} />
      ) : (
        <p>{t('noResult', { year })}</p>
      )}
    </>
  );
}
