/**
 * Evidence files over plain HTTP, not GraphQL multipart (which a cross-site form could post):
 *
 *   PUT /api/evidence?assessmentId=…|clarificationId=…&indicatorCode=…&fileName=…
 *       body: the raw file, Content-Type: its type; needs the session cookie and `X-Patuh-Upload: 1`
 *   GET /api/evidence/:id
 *       the file, as an attachment, to whoever may read what it belongs to
 *
 * The custom header makes the upload a non-simple request: a browser preflights it, and a form
 * on another site cannot send it. Answers are JSON: `{ evidence }` or `{ error: { code, message,
 * i18n, field? } }`, with the codes the GraphQL API uses.
 */
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { parse as parseCookies } from 'cookie';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@patuh/db';
import { ANONYMOUS, type Viewer } from '../../auth/viewer.js';
import { SESSION_COOKIE } from '../../context.js';
import { badInput, forbidden, PatuhError, type ErrorCode } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { parseInput } from '../../validation.js';
import { resolveSession } from '../auth/session.service.js';
import { idSchema, indicatorCodeSchema } from './assessment.input.js';
import { signedIn } from './assessment.scope.js';
import type { ServiceContext } from './assessment.service.js';
import { EvidenceGuard, evidenceContentType, evidenceFileName, MAX_EVIDENCE_BYTES, tooLarge, UploadRefusal } from './evidence.files.js';
import { evidenceForDownload, evidenceTarget, recordEvidence } from './evidence.service.js';
import type { Evidence } from './assessment.type.js';
import type { FileStorage } from './file-storage.js';

export const UPLOAD_HEADER = 'X-Patuh-Upload';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STAGE_NOT_ALLOWED: 409,
  SERVICE_UNAVAILABLE: 503,
};

const INTERNAL = {
  id: 'Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin dengan kode permintaan ini.',
  en: 'Something went wrong on the server. Please try again; if it happens again, contact an admin with this request id.',
};

export interface EvidenceRouteDeps {
  prisma: PrismaClient;
  log: Logger;
  storage: FileStorage;
}

/** The viewer behind the session cookie, exactly as the GraphQL context finds it. */
async function viewerOf(prisma: PrismaClient, req: Request): Promise<Viewer> {
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  return (token && (await resolveSession(prisma, token))) || ANONYMOUS;
}

async function serviceContext(prisma: PrismaClient, req: Request, res: Response): Promise<ServiceContext> {
  return { prisma, viewer: await viewerOf(prisma, req), requestId: (res.locals.requestId as string | undefined) ?? randomUUID() };
}

function sendError(res: Response, log: Logger, error: unknown, bodyUnread: boolean): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // A refused upload is not read to its end: the connection closes instead of swallowing the rest.
  if (bodyUnread) res.setHeader('Connection', 'close');
  const refusal = error instanceof UploadRefusal ? error : null;
  const patuh = refusal?.error ?? (error instanceof PatuhError ? error : null);
  if (!patuh) {
    const requestId = res.locals.requestId as string | undefined;
    log.error({ err: error, requestId }, 'evidence request failed');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL.id, i18n: INTERNAL, requestId } });
    return;
  }
  const { code, i18n, field } = patuh.extensions as { code: ErrorCode; i18n: unknown; field?: string };
  res.status(refusal?.status ?? HTTP_STATUS[code] ?? 500).json({ error: { code, message: patuh.message, i18n, ...(field ? { field } : {}) } });
}

const queryParam = (req: Request, name: string): unknown => req.query[name];

/** Exactly one owner: an assessment or a clarification. */
function ownerOf(req: Request): { assessmentId: string } | { clarificationId: string } {
  const assessmentId = parseInput(idSchema.optional(), queryParam(req, 'assessmentId'), 'assessmentId');
  const clarificationId = parseInput(idSchema.optional(), queryParam(req, 'clarificationId'), 'clarificationId');
  if (assessmentId && !clarificationId) return { assessmentId };
  if (clarificationId && !assessmentId) return { clarificationId };
  throw badInput('assessmentId', {
    id: 'Sebutkan tepat satu: assessmentId atau clarificationId.',
    en: 'Give exactly one of assessmentId or clarificationId.',
  });
}

function assertUploadHeader(req: Request): void {
  if (req.header(UPLOAD_HEADER) !== '1') {
    throw forbidden({
      id: `Unggahan harus membawa header ${UPLOAD_HEADER}: 1.`,
      en: `Uploads must carry the header ${UPLOAD_HEADER}: 1.`,
    });
  }
}

function assertDeclaredSize(req: Request): void {
  const declared = Number(req.header('content-length'));
  if (Number.isFinite(declared) && declared > MAX_EVIDENCE_BYTES) throw tooLarge();
}

/**
 * The request body through the guard; a client that goes away mid-upload fails the stream. The
 * body starts flowing before the storage attaches its pipeline, so a refusal can come first: the
 * listener here keeps it from being an unhandled error, and the pipeline reports it once attached.
 * The request itself is only unpiped, never destroyed, so the refusal can still be answered.
 */
function receive(req: Request, guard: EvidenceGuard): EvidenceGuard {
  guard.on('error', () => undefined);
  req.pipe(guard);
  req.once('close', () => {
    if (!req.complete) guard.destroy(new Error('The upload was interrupted'));
  });
  return guard;
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 8187 encoding. */
function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** What the uploader is told about the stored file. */
const uploaded = ({ id, fileName, contentType, sizeBytes, checksum }: Evidence) => ({ id, fileName, contentType, sizeBytes, checksum });

export function evidenceRoutes({ prisma, log, storage }: EvidenceRouteDeps): Router {
  const router = express.Router();

  router.put('/', async (req, res) => {
    try {
      assertUploadHeader(req);
      const ctx = await serviceContext(prisma, req, res);
      signedIn(ctx.viewer);
      const owner = ownerOf(req);
      const indicatorCode = parseInput(indicatorCodeSchema.optional(), queryParam(req, 'indicatorCode'), 'indicatorCode') ?? null;
      const fileName = evidenceFileName(parseInput(z.string({ message: 'must be one file name' }), queryParam(req, 'fileName'), 'fileName'));
      const contentType = evidenceContentType(req.header('content-type'));
      assertDeclaredSize(req);
      const target = await evidenceTarget(ctx, owner, indicatorCode);

      const stored = await storage.put(receive(req, new EvidenceGuard(contentType)));
      try {
        res.status(201).json({ evidence: uploaded(await recordEvidence(ctx, target, stored, { fileName, contentType })) });
      } catch (error) {
        await storage.delete(stored.key);
        throw error;
      }
    } catch (error) {
      sendError(res, log, error, !req.complete);
    }
  });

  router.get('/:id', async (req, res) => {
    try {
      const ctx = await serviceContext(prisma, req, res);
      signedIn(ctx.viewer);
      const file = await evidenceForDownload(ctx, parseInput(idSchema, req.params.id, 'id'));
      const content = await storage.get(file.storageKey);
      res.status(200).set({
        'Content-Type': file.contentType,
        'Content-Length': String(file.sizeBytes),
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
      await pipeline(content, res);
    } catch (error) {
      sendError(res, log, error, false);
    }
  });

  return router;
}
