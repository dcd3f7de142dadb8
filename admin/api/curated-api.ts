import { Router, type Request, type Response } from 'express';
import { approveCurated } from '../actions/curate-from-turn.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';

export function curatedApi(deps: AdminDeps): Router {
  const router = Router();

  router.get('/admin/api/curated', async (_req: Request, res: Response) => {
    res.json({ items: await deps.store.listCurated() });
  });

  router.post('/admin/api/curated/:id/approve', async (req: Request<{ id: string }>, res: Response) => {
    await approveCurated(deps, { curatedId: req.params.id, by: sessionOf(res).username });
    res.json({ id: req.params.id, status: 'active' });
  });

  return router;
}
