import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminCycleClarificationCountsDocument,
  AdminPublicationCycleDocument,
  PublishCorrectionDocument,
  PublishCycleDocument,
  ResultRevisionsDocument,
  type AdminPublicationCycleQuery,
  type PublishCycleMutation,
} from '@patuh/graphql';
import { ConfirmDialog, cycleStageMessages, defineMessages, EmptyState, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { TableScroll } from '../../components/TableScroll';
import { cycleSegments, paths } from '../../routes/paths';
import { toScoringMethod } from '../assessments/method';
import { useCycleId } from '../cycles/CycleLayout';
import { CyclePreviewSection } from './CyclePreviewSection';

type Cycle = NonNullable<AdminPublicationCycleQuery['cycle']>;
type Published = PublishCycleMutation['publishCycle'];

/** The portal's public ranking of a year (apps/portal, served at the site's root). */
const publicRankingHref = (year: number) => `/peringkat/${year}`;

const messages = defineMessages(
  {
    documentTitle: 'Penetapan dan publikasi siklus {year} — Patuh Admin',
    heading: 'Penetapan dan publikasi',
    stage: 'Siklus ini pada tahap {stage}.',
    notYet: 'Hasil dipublikasikan dari tahap Penetapan. Pindahkan siklus ke tahap itu di dasbor setelah semua penilaian terverifikasi dan semua klarifikasi diputuskan.',
    dashboard: 'Buka dasbor siklus',
    openClarifications: '{count} klarifikasi belum diputuskan: publikasi akan ditolak.',
    publishHeading: 'Publikasikan hasil',
    publish: 'Publikasikan hasil {title}',
    publishTitle: 'Publikasikan hasil {title}?',
    publishBody: 'Setiap instansi sampel dinilai, diberi predikat dan diperingkat dari temuan terverifikasinya. Hasilnya menjadi publik di portal: nilai, predikat, peringkat nasional, per jenis dan per provinsi, rapor instansi dan poin perbaikannya. Hasil dibekukan sebagai revisi 1; perubahan sesudahnya hanya melalui koreksi dengan alasan yang juga dipublikasikan.',
    confirmPublish: 'Ya, publikasikan',
    publishing: 'Menghitung, memeringkat dan memublikasikan hasil…',
    published: 'Revisi {revision} dipublikasikan pada {time}: {institutions} instansi, {units} unit.',
    viewPublic: 'Lihat peringkat {year} di portal publik',
    reload: 'Muat ulang siklus',
    correctionHeading: 'Publikasikan koreksi',
    correctionIntro: 'Koreksi menghitung ulang seluruh hasil dari temuan terverifikasi sebagaimana adanya sekarang (misalnya setelah klarifikasi yang diterima) dan menerbitkannya sebagai revisi baru. Alasannya ditampilkan bersama revisi itu.',
    reason: 'Alasan koreksi',
    reasonHint: 'Paling sedikit 10 karakter; ditampilkan kepada publik.',
    reasonRequired: 'Tuliskan alasan koreksi (paling sedikit 10 karakter).',
    correct: 'Publikasikan koreksi',
    correctionTitle: 'Publikasikan koreksi hasil {title}?',
    correctionBody: 'Hasil dihitung ulang dan diterbitkan sebagai revisi baru dengan alasan: “{reason}”. Revisi sebelumnya tetap dapat dibaca.',
    confirmCorrection: 'Ya, publikasikan koreksi',
    revisions: 'Revisi hasil',
    revisionsCaption: 'Revisi hasil siklus {year}, yang terbaru lebih dahulu',
    revision: 'Revisi',
    publishedAt: 'Dipublikasikan',
    kind: 'Jenis',
    first: 'Publikasi',
    corrected: 'Koreksi',
    reasonColumn: 'Alasan',
    institutions: 'Instansi',
    noRevisions: 'Belum ada revisi hasil.',
    unreadable: 'Metodologi siklus ini tidak lolos validasi, jadi hasil belum dapat dihitung.',
  },
  {
    documentTitle: 'Cycle {year} decision and publication — Patuh Admin',
    heading: 'Decision and publication',
    stage: 'This cycle is in {stage}.',
    notYet: 'Results are published from the Decision stage. Move the cycle there from its dashboard once every assessment is verified and every clarification decided.',
    dashboard: 'Open the cycle dashboard',
    openClarifications: '{count} clarification(s) are not decided yet: publication will be refused.',
    publishHeading: 'Publish the results',
    publish: 'Publish the results of {title}',
    publishTitle: 'Publish the results of {title}?',
    publishBody: 'Every sampled body is scored, graded and ranked from its verified findings. The results become public on the portal: scores, grades, national, type and provincial rankings, the bodies’ report cards and their improvement points. The results are frozen as revision 1; later changes only come as a correction with a reason, which is published too.',
    confirmPublish: 'Yes, publish',
    publishing: 'Scoring, ranking and publishing the results…',
    published: 'Revision {revision} published at {time}: {institutions} bodies, {units} units.',
    viewPublic: 'See the {year} ranking on the public portal',
    reload: 'Reload the cycle',
    correctionHeading: 'Publish a correction',
    correctionIntro: 'A correction recomputes every result from the verified findings as they stand now (for example after an accepted clarification) and issues it as a new revision. Its reason is shown with that revision.',
    reason: 'Reason for the correction',
    reasonHint: 'At least 10 characters; shown to the public.',
    reasonRequired: 'Write the reason for the correction (at least 10 characters).',
    correct: 'Publish the correction',
    correctionTitle: 'Publish a correction of the results of {title}?',
    correctionBody: 'The results are recomputed and issued as a new revision with the reason: “{reason}”. Earlier revisions stay readable.',
    confirmCorrection: 'Yes, publish the correction',
    revisions: 'Result revisions',
    revisionsCaption: 'Result revisions of cycle {year}, the latest first',
    revision: 'Revision',
    publishedAt: 'Published',
    kind: 'Kind',
    first: 'Publication',
    corrected: 'Correction',
    reasonColumn: 'Reason',
    institutions: 'Bodies',
    noRevisions: 'No result revision yet.',
    unreadable: "This cycle's methodology does not pass validation, so results cannot be computed yet.",
  },
);

/** Deciding a cycle's results: a preview scored in the browser, publication, corrections, and the revisions so far. */
export function PublicationPage() {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const cycleId = useCycleId();
  const query = useQuery(AdminPublicationCycleDocument, { variables: { id: cycleId } });
  const clarifications = useQuery(AdminCycleClarificationCountsDocument, { variables: { cycleId } });
  const cycle = query.data?.cycle;
  const document = cycle?.methodology?.document;
  const method = useMemo(() => (document === undefined ? null : toScoringMethod(document)), [document]);
  const [published, setPublished] = useState<Published | null>(null);
  useDocumentTitle(t('documentTitle', { year: cycle?.year ?? '' }));

  if (!cycle) {
    if (query.loading) return <LoadingState />;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  const isPublished = cycle.stage === 'PUBLISHED' || cycle.stage === 'ARCHIVED';
  const undecided = (clarifications.data?.open.totalCount ?? 0) + (clarifications.data?.answered.totalCount ?? 0);

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('stage', { stage: tStage(cycle.stage) })}</p>
      {cycle.stage !== 'DECISION' && !isPublished ? (
        <div className="notice notice--info">
          <p>{t('notYet')}</p>
          <p>
            <Link to={paths.cycle(cycle.id, cycleSegments.dashboard)}>{t('dashboard')}</Link>
          </p>
        </div>
      ) : null}
      {undecided > 0 && !isPublished ? (
        <div className="notice notice--warning">
          <p>{t('openClarifications', { count: undecided })}</p>
        </div>
      ) : null}
      <div aria-live="polite">{published ? <PublishedNotice result={published} /> : null}</div>

      {method ? <CyclePreviewSection cycleId={cycle.id} methodology={method.methodology} compiled={method.compiled} /> : cycle.methodology ? <p>{t('unreadable')}</p> : null}

      {cycle.stage === 'DECISION' ? <PublishSection cycle={cycle} onPublished={setPublished} onReload={() => void query.refetch().catch(() => undefined)} /> : null}
      {isPublished ? <CorrectionSection cycle={cycle} onPublished={setPublished} /> : null}
      {isPublished ? <RevisionsSection year={cycle.year} /> : null}
    </>
  );
}

