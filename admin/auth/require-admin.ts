import type { NextFunction, Request, Response } from 'express';
import { sessionOf } from './admin-session.js';

/** User and corpus management: admins only; volunteers get 403. */
export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  if (sessionOf(res).role === 'admin') return next();
  if (req.originalUrl.startsWith('/admin/api/')) res.status(403).json({ error: 'forbidden' });
  else res.status(403).type('text/plain; charset=utf-8').send('Chỉ quản trị viên được dùng trang này.');
}
