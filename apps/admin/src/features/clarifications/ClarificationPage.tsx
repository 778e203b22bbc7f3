import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddClarificationMessageDocument,
  AnswerClarificationDocument,
  ClarificationDocument,
  DecideClarificationDocument,
  type ClarificationDecision,
  type ClarificationDetailFragment,
} from '@patuh/graphql';
import { scoreUnit, type Indicator } from '@patuh/scoring';
import { ConfirmDialog, defineMessages, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { cycleSegments, paths } from '../../routes/paths';
import { AnswerControl } from '../assessments/AnswerControl';
import { problemsByIndicator, useAnswerText } from '../assessments/answerText';
import { EMPTY_ANSWER, normaliseNote, scoringAnswers, type AnswerState } from '../assessments/answers';
import { EvidenceList } from '../assessments/Evidence';
import { useScoringMethod, type ScoringMethod } from '../assessments/method';
import { useCycleId } from '../cycles/CycleLayout';
import { useViewer } from '../session/useViewer';
import { verifierRoles } from '../verification/roles';
import { clarificationStatusMessages } from './status';
import '../assessments/assessments.css';

type Clarification = ClarificationDetailFragment;

const messages = defineMessages(
  {
    documentTitle: 'Klarifikasi {code} — Patuh Admin',
    heading: 'Klarifikasi {code}',
    meta: '{institution} · {unit} · {status}',
    back: 'Kembali ke kotak masuk klarifikasi',
    openAssessment: 'Buka penilaian unit ini',
    finding: 'Temuan saat ini',
    findingNote: 'Catatan temuan: {note}',
    conversation: 'Percakapan',
    evidence: 'Bukti dari instansi',
    decision: 'Keputusan',
    decidedBy: '{decision} oleh {name}, {time}',
    reasonGiven: 'Alasan: {reason}',
    notStage: 'Klarifikasi hanya dapat dijawab dan diputuskan pada tahap Klarifikasi; siklus ini tidak sedang pada tahap itu.',
    answer: 'Jawaban Ombudsman',
    answerHint: 'Jawaban dikirim kepada instansi; klarifikasi lalu menunggu keputusan.',
    sendAnswer: 'Kirim jawaban',
    message: 'Pesan tambahan',
    sendMessage: 'Kirim pesan',
    messageRequired: 'Tuliskan pesannya.',
    sent: 'Terkirim.',
    decide: 'Putuskan',
    outcome: 'Keputusan',
    accept: 'Terima: temuan dikoreksi',
    reject: 'Tolak: temuan tetap',
    reason: 'Alasan keputusan',
    reasonHint: 'Alasan ditampilkan kepada instansi.',
    reasonRequired: 'Tuliskan alasan keputusan.',
    chooseOutcome: 'Pilih terima atau tolak.',
    corrected: 'Temuan yang dikoreksi',
    correctedHint: 'Jawaban pada skala indikator ini yang menggantikan temuan saat ini.',
    correctedNote: 'Catatan temuan',
    acceptTitle: 'Terima klarifikasi {code}?',
    acceptBody: 'Temuan {code} untuk {unit} menjadi: {answer}. Perubahan ini dicatat di jejak audit dan dipakai saat hasil ditetapkan.',
    rejectTitle: 'Tolak klarifikasi {code}?',
    rejectBody: 'Temuan {code} untuk {unit} tetap: {answer}. Instansi melihat keputusan dan alasannya.',
    confirmAccept: 'Ya, terima',
    confirmReject: 'Ya, tolak',
    notFound: 'Klarifikasi tidak ditemukan.',
  },
  {
    documentTitle: 'Clarification {code} — Patuh Admin',
    heading: 'Clarification {code}',
    meta: '{institution} · {unit} · {status}',
    back: 'Back to the clarifications inbox',
    openAssessment: "Open this unit's assessment",
    finding: 'Current finding',
    findingNote: 'Finding note: {note}',
    conversation: 'Conversation',
    evidence: "The body's evidence",
    decision: 'Decision',
    decidedBy: '{decision} by {name}, {time}',
    reasonGiven: 'Reason: {reason}',
    notStage: 'Clarifications are answered and decided only in the Clarification stage; this cycle is not in it.',
    answer: "The Ombudsman's answer",
    answerHint: 'The answer is sent to the body; the clarification then waits for a decision.',
    sendAnswer: 'Send the answer',
    message: 'Further message',
    sendMessage: 'Send the message',
    messageRequired: 'Write the message.',
    sent: 'Sent.',
    decide: 'Decide',
    outcome: 'Decision',
    accept: 'Accept: the finding is corrected',
    reject: 'Reject: the finding stands',
    reason: 'Reason for the decision',
    reasonHint: 'The reason is shown to the body.',
    reasonRequired: 'Write the reason for the decision.',
    chooseOutcome: 'Choose accept or reject.',
    corrected: 'Corrected finding',
    correctedHint: "The answer on this indicator's scale that replaces the current finding.",
    correctedNote: 'Finding note',
    acceptTitle: 'Accept clarification {code}?',
    acceptBody: 'The finding {code} for {unit} becomes: {answer}. The change is recorded in the audit log and used when results are decided.',
    rejectTitle: 'Reject clarification {code}?',
    rejectBody: 'The finding {code} for {unit} stands: {answer}. The body sees the decision and its reason.',
    confirmAccept: 'Yes, accept',
    confirmReject: 'Yes, reject',
    notFound: 'Clarification not found.',
  },
);

/** One clarification: the finding questioned, the conversation and evidence, answering it, and deciding it. */
export function ClarificationPage() {
  const t = useT(messages);
  const tStatus = useT(clarificationStatusMessages);
  const { locale } = useLocale();
  const { describe } = useAnswerText();
  const cycleId = useCycleId();
  const { clarificationId = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(ClarificationDocument, { variables: { id: clarificationId }, fetchPolicy: 'cache-and-network' });
  const { method } = useScoringMethod(cycleId);
  const clarification = query.data?.clarification;
  useDocumentTitle(t('documentTitle', { code: clarification?.indicatorCode ?? '' }));

  if (!clarification) {
    if (query.loading) return <LoadingState />;
    const code = query.error ? readApiError(query.error).code : null;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <p>{t('notFound')}</p>;
    if (query.error && code !== 'NETWORK') return <ApiErrorMessage error={query.error} />;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  if (clarification.cycleId !== cycleId) return <Navigate replace to={paths.cycleClarification(clarification.cycleId, clarification.id)} />;

  const indicator = method?.indicators.get(clarification.indicatorCode)?.indicator;
  const undecided = clarification.status === 'OPEN' || clarification.status === 'ANSWERED';
  const inStage = clarification.cycleStage === 'CLARIFICATION';
  const mayDecide = viewer && viewer.role !== 'INSTITUTION_OFFICER' && verifierRoles.includes(viewer.role);
  const current = clarification.currentAnswer;

  return (
    <>
      <p>
        <Link to={paths.cycle(cycleId, cycleSegments.clarifications)}>{t('back')}</Link>
      </p>
      <h1>
        {t('heading', { code: clarification.indicatorCode })}
        {indicator ? <span className="heading-detail"> — {indicator.title[locale]}</span> : null}
      </h1>
      <p className="muted">
        {t('meta', { institution: clarification.institution.name, unit: clarification.unit.name, status: tStatus(clarification.status) })}
      </p>
      <p>
        <Link to={paths.cycleAssessment(cycleId, clarification.assessmentId)}>{t('openAssessment')}</Link>
      </p>

      <section className="page-section" aria-labelledby="finding-heading">
        <h2 id="finding-heading">{t('finding')}</h2>
        <p className="finding__answer">{describe(indicator, current)}</p>
        {normaliseNote(current?.note) ? <p className="muted">{t('findingNote', { note: current?.note ?? '' })}</p> : null}
      </section>

      <section className="page-section" aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">{t('conversation')}</h2>
        <ol className="conversation">
          {clarification.messages.map((message) => (
            <li key={message.id} className="conversation__message">
              <p className="comment__meta">
                <strong>{message.author.name}</strong> · {formatDateTime(message.createdAt, locale)}
              </p>
              <p className="comment__body">{message.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="page-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('evidence')}</h2>
        <EvidenceList evidence={clarification.evidence} label={t('evidence')} />
      </section>

      {clarification.decidedAt ? (
        <section className="page-section" aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t('decision')}</h2>
          <p>
            {t('decidedBy', {
              decision: tStatus(clarification.status),
              name: clarification.decidedBy?.name ?? '—',
              time: formatDateTime(clarification.decidedAt, locale),
            })}
          </p>
          {clarification.decisionReason ? <p>{t('reasonGiven', { reason: clarification.decisionReason })}</p> : null}
        </section>
      ) : null}

      {undecided && !inStage ? (
        <div className="notice notice--info">
          <p>{t('notStage')}</p>
        </div>
      ) : null}
      {undecided && inStage ? (
        <>
          <ReplyForm clarification={clarification} />
          {mayDecide && indicator && method ? <DecideForm clarification={clarification} indicator={indicator} method={method} /> : null}
        </>
      ) : null}
    </>
  );
}

/** Answering an open request, or adding to the conversation once answered. */
function ReplyForm({ clarification }: { clarification: Clarification }) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [answer, answering] = useMutation(AnswerClarificationDocument);
  const [addMessage, adding] = useMutation(AddClarificationMessageDocument);
  const isAnswer = clarification.status === 'OPEN';
  const busy = answering.loading || adding.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (text.trim() === '') {
      setError(t('messageRequired'));
      ref.current?.focus();
      return;
    }
    setError(null);
    try {
      if (isAnswer) await answer({ variables: { id: clarification.id, expectedVersion: clarification.version, message: text.trim() } });
      else await addMessage({ variables: { id: clarification.id, message: text.trim() } });
      setText('');
      setSent(true);
    } catch (failure) {
      setError(errorText(readApiError(failure)));
      ref.current?.focus();
    }
  };

  return (
    <section className="page-section" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{isAnswer ? t('answer') : t('message')}</h2>
      <form className="form narrow-page" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={isAnswer ? t('answer') : t('message')} hint={isAnswer ? t('answerHint') : undefined} error={error}>
          {(control) => <textarea {...control} ref={ref} rows={4} value={text} onChange={(event) => setText(event.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {isAnswer ? t('sendAnswer') : t('sendMessage')}
          </button>
          <span aria-live="polite">{sent ? t('sent') : null}</span>
        </div>
      </form>
    </section>
  );
}

/** Accepting (with the corrected finding on the indicator's scale) or rejecting, always with a reason. */
function DecideForm({ clarification, indicator, method }: { clarification: Clarification; indicator: Indicator; method: ScoringMethod }) {
  const t = useT(messages);
  const { describe, problem } = useAnswerText();
  const errorText = useApiErrorText();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const current = clarification.currentAnswer;
  const [decision, setDecision] = useState<ClarificationDecision | null>(null);
  const [reason, setReason] = useState('');
  const [corrected, setCorrected] = useState<AnswerState>(current ? { value: current.value, notApplicable: current.notApplicable, note: current.note } : EMPTY_ANSWER);
  const [typing, setTyping] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ decision?: string; reason?: string; answer?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [decide, { loading }] = useMutation(DecideClarificationDocument);
  const code = clarification.indicatorCode;
  const scaleProblem = problemsByIndicator(scoreUnit(method.compiled, scoringAnswers({ [code]: corrected }), { explain: false })).get(code);
  const answerError = typing ?? (scaleProblem ? problem(indicator, scaleProblem) : null) ?? errors.answer ?? null;

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!decision) found.decision = t('chooseOutcome');
    if (reason.trim() === '') found.reason = t('reasonRequired');
    setErrors(found);
    if (found.decision) {
      document.querySelector<HTMLInputElement>('input[name="clarification-decision"]')?.focus();
      return;
    }
    if (found.reason) {
      reasonRef.current?.focus();
      return;
    }
    if (decision === 'ACCEPTED' && answerError) return;
    setFailure(null);
    setConfirming(true);
  };

  const confirm = async () => {
    try {
      await decide({
        variables: {
          id: clarification.id,
          expectedVersion: clarification.version,
          decision: decision as ClarificationDecision,
          reason: reason.trim(),
          newAnswer:
            decision === 'ACCEPTED'
              ? { value: corrected.notApplicable ? null : corrected.value, notApplicable: corrected.notApplicable, note: normaliseNote(corrected.note) }
              : null,
        },
      });
      setConfirming(false);
    } catch (error) {
      const apiError = readApiError(error);
      setConfirming(false);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field?.startsWith('newAnswer')) setErrors({ answer: errorText(apiError) });
      else if (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'reason') {
        setErrors({ reason: errorText(apiError) });
        reasonRef.current?.focus();
      } else setFailure(apiError);
    }
  };

  const unit = clarification.unit.name;
  return (
    <section className="page-section" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('decide')}</h2>
      <form className="form narrow-page" onSubmit={check} noValidate>
        <fieldset className="fieldset" aria-describedby={errors.decision ? 'decision-error' : undefined}>
          <legend>{t('outcome')}</legend>
          {errors.decision ? (
            <p className="field__error" id="decision-error">
              {errors.decision}
            </p>
          ) : null}
          <label className="radio">
            <input type="radio" name="clarification-decision" checked={decision === 'ACCEPTED'} onChange={() => setDecision('ACCEPTED')} />
            <span>{t('accept')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="clarification-decision" checked={decision === 'REJECTED'} onChange={() => setDecision('REJECTED')} />
            <span>{t('reject')}</span>
          </label>
        </fieldset>
        {decision === 'ACCEPTED' ? (
          <fieldset className="fieldset">
            <legend>{t('corrected')}</legend>
            <p className="field__hint">{t('correctedHint')}</p>
            <AnswerControl indicator={indicator} answer={corrected} onChange={setCorrected} error={answerError} onTypingProblem={setTyping} />
            <Field label={t('correctedNote')}>
              {(control) => <textarea {...control} rows={2} value={corrected.note ?? ''} onChange={(event) => setCorrected({ ...corrected, note: event.target.value })} />}
            </Field>
          </fieldset>
        ) : null}
        <Field label={t('reason')} hint={t('reasonHint')} error={errors.reason}>
          {(control) => <textarea {...control} ref={reasonRef} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {failure ? <ApiErrorMessage error={failure} /> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t('decide')}
          </button>
        </div>
      </form>
      {confirming && decision ? (
        <ConfirmDialog
          title={t(decision === 'ACCEPTED' ? 'acceptTitle' : 'rejectTitle', { code })}
          confirmLabel={t(decision === 'ACCEPTED' ? 'confirmAccept' : 'confirmReject')}
          busy={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void confirm()}
        >
          <p>
            {decision === 'ACCEPTED'
              ? t('acceptBody', { code, unit, answer: describe(indicator, corrected) })
              : t('rejectBody', { code, unit, answer: describe(indicator, current) })}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
