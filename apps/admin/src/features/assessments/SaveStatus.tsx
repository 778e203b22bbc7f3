import { defineMessages, useLocale, useT } from '@patuh/ui';
import { formatDateTime } from '../../components/format';
import type { DraftStatus } from './useAnswerDrafts';
import './assessments.css';

const messages = defineMessages(
  {
    saved: 'Tersimpan',
    savedAt: 'Tersimpan ({time})',
    pending: 'Perubahan belum tersimpan — menyimpan sebentar lagi',
    saving: 'Menyimpan…',
    offline: 'Offline, akan disimpan: {count} perubahan disimpan di peramban ini dan dikirim begitu server dapat dihubungi',
    invalid: 'Belum disimpan: perbaiki isian yang ditandai',
    conflict: 'Belum disimpan: pilih jawaban pada indikator yang bertentangan',
    refused: 'Tidak dapat disimpan',
    retry: 'Coba simpan sekarang',
    typing: '{count} isian angka belum dapat dibaca',
  },
  {
    saved: 'Saved',
    savedAt: 'Saved ({time})',
    pending: 'Unsaved changes — saving in a moment',
    saving: 'Saving…',
    offline: 'Offline, will be saved: {count} change(s) kept in this browser and sent as soon as the server can be reached',
    invalid: 'Not saved yet: correct the marked entries',
    conflict: 'Not saved yet: choose the answers of the conflicting indicators',
    refused: 'Cannot be saved',
    retry: 'Try saving now',
    typing: '{count} number entry(ies) cannot be read yet',
  },
);

export interface SaveStatusProps {
  status: DraftStatus;
  unsavedCount: number;
  lastSavedAt: Date | null;
  typingProblems: number;
  onRetry: () => void;
}

/** Where the draft stands: stored, on its way, or kept in this browser until the server is back. */
export function SaveStatus({ status, unsavedCount, lastSavedAt, typingProblems, onRetry }: SaveStatusProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const text =
    status === 'saved'
      ? lastSavedAt
        ? t('savedAt', { time: formatDateTime(lastSavedAt.toISOString(), locale) })
        : t('saved')
      : status === 'offline'
        ? t('offline', { count: unsavedCount })
        : t(status);
  return (
    <div className={`save-status save-status--${status}`}>
      <p role="status" className="save-status__text" data-status={status}>
        {text}
      </p>
      {typingProblems > 0 ? <p className="field__error">{t('typing', { count: typingProblems })}</p> : null}
      {status === 'offline' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
