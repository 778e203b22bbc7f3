/**
 * Liveness says the process answers; readiness says it can do its work: the database answers
 * and has every migration this build expects.
 */
import type { Request, Response, Router } from 'express';
import express from 'express';
import { migrationStatus, type PrismaClient } from '@patuh/db';

export function healthRoutes(prisma: PrismaClient, databaseUrl: string, isShuttingDown: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (isShuttingDown()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await prisma.$queryRaw`SELECT 1`;
      const migrations = await migrationStatus(databaseUrl);
      if (!migrations.current) {
        res.status(503).json({ status: 'migrations-pending', pending: migrations.pending, failed: migrations.failed });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'database-unavailable', error: (err as Error).message.split('\n')[0] });
    }
  });
  return router;
}
