import { Router, type Request, type Response } from 'express';
import { resolveCitedSources } from '../actions/cited-sources.js';
import { NotFoundError } from '../../core/errors.js';
import { approveCurated, curateFromTurn, reviewTurn } from '../actions/curate-from-turn.js';
import { dashboardRange, loadDashboard, unansweredGroups } from '../actions/dashboard-data.js';
import { dayBound, filterParams, turnFilterFromQuery } from '../api/turn-filter-query.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { curatedPage } from './curated-page.js';
import { dashboardPage } from './dashboard-page.js';
import { logsPage } from './logs-page.js';
import { noticeFor } from './notices.js';
import { turnPage } from './turn-page.js';
import { unansweredPage } from './unanswered-page.js';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Pages for reviewers (admins and volunteers): dashboard, logs, turn detail, curated answers, unanswered queue. */
export function reviewPages(deps: AdminDeps): Router {
  const router = Router();
  const now = () => (deps.now ?? (() => new Date()))();
  const send = (res: Response, page: string, status = 200) => res.status(status).type('html').setHeader('Cache-Control', 'no-store').send(page);

  router.get('/admin', async (req: Request, res: Response) => {
    const [data, health] = await Promise.all([loadDashboard(deps, dashboardRange(now(), req.query['from'], req.query['to'])), deps.health?.()]);
    send(res, dashboardPage({ session: sessionOf(res), data, ...(health ? { health } : {}) }));
  });

  router.get('/admin/logs', async (req: Request, res: Response) => {
    const filter = turnFilterFromQuery(req.query, { limit: 50, maxLimit: 200 });
    const page = await deps.store.listTurns(filter);
    send(res, logsPage({ session: sessionOf(res), page, filter, params: filterParams(req.query), articles: deps.corpus.articles() }));
  });

  router.get('/admin/logs/:id', async (req: Request<{ id: string }>, res: Response) => {
    const turn = await deps.store.getTurn(req.params.id);
    if (!turn) return void send(res, '<!doctype html><title>Không tìm thấy</title><p>Không tìm thấy lượt hỏi. <a href="/admin/logs">Về nhật ký</a></p>', 404);
    const sources = await resolveCitedSources(deps.corpus, turn);
    const [conversation, curated] = await Promise.all([
      deps.store.conversation(turn.conversationId),
      turn.curatedId ? deps.store.getCurated(turn.curatedId) : Promise.resolve(undefined),
    ]);
    const notice = noticeFor(req.query['ok']);
    send(res, turnPage({ session: sessionOf(res), turn, conversation, sources, ...(curated ? { curated } : {}), ...(notice ? { notice } : {}) }));
  });

  router.post('/admin/logs/:id/review', async (req: Request<{ id: string }>, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const verdict = body['verdict'];
    if (verdict !== 'good' && verdict !== 'bad') return void res.status(400).type('text').send('Hãy chọn Tốt hoặc Chưa tốt.');
    const note = str(body['note']).slice(0, 2000);
    try {
      await reviewTurn(deps, { turnId: req.params.id, verdict, ...(note ? { note } : {}), by: sessionOf(res).username });
    } catch (err) {
      if (err instanceof NotFoundError) return void res.status(404).type('text').send('Không tìm thấy lượt hỏi.');
      throw err;
    }
    res.redirect(303, `/admin/logs/${encodeURIComponent(req.params.id)}?ok=review`);
  });

  router.post('/admin/logs/:id/correction', async (req: Request<{ id: string }>, res: Response) => {
    const answer = str((req.body as Record<string, unknown> | undefined)?.['answer']).slice(0, 10_000);
    if (!answer) return void res.status(400).type('text').send('Câu trả lời trống.');
    try {
      await curateFromTurn(deps, { turnId: req.params.id, answer, by: sessionOf(res).username });
    } catch (err) {
      if (err instanceof NotFoundError) return void res.status(404).type('text').send('Không tìm thấy lượt hỏi.');
      throw err;
    }
    res.redirect(303, `/admin/logs/${encodeURIComponent(req.params.id)}?ok=curated`);
  });

  router.get('/admin/curated', async (req: Request, res: Response) => {
    const notice = noticeFor(req.query['ok']);
    send(res, curatedPage({ session: sessionOf(res), items: await deps.store.listCurated(), ...(notice ? { notice } : {}) }));
  });

  router.post('/admin/curated/:id/approve', async (req: Request<{ id: string }>, res: Response) => {
    try {
      await approveCurated(deps, { curatedId: req.params.id, by: sessionOf(res).username });
    } catch (err) {
      if (err instanceof NotFoundError) return void res.status(404).type('text').send('Không tìm thấy câu trả lời.');
      throw err;
    }
    res.redirect(303, '/admin/curated?ok=approved');
  });

  router.get('/admin/unanswered', async (req: Request, res: Response) => {
    const range = dashboardRange(now(), req.query['from'], req.query['to']);
    const groups = await unansweredGroups(deps, { from: dayBound(range.from, 'start')!, to: dayBound(range.to, 'end')! });
    send(res, unansweredPage({ session: sessionOf(res), groups, ...range }));
  });

  return router;
}
