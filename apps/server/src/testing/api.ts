/**
 * The real server on a fresh database of its own, for the API tests of one test file:
 * `const api = await startApi('registry', seedFixture)` then `api.anonymous()` or
 * `await api.signIn(FIXTURE_USERS.admin)`.
 */
import { inject } from 'vitest';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@patuh/db';
import { createTestDatabase } from '@patuh/db/testing';
import { ApiClient } from './api-client.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

export interface TestApi {
  baseUrl: string;
  databaseUrl: string;
  prisma: PrismaClient;
  server: ServerProcess;
  anonymous(): ApiClient;
  signIn(user: { email: string; password: string }): Promise<ApiClient>;
  stop(): Promise<void>;
}

export async function startApi(
  label: string,
  prepare?: (prisma: PrismaClient) => Promise<unknown>,
  env: Record<string, string> = {},
): Promise<TestApi> {
  const db = await createTestDatabase(inject('adminDatabaseUrl'), label);
  await applyMigrations(db.url);
  const prisma = createPrismaClient(db.url);
  if (prepare) await prepare(prisma);
  const server = await startServerProcess({ DATABASE_URL: db.url, ...env });
  return {
    baseUrl: server.baseUrl,
    databaseUrl: db.url,
    prisma,
    server,
    anonymous: () => new ApiClient(server.baseUrl),
    async signIn(user) {
      const client = new ApiClient(server.baseUrl);
      await client.data(
        `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`,
        { input: { email: user.email, password: user.password } },
      );
      return client;
    },
    async stop() {
      await server.stop();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
