import type { EvidenceFieldsFragment } from '@patuh/graphql';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { useId, useRef, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { formatDateTime } from '../../components/format';
import { formatBytes, uploadEvidence, type EvidenceUploadRequest, type UploadedEvidence } from './upload';
import './assessments.css';

const messages = defineMessages(
  {
    list: 'Bukti dukung',
    none: 'Belum ada bukti dukung.',
    by: '{size}, diunggah {name}, {time}',
    choose: 'Unggah bukti dukung',
    chooseFor: 'Unggah bukti dukung untuk {code}',
    accepted: 'PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV atau TXT, paling besar 20 MB.',
    uploading: 'Mengunggah {name}: {percent} %',
    progress: 'Kemajuan unggahan {name}',
    uploaded: '{name} telah diunggah.',
    failed: '{name} tidak dapat diunggah: {reason}',
  },
  {
    list: 'Supporting evidence',
    none: 'No supporting evidence yet.',
    by: '{size}, uploaded by {name}, {time}',
    choose: 'Upload supporting evidence',
    chooseFor: 'Upload supporting evidence for {code}',
    accepted: 'PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV or TXT, at most 20 MB.',
    uploading: 'Uploading {name}: {percent} %',
    progress: 'Upload progress of {name}',
    uploaded: '{name} is uploaded.',
    failed: '{name} could not be uploaded: {reason}',
  },
);

/** Evidence files with their download links. */
export function EvidenceList({ evidence, label }: { evidence: readonly EvidenceFieldsFragment[]; label?: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  if (evidence.length === 0) return <p className="muted evidence-list__none">{t('none')}</p>;
  return (
    <ul className="evidence-list" aria-label={label ?? t('list')}>
      {evidence.map((file) => (
        <li key={file.id}>
          <a href={file.downloadUrl} download={file.fileName}>
            {file.fileName}
          </a>{' '}
          <span className="muted">
            {t('by', { size: formatBytes(file.sizeBytes, locale), name: file.uploadedBy.name, time: formatDateTime(file.createdAt, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

type Upload = { name: string; fraction: number } | null;

export interface EvidenceUploadProps {
  owner: EvidenceUploadRequest['owner'];
  indicatorCode: string | null;
  onUploaded: (evidence: UploadedEvidence) => void;
  disabled?: boolean;
}

/** Chooses a file and uploads it at once, showing how far it has come. */
export function EvidenceUpload({ owner, indicatorCode, onUploaded, disabled = false }: EvidenceUploadProps) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const start = async (file: File) => {
    setOutcome(null);
    setUpload({ name: file.name, fraction: 0 });
    try {
      const stored = await uploadEvidence({ owner, indicatorCode, file, onProgress: (fraction) => setUpload({ name: file.name, fraction }) });
      setOutcome({ ok: true, text: t('uploaded', { name: file.name }) });
      onUploaded(stored);
    } catch (error) {
      setOutcome({ ok: false, text: t('failed', { name: file.name, reason: errorText(error as ApiError) }) });
    } finally {
      setUpload(null);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const percent = upload ? Math.round(upload.fraction * 100) : 0;
  return (
    <div className="evidence-upload">
      <label className="field__label" htmlFor={id}>
        {indicatorCode ? t('chooseFor', { code: indicatorCode }) : t('choose')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('accepted')}
      </p>
      <input
        id={id}
        ref={inputRef}
        type="file"
        aria-describedby={`${id}-hint`}
        accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.csv,.txt"
        disabled={disabled || upload !== null}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void start(file);
        }}
      />
      <div aria-live="polite">
        {upload ? (
          <p className="evidence-upload__progress">
            <progress max={100} value={percent} aria-label={t('progress', { name: upload.name })} />{' '}
            <span>{t('uploading', { name: upload.name, percent })}</span>
          </p>
        ) : null}
        {outcome ? <p className={outcome.ok ? 'evidence-upload__done' : 'field__error'}>{outcome.text}</p> : null}
      </div>
    </div>
  );
}
