import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { requireAdmin } from '../auth/require-admin.js';
import { hashPassword } from '../auth/password.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../ports.js';
import { parseBody } from './send-error.js';

export const newUserBody = z.object({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9._-]+$/),
  password: z.string().min(10).max(200),
  role: z.enum(['admin', 'volunteer']),
});

/** Creates an account; returns false when the username is taken. */
export async function createAccount(deps: AdminDeps, input: z.infer<typeof newUserBody>, by: string): Promise<boolean> {
  if (await deps.store.userByUsername(input.username)) return false;
  await deps.store.createUser({ username: input.username, role: input.role, passwordHash: await hashPassword(input.password) });
  deps.logger.info('admin user created', { username: input.username, role: input.role, by });
  return true;
}

/** User management (admins only). */
export function usersApi(deps: AdminDeps): Router {
  const router = Router();
  router.use('/admin/api/users', requireAdmin);
  router.post('/admin/api/users', async (req: Request, res: Response) => {
    const body = parseBody(newUserBody, req.body, res);
    if (!body) return;
    const created = await createAccount(deps, body, sessionOf(res).username);
    if (!created) return void res.status(409).json({ error: 'username_taken' });
    res.status(201).json({ username: body.username, role: body.role });
  });
  return router;
}
