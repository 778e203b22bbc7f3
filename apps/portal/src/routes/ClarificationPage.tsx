import { useMutation, useQuery } from '@apollo/client/react';
import { AddClarificationMessageDocument, ClarificationDocument, PortalClarificationMethodDocument, WithdrawClarificationDocument } from '@patuh/graphql';
import { ConfirmDialog, CycleStageTag, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { messageIn, readApiError } from '../features/api/errors';
import { EvidencePicker, UploadProgress, checkFiles, evidenceMessages, useEvidenceUploads } from '../features/clarification/EvidenceUploader';
import { ClarificationStatusTag, undecided } from '../features/clarification/status';
import { formatDate, formatFileSize } from '../features/format/numbers';
import { answerInWords, indicatorsByCode } from '../features/methodology/scaleText';
import { usePageMeta } from '../features/page/usePageMeta';
import { NotAllowed } from '../features/session/NotAllowed';
import { SignInRequired } from '../features/session/SignInRequired';
import { useViewer } from '../features/session/useViewer';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Klarifikasi {indicator} — Patuh',
    description: 'Percakapan, bukti dan keputusan sebuah klarifikasi.',
    heading: 'Klarifikasi {indicator}',
    back: 'Semua klarifikasi',
    notFound: 'Klarifikasi ini tidak ditemukan.',
    facts: 'Ringkasan',
    unit: 'Unit',
    indicator: 'Indikator',
    status: 'Status',
    stage: 'Tahap siklus',
    raisedBy: 'Diajukan oleh',
    raisedOn: '{name}, {date}',
    current: 'Temuan tercatat sekarang',
    decision: 'Keputusan',
    decidedBy: 'Diputuskan oleh {name}, {date}.',
    reason: 'Alasan: {reason}',
    accepted: 'Klarifikasi diterima; temuan mungkin telah dikoreksi (lihat temuan tercatat di atas).',
    rejected: 'Klarifikasi ditolak; temuan tetap.',
    withdrawn: 'Klarifikasi ditarik oleh instansi.',
    conversation: 'Percakapan',
    said: '{name}, {date}',
    reply: 'Tambahkan pesan',
    send: 'Kirim pesan',
    sending: 'Mengirim…',
    required: 'Tulis pesan terlebih dahulu.',
    evidence: 'Bukti',
    noEvidence: 'Belum ada bukti terlampir.',
    evidenceCaption: 'Berkas bukti',
    file: 'Berkas',
    size: 'Ukuran',
    uploadedBy: 'Diunggah oleh',
    addEvidence: 'Unggah bukti tambahan',
    upload: 'Unggah',
    uploadingNothing: 'Pilih berkas terlebih dahulu.',
    withdraw: 'Tarik klarifikasi',
    withdrawTitle: 'Tarik klarifikasi {indicator}?',
    withdrawBody: 'Klarifikasi ini tidak akan diputuskan dan temuan tetap seperti tercatat. Penarikan tidak dapat dibatalkan; Anda dapat mengajukan klarifikasi baru selama tahap klarifikasi.',
    withdrawConfirm: 'Ya, tarik klarifikasi',
    conflict: 'Klarifikasi ini berubah sejak Anda membukanya. Halaman telah dimuat ulang; periksa lalu coba lagi.',
    raisedOk: 'Klarifikasi diajukan.',
    raisedPartial: 'Klarifikasi diajukan, tetapi tidak semua bukti terunggah. Unggah lagi di bawah.',
  },
  {
    documentTitle: 'Clarification {indicator} — Patuh',
    description: "A clarification's conversation, evidence and decision.",
    heading: 'Clarification {indicator}',
    back: 'All clarifications',
    notFound: 'This clarification was not found.',
    facts: 'Summary',
    unit: 'Unit',
    indicator: 'Indicator',
    status: 'Status',
    stage: 'Cycle stage',
    raisedBy: 'Raised by',
    raisedOn: '{name}, {date}',
    current: 'Finding recorded now',
    decision: 'Decision',
    decidedBy: 'Decided by {name}, {date}.',
    reason: 'Reason: {reason}',
    accepted: 'The clarification was accepted; the finding may have been corrected (see the recorded finding above).',
    rejected: 'The clarification was rejected; the finding stands.',
    withdrawn: 'The body withdrew the clarification.',
    conversation: 'Conversation',
    said: '{name}, {date}',
    reply: 'Add a message',
    send: 'Send the message',
    sending: 'Sending…',
    required: 'Write a message first.',
    evidence: 'Evidence',
    noEvidence: 'No evidence attached yet.',
    evidenceCaption: 'Evidence files',
    file: 'File',
    size: 'Size',
    uploadedBy: 'Uploaded by',
    addEvidence: 'Upload more evidence',
    upload: 'Upload',
    uploadingNothing: 'Choose a file first.',
    withdraw: 'Withdraw the clarification',
    withdrawTitle: 'Withdraw the clarification on {indicator}?',
    withdrawBody: 'It will not be decided and the finding stays as recorded. This cannot be undone; you can raise a new clarification during the clarification stage.',
    withdrawConfirm: 'Yes, withdraw it',
    conflict: 'This clarification changed since you opened it. The page has been reloaded; check it and try again.',
    raisedOk: 'Clarification raised.',
    raisedPartial: 'Clarification raised, but not every evidence file was uploaded. Upload them again below.',
  },
);

