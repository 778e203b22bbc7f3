import type { ReactNode } from 'react';
import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

const messages = defineMessages(
  {
    loading: 'Memuat…',
    errorTitle: 'Data tidak dapat dimuat',
    errorMessage: 'Periksa koneksi Anda, lalu coba lagi. Jika masalah berlanjut, coba beberapa saat lagi.',
    retry: 'Coba lagi',
  },
  {
    loading: 'Loading…',
    errorTitle: 'The data could not be loaded',
    errorMessage: 'Check your connection, then try again. If the problem persists, try again later.',
    retry: 'Try again',
  },
);

/** A polite live region, so screen-reader users hear that something is on its way. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT(messages);
  return (
    <div className="state state--loading" role="status">
      <span className="state__spinner" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}

export interface ErrorStateProps {
  title?: string;
  message?: string;
  /** When given, a button to run the request again. */
  onRetry?: () => void;
}

/** Says what went wrong in plain words; technical details belong in the logs, not on screen. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  const t = useT(messages);
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? t('errorTitle')}</p>
      <p>{message ?? t('errorMessage')}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