function PublishedNotice({ result }: { result: Published }) {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <div className="notice notice--success">
      <p>
        {t('published', {
          revision: result.revision.revision,
          time: formatDateTime(result.revision.publishedAt, locale),
          institutions: t.formatNumber(result.revision.institutionCount),
          units: t.formatNumber(result.unitCount),
        })}
      </p>
      <p>
        <a href={publicRankingHref(result.cycle.year)}>{t('viewPublic', { year: result.cycle.year })}</a>
      </p>
    </div>
  );
}

/** Why publication was refused, with the ids the API names (e.g. clarifications still open). */
function Refusal({ failure, onReload }: { failure: ApiError; onReload?: () => void }) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const { locale } = useLocale();
  return (
    <div className="notice notice--error" role="alert">
      <p>{errorText(failure)}</p>
      {failure.reasons.length > 0 ? (
        <ul>
          {failure.reasons.map((reason) => (
            <li key={reason.en}>{reason[locale]}</li>
          ))}
        </ul>
      ) : null}
      {failure.code === 'CONFLICT' && onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('reload')}
        </button>
      ) : null}
    </div>
  );
}

function PublishSection({ cycle, onPublished, onReload }: { cycle: Cycle; onPublished: (result: Published) => void; onReload: () => void }) {
  const t = useT(messages);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [publish, { loading }] = useMutation(PublishCycleDocument, { refetchQueries: ['AdminCycleHeading', 'CycleOverview', 'AdminPublicationCycle'] });

  const confirm = async () => {
    setFailure(null);
    try {
      const result = await publish({ variables: { input: { cycleId: cycle.id, expectedVersion: cycle.version } } });
      setConfirming(false);
      if (result.data) onPublished(result.data.publishCycle);
    } catch (error) {
      setConfirming(false);
      setFailure(readApiError(error));
    }
  };

  return (
    <section className="page-section" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('publishHeading')}</h2>
      <button type="button" className="button" disabled={loading} onClick={() => setConfirming(true)}>
        {t('publish', { title: cycle.title })}
      </button>
      {loading ? <LoadingState label={t('publishing')} /> : null}
      {failure ? <Refusal failure={failure} onReload={onReload} /> : null}
      {confirming ? (
        <ConfirmDialog title={t('publishTitle', { title: cycle.title })} confirmLabel={t('confirmPublish')} busy={loading} onCancel={() => setConfirming(false)} onConfirm={() => void confirm()}>
          <p>{t('publishBody')}</p>
          {loading ? <LoadingState label={t('publishing')} /> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function CorrectionSection({ cycle, onPublished }: { cycle: Cycle; onPublished: (result: Published) => void }) {
  const t = useT(messages);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const errorText = useApiErrorText();
  const [correct, { loading }] = useMutation(PublishCorrectionDocument, { refetchQueries: ['ResultRevisions'] });

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 10) {
      setReasonError(t('reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    setFailure(null);
    setConfirming(true);
  };
  const confirm = async () => {
    try {
      const result = await correct({ variables: { input: { cycleId: cycle.id, reason: reason.trim() } } });
      setConfirming(false);
      setReason('');
      if (result.data) onPublished(result.data.publishCorrection);
    } catch (error) {
      setConfirming(false);
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field?.endsWith('reason')) {
        setReasonError(errorText(apiError));
        reasonRef.current?.focus();
      } else setFailure(apiError);
    }
  };

  return (
    <section className="page-section" aria-labelledby="correction-heading">
      <h2 id="correction-heading">{t('correctionHeading')}</h2>
      <p>{t('correctionIntro')}</p>
      <form className="form narrow-page" onSubmit={check} noValidate>
        <Field label={t('reason')} hint={t('reasonHint')} error={reasonError}>
          {(control) => <textarea {...control} ref={reasonRef} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t('correct')}
          </button>
        </div>
      </form>
      {loading ? <LoadingState label={t('publishing')} /> : null}
      {failure ? <Refusal failure={failure} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('correctionTitle', { title: cycle.title })}
          confirmLabel={t('confirmCorrection')}
          busy={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void confirm()}
        >
          <p>{t('correctionBody', { reason: reason.trim() })}</p>
          {loading ? <LoadingState label={t('publishing')} /> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function RevisionsSection({ year }: { year: number }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const query = useQuery(ResultRevisionsDocument, { variables: { cycleYear: year }, fetchPolicy: 'cache-and-network' });
  const revisions = query.data?.resultRevisions;
  return (
    <section className="page-section" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('revisions')}</h2>
      {revisions ? (
        revisions.length === 0 ? (
          <EmptyState>
            <p>{t('noRevisions')}</p>
          </EmptyState>
        ) : (
          <TableScroll label={t('revisionsCaption', { year })}>
            <table className="data-table">
              <caption>{t('revisionsCaption', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('revision')}
                  </th>
                  <th scope="col">{t('publishedAt')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('reasonColumn')}</th>
                  <th scope="col" className="numeric">
                    {t('institutions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision) => (
                  <tr key={revision.id}>
                    <th scope="row" className="numeric">
                      {revision.revision}
                    </th>
                    <td>{formatDateTime(revision.publishedAt, locale)}</td>
                    <td>{revision.corrected ? t('corrected') : t('first')}</td>
                    <td>{revision.reason ?? '—'}</td>
                    <td className="numeric">{t.formatNumber(revision.institutionCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : query.loading ? (
        <LoadingState />
      ) : query.error ? (
        <ApiErrorMessage error={query.error} />
      ) : null}
    </section>
  );
}
