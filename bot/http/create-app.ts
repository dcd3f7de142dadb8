import express from 'express';
import { notFoundPage } from '../../prompts/not-found-page.js';
import type { Logger } from '../../core/logger.js';
import { errorHandler } from './error-handler.js';
import { securityHeaders } from './security-headers.js';
import type { Health } from '../../core/health.js';

export interface AppParts {
  readonly logger: Logger;
  /** Mounted in order; the web chat goes last because it serves "/". */
  readonly routers: readonly express.Router[];
  /** The instance's health; /healthz answers 503 "degraded" when the store cannot write, and no more than the status. */
  readonly health?: () => Promise<Health>;
  /** express's "trust proxy": whose X-Forwarded-For names the client (config.trustProxy). */
  readonly trustProxy?: false | number | readonly string[];
}

/** The HTTP app: security headers, health check, channel routers, and one error handler that leaks nothing. */
export function createApp(parts: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', parts.trustProxy === undefined ? 'loopback' : Array.isArray(parts.trustProxy) ? [...parts.trustProxy] : parts.trustProxy);
  app.use(securityHeaders);
  app.get('/healthz', async (_req, res) => {
    const health = (await parts.health?.()) ?? { status: 'ok' };
    res.setHeader('Cache-Control', 'no-store');
    // Only the status: the reason and a channel's problems (a revoked token) tell an outsider what is broken, so staff
    // read them behind the admin's session.
    res.status(health.status === 'ok' ? 200 : 503).json({ status: health.status });
  });
  for (const router of parts.routers) app.use(router);
  // Programs calling the APIs get JSON; a person who mistyped an address gets a page with a way back to the chat.
  app.use((req, res) => {
    const api = req.path.startsWith('/api/') || req.path.startsWith('/admin/api/');
    if (api || !req.accepts('html')) res.status(404).json({ error: 'not_found' });
    else res.status(404).type('html').send(notFoundPage({ href: '/', stylesheet: '/chat.css' }));
  });
  app.use(errorHandler(parts.logger));
  return app;
}