export function ClarificationPage() {
  const t = useT(messages);
  const tEvidence = useT(evidenceMessages);
  const id = useParams().id ?? '';
  const formId = useId();
  const location = useLocation();
  const raised = (location.state as { raised?: 'complete' | 'partial' } | null)?.raised;
  const { viewer, known } = useViewer();
  const { data, error, refetch } = useQuery(ClarificationDocument, { variables: { id }, skip: !viewer });
  const clarification = data?.clarification;
  const method = useQuery(PortalClarificationMethodDocument, { variables: { cycleId: clarification?.cycleId ?? '' }, skip: !clarification });
  const [addMessage, adding] = useMutation(AddClarificationMessageDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawClarificationDocument);
  const { progress, uploadAll, reset } = useEvidenceUploads();
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const scales = useMemo(() => indicatorsByCode(method.data?.cycle?.methodology?.document), [method.data]);
  const indicatorTitle = method.data?.cycle?.methodology?.summary?.indicators.find((i) => i.code === clarification?.indicatorCode)?.title[t.locale];
  usePageMeta(t('documentTitle', { indicator: clarification?.indicatorCode ?? '' }), t('description'));

  if (!known) return <LoadingState />;
  if (!viewer) return <SignInRequired heading={t('heading', { indicator: '' })} />;
  if (!clarification) {
    if (!error) return <LoadingState />;
    const api = readApiError(error);
    if (api.code === 'FORBIDDEN') return <NotAllowed error={api} viewer={viewer} ownHref={paths.clarifications()} />;
    if (api.code === 'NOT_FOUND' || api.code === 'BAD_USER_INPUT') {
      return (
        <>
          <h1>{t('notFound')}</h1>
          <p>
            <Link to={paths.clarifications()}>{t('back')}</Link>
          </p>
        </>
      );
    }
    return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const open = undecided(clarification.status);
  const evidenceProblems = checkFiles(files, (key) => tEvidence(key));
  const own = viewer.institution?.id === clarification.institution.id;

  const onReply = async (event: FormEvent) => {
    event.preventDefault();
    if (!reply.trim()) {
      setReplyError(t('required'));
      return;
    }
    setReplyError(null);
    try {
      await addMessage({ variables: { id, message: reply.trim() } });
      setReply('');
    } catch (failure) {
      setReplyError(messageIn(readApiError(failure), t.locale) ?? t('required'));
    }
  };

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) {
      setUploadError(t('uploadingNothing'));
      return;
    }
    if (evidenceProblems.length > 0) return;
    setUploadError(null);
    await uploadAll(id, files);
    setFiles([]);
    await refetch().catch(() => undefined);
  };

  const onWithdraw = async () => {
    setWithdrawError(null);
    try {
      await withdraw({ variables: { id, expectedVersion: clarification.version } });
      setConfirming(false);
      reset();
      await refetch().catch(() => undefined);
    } catch (failure) {
      const api = readApiError(failure);
      if (api.code === 'CONFLICT') {
        await refetch().catch(() => undefined);
        setWithdrawError(t('conflict'));
      } else {
        setWithdrawError(messageIn(api, t.locale) ?? t('conflict'));
      }
    }
  };

  const current = clarification.currentAnswer;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.clarifications()}>{t('back')}</Link>
      </p>
      <h1>{t('heading', { indicator: clarification.indicatorCode })}</h1>
      {raised ? (
        <p role="status" className="notice">
          {raised === 'complete' ? t('raisedOk') : t('raisedPartial')}
        </p>
      ) : null}

      <section className="page-section" aria-labelledby="clarification-facts">
        <h2 id="clarification-facts">{t('facts')}</h2>
        <dl className="fact-list">
          <dt>{t('unit')}</dt>
          <dd>{clarification.unit.name}</dd>
          <dt>{t('indicator')}</dt>
          <dd>
            <code>{clarification.indicatorCode}</code> {indicatorTitle ?? ''}
          </dd>
          <dt>{t('status')}</dt>
          <dd>
            <ClarificationStatusTag status={clarification.status} />
          </dd>
          <dt>{t('stage')}</dt>
          <dd>
            <CycleStageTag stage={clarification.cycleStage} />
          </dd>
          <dt>{t('raisedBy')}</dt>
          <dd>{t('raisedOn', { name: clarification.raisedBy.name, date: formatDate(clarification.createdAt, t.locale) })}</dd>
          <dt>{t('current')}</dt>
          <dd>
            {answerInWords(
              scales.get(clarification.indicatorCode)?.scale,
              current ? (current.notApplicable ? { notApplicable: true } : current.value) : null,
              t.locale,
            )}
          </dd>
        </dl>
      </section>

      {!open ? (
        <section className="page-section" aria-labelledby="clarification-decision">
          <h2 id="clarification-decision">{t('decision')}</h2>
          <p>
            {clarification.status === 'ACCEPTED' ? t('accepted') : clarification.status === 'REJECTED' ? t('rejected') : t('withdrawn')}
          </p>
          {clarification.decidedBy && clarification.decidedAt ? (
            <p>{t('decidedBy', { name: clarification.decidedBy.name, date: formatDate(clarification.decidedAt, t.locale) })}</p>
          ) : null}
          {clarification.decisionReason ? <p>{t('reason', { reason: clarification.decisionReason })}</p> : null}
        </section>
      ) : null}

      <section className="page-section" aria-labelledby="clarification-conversation">
        <h2 id="clarification-conversation">{t('conversation')}</h2>
        <ol className="conversation">
          {clarification.messages.map((message) => (
            <li key={message.id} className="conversation__message">
              <p className="conversation__meta">{t('said', { name: message.author.name, date: formatDate(message.createdAt, t.locale) })}</p>
              <p className="conversation__body">{message.body}</p>
            </li>
          ))}
        </ol>
        {open ? (
          <form className="form" noValidate onSubmit={(event) => void onReply(event)}>
            <div className="field">
              <label htmlFor={`${formId}-reply`}>{t('reply')}</label>
              <textarea
                id={`${formId}-reply`}
                rows={4}
                maxLength={4000}
                value={reply}
                onChange={(event) => setReply(event.target.value)}
                aria-invalid={replyError ? true : undefined}
                aria-describedby={replyError ? `${formId}-reply-error` : undefined}
              />
              {replyError ? (
                <p id={`${formId}-reply-error`} className="field__error">
                  {replyError}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button" disabled={adding.loading}>
              {adding.loading ? t('sending') : t('send')}
            </button>
          </form>
        ) : null}
      </section>

      <section className="page-section" aria-labelledby="clarification-evidence">
        <h2 id="clarification-evidence">{t('evidence')}</h2>
        {clarification.evidence.length === 0 ? (
          <p>{t('noEvidence')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('evidenceCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('file')}</th>
                  <th scope="col" className="numeric">
                    {t('size')}
                  </th>
                  <th scope="col">{t('uploadedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {clarification.evidence.map((file) => (
                  <tr key={file.id}>
                    <th scope="row">
                      <a href={file.downloadUrl} download>
                        {file.fileName}
                      </a>
                    </th>
                    <td className="numeric">{formatFileSize(file.sizeBytes, t.locale)}</td>
                    <td>{t('raisedOn', { name: file.uploadedBy.name, date: formatDate(file.createdAt, t.locale) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {open ? (
          <form className="form" noValidate onSubmit={(event) => void onUpload(event)} aria-label={t('addEvidence')}>
            <h3>{t('addEvidence')}</h3>
            <EvidencePicker files={files} onChange={setFiles} problems={evidenceProblems} />
            {uploadError ? <p className="field__error">{uploadError}</p> : null}
            <UploadProgress progress={progress} />
            <button type="submit" className="button">
              {t('upload')}
            </button>
          </form>
        ) : null}
      </section>

      {open && own ? (
        <p>
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {t('withdraw')}
          </button>
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('withdrawTitle', { indicator: clarification.indicatorCode })}
          confirmLabel={t('withdrawConfirm')}
          tone="danger"
          busy={withdrawing.loading}
          onCancel={() => {
            setConfirming(false);
            setWithdrawError(null);
          }}
          onConfirm={() => void onWithdraw()}
          error={withdrawError ? <p className="field__error" role="alert">{withdrawError}</p> : null}
        >
          <p>{t('withdrawBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
