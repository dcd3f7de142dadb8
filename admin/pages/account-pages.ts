import { Router, type Request, type Response } from 'express';
import { NotFoundError, RateLimitedError } from '../../core/errors.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import { changeOwnPassword, PasswordRuleError, resetAccountPassword, SelfDisableError, setAccountDisabled } from '../actions/accounts.js';
import { auditFilterFromQuery } from '../api/audit-api.js';
import { createAccount, newUserBody } from '../api/users-api.js';
import { sessionOf } from '../auth/admin-session.js';
import { requireAdmin } from '../auth/require-admin.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { auditPage } from './audit-page.js';
import { errorFor, noticeFor } from './notices.js';
import { passwordPage } from './password-page.js';
import { usersPage } from './users-page.js';

const field = (req: Request, key: string) => {
  const v = (req.body as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'string' ? v : '';
};

/** Accounts and the audit log (admins only), and each person's own password page. */
export function accountPages(deps: AdminDeps, limiter: LoginLimiter): Router {
  const router = Router();
  const send = (res: Response, page: string, status = 200) => res.status(status).type('html').setHeader('Cache-Control', 'no-store').send(page);

  router.get('/admin/password', async (req: Request, res: Response) => {
    const session = sessionOf(res);
    const user = await deps.store.userById(session.userId);
    const error = errorFor(req.query['err']);
    const notice = noticeFor(req.query['ok']);
    send(res, passwordPage({ session, required: user?.mustChangePassword ?? false, ...(error ? { error } : {}), ...(notice ? { notice } : {}) }));
  });

  router.post('/admin/password', async (req: Request, res: Response) => {
    const session = sessionOf(res);
    const next = field(req, 'next');
    if (next.length < 10 || next.length > 200) return res.redirect(303, '/admin/password?err=weak');
    if (next !== field(req, 'confirm')) return res.redirect(303, '/admin/password?err=mismatch');
    try {
      await changeOwnPassword(deps, { userId: session.userId, sessionIdHash: session.idHash, current: field(req, 'current').slice(0, 500), next, limiter });
    } catch (err) {
      if (err instanceof PasswordRuleError) return res.redirect(303, `/admin/password?err=${err.code}`);
      if (err instanceof RateLimitedError) return res.redirect(303, '/admin/password?err=password_attempts');
      throw err;
    }
    res.redirect(303, '/admin/password?ok=password');
  });

  router.use(['/admin/users', '/admin/audit'], requireAdmin);

  router.get('/admin/users', async (req: Request, res: Response) => {
    const notice = noticeFor(req.query['ok']);
    const error = errorFor(req.query['err']);
    send(res, usersPage({ session: sessionOf(res), users: await deps.store.listUsers(), ...(notice ? { notice } : {}), ...(error ? { error } : {}) }));
  });

  router.post('/admin/users', async (req: Request, res: Response) => {
    const parsed = newUserBody.safeParse(req.body);
    if (!parsed.success) return res.redirect(303, '/admin/users?err=invalid');
    const created = await createAccount(deps, parsed.data, sessionOf(res).username);
    res.redirect(303, created ? '/admin/users?ok=user' : '/admin/users?err=taken');
  });

  for (const [path, disabled] of [['disable', true], ['enable', false]] as const) {
    router.post(`/admin/users/:id/${path}`, async (req: Request<{ id: string }>, res: Response) => {
      const s = sessionOf(res);
      try {
        await setAccountDisabled(deps, { userId: req.params.id, disabled, by: { userId: s.userId, username: s.username } });
      } catch (err) {
        if (err instanceof SelfDisableError) return res.redirect(303, `/admin/users?err=${err.code}`);
        if (err instanceof NotFoundError) return void send(res, 'Không tìm thấy tài khoản.', 404);
        throw err;
      }
      res.redirect(303, `/admin/users?ok=${disabled ? 'disabled' : 'enabled'}`);
    });
  }

  // Answered with the page itself, not a redirect: the temporary password must appear once and in no URL.
  router.post('/admin/users/:id/reset-password', async (req: Request<{ id: string }>, res: Response) => {
    let reset;
    try {
      reset = await resetAccountPassword(deps, { userId: req.params.id, by: sessionOf(res).username });
    } catch (err) {
      if (err instanceof NotFoundError) return void send(res, 'Không tìm thấy tài khoản.', 404);
      throw err;
    }
    send(res, usersPage({ session: sessionOf(res), users: await deps.store.listUsers(),
      reset: { username: reset.user.username, password: reset.password, expiresAt: reset.expiresAt } }));
  });

  router.get('/admin/audit', async (req: Request, res: Response) => {
    const filter = auditFilterFromQuery(req.query, { limit: 50, maxLimit: 200 });
    const page = await deps.store.listAudit(filter);
    const keep = ['from', 'to', 'actor', 'action'];
    const params = Object.fromEntries(keep.map((k) => [k, typeof req.query[k] === 'string' && req.query[k] ? String(req.query[k]).slice(0, 100) : undefined]));
    send(res, auditPage({ session: sessionOf(res), ...page, limit: filter.limit ?? 50, offset: filter.offset ?? 0, params }));
  });

  return router;
}
