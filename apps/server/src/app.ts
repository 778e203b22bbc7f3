/**
 * The HTTP server: GraphQL at /graphql, evidence files at /api/evidence, health at /healthz and
 * /readyz, the admin app at /admin and the portal at /, all on one origin.
 */
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { repositoryRoot, type PrismaClient } from '@patuh/db';
import type { Config } from './config.js';
import { buildContext, type Context } from './context.js';
import { formatError, requestIdOnErrors } from './errors.js';
import { openDataRoutes } from './modules/results/open-data.routes.js';
import { sqlStatementCounter, sqlStatementsPlugin } from './graphql/sql-statements.js';
import { createMailDelivery } from './mail/outbox.js';
import { listenForResultChanges } from './cache/results-channel.js';
import { createResultsMemo } from './cache/results-memo.js';
import { httpErrorHandler } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { requestIdOf } from './http/request-id.js';
import { answerRepeatedRead, createPublicReadCache, loadTrustedDocuments, publicReads } from './http/public-reads.js';
import { staticApps } from './http/static-apps.js';
import type { Logger } from './logger.js';
import { evidenceRoutes } from './modules/assessment/evidence.routes.js';
import { createFileStorage } from './modules/assessment/file-storage.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { refuseNulCharacters } from './graphql/nul-characters.js';
import { queryProtection } from './graphql/protection.js';
import { buildPatuhSchema } from './schema/build-schema.js';

/** Requests slower than this are logged at warn level. */
const SLOW_REQUEST_MS = 1000;
/** How long requests in flight may take to finish at shutdown; main.ts exits at 10 s regardless. */
const STOP_GRACE_MS = 9000;

export interface PatuhServer {
  httpServer: http.Server;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

export interface ServerDeps {
  config: Config;
  prisma: PrismaClient;
  databaseUrl: string;
  log: Logger;
}

export async function createServer({ config, prisma, databaseUrl, log }: ServerDeps): Promise<PatuhServer> {
  const resultsChannel = listenForResultChanges(databaseUrl, log);
  const contextDeps = {
    prisma,
    log,
    publicUrl: config.publicUrl,
    mail: createMailDelivery(prisma, config.smtpUrl, config.mailFrom, log),
    resultsChannel,
    resultsMemo: createResultsMemo(resultsChannel),
  };
  const app = express();
  app.disable('x-powered-by');
  // What can be revalidated carries its own validator (public reads, open data files, static files);
  // hashing every other answer for an ETag (a whole ranking is 240 KB of JSON) is waste.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  // Repeated public reads are answered before Express: on publication day they are most requests.
  const publicReadCache = createPublicReadCache(resultsChannel);
  const answerFromCache = answerRepeatedRead(publicReadCache);
  const httpServer = http.createServer((req, res) => {
    if (!answerFromCache(req, res)) app(req, res);
  });
  let shuttingDown = false;

  const protection = queryProtection(config.env === 'production');
  const schema = await buildPatuhSchema();
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    allowBatchedHttpRequests: false,
    // main.ts handles SIGINT/SIGTERM: drain, then close the database, in that order.
    stopOnTerminationSignals: false,
    introspection: config.env !== 'production',
    // CSRF prevention is on by default in Apollo Server 5; batched requests are refused.
    includeStacktraceInErrorResponses: config.env !== 'production',
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      refuseNulCharacters,
      requestIdOnErrors,
      ApolloServerPluginLandingPageDisabled(),
      // Per-field cache hints cost a hook on every field of every row; HTTP caching is done by
      // the public read cache instead (http/public-reads.ts).
      ApolloServerPluginCacheControlDisabled(),
      ...(config.countSqlStatements ? [sqlStatementsPlugin] : []),
    ],
    formatError: formatError(config.env === 'production'),
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    // One structured line per request: at debug level normally, louder when slow or failed.
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) };
      if (res.statusCode >= 500) log.error(line, 'request failed');
      else if (ms > SLOW_REQUEST_MS) log.warn(line, 'slow request');
      else log.debug(line, 'request');
    });
    next();
  });
  app.use(healthRoutes(prisma, databaseUrl, () => shuttingDown));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...(config.countSqlStatements ? [sqlStatementCounter] : []),
    publicReads({
      apollo,
      documents: loadTrustedDocuments(schema),
      cache: publicReadCache,
      anonymousContext: (req, res) => buildContext(contextDeps, req, res, { anonymous: true }),
    }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => buildContext(contextDeps, req, res),
    }),
  );
  app.use(openDataRoutes(prisma));
  app.use('/api/evidence', evidenceRoutes({ prisma, log, storage: createFileStorage(config.evidenceS3, path.join(config.dataDir, 'evidence')) }));
  app.use(
    staticApps([
      { mountPath: '/admin', distDir: path.join(repositoryRoot, 'apps', 'admin', 'dist') },
      { mountPath: '/', distDir: path.join(repositoryRoot, 'apps', 'portal', 'dist') },
    ]),
  );

  app.use(httpErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });

  return {
    httpServer,
    async stop() {
      shuttingDown = true;
      await drainHttpServer(httpServer, STOP_GRACE_MS);
      await apollo.stop();
      await resultsChannel.close();
    },
  };
}

/**
 * Stops listening and resolves once every connection is closed: idle ones at once, busy ones
 * after their answer (which says `Connection: close`, so kept-alive clients move on), whatever is
 * left after the grace period by force. This is Node's own close, not Apollo's drain plugin: the
 * plugin half-closes connections it has not yet seen a request on, and a request arriving on one
 * at that moment was carried out but never answered.
 */
function drainHttpServer(server: http.Server, graceMs: number): Promise<void> {
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => res.setHeader('Connection', 'close'));
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
