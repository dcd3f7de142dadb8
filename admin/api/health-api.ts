import { Router, type Request, type Response } from 'express';
import type { AdminDeps } from '../../core/ports/admin.js';

/** The instance's health for staff: the store's reason and each channel's problem, which the public /healthz leaves out. */
export function healthApi(deps: AdminDeps): Router {
  const router = Router();
  router.get('/admin/api/health', async (_req: Request, res: Response) => {
    const health = (await deps.health?.()) ?? { status: 'ok' };
    res.setHeader('Cache-Control', 'no-store');
    res.json(health);
  });
  return router;
}
