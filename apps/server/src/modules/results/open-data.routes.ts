/**
 * GET /api/open-data/<year>.csv and /api/open-data/<year>.json: a published year's results as
 * files. They change only when a revision is published, so they are cacheable by anyone for five
 * minutes, and the revision id is their ETag (a conditional request costs one small query).
 */
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { PrismaClient } from '@patuh/db';
import type { Bilingual } from '../../errors.js';
import { openDataCsv, openDataJson, openDataRevision, openDataset } from './open-data.service.js';

const FILE = /^(\d{4})\.(csv|json)$/;

function notFound(res: Response, message: Bilingual): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(404).json({ error: { code: 'NOT_FOUND', message: message.id, i18n: message } });
}

/** Whether the client's If-None-Match names this ETag (weak or strong, alone or in a list). */
function alreadyHas(req: Request, etag: string): boolean {
  const header = req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

export function openDataRoutes(prisma: PrismaClient): Router {
  const router = express.Router();
  router.get('/api/open-data/:file', async (req: Request<{ file: string }>, res: Response) => {
    const match = FILE.exec(req.params.file);
    if (match === null) {
      notFound(res, {
        id: 'Berkas data terbuka tidak dikenal: gunakan /api/open-data/<tahun>.csv atau .json.',
        en: 'Unknown open data file: use /api/open-data/<year>.csv or .json.',
      });
      return;
    }
    const year = Number(match[1]);
    const format = match[2] as 'csv' | 'json';
    const revision = await openDataRevision(prisma, year);
    if (revision === null) {
      notFound(res, { id: `Hasil penilaian ${year} belum dipublikasikan.`, en: `The ${year} results are not published.` });
      return;
    }
    const etag = `"${revision.id}-${format}"`;
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', etag);
    if (alreadyHas(req, etag)) {
      res.status(304).end();
      return;
    }
    const dataset = await openDataset(prisma, revision);
    if (format === 'json') {
      res.json(openDataJson(dataset));
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    res.setHeader('Content-Disposition', `attachment; filename="patuh-${year}.csv"`);
    res.send(openDataCsv(dataset));
  });
  return router;
}
