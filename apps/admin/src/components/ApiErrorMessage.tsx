import { defineMessages, useLocale, useT } from '@patuh/ui';
import { messageIn, readApiError, type ApiError } from '../api/errors';

const messages = defineMessages(
  {
    network: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    unknown: 'Terjadi kesalahan. Silakan coba lagi.',
  },
  {
    network: 'The server cannot be reached. Check your connection, then try again.',
    unknown: 'Something went wrong. Please try again.',
  },
);

/** The API's message for an error, in the reader's language. */
export function useApiErrorText(): (error: ApiError | unknown) => string {
  const t = useT(messages);
  const { locale } = useLocale();
  return (error) => {
    const read = isApiError(error) ? error : readApiError(error);
    if (read.code === 'NETWORK') return t('network');
    return messageIn(read, locale) ?? t('unknown');
  };
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'issues' in value && 'reasons' in value;
}

/** An error from the API as an alert, in the reader's language. */
export function ApiErrorMessage({ error }: { error: ApiError | unknown }) {
  const text = useApiErrorText();
  return (
    <div className="notice notice--error" role="alert">
      <p>{text(error)}</p>
    </div>
  );
}
