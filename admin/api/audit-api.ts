import { Router, type Request, type Response } from 'express';
import type { AuditEntry, AuditFilter } from '../../core/ports/log-store.js';
import { auditLabel } from '../actions/audit.js';
import { requireAdmin } from '../auth/require-admin.js';
import { formatTime } from '../pages/format.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { toCsv } from './csv.js';
import { exportLanguage } from './export-columns.js';
import { dayBound } from './turn-filter-query.js';

const EXPORT_MAX = 100_000;

/** AuditFilter from a query string (from/to as Vietnam days or instants, actor, action, paging). */
export function auditFilterFromQuery(query: Readonly<Record<string, unknown>>, defaults: { limit: number; maxLimit: number }): AuditFilter {
  const text = (k: string) => (typeof query[k] === 'string' && query[k].trim() ? query[k].trim().slice(0, 100) : undefined);
  const from = dayBound(text('from'), 'start');
  const to = dayBound(text('to'), 'end');
  const actor = text('actor');
  const action = text('action');
  const int = (k: string, max: number) => {
    const n = Number(text(k));
    return Number.isFinite(n) ? Math.min(max, Math.max(0, Math.floor(n))) : undefined;
  };
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(actor ? { actor } : {}), ...(action ? { action } : {}),
    limit: Math.max(1, int('limit', defaults.maxLimit) ?? defaults.limit), offset: int('offset', 1_000_000) ?? 0 };
}

export function auditCsv(items: readonly AuditEntry[], language: 'en' | 'vi'): string {
  if (language === 'en') return toCsv(['seq', 'at', 'actor', 'action', 'target', 'detail'], items.map((e) => [e.seq, e.at, e.actor, e.action, e.target, e.detail]));
  return toCsv(['Số thứ tự', 'Thời gian (giờ Việt Nam)', 'Người thực hiện', 'Thao tác', 'Đối tượng', 'Chi tiết'],
    items.map((e) => [e.seq, formatTime(e.at), e.actor, auditLabel(e.action), e.target, e.detail]));
}

/** The audit log (admins only): list and export, with the same filters. */
export function auditApi(deps: AdminDeps): Router {
  const router = Router();
  router.use('/admin/api/audit', requireAdmin);

  router.get('/admin/api/audit', async (req: Request, res: Response) => {
    res.json(await deps.store.listAudit(auditFilterFromQuery(req.query, { limit: 50, maxLimit: 500 })));
  });

  router.get('/admin/api/audit/export', async (req: Request, res: Response) => {
    const page = await deps.store.listAudit({ ...auditFilterFromQuery(req.query, { limit: EXPORT_MAX, maxLimit: EXPORT_MAX }), limit: EXPORT_MAX, offset: 0 });
    const format = req.query['format'] === 'json' ? 'json' : 'csv';
    const stamp = (deps.now ?? (() => new Date()))().toISOString().slice(0, 10);
    res.setHeader('Content-Disposition', `attachment; filename="nhat-ky-quan-tri-${stamp}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'json') res.type('application/json; charset=utf-8').send(JSON.stringify(page, null, 2));
    else res.type('text/csv; charset=utf-8').send(auditCsv(page.items, exportLanguage(req.query['header'])));
  });

  return router;
}
