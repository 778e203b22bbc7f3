import { defineMessages, useT } from '@patuh/ui';
import { useId, useState } from 'react';
import { messageIn } from '../api/errors';
import { formatFileSize } from '../format/numbers';
import { ACCEPT_ATTRIBUTE, MAX_EVIDENCE_BYTES, UploadError, evidenceTypeOf, uploadEvidence } from './uploadEvidence';

const messages = defineMessages(
  {
    label: 'Berkas bukti',
    hint: 'PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV atau TXT; paling besar 20 MB per berkas.',
    uploading: 'Mengunggah {name}',
    done: '{name} terunggah.',
    failed: '{name} gagal diunggah: {reason}',
    tooLarge: 'lebih dari 20 MB',
    wrongType: 'jenis berkas ini tidak diterima',
    network: 'koneksi terputus',
    unknown: 'server menolaknya',
    progress: '{name}: {percent}',
  },
  {
    label: 'Evidence files',
    hint: 'PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV or TXT; at most 20 MB per file.',
    uploading: 'Uploading {name}',
    done: '{name} uploaded.',
    failed: '{name} could not be uploaded: {reason}',
    tooLarge: 'larger than 20 MB',
    wrongType: 'this file type is not accepted',
    network: 'the connection dropped',
    unknown: 'the server refused it',
    progress: '{name}: {percent}',
  },
);

export interface FileProblem {
  name: string;
  reason: string;
}

/** Files a person picked that the platform would refuse anyway, said before any upload. */
export function checkFiles(files: readonly File[], t: (key: 'tooLarge' | 'wrongType') => string): FileProblem[] {
  return files.flatMap((file) =>
    file.size > MAX_EVIDENCE_BYTES
      ? [{ name: file.name, reason: t('tooLarge') }]
      : evidenceTypeOf(file) === null
        ? [{ name: file.name, reason: t('wrongType') }]
        : [],
  );
}

interface Progress {
  name: string;
  fraction: number;
  state: 'uploading' | 'done' | 'failed';
  message?: string;
}

/** Uploads files one after another for a clarification, each with its own progress bar. */
export function useEvidenceUploads() {
  const t = useT(messages);
  const [progress, setProgress] = useState<Progress[]>([]);
  const update = (index: number, patch: Partial<Progress>) =>
    setProgress((current) => current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));

  const uploadAll = async (clarificationId: string, files: readonly File[]): Promise<boolean> => {
    setProgress(files.map((file) => ({ name: file.name, fraction: 0, state: 'uploading' })));
    let allDone = true;
    for (const [index, file] of files.entries()) {
      try {
        await uploadEvidence(clarificationId, file, (fraction) => update(index, { fraction }));
        update(index, { fraction: 1, state: 'done' });
      } catch (error) {
        allDone = false;
        const api = error instanceof UploadError ? error.apiError : null;
        const reason = api ? (messageIn(api, t.locale) ?? (api.code === 'NETWORK' ? t('network') : t('unknown'))) : t('unknown');
        update(index, { state: 'failed', message: t('failed', { name: file.name, reason }) });
      }
    }
    return allDone;
  };
  return { progress, uploadAll, reset: () => setProgress([]) };
}

export function UploadProgress({ progress }: { progress: readonly Progress[] }) {
  const t = useT(messages);
  if (progress.length === 0) return null;
  const percent = new Intl.NumberFormat(t.locale === 'id' ? 'id-ID' : 'en-GB', { style: 'percent' });
  return (
    <ul className="upload-progress" aria-live="polite">
      {progress.map((entry, index) => (
        <li key={`${entry.name}-${index}`}>
          {entry.state === 'uploading' ? (
            <>
              <label>
                {t('uploading', { name: entry.name })}
                <progress max={1} value={entry.fraction} aria-valuetext={t('progress', { name: entry.name, percent: percent.format(entry.fraction) })} />
              </label>
            </>
          ) : entry.state === 'done' ? (
            <span>{t('done', { name: entry.name })}</span>
          ) : (
            <span className="field__error">{entry.message}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface EvidencePickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  problems: readonly FileProblem[];
}

/** A file input for evidence, listing what was picked with each file's size. */
export function EvidencePicker({ files, onChange, problems }: EvidencePickerProps) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-files`}>{t('label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('hint')}
      </p>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={`${id}-hint${problems.length ? ` ${id}-problems` : ''}`}
        aria-invalid={problems.length > 0 || undefined}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
      {files.length > 0 ? (
        <ul className="file-list">
          {files.map((file) => (
            <li key={`${file.name}-${file.size}`}>
              {file.name} ({formatFileSize(file.size, t.locale)})
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > 0 ? (
        <ul id={`${id}-problems`} className="field__error">
          {problems.map((problem) => (
            <li key={problem.name}>{t('failed', { name: problem.name, reason: problem.reason })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export const evidenceMessages = messages;
