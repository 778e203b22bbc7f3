/**
 * The last Express handler: errors outside GraphQL execution (a body too large or not JSON, a
 * failed route) answer as JSON in the API's error shape, never as an HTML page with a stack.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: { status?: number; statusCode?: number; type?: string; message?: string }, req, res, _next) => {
    const status = err.status ?? err.statusCode ?? 500;
    const requestId = res.locals.requestId as string | undefined;
    let i18n = { id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' };
    let code = 'INTERNAL_SERVER_ERROR';
    if (err.type === 'entity.too.large') {
      i18n = { id: 'Permintaan terlalu besar.', en: 'The request is too large.' };
      code = 'PAYLOAD_TOO_LARGE';
    } else if (err.type === 'entity.parse.failed') {
      i18n = { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' };
      code = 'BAD_REQUEST';
    } else if (status >= 500) {
      log.error({ err, requestId, path: req.path }, 'request failed');
    }
    if (res.headersSent) return;
    res.status(status).json({ errors: [{ message: i18n.id, extensions: { code, i18n, requestId } }] });
  };
}
