import { CombinedGraphQLErrors } from '@apollo/client';
import type { Locale } from '@patuh/ui';

/** A text in both languages, as the API sends its messages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** What the API said went wrong (see apps/server/src/errors.ts), or NETWORK when no answer came. */
export interface ApiError {
  code: string;
  message: Bilingual | null;
  /** BAD_USER_INPUT: the input field at fault, e.g. `input.email`. */
  field: string | null;
  /** STAGE_NOT_ALLOWED: every reason the action is refused. */
  reasons: Bilingual[];
  /** ACCOUNT_LOCKED: how long until the next attempt. */
  retryAfterSeconds: number | null;
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).id === 'string' && typeof (value as Bilingual).en === 'string';

export function readApiError(error: unknown): ApiError {
  const none: ApiError = { code: 'NETWORK', message: null, field: null, reasons: [], retryAfterSeconds: null };
  if (!CombinedGraphQLErrors.is(error)) return none;
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: isBilingual(extensions.i18n) ? extensions.i18n : first ? { id: first.message, en: first.message } : null,
    field: typeof extensions.field === 'string' ? extensions.field : null,
    reasons: Array.isArray(extensions.reasons) ? extensions.reasons.filter(isBilingual) : [],
    retryAfterSeconds: typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : null,
  };
}

/** The API's message in the reader's language, or null when it sent none. */
export function messageIn(error: ApiError, locale: Locale): string | null {
  return error.message ? error.message[locale] : null;
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}
