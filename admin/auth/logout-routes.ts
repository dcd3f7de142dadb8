import { Router, type Request, type Response } from 'express';
import type { AdminDeps } from '../../core/ports/admin.js';
import { sessionOf } from './admin-session.js';
import { clearedSessionCookie } from './session-cookie.js';

/** Logout deletes the stored session, so a copied cookie stops working at once. Behind session and CSRF checks. */
export function logoutRoutes(deps: AdminDeps): Router {
  const router = Router();
  const logout = async (req: Request, res: Response) => {
    const session = sessionOf(res);
    await deps.store.deleteSession(session.idHash);
    res.setHeader('Set-Cookie', clearedSessionCookie(deps.settings.secureCookies || req.secure));
    deps.logger.info('admin logout', { username: session.username });
  };
  router.post('/admin/logout', async (req: Request, res: Response) => {
    await logout(req, res);
    res.redirect(303, '/admin/login');
  });
  router.post('/admin/api/logout', async (req: Request, res: Response) => {
    await logout(req, res);
    res.json({ ok: true });
  });
  router.get('/admin/api/me', (_req: Request, res: Response) => {
    const s = sessionOf(res);
    res.json({ username: s.username, role: s.role, csrfToken: s.csrfToken });
  });
  return router;
}
