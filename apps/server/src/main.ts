/**
 * `npm start`: opens the database (the embedded one unless DATABASE_URL is set), applies
 * pending migrations, loads the demo data into an empty database, and serves the platform.
 * Ctrl-C or SIGTERM stops everything it started.
 */
// type-graphql's decorators read and write this metadata as modules load: it must come first.
import 'reflect-metadata';
import { applyMigrations, createPrismaClient, DatabaseConfigError, openDatabase } from '@patuh/db';
import { createServer } from './app.js';
import { countSqlStatement } from './graphql/sql-statements.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_USERS, hasAnyData } from './demo/index.js';
import { seedDemoDataInWorker } from './demo/seed-in-worker.js';
import { createLogger } from './logger.js';
import { ensureFirstAdmin } from './modules/auth/auth.service.js';
import { withStartupLock } from './startup-lock.js';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = await loadConfig();
  const log = createLogger(config.logLevel);
  const say = (line: string) => log.info(line);

  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : `${config.dataDir}/postgres`,
    port: config.embeddedDbPort,
    log: (line) => log.debug({ source: 'postgres' }, line),
  });
  say(db.embedded ? `Embedded PostgreSQL running, data in ${db.dataDir}` : 'Using the PostgreSQL named by DATABASE_URL');

  const prisma = createPrismaClient(db.url, {
    poolSize: config.dbPoolSize,
    ...(config.countSqlStatements ? { onQuery: countSqlStatement } : {}),
  });
  let seeded = false;
  // Several instances may start at once on one database: one migrates and seeds, the others wait.
  await withStartupLock(db.url, async () => {
    const { applied } = await applyMigrations(db.url);
    if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);
    if (config.demoData && !(await hasAnyData(prisma))) {
      say('The database is empty: loading the synthetic demo data…');
      await seedDemoDataInWorker(db.url, say);
      seeded = true;
    }
  });

  if (await ensureFirstAdmin(prisma, config.firstAdmin?.email, config.firstAdmin?.password)) {
    say(`Created the first admin, ${config.firstAdmin!.email}`);
  }

  const server = await createServer({ config, prisma, databaseUrl: db.url, log });
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Patuh is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${seeded ? ' (demo data loaded)' : ''}`,
    `  Portal       ${base}/`,
    `  Admin        ${base}/admin`,
    `  GraphQL      ${base}/graphql`,
    `  Health       ${base}/healthz   ${base}/readyz`,
  ];
  if (config.demoData) {
    lines.push('', 'Demo sign-ins (synthetic data, not official results):');
    for (const u of DEMO_USERS) lines.push(`  ${u.role.padEnd(20)} ${u.email.padEnd(36)} ${u.password}   ${u.scope}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing in-flight requests and stopping`);
    const force = setTimeout(() => {
      log.error('Shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await server.stop();
      await prisma.$disconnect();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseConfigError) {
    console.error(`\nPatuh cannot start: ${err.message}\n`);
  } else {
    console.error('\nPatuh cannot start:', err);
  }
  process.exit(1);
});
