import { useMutation, useQuery } from '@apollo/client/react';
import { AssessmentDocument, SaveAnswersDocument } from '@patuh/graphql';
import { scoreUnit } from '@patuh/scoring';
import { defineMessages, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useCallback, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { readApiError } from '../../api/errors';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { formatDateTime } from '../../components/format';
import { paths } from '../../routes/paths';
import { useCycleId } from '../cycles/CycleLayout';
import { useViewer } from '../session/useViewer';
import { answersFromApi, scoringAnswers } from './answers';
import { AssessmentForm } from './AssessmentForm';
import { clearDraft } from './draftStore';
import { CommentList } from './Comments';
import { FindingsView } from './FindingsView';
import { KeptDraftNotice } from './KeptDraftNotice';
import { useScoringMethod } from './method';
import { assessmentStatusMessages, findingsOpen } from './status';
import { SubmitAssessment } from './SubmitAssessment';
import { UnitScorePanel } from './UnitScorePanel';
import type { SaveAnswers } from './useAnswerDrafts';

const messages = defineMessages(
  {
    documentTitle: 'Penilaian {unit} — Patuh Admin',
    heading: 'Penilaian {unit}',
    meta: '{institution} · status {status} · versi {version} · diubah {time}',
    back: 'Kembali ke daftar penilaian',
    verify: 'Buka untuk verifikasi',
    returned: 'Dikembalikan oleh verifikator',
    generalComments: 'Komentar atas penilaian',
    closed: 'Jawaban penilaian ini tidak dapat diubah pada tahap dan status sekarang.',
    submitted: 'Penilaian diajukan untuk verifikasi.',
    noMethodology: 'Siklus ini belum memiliki metodologi yang sah, jadi penilaian belum dapat diisi.',
    notFound: 'Penilaian tidak ditemukan.',
  },
  {
    documentTitle: 'Assessment of {unit} — Patuh Admin',
    heading: 'Assessment of {unit}',
    meta: '{institution} · status {status} · version {version} · changed {time}',
    back: 'Back to the list of assessments',
    verify: 'Open for verification',
    returned: 'Returned by the verifier',
    generalComments: 'Comments on the assessment',
    closed: 'The answers of this assessment cannot change at the current stage and status.',
    submitted: 'The assessment is submitted for verification.',
    noMethodology: 'This cycle has no valid methodology yet, so the assessment cannot be filled in.',
    notFound: 'Assessment not found.',
  },
);

/** One unit's assessment: the form while findings may change, the findings read-only otherwise. */
export function AssessmentPage() {
  const t = useT(messages);
  const tStatus = useT(assessmentStatusMessages);
  const { locale } = useLocale();
  const cycleId = useCycleId();
  const { assessmentId = '' } = useParams();
  const { viewer } = useViewer();
  // The form starts from the server's answers, never from an older copy in the cache.
  const query = useQuery(AssessmentDocument, { variables: { id: assessmentId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const scoring = useScoringMethod(cycleId);
  const [saveAnswers] = useMutation(SaveAnswersDocument);
  const [submitted, setSubmitted] = useState(false);
  const assessment = query.data?.assessment;
  useDocumentTitle(t('documentTitle', { unit: assessment?.unit.name ?? '' }));

  const save: SaveAnswers = useCallback(
    async (request) => {
      const result = await saveAnswers({ variables: request });
      const saved = result.data?.saveAnswers;
      if (!saved) throw new Error('saveAnswers answered without data');
      return { version: saved.version, answers: saved.answers };
    },
    [saveAnswers],
  );

  const { refetch } = query;
  const reloadEvidence = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  if (!assessment) {
    if (query.loading) return <LoadingState />;
    const code = query.error ? readApiError(query.error).code : null;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <p>{t('notFound')}</p>;
    if (query.error && code !== 'NETWORK') return <ApiErrorMessage error={query.error} />;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  // An address with the wrong cycle goes to the assessment's own.
  if (assessment.cycleId !== cycleId) return <Navigate replace to={paths.cycleAssessment(assessment.cycleId, assessment.id)} />;

  const method = scoring.method;
  const editable = findingsOpen(assessment.cycleStage, assessment.status);
  const returnComments = assessment.comments.filter((comment) => !comment.indicatorCode);
  const canVerify = assessment.status === 'SUBMITTED' && (viewer?.role === 'ADMIN' || viewer?.role === 'VERIFIER');

  return (
    <>
      <p>
        <Link to={paths.cycleAssessments(cycleId)}>{t('back')}</Link>
      </p>
      <h1>{t('heading', { unit: assessment.unit.name })}</h1>
      <p className="muted">
        {t('meta', {
          institution: assessment.institution.name,
          status: tStatus(assessment.status),
          version: assessment.version,
          time: formatDateTime(assessment.updatedAt, locale),
        })}
      </p>
      {canVerify ? (
        <p>
          <Link className="button" to={paths.cycleVerification(cycleId, assessment.id)}>
            {t('verify')}
          </Link>
        </p>
      ) : null}
      <div aria-live="polite">
        {submitted ? (
          <div className="notice notice--success">
            <p>{t('submitted')}</p>
          </div>
        ) : null}
      </div>
      {returnComments.length > 0 ? (
        <section className={`notice ${assessment.status === 'RETURNED' ? 'notice--warning' : 'notice--info'}`} aria-labelledby="assessment-comments">
          <h2 id="assessment-comments" className="notice__title">
            {assessment.status === 'RETURNED' ? t('returned') : t('generalComments')}
          </h2>
          <CommentList comments={returnComments} />
        </section>
      ) : null}
      {!method ? (
        scoring.loading ? (
          <LoadingState />
        ) : scoring.error ? (
          <ErrorState onRetry={() => void scoring.refetch().catch(() => undefined)} />
        ) : (
          <p>{t('noMethodology')}</p>
        )
      ) : editable ? (
        <AssessmentForm
          key={assessment.id}
          assessment={assessment}
          method={method}
          save={save}
          onEvidenceUploaded={reloadEvidence}
          renderActions={(state) => (
            <SubmitAssessment
              assessmentId={assessment.id}
              unitName={assessment.unit.name}
              state={state}
              method={method}
              onSubmitted={() => {
                clearDraft(window.localStorage, assessment.id);
                setSubmitted(true);
              }}
            />
          )}
        />
      ) : (
        <>
          <div className="notice notice--info">
            <p>{t('closed')}</p>
          </div>
          <KeptDraftNotice assessmentId={assessment.id} />
          <div className="assessment-layout">
            <div className="assessment-layout__main">
              <FindingsView assessment={assessment} method={method} />
            </div>
            <aside className="assessment-layout__aside" aria-label={t('heading', { unit: assessment.unit.name })}>
              <div className="assessment-layout__sticky">
                <UnitScorePanel
                  score={scoreUnit(method.compiled, scoringAnswers(answersFromApi(assessment.answers)))}
                  indicatorCount={method.compiled.indicatorCount}
                  serverScore={assessment.liveScore}
                />
              </div>
            </aside>
          </div>
        </>
      )}
    </>
  );
}
