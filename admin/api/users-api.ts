import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { LoginLimiter } from '../auth/login-limiter.js';
import { accountJson, changeOwnPassword, resetAccountPassword, setAccountDisabled } from '../actions/accounts.js';
import { audit } from '../actions/audit.js';
import { requireAdmin } from '../auth/require-admin.js';
import { hashPassword } from '../auth/password.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { parseBody } from './parse-body.js';

export const newUserBody = z.object({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9._-]+$/),
  password: z.string().min(10).max(200),
  role: z.enum(['admin', 'volunteer']),
});

export const passwordBody = z.object({ current: z.string().min(1).max(500), next: z.string().min(10).max(200) });

/** Creates an account; returns false when the username is taken. */
export async function createAccount(deps: AdminDeps, input: z.infer<typeof newUserBody>, by: string): Promise<boolean> {
  if (await deps.store.userByUsername(input.username)) return false;
  await deps.store.createUser({ username: input.username, role: input.role, passwordHash: await hashPassword(input.password) });
  deps.logger.info('admin user created', { username: input.username, role: input.role, by });
  await audit(deps, { actor: by, action: 'user.create', target: input.username, detail: input.role === 'admin' ? 'Quản trị viên' : 'Tình nguyện viên' });
  return true;
}

/** User management (admins only), and each person's own password. */
export function usersApi(deps: AdminDeps, limiter: LoginLimiter): Router {
  const router = Router();
  router.post('/admin/api/password', async (req: Request, res: Response) => {
    const body = parseBody(passwordBody, req.body, res);
    if (!body) return;
    const session = sessionOf(res);
    await changeOwnPassword(deps, { userId: session.userId, sessionIdHash: session.idHash, current: body.current, next: body.next, limiter });
    res.json({ ok: true });
  });

  router.use('/admin/api/users', requireAdmin);
  router.get('/admin/api/users', async (_req: Request, res: Response) => {
    res.json({ items: (await deps.store.listUsers()).map(accountJson) });
  });

  router.post('/admin/api/users', async (req: Request, res: Response) => {
    const body = parseBody(newUserBody, req.body, res);
    if (!body) return;
    const created = await createAccount(deps, body, sessionOf(res).username);
    if (!created) return void res.status(409).json({ error: 'username_taken' });
    res.status(201).json({ username: body.username, role: body.role });
  });

  for (const [path, disabled] of [['disable', true], ['enable', false]] as const) {
    router.post(`/admin/api/users/:id/${path}`, async (req: Request<{ id: string }>, res: Response) => {
      const session = sessionOf(res);
      const user = await setAccountDisabled(deps, { userId: req.params.id, disabled, by: { userId: session.userId, username: session.username } });
      res.json(accountJson(user));
    });
  }

  router.post('/admin/api/users/:id/reset-password', async (req: Request<{ id: string }>, res: Response) => {
    const reset = await resetAccountPassword(deps, { userId: req.params.id, by: sessionOf(res).username });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ username: reset.user.username, temporaryPassword: reset.password, expiresAt: reset.expiresAt });
  });

  return router;
}
