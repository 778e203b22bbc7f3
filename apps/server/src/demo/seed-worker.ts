/** The worker thread of seed-in-worker.ts: its own database pool, the seed, then it ends. */
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { createPrismaClient } from '@patuh/db';
import { seedDemoData } from './seed.js';

const { databaseUrl } = workerData as { databaseUrl: string };
const port = parentPort!;
const prisma = createPrismaClient(databaseUrl);
try {
  const summary = await seedDemoData(prisma, { log: (line) => port.postMessage({ kind: 'log', line }) });
  port.postMessage({ kind: 'done', summary });
} catch (error) {
  const failure = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ kind: 'failed', message: failure.message.trim(), stack: failure.stack });
} finally {
  await prisma.$disconnect();
}
