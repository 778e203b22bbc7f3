import { useMutation, useQuery } from '@apollo/client/react';
import { AssessmentChangesDocument, AssessmentDocument, ReturnAssessmentDocument, VerifyAssessmentDocument, type AssessmentDetailFragment } from '@patuh/graphql';
import { scoreUnit } from '@patuh/scoring';
import { defineMessages, Dialog, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { cycleSegments, paths } from '../../routes/paths';
import { answersFromApi, scoringAnswers } from '../assessments/answers';
import { CommentList } from '../assessments/Comments';
import { FindingsView, type AnswerChange } from '../assessments/FindingsView';
import { indicatorAnchor } from '../assessments/IndicatorTree';
import { useScoringMethod, type ScoringMethod } from '../assessments/method';
import { assessmentStatusMessages } from '../assessments/status';
import { UnitScorePanel } from '../assessments/UnitScorePanel';
import { useCycleId } from '../cycles/CycleLayout';
import { useViewer } from '../session/useViewer';
import { lastSeenAt, markSeen } from './lastSeen';
import { verifierRoles } from './roles';

const messages = defineMessages(
  {
    documentTitle: 'Verifikasi {unit} — Patuh Admin',
    heading: 'Verifikasi penilaian {unit}',
    meta: '{institution} · status {status} · diajukan {time}',
    back: 'Kembali ke antrean verifikasi',
    changes: 'Yang berubah sejak terakhir Anda membukanya',
    firstLook: 'Ini pertama kalinya Anda membuka penilaian ini di peramban ini: semua temuan baru bagi Anda.',
    noChanges: 'Tidak ada jawaban yang berubah sejak Anda membukanya pada {time}.',
    changed: '{count} indikator berubah sejak Anda membukanya pada {time}:',
    comments: 'Komentar atas penilaian',
    verify: 'Verifikasi',
    return: 'Kembalikan ke penilai',
    notSubmitted: 'Penilaian ini berstatus {status}: hanya penilaian yang diajukan yang dapat diverifikasi atau dikembalikan.',
    verifyTitle: 'Verifikasi penilaian {unit}?',
    verifyBody: 'Temuannya dinyatakan benar dan dipakai untuk hasil. Setelah diverifikasi, jawabannya tidak dapat diubah lagi kecuali melalui klarifikasi.',
    verifyComment: 'Catatan verifikasi (tidak wajib)',
    confirmVerify: 'Ya, verifikasi',
    returnTitle: 'Kembalikan penilaian {unit}?',
    returnBody: 'Penilai dapat mengubah jawabannya lagi dan harus mengajukannya kembali. Alasan Anda ditampilkan kepadanya.',
    returnComment: 'Alasan pengembalian',
    returnHint: 'Sebutkan apa yang harus diperiksa atau dilengkapi.',
    returnRequired: 'Tuliskan alasan pengembalian.',
    confirmReturn: 'Ya, kembalikan',
    cancel: 'Batal',
    verified: 'Penilaian diverifikasi.',
    returned: 'Penilaian dikembalikan kepada penilai.',
    reload: 'Muat ulang penilaian',
    notFound: 'Penilaian tidak ditemukan.',
    noMethodology: 'Siklus ini belum memiliki metodologi yang sah.',
  },
  {
    documentTitle: 'Verification of {unit} — Patuh Admin',
    heading: 'Verify the assessment of {unit}',
    meta: '{institution} · status {status} · submitted {time}',
    back: 'Back to the verification queue',
    changes: 'What changed since you last opened it',
    firstLook: 'This is the first time you open this assessment in this browser: every finding is new to you.',
    noChanges: 'No answer changed since you opened it at {time}.',
    changed: '{count} indicator(s) changed since you opened it at {time}:',
    comments: 'Comments on the assessment',
    verify: 'Verify',
    return: 'Return to the assessor',
    notSubmitted: 'This assessment is {status}: only submitted assessments can be verified or returned.',
    verifyTitle: 'Verify the assessment of {unit}?',
    verifyBody: 'Its findings are confirmed and used for the results. Once verified, its answers can only change through a clarification.',
    verifyComment: 'Verification remark (optional)',
    confirmVerify: 'Yes, verify it',
    returnTitle: 'Return the assessment of {unit}?',
    returnBody: 'The assessor can change the answers again and must submit them again. Your reason is shown to them.',
    returnComment: 'Reason for returning',
    returnHint: 'Say what must be checked or completed.',
    returnRequired: 'Write the reason for returning it.',
    confirmReturn: 'Yes, return it',
    cancel: 'Cancel',
    verified: 'The assessment is verified.',
    returned: 'The assessment is returned to the assessor.',
    reload: 'Reload the assessment',
    notFound: 'Assessment not found.',
    noMethodology: 'This cycle has no valid methodology yet.',
  },
);

/**
 * A submitted assessment, read-only for its verifier: findings, evidence and comments, what
 * changed since their last look, and the decision to verify it or return it with a reason.
 */
export function VerificationPage() {
  const t = useT(messages);
  const tStatus = useT(assessmentStatusMessages);
  const { locale } = useLocale();
  const cycleId = useCycleId();
  const { assessmentId = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(AssessmentDocument, { variables: { id: assessmentId }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const scoring = useScoringMethod(cycleId);
  // The previous visit, read once: this visit is recorded as soon as the findings are on screen.
  const [since] = useState(() => (viewer ? lastSeenAt(viewer.id, assessmentId) : null));
  const assessment = query.data?.assessment;
  useEffect(() => {
    if (assessment && viewer) markSeen(viewer.id, assessment.id);
  }, [assessment, viewer]);
  const changes = useQuery(AssessmentChangesDocument, { variables: { id: assessmentId, since: since ?? '' }, skip: !since, fetchPolicy: 'network-only' });
  const changeMap = useMemo(() => new Map((changes.data?.assessmentChanges ?? []).map((change) => [change.indicatorCode, change])), [changes.data]);
  const [outcome, setOutcome] = useState<'verified' | 'returned' | null>(null);
  useDocumentTitle(t('documentTitle', { unit: assessment?.unit.name ?? '' }));

  if (!assessment) {
    if (query.loading) return <LoadingState />;
    const code = query.error ? readApiError(query.error).code : null;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <p>{t('notFound')}</p>;
    if (query.error && code !== 'NETWORK') return <ApiErrorMessage error={query.error} />;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  if (assessment.cycleId !== cycleId) return <Navigate replace to={paths.cycleVerification(assessment.cycleId, assessment.id)} />;
  const method = scoring.method;
  const mayDecide = viewer && viewer.role !== 'INSTITUTION_OFFICER' && verifierRoles.includes(viewer.role);
  const generalComments = assessment.comments.filter((comment) => !comment.indicatorCode);

  return (
    <>
      <p>
        <Link to={paths.cycle(cycleId, cycleSegments.verification)}>{t('back')}</Link>
      </p>
      <h1>{t('heading', { unit: assessment.unit.name })}</h1>
      <p className="muted">
        {t('meta', {
          institution: assessment.institution.name,
          status: tStatus(assessment.status),
          time: assessment.submittedAt ? formatDateTime(assessment.submittedAt, locale) : '—',
        })}
      </p>
      <div aria-live="polite">
        {outcome ? (
          <div className="notice notice--success">
            <p>{t(outcome)}</p>
            <p>
              <Link to={paths.cycle(cycleId, cycleSegments.verification)}>{t('back')}</Link>
            </p>
          </div>
        ) : null}
      </div>

      <section className="page-section" aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('changes')}</h2>
        {!since ? (
          <p>{t('firstLook')}</p>
        ) : changes.data ? (
          changeMap.size === 0 ? (
            <p>{t('noChanges', { time: formatDateTime(since, locale) })}</p>
          ) : (
            <>
              <p>{t('changed', { count: changeMap.size, time: formatDateTime(since, locale) })}</p>
              <ul>
                {[...changeMap.keys()].map((code) => (
                  <li key={code}>
                    <a href={`#${indicatorAnchor(code)}`}>
                      {code} — {method?.indicators.get(code)?.indicator.title[locale] ?? ''}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : changes.loading ? (
          <LoadingState />
        ) : changes.error ? (
          <ApiErrorMessage error={changes.error} />
        ) : null}
      </section>

      {generalComments.length > 0 ? (
        <section className="page-section" aria-labelledby="comments-heading">
          <h2 id="comments-heading">{t('comments')}</h2>
          <CommentList comments={generalComments} />
        </section>
      ) : null}

      {mayDecide && !outcome ? (
        assessment.status === 'SUBMITTED' ? (
          <Decision assessment={assessment} onDone={setOutcome} onReload={() => void query.refetch().catch(() => undefined)} />
        ) : (
          <div className="notice notice--info">
            <p>{t('notSubmitted', { status: tStatus(assessment.status) })}</p>
          </div>
        )
      ) : null}

      {method ? (
        <Findings assessment={assessment} method={method} changes={changeMap} />
      ) : scoring.loading ? (
        <LoadingState />
      ) : (
        <p>{t('noMethodology')}</p>
      )}
    </>
  );
}

function Findings({ assessment, method, changes }: { assessment: AssessmentDetailFragment; method: ScoringMethod; changes: ReadonlyMap<string, AnswerChange> }) {
  const score = useMemo(() => scoreUnit(method.compiled, scoringAnswers(answersFromApi(assessment.answers))), [method, assessment.answers]);
  return (
    <div className="assessment-layout">
      <div className="assessment-layout__main">
        <FindingsView assessment={assessment} method={method} changes={changes} />
      </div>
      <aside className="assessment-layout__aside" aria-labelledby="findings-score">
        <div className="assessment-layout__sticky" id="findings-score">
          <UnitScorePanel score={score} indicatorCount={method.compiled.indicatorCount} serverScore={assessment.liveScore} />
        </div>
      </aside>
    </div>
  );
}

function Decision({ assessment, onDone, onReload }: { assessment: AssessmentDetailFragment; onDone: (outcome: 'verified' | 'returned') => void; onReload: () => void }) {
  const t = useT(messages);
  const [dialog, setDialog] = useState<'verify' | 'return' | null>(null);
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={() => setDialog('verify')}>
        {t('verify')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setDialog('return')}>
        {t('return')}
      </button>
      {dialog ? (
        <DecisionDialog
          kind={dialog}
          assessment={assessment}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onDone(dialog === 'verify' ? 'verified' : 'returned');
          }}
          onReload={() => {
            setDialog(null);
            onReload();
          }}
        />
      ) : null}
    </div>
  );
}

function DecisionDialog({
  kind,
  assessment,
  onCancel,
  onDone,
  onReload,
}: {
  kind: 'verify' | 'return';
  assessment: AssessmentDetailFragment;
  onCancel: () => void;
  onDone: () => void;
  onReload: () => void;
}) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [verify, verifying] = useMutation(VerifyAssessmentDocument);
  const [returnAssessment, returning] = useMutation(ReturnAssessmentDocument);
  const busy = verifying.loading || returning.loading;
  const unit = assessment.unit.name;

  const confirm = async () => {
    const text = comment.trim();
    if (kind === 'return' && text === '') {
      setCommentError(t('returnRequired'));
      commentRef.current?.focus();
      return;
    }
    setFailure(null);
    try {
      if (kind === 'verify') await verify({ variables: { id: assessment.id, expectedVersion: assessment.version, comment: text || null } });
      else await returnAssessment({ variables: { id: assessment.id, expectedVersion: assessment.version, comment: text } });
      onDone();
    } catch (error) {
      setFailure(readApiError(error));
    }
  };

  return (
    <Dialog
      title={t(kind === 'verify' ? 'verifyTitle' : 'returnTitle', { unit })}
      onClose={onCancel}
      busy={busy}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy} data-autofocus>
            {t('cancel')}
          </button>
          <button type="button" className={kind === 'verify' ? 'button' : 'button button--danger'} onClick={() => void confirm()} disabled={busy}>
            {t(kind === 'verify' ? 'confirmVerify' : 'confirmReturn')}
          </button>
        </>
      }
    >
      <p>{t(kind === 'verify' ? 'verifyBody' : 'returnBody')}</p>
      <Field label={t(kind === 'verify' ? 'verifyComment' : 'returnComment')} hint={kind === 'return' ? t('returnHint') : undefined} error={commentError}>
        {(control) => <textarea {...control} ref={commentRef} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </Field>
      {failure ? (
        <div className="notice notice--error" role="alert">
          <p>{errorText(failure)}</p>
          {failure.code === 'CONFLICT' || failure.code === 'STAGE_NOT_ALLOWED' ? (
            <button type="button" className="button button--secondary" onClick={onReload}>
              {t('reload')}
            </button>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
