import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { sessionOf } from './admin-session.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * State-changing requests carry the session's CSRF token: the x-csrf-token header (JSON API) or a `_csrf` form
 * field (pages). Runs after requireSession and the body parsers.
 */
export function requireCsrf(req: Request, res: Response, next: NextFunction): void {
  if (SAFE.has(req.method)) return next();
  const { csrfToken } = sessionOf(res);
  const body = req.body as Record<string, unknown> | undefined;
  const given = req.headers['x-csrf-token'] ?? (req.is('application/x-www-form-urlencoded') ? body?.['_csrf'] : undefined);
  if (sameToken(given, csrfToken)) return next();
  if (req.originalUrl.startsWith('/admin/api/')) res.status(403).json({ error: 'csrf' });
  else res.status(403).type('text/plain; charset=utf-8').send('Yêu cầu bị từ chối (thiếu mã CSRF). Hãy tải lại trang và thử lại.');
}
