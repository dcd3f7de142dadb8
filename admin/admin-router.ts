import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { auditApi } from './api/audit-api.js';
import { corpusApi, uploadJson } from './api/corpus-api.js';
import { requireAdmin } from './auth/require-admin.js';
import { curatedApi } from './api/curated-api.js';
import { handoffsApi } from './api/handoffs-api.js';
import { healthApi } from './api/health-api.js';
import { logsApi } from './api/logs-api.js';
import { statsApi } from './api/stats-api.js';
import { usersApi } from './api/users-api.js';
import { useChannelLabels } from './pages/format.js';
import { MemoryRateLimiter } from '../store/memory-rate-limiter.js';
import { LoginLimiter } from './auth/login-limiter.js';
import { loginRoutes } from './auth/login-routes.js';
import { logoutRoutes } from './auth/logout-routes.js';
import { requireCsrf } from './auth/require-csrf.js';
import { requireSession } from './auth/require-session.js';
import { accountPages } from './pages/account-pages.js';
import { adminOnlyPages } from './pages/admin-only-pages.js';
import { inboxPages } from './pages/inbox-pages.js';
import { reviewPages } from './pages/review-pages.js';
import type { AdminDeps } from '../core/ports/admin.js';
import { notFoundPage } from '../prompts/not-found-page.js';

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), 'public');

export interface AdminRouterOptions {
  /** Failed-login counts; shared through Redis when instances share one (in memory, with the admin clock, unless told). */
  readonly limiter?: LoginLimiter;
}

/**
 * The admin area, mounted at the app root: static files and login are open; everything else under /admin needs a
 * session, and state-changing requests need the session's CSRF token.
 */
export function createAdminRouter(deps: AdminDeps, options: AdminRouterOptions = {}): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());
  useChannelLabels(deps.settings.channelLabels ?? {});
  const limiter = options.limiter ?? new LoginLimiter(new MemoryRateLimiter(() => now().getTime()));

  router.use('/admin/static', express.static(PUBLIC, { index: false, fallthrough: false, maxAge: '1h' }));
  const json = express.json({ limit: '100kb' });
  const form = express.urlencoded({ extended: false, limit: '100kb' });
  router.use(['/admin/login', '/admin/api/login'], json, form);
  router.use(loginRoutes(deps, limiter));

  // Session first, so no one without one gets a large body parsed; the routes that take a file (upload, replace) take a
  // larger body, and only for an admin: a volunteer's session makes the server parse no more than 100 kB.
  router.use('/admin', requireSession({ store: deps.store, now }));
  router.use(['/admin/api/corpus/upload', '/admin/api/corpus/articles/:id/replace'], requireAdmin, uploadJson);
  router.use('/admin', json, form, requireCsrf);
  router.use(logoutRoutes(deps));
  router.use(logsApi(deps));
  router.use(curatedApi(deps));
  router.use(handoffsApi(deps));
  router.use(statsApi(deps));
  router.use(healthApi(deps));
  router.use(corpusApi(deps));
  router.use(usersApi(deps, limiter));
  router.use(auditApi(deps));
  router.use(reviewPages(deps));
  router.use(inboxPages(deps));
  router.use(adminOnlyPages(deps));
  router.use(accountPages(deps, limiter));
  // Unknown admin paths stay inside the admin area rather than falling through to the web chat.
  router.use('/admin', (req, res) => {
    if (req.originalUrl.startsWith('/admin/api/')) res.status(404).json({ error: 'not_found' });
    else res.status(404).type('html').send(notFoundPage({ href: '/admin', stylesheet: '/admin/static/admin.css' }));
  });
  return router;
}
