import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { LogStore } from '../../core/ports/log-store.js';
import { setSession } from './admin-session.js';
import { hashToken, readSessionToken } from './session-cookie.js';

export interface RequireSessionOptions {
  readonly store: LogStore;
  readonly now: () => Date;
}

// While a reset password is in use, only these work: choosing a new one, and logging out.
const WHILE_PASSWORD_MUST_CHANGE = ['/admin/password', '/admin/api/password', '/admin/logout', '/admin/api/logout'];

/**
 * Loads the session from the cookie; without a valid one (or for a disabled account) the API answers 401 JSON and
 * pages redirect to login. After an admin's password reset, everything leads to the password page until it is changed.
 */
export function requireSession(options: RequireSessionOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req.headers.cookie);
    const idHash = token ? hashToken(token) : undefined;
    const session = idHash ? await options.store.getSession(idHash) : undefined;
    const found = session && Date.parse(session.expiresAt) > options.now().getTime() ? await options.store.userById(session.userId) : undefined;
    const user = found && !found.disabled ? found : undefined;
    if (!session || !user || !idHash) {
      if (req.originalUrl.startsWith('/admin/api/')) {
        res.status(401).json({ error: 'unauthorized' });
      } else {
        const back = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
        res.redirect(302, `/admin/login${back}`);
      }
      return;
    }
    setSession(res, { userId: user.id, username: user.username, role: user.role, csrfToken: session.csrfToken, idHash });
    const path = req.originalUrl.split('?')[0] ?? '';
    if (user.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.includes(path)) {
      if (path.startsWith('/admin/api/')) res.status(403).json({ error: 'password_change_required' });
      else res.redirect(303, '/admin/password');
      return;
    }
    next();
  };
}
