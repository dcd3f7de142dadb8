import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { curateFromTurn, reviewTurn } from '../actions/curate-from-turn.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { MAX_LIMIT } from '../../store/turn-filter-sql.js';
import { exportColumns, exportLanguage } from './export-columns.js';
import { streamTurnExport, turnPages } from './export-turns.js';
import { parseBody } from './parse-body.js';
import { turnFilterFromQuery } from './turn-filter-query.js';
import { turnExportItem, turnListItem } from './turn-json.js';

const reviewBody = z.object({ verdict: z.enum(['good', 'bad']), note: z.string().trim().max(2000).optional() });
const correctionBody = z.object({ answer: z.string().trim().min(1).max(10_000) });
/** Log review: list, review, correction, export. */
export function logsApi(deps: AdminDeps): Router {
  const router = Router();

  router.get('/admin/api/logs', async (req: Request, res: Response) => {
    const page = await deps.store.listTurns(turnFilterFromQuery(req.query, { limit: 50, maxLimit: 500 }));
    res.json({ items: page.items.map(turnListItem), total: page.total });
  });

  router.get('/admin/api/logs/:id', async (req: Request<{ id: string }>, res: Response) => {
    const turn = await deps.store.getTurn(req.params.id);
    if (!turn) return void res.status(404).json({ error: 'not_found' });
    res.json({ ...turnExportItem(turn), retrieved: turn.retrieved, timings: turn.timings });
  });

  router.post('/admin/api/logs/:id/review', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(reviewBody, req.body, res);
    if (!body) return;
    await reviewTurn(deps, { turnId: req.params.id, verdict: body.verdict, ...(body.note ? { note: body.note } : {}), by: sessionOf(res).username });
    res.json({ ok: true });
  });

  router.post('/admin/api/logs/:id/correction', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(correctionBody, req.body, res);
    if (!body) return;
    const curated = await curateFromTurn(deps, { turnId: req.params.id, answer: body.answer, by: sessionOf(res).username });
    res.json({ curatedId: curated.id });
  });

  router.get('/admin/api/export', async (req: Request, res: Response) => {
    const format = req.query['format'] === 'json' ? 'json' : 'csv';
    const now = (deps.now ?? (() => new Date()))();
    const filter = turnFilterFromQuery(req.query, { limit: MAX_LIMIT, maxLimit: MAX_LIMIT });
    res.setHeader('Content-Disposition', `attachment; filename="nhat-ky-${now.toISOString().slice(0, 10)}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.type(format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
    // header=vi: Vietnamese column names and values for staff in Excel (export-columns.ts).
    await streamTurnExport(res, turnPages(deps.store, filter, now), format, exportColumns(exportLanguage(req.query['header'])));
  });

  return router;
}
