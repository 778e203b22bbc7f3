import { defineMessages, useT } from '@patuh/ui';
import { useId, useState } from 'react';
import './registry.css';

const messages = defineMessages(
  {
    file: 'Pilih berkas CSV',
    fileHint: 'UTF-8, dipisahkan koma, dengan baris judul.',
    paste: 'Atau tempel isi CSV',
    loaded: 'Berkas {name} dimuat ({lines} baris).',
    unreadable: 'Berkas {name} tidak dapat dibaca sebagai teks.',
  },
  {
    file: 'Choose a CSV file',
    fileHint: 'UTF-8, comma-separated, with a header row.',
    paste: 'Or paste the CSV',
    loaded: 'File {name} loaded ({lines} lines).',
    unreadable: 'File {name} cannot be read as text.',
  },
);

export interface CsvSourceProps {
  value: string;
  onChange: (csv: string) => void;
  /** The header the file must start with, shown as an example. */
  header: string;
  error?: string | null;
}

/** CSV text, from a chosen file or pasted: the file is read in the browser and shown in the text area. */
export function CsvSource({ value, onChange, header, error }: CsvSourceProps) {
  const t = useT(messages);
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="csv-source">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('file')}
        </label>
        <p className="field__hint" id={`${id}-file-hint`}>
          {t('fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            file
              .text()
              .then((text) => {
                onChange(text);
                setStatus(t('loaded', { name: file.name, lines: text.split(/\r?\n/).filter((line) => line.trim() !== '').length }));
              })
              .catch(() => setStatus(t('unreadable', { name: file.name })));
          }}
        />
        <p aria-live="polite" className="muted">
          {status}
        </p>
      </div>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('paste')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          <code>{header}</code>
        </p>
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-text`}
          className="csv-source__text"
          rows={10}
          spellCheck={false}
          value={value}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setStatus(null);
            onChange(event.target.value);
          }}
        />
      </div>
    </div>
  );
}
