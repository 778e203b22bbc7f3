/** The Prisma client on the pg driver adapter (Prisma 7 runs without a native query engine). */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.js';

export interface ClientOptions {
  /** Connections this process may hold; the rest wait up to `connectionTimeoutMs`. */
  poolSize?: number;
  connectionTimeoutMs?: number;
  /** Cancels statements that run longer than this. */
  statementTimeoutMs?: number;
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 2000,
    statement_timeout: options.statementTimeoutMs ?? 30000,
  });
  return new PrismaClient({ adapter });
}
