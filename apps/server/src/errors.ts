/**
 * Errors the API answers with: a stable code for programs, and a message for people in Bahasa
 * Indonesia (the `message`) and English (`extensions.i18n.en`). Anything else that escapes a
 * resolver is an internal error: logged with its request id, and masked in production.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STAGE_NOT_ALLOWED'
  | 'ACCOUNT_LOCKED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface Bilingual {
  id: string;
  en: string;
}

export interface ErrorDetails {
  /** The input field at fault, as a path such as `input.weights[2]`. */
  field?: string;
  /** Data a client needs to recover, e.g. the current state after a conflict. */
  [key: string]: unknown;
}

export class PatuhError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: Bilingual, details: ErrorDetails = {}) {
    super(message.id, { extensions: { code, i18n: message, ...details } });
    this.code = code;
  }
}

export const badInput = (field: string, message: Bilingual, extra: ErrorDetails = {}) =>
  new PatuhError('BAD_USER_INPUT', message, { field, ...extra });

export const unauthenticated = () =>
  new PatuhError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' });

export const forbidden = (what?: Bilingual) =>
  new PatuhError('FORBIDDEN', what ?? { id: 'Anda tidak berwenang untuk tindakan ini.', en: 'You are not allowed to do this.' });

export const notFound = (entity: Bilingual) =>
  new PatuhError('NOT_FOUND', { id: `${entity.id} tidak ditemukan.`, en: `${entity.en} not found.` });

export const conflict = (message: Bilingual, current?: unknown) =>
  new PatuhError('CONFLICT', message, current === undefined ? {} : { current });

export const stageNotAllowed = (message: Bilingual, reasons: Bilingual[] = []) =>
  new PatuhError('STAGE_NOT_ALLOWED', message, reasons.length ? { reasons } : {});

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'STAGE_NOT_ALLOWED',
  'ACCOUNT_LOCKED', 'SERVICE_UNAVAILABLE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

const INTERNAL: Bilingual = {
  id: 'Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin dengan kode permintaan ini.',
  en: 'Something went wrong on the server. Please try again; if it happens again, contact an admin with this request id.',
};

const UNAVAILABLE: Bilingual = {
  id: 'Basis data sedang tidak dapat dijangkau. Silakan coba lagi sebentar lagi.',
  en: 'The database cannot be reached right now. Please try again shortly.',
};

/**
 * Prisma's codes for a database that cannot be reached, timed out, closed the connection (as a
 * restart does to every pooled connection), or has no connection left.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);

/** Database outages surface as these; they deserve a clear, retryable answer. */
function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  // SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections).
  const sqlState = (err as { cause?: { code?: unknown }; meta?: { code?: unknown } })?.cause?.code ?? (err as { meta?: { code?: unknown } })?.meta?.code;
  if (typeof sqlState === 'string' && /^(08...|57P0[123]|53300)$/.test(sqlState)) return true;
  const text = String((err as { message?: string })?.message ?? err);
  return /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|Connection terminated|connection error|not queryable|closed the connection|timeout exceeded when trying to connect|Timed out fetching a new connection|the database system is (shutting down|starting up|in recovery mode|not yet accepting)|terminating connection|Can't reach database|DatabaseNotReachable|too many clients|`(08...|57P0[123]|53300)`/i.test(text);
}

/**
 * Apollo's formatError: known errors pass through; database outages become SERVICE_UNAVAILABLE;
 * everything else becomes INTERNAL_SERVER_ERROR without internals (requestIdOnErrors adds the
 * request id, which formatError cannot see).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (isDatabaseUnavailable(original)) {
      return { message: UNAVAILABLE.id, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', i18n: UNAVAILABLE } };
    }
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR', i18n: INTERNAL } };
    return { message: INTERNAL.id, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', i18n: INTERNAL } };
  };
}

/** Puts the request id on errors a person may have to report, so they can quote it. */
export const requestIdOnErrors: ApolloServerPlugin<{ requestId: string; log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void } }> = {
  async requestDidStart({ contextValue }) {
    return {
      // An unexpected error is masked for the caller; the log keeps it, under the request id.
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (error instanceof PatuhError || typeof error.extensions?.code === 'string') continue;
          const original = error.originalError ?? error;
          if (isDatabaseUnavailable(original)) contextValue.log.warn({ err: original, path: error.path }, 'database unavailable');
          else contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const code = error.extensions?.code;
          if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};
