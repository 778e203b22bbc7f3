/** Per-request state: built fresh for every request, never kept between requests. */
import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type DataLoader from 'dataloader';
import type { PrismaClient } from '@patuh/db';
import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import type { LoaderFactory } from './graphql/loaders.js';
import type { Logger } from './logger.js';
import type { ResultsChannel } from './cache/results-channel.js';
import type { ResultsMemo } from './cache/results-memo.js';
import type { MailDelivery } from './mail/outbox.js';
import { ABSOLUTE_TIMEOUT_MS, resolveSession } from './modules/auth/session.service.js';

export const SESSION_COOKIE = 'patuh_session';

export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

export interface Context {
  prisma: PrismaClient;
  requestId: string;
  log: Logger;
  viewer: Viewer;
  session: SessionCookie;
  userAgent: string | undefined;
  /** Where people reach the platform, for links in e-mails. */
  publicUrl: string;
  mail: MailDelivery;
  /** Call after committing a publication or correction: drops this instance's cached public reads. */
  resultsChanged(): void;
  /** Published results this process has read already, shared by every request (cache/results-memo.ts). */
  resultsMemo: ResultsMemo;
  /** Per-request DataLoaders; see graphql/loaders.ts. */
  loaders: Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>;
}

const isLocalhost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '::1' || host.endsWith('.localhost');

export interface ContextDeps {
  prisma: PrismaClient;
  log: Logger;
  publicUrl: string;
  mail: MailDelivery;
  resultsChannel: ResultsChannel;
  resultsMemo: ResultsMemo;
}

export async function buildContext(
  { prisma, log, publicUrl, mail, resultsChannel, resultsMemo }: ContextDeps,
  req: Request,
  res: Response,
  mode: { anonymous?: boolean } = {},
): Promise<Context> {
  const requestId = res.locals.requestId as string;
  // Cached public reads run as the public whoever asks, so the answer can be shared.
  const token = mode.anonymous ? undefined : parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  const viewer: Viewer = (token && (await resolveSession(prisma, token))) || ANONYMOUS;
  // Secure everywhere but on a developer's own machine, where there is no TLS.
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: !isLocalhost(req.hostname), path: '/' };
  return {
    prisma,
    requestId,
    log: log.child({ requestId }),
    viewer,
    userAgent: req.header('user-agent'),
    publicUrl,
    mail,
    resultsChanged: () => resultsChannel.changedHere(),
    resultsMemo,
    loaders: new Map(),
    session: {
      set: (value) => res.cookie(SESSION_COOKIE, value, { ...options, maxAge: ABSOLUTE_TIMEOUT_MS }),
      clear: () => res.clearCookie(SESSION_COOKIE, options),
    },
  };
}
