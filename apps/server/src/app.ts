/**
 * The HTTP server: GraphQL at /graphql, health at /healthz and /readyz, the admin app at
 * /admin and the portal at /, all on one origin.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { repositoryRoot, type PrismaClient } from '@patuh/db';
import type { Config } from './config.js';
import { buildContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { createMailDelivery } from './mail/outbox.js';
import { healthRoutes } from './http/health.js';
import { staticApps } from './http/static-apps.js';
import type { Logger } from './logger.js';
import { buildPatuhSchema } from './schema/build-schema.js';

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
  const contextDeps = {
    prisma,
    log,
    publicUrl: config.publicUrl,
    mail: createMailDelivery(prisma, config.smtpUrl, config.mailFrom, log),
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  const apollo = new ApolloServer<Context>({
    schema: await buildPatuhSchema(),
    introspection: config.env !== 'production',
    // CSRF prevention is on by default in Apollo Server 5; batching stays off (the default).
    includeStacktraceInErrorResponses: config.env !== 'production',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: formatError(config.env === 'production', () => undefined),
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(healthRoutes(prisma, databaseUrl, () => shuttingDown));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => buildContext(contextDeps, req, res),
    }),
  );
  app.use(
    staticApps([
      { mountPath: '/admin', distDir: path.join(repositoryRoot, 'apps', 'admin', 'dist') },
      { mountPath: '/', distDir: path.join(repositoryRoot, 'apps', 'portal', 'dist') },
    ]),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });

  return {
    httpServer,
    async stop() {
      shuttingDown = true;
      await apollo.stop();
    },
  };
}
