import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { LogStore } from '../../store/log-store.js';
import { setSession } from './admin-session.js';
import { hashToken, readSessionToken } from './session-cookie.js';

export interface RequireSessionOptions {
  readonly store: LogStore;
  readonly now: () => Date;
}

/** Loads the session from the cookie; without a valid one the API answers 401 JSON and pages redirect to login. */
export function requireSession(options: RequireSessionOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req.headers.cookie);
    const idHash = token ? hashToken(token) : undefined;
    const session = idHash ? await options.store.getSession(idHash) : undefined;
    const user = session && Date.parse(session.expiresAt) > options.now().getTime() ? await options.store.userById(session.userId) : undefined;
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
    next();
  };
}
