/**
 * The two built web apps on the server's own origin: the admin app at /admin and the portal at /.
 * Both are single-page apps, so unknown paths under them answer with their index.html.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export interface WebApp {
  mountPath: string;
  distDir: string;
}

export function staticApps(apps: WebApp[]): Router {
  const router = express.Router();
  for (const app of apps) {
    const index = path.join(app.distDir, 'index.html');
    if (!existsSync(index)) continue;
    // Hashed assets never change; index.html must always be fresh.
    router.use(
      app.mountPath,
      express.static(app.distDir, {
        index: false,
        setHeaders(res, file) {
          res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
    router.get(`${app.mountPath === '/' ? '' : app.mountPath}/{*rest}`, (req, res, next) => {
      if (req.path.startsWith('/graphql') || (app.mountPath === '/' && req.path.startsWith('/admin'))) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
  return router;
}
