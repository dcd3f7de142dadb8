import { Router, type Request, type Response } from 'express';
import { dashboardRange, loadDashboard } from '../actions/dashboard-data.js';
import type { AdminDeps } from '../../core/ports/admin.js';

export function statsApi(deps: AdminDeps): Router {
  const router = Router();
  router.get('/admin/api/stats', async (req: Request, res: Response) => {
    const range = dashboardRange((deps.now ?? (() => new Date()))(), req.query['from'], req.query['to']);
    res.json(await loadDashboard(deps, range));
  });
  return router;
}
