import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AdminDeps } from '../../core/ports/admin.js';
import { loginPage, safeNext } from '../pages/login-page.js';
import type { LoginLimiter } from './login-limiter.js';
import { attemptLogin } from './login-service.js';
import { sessionCookie } from './session-cookie.js';

const credentials = z.object({ username: z.string().max(200), password: z.string().max(500) });

/**
 * Login needs no CSRF token (there is no session yet); it is rate-limited instead, and the SameSite=Strict cookie
 * it sets is never sent on cross-site requests.
 */
export function loginRoutes(deps: AdminDeps, limiter: LoginLimiter): Router {
  const router = Router();
  // Secure whenever the login came over HTTPS (a trusted proxy's X-Forwarded-Proto counts), not only when configured so.
  const cookie = (token: string, req: Request) => sessionCookie(token, { secure: deps.settings.secureCookies || req.secure, maxAgeMs: deps.settings.sessionTtlMs });
  const ip = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

  router.get('/admin/login', (req: Request, res: Response) => {
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(loginPage({ next: safeNext(req.query['next']) }));
  });

  router.post('/admin/login', async (req: Request, res: Response) => {
    const parsed = credentials.safeParse(req.body);
    const next = safeNext((req.body as Record<string, unknown> | undefined)?.['next']);
    const username = parsed.success ? parsed.data.username : '';
    const result = parsed.success ? await attemptLogin(deps, limiter, { ...parsed.data, ip: ip(req) }) : ({ ok: false, reason: 'invalid' } as const);
    res.setHeader('Cache-Control', 'no-store');
    if (result.ok) {
      res.setHeader('Set-Cookie', cookie(result.token, req));
      return res.redirect(303, next);
    }
    if (result.reason === 'limited') {
      res.setHeader('Retry-After', String(result.retryAfterSeconds));
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return res.status(429).type('html').send(loginPage({ error: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút.`, username, next }));
    }
    res.status(401).type('html').send(loginPage({ error: 'Tên đăng nhập hoặc mật khẩu không đúng.', username, next }));
  });

  router.post('/admin/api/login', async (req: Request, res: Response) => {
    const parsed = credentials.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: 'bad_request' });
    const result = await attemptLogin(deps, limiter, { ...parsed.data, ip: ip(req) });
    res.setHeader('Cache-Control', 'no-store');
    if (result.ok) {
      res.setHeader('Set-Cookie', cookie(result.token, req));
      return res.json({ csrfToken: result.csrfToken });
    }
    if (result.reason === 'limited') {
      res.setHeader('Retry-After', String(result.retryAfterSeconds));
      return res.status(429).json({ error: 'too_many_attempts' });
    }
    res.status(401).json({ error: 'invalid_credentials' });
  });

  return router;
}
