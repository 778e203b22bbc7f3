/** The Prisma client on the pg driver adapter (Prisma 7 runs without a native query engine). */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from './generated/client.js';

export interface ClientOptions {
  /** Connections this process may hold; the rest wait up to `connectionTimeoutMs`. */
  poolSize?: number;
  connectionTimeoutMs?: number;
  /** Cancels statements that run longer than this. */
  statementTimeoutMs?: number;
  /** Called with every SQL statement sent; off unless given (diagnostics and tests only). */
  onQuery?: (event: Prisma.QueryEvent) => void;
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 1500,
    statement_timeout: options.statementTimeoutMs ?? 30000,
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', options.onQuery);
  return client as unknown as PrismaClient;
}
