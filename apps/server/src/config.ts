/**
 * Every setting comes from the environment, with documented defaults (see the README), and is
 * checked at start so that a wrong value stops the server with a message saying what to fix.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { repositoryRoot } from '@patuh/db';
import type { S3Location } from './modules/assessment/file-storage.js';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
  PATUH_DATA_DIR: z.string().min(1).optional(),
  PATUH_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  PATUH_DEMO_DATA: boolean.optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PATUH_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  PATUH_ADMIN_EMAIL: z.string().email('PATUH_ADMIN_EMAIL must be an e-mail address').optional(),
  PATUH_ADMIN_PASSWORD: z.string().min(12, 'PATUH_ADMIN_PASSWORD must be at least 12 characters').optional(),
  PUBLIC_URL: z.string().url('PUBLIC_URL must be a URL such as https://patuh.example.go.id').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Patuh <no-reply@localhost>'),
  EVIDENCE_S3_URL: z
    .string()
    .regex(/^https?:\/\/[^:@/]+:[^@/]+@[^/]+\/[^/?]+\/?(\?.*)?$/, 'EVIDENCE_S3_URL must look like https://KEY:SECRET@host[:port]/bucket[?region=…]')
    .optional(),
  PATUH_COUNT_QUERIES: boolean.default(false),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** An external PostgreSQL; when absent the embedded one runs. */
  databaseUrl: string | undefined;
  /** Where the embedded database and locally kept files live. */
  dataDir: string;
  embeddedDbPort: number;
  /** Load the synthetic demo data set into an empty database. */
  demoData: boolean;
  sessionSecret: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  dbPoolSize: number;
  /** The first admin, created when no admin exists. */
  firstAdmin: { email: string; password: string } | undefined;
  /** The address people reach the platform at, for links in e-mails. */
  publicUrl: string;
  /** Mail server; without one, mail stays in the outbox for admins to read. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** An S3-compatible store for evidence files; without one they are kept under dataDir. */
  evidenceS3: S3Location | undefined;
  /** Report each GraphQL response's SQL statement count in `extensions.sqlStatements` (tests). */
  countSqlStatements: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.PATUH_DATA_DIR ?? path.join(repositoryRoot, '.data'));
  const external = e.DATABASE_URL !== undefined;
  if ((e.PATUH_ADMIN_EMAIL === undefined) !== (e.PATUH_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('PATUH_ADMIN_EMAIL and PATUH_ADMIN_PASSWORD go together: set both or neither.');
  }
  if (external && e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    // Several instances on one database must share the secret, so it cannot be made up here.
    throw new ConfigError('SESSION_SECRET is required in production with an external DATABASE_URL.');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    embeddedDbPort: e.PATUH_DB_PORT,
    demoData: e.PATUH_DEMO_DATA ?? !external,
    sessionSecret: e.SESSION_SECRET ?? (await localSecret(dataDir)),
    logLevel: e.LOG_LEVEL,
    dbPoolSize: e.PATUH_DB_POOL_SIZE,
    firstAdmin: e.PATUH_ADMIN_EMAIL && e.PATUH_ADMIN_PASSWORD ? { email: e.PATUH_ADMIN_EMAIL, password: e.PATUH_ADMIN_PASSWORD } : undefined,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    evidenceS3: e.EVIDENCE_S3_URL ? s3LocationOf(e.EVIDENCE_S3_URL) : undefined,
    countSqlStatements: e.PATUH_COUNT_QUERIES,
  };
}

/** `https://KEY:SECRET@host[:port]/bucket?region=…` (the region defaults to us-east-1, which MinIO accepts). */
function s3LocationOf(value: string): S3Location {
  const url = new URL(value);
  return {
    endpoint: `${url.protocol}//${url.host}`,
    bucket: decodeURIComponent(url.pathname.replace(/^\/|\/$/g, '')),
    region: url.searchParams.get('region') ?? 'us-east-1',
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}

/** A secret made once for this checkout and kept beside the embedded database. */
async function localSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
