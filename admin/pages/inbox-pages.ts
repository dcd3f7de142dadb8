import { Router, type Request, type Response } from 'express';
import { NotFoundError } from '../actions/curate-from-turn.js';
import { closeHandoff, curateFromHandoff, NothingToCurateError, replyToHandoff } from '../actions/handoff-actions.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../ports.js';
import { inboxPage } from './inbox-page.js';
import { errorFor, noticeFor } from './notices.js';

/** The handoff inbox (admins and volunteers). */
export function inboxPages(deps: AdminDeps): Router {
  const router = Router();
  const back = (res: Response, query: string, id?: string) => res.redirect(303, `/admin/inbox?${query}${id ? `#handoff-${encodeURIComponent(id)}` : ''}`);
  const text = (req: Request, key: string) => {
    const v = (req.body as Record<string, unknown> | undefined)?.[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  const notFound = (res: Response, err: unknown) => {
    if (!(err instanceof NotFoundError)) throw err;
    res.status(404).type('text').send('Không tìm thấy cuộc trò chuyện.');
  };

  router.get('/admin/inbox', async (req: Request, res: Response) => {
    const showClosed = req.query['all'] === '1';
    const list = await deps.store.listHandoffs();
    const shown = list.filter((h) => showClosed || h.status !== 'closed')
      // Waiting conversations first, then the most recent.
      .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.lastInteractionAt.localeCompare(a.lastInteractionAt));
    const notice = noticeFor(req.query['ok']);
    const error = errorFor(req.query['err']);
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(inboxPage({ session: sessionOf(res), items: shown.map((h) => ({ handoff: h, window: deps.handoffs.window(h) })), showClosed,
      ...(notice ? { notice } : {}), ...(error ? { error } : {}) }));
  });

  router.post('/admin/handoffs/:id/reply', async (req: Request<{ id: string }>, res: Response) => {
    const body = text(req, 'text').slice(0, 2000);
    if (!body) return back(res, 'err=empty', req.params.id);
    try {
      const result = await replyToHandoff(deps, { handoffId: req.params.id, text: body, by: sessionOf(res).username });
      back(res, result.delivered ? 'ok=sent' : 'err=notsent', req.params.id);
    } catch (err) {
      notFound(res, err);
    }
  });

  router.post('/admin/handoffs/:id/close', async (req: Request<{ id: string }>, res: Response) => {
    try {
      await closeHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username });
      back(res, 'ok=closed');
    } catch (err) {
      notFound(res, err);
    }
  });

  router.post('/admin/handoffs/:id/curate', async (req: Request<{ id: string }>, res: Response) => {
    const answer = text(req, 'answer').slice(0, 10_000);
    try {
      await curateFromHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username, ...(answer ? { answer } : {}) });
      back(res, 'ok=curated', req.params.id);
    } catch (err) {
      if (err instanceof NothingToCurateError) return back(res, 'err=nothing', req.params.id);
      notFound(res, err);
    }
  });

  return router;
}
