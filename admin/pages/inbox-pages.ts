import { Router, type Request, type Response } from 'express';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import { closeHandoff, curateFromHandoff, NothingToCurateError, replyToHandoff } from '../actions/handoff-actions.js';
import { assignHandoffTo, claimHandoff, HandoffTakenError, releaseHandoff } from '../actions/handoff-claims.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { inboxPage } from './inbox-page.js';
import { errorFor, noticeFor } from './notices.js';

/** How much of each resident's conversation the inbox shows. */
const CONVERSATION_TURNS = 10;

/** The handoff inbox (admins and volunteers). */
export function inboxPages(deps: AdminDeps): Router {
  const router = Router();
  const now = () => (deps.now ?? (() => new Date()))();
  const back = (res: Response, query: string, id?: string) => res.redirect(303, `/admin/inbox?${query}${id ? `#handoff-${encodeURIComponent(id)}` : ''}`);
  const text = (req: Request, key: string) => {
    const v = (req.body as Record<string, unknown> | undefined)?.[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  // Known refusals go back to the inbox with a message; an unknown handoff is a 404.
  const refused = (res: Response, err: unknown, id: string) => {
    if (err instanceof HandoffTakenError) return back(res, 'err=taken_by_other', id);
    if (err instanceof ForbiddenError) return void res.status(403).type('text').send('Chỉ quản trị viên được giao cuộc trò chuyện.');
    if (!(err instanceof NotFoundError)) throw err;
    res.status(404).type('text').send('Không tìm thấy cuộc trò chuyện.');
  };

  router.get('/admin/inbox', async (req: Request, res: Response) => {
    const session = sessionOf(res);
    const showClosed = req.query['all'] === '1';
    const list = await deps.store.listHandoffs();
    const shown = list.filter((h) => showClosed || h.status !== 'closed')
      // Waiting conversations first, then the most recent.
      .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.lastInteractionAt.localeCompare(a.lastInteractionAt));
    const [conversations, users] = await Promise.all([
      Promise.all(shown.map((h) => deps.store.conversation(h.conversationId))),
      session.role === 'admin' ? deps.store.listUsers() : Promise.resolve([]),
    ]);
    const notice = noticeFor(req.query['ok']);
    const error = errorFor(req.query['err']);
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(inboxPage({ session, showClosed, now: now(), accounts: users.filter((u) => !u.disabled).map((u) => u.username),
      items: shown.map((h, i) => ({ handoff: h, window: deps.handoffs.window(h), turns: (conversations[i] ?? []).slice(-CONVERSATION_TURNS) })),
      ...(notice ? { notice } : {}), ...(error ? { error } : {}) }));
  });

  router.post('/admin/handoffs/:id/reply', async (req: Request<{ id: string }>, res: Response) => {
    const body = text(req, 'text').slice(0, 2000);
    if (!body) return back(res, 'err=empty', req.params.id);
    try {
      const result = await replyToHandoff(deps, { handoffId: req.params.id, text: body, by: sessionOf(res).username });
      back(res, result.delivered ? 'ok=sent' : 'err=notsent', req.params.id);
    } catch (err) {
      refused(res, err, req.params.id);
    }
  });

  router.post('/admin/handoffs/:id/claim', async (req: Request<{ id: string }>, res: Response) => {
    try {
      await claimHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username });
      back(res, 'ok=claimed', req.params.id);
    } catch (err) {
      refused(res, err, req.params.id);
    }
  });

  router.post('/admin/handoffs/:id/release', async (req: Request<{ id: string }>, res: Response) => {
    const s = sessionOf(res);
    try {
      await releaseHandoff(deps, { handoffId: req.params.id, by: { username: s.username, role: s.role } });
      back(res, 'ok=released', req.params.id);
    } catch (err) {
      refused(res, err, req.params.id);
    }
  });

  router.post('/admin/handoffs/:id/assign', async (req: Request<{ id: string }>, res: Response) => {
    const s = sessionOf(res);
    const to = text(req, 'to').slice(0, 64);
    if (!to) return back(res, 'err=no_user', req.params.id);
    try {
      await assignHandoffTo(deps, { handoffId: req.params.id, to, by: { username: s.username, role: s.role } });
      back(res, 'ok=assigned', req.params.id);
    } catch (err) {
      // An unknown or disabled account is a NotFoundError too: say so on the page rather than a bare 404.
      if (err instanceof NotFoundError && (await deps.store.getHandoff(req.params.id))) return back(res, 'err=no_user', req.params.id);
      refused(res, err, req.params.id);
    }
  });

  router.post('/admin/handoffs/:id/close', async (req: Request<{ id: string }>, res: Response) => {
    try {
      await closeHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username });
      back(res, 'ok=closed');
    } catch (err) {
      refused(res, err, req.params.id);
    }
  });

  router.post('/admin/handoffs/:id/curate', async (req: Request<{ id: string }>, res: Response) => {
    const answer = text(req, 'answer').slice(0, 10_000);
    try {
      await curateFromHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username, ...(answer ? { answer } : {}) });
      back(res, 'ok=curated', req.params.id);
    } catch (err) {
      if (err instanceof NothingToCurateError) return back(res, 'err=nothing', req.params.id);
      refused(res, err, req.params.id);
    }
  });

  return router;
}
