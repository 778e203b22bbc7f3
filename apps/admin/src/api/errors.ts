import { CombinedGraphQLErrors } from '@apollo/client';
import type { Locale } from '@patuh/ui';

/** A text in both languages, as the API sends its messages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** One problem of a rejected input, e.g. a methodology issue at `document.dimensions[0].weight`. */
export interface InputIssue {
  field: string;
  code?: string;
  path?: string;
  message: string;
}

/**
 * What the API said went wrong, read from `extensions` (see apps/server/src/errors.ts), or
 * NETWORK when no answer came.
 */
export interface ApiError {
  code: string;
  message: Bilingual | null;
  /** BAD_USER_INPUT: the input field at fault, e.g. `input.email`. */
  field: string | null;
  issues: InputIssue[];
  /** STAGE_NOT_ALLOWED: every reason the move is refused. */
  reasons: Bilingual[];
  /** ACCOUNT_LOCKED: how long until the next attempt. */
  retryAfterSeconds: number | null;
  /** CONFLICT: the current state, when the API gives it. */
  current: unknown;
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).id === 'string' && typeof (value as Bilingual).en === 'string';

export function readApiError(error: unknown): ApiError {
  const empty: ApiError = { code: 'NETWORK', message: null, field: null, issues: [], reasons: [], retryAfterSeconds: null, current: undefined };
  if (!CombinedGraphQLErrors.is(error)) return empty;
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: isBilingual(extensions.i18n) ? extensions.i18n : first ? { id: first.message, en: first.message } : null,
    field: typeof extensions.field === 'string' ? extensions.field : null,
    issues: Array.isArray(extensions.issues) ? (extensions.issues as InputIssue[]) : [],
    reasons: Array.isArray(extensions.reasons) ? extensions.reasons.filter(isBilingual) : [],
    retryAfterSeconds: typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : null,
    current: extensions.current,
  };
}

/** The API's message in the reader's language, or null when it sent none. */
export function messageIn(error: ApiError, locale: Locale): string | null {
  return error.message ? error.message[locale] : null;
}

/** The error code of a GraphQL answer, for the session link. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}
