import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Handoff } from '../../core/ports/log-store.js';
import { closeHandoff, curateFromHandoff, replyToHandoff } from '../actions/handoff-actions.js';
import { assignHandoffTo, claimHandoff, releaseHandoff } from '../actions/handoff-claims.js';
import { channelLabel, truncate } from '../pages/format.js';
import { sessionOf } from '../auth/admin-session.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { parseBody } from './parse-body.js';

const replyBody = z.object({ text: z.string().trim().min(1).max(2000) });
const curateBody = z.object({ answer: z.string().trim().max(10_000).optional() });
const assignBody = z.object({ to: z.string().trim().min(1).max(64).nullable() });

/** A handoff without its address: that is personal data used only to send replies. */
export function handoffJson(deps: AdminDeps, h: Handoff) {
  return { id: h.id, channel: h.channel, channelLabel: channelLabel(h.channel), conversationId: h.conversationId, status: h.status, question: h.question,
    lastInteractionAt: h.lastInteractionAt, createdAt: h.createdAt, updatedAt: h.updatedAt, replies: h.replies, window: deps.handoffs.window(h),
    assignee: h.assignee ?? null, assignedAt: h.assignedAt ?? null };
}

/** What the inbox's badge and notifications poll: the waiting residents, newest first, without addresses. */
export async function inboxSummary(deps: AdminDeps) {
  const open = await deps.store.listHandoffs('open');
  return { open: open.length, unclaimed: open.filter((h) => !h.assignee).length,
    items: open.slice(0, 20).map((h) => ({ id: h.id, channelLabel: channelLabel(h.channel), question: truncate(h.question, 120),
      lastInteractionAt: h.lastInteractionAt, assignee: h.assignee ?? null })) };
}

export function handoffsApi(deps: AdminDeps): Router {
  const router = Router();
  router.get('/admin/api/handoffs', async (req: Request, res: Response) => {
    const status = req.query['status'];
    const list = await deps.store.listHandoffs(status === 'open' || status === 'answered' || status === 'closed' ? status : undefined);
    res.json({ items: list.map((h) => handoffJson(deps, h)) });
  });

  router.get('/admin/api/handoffs/summary', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await inboxSummary(deps));
  });

  router.post('/admin/api/handoffs/:id/claim', async (req: Request<{ id: string }>, res: Response) => {
    res.json(handoffJson(deps, await claimHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username })));
  });

  router.post('/admin/api/handoffs/:id/release', async (req: Request<{ id: string }>, res: Response) => {
    const s = sessionOf(res);
    res.json(handoffJson(deps, await releaseHandoff(deps, { handoffId: req.params.id, by: { username: s.username, role: s.role } })));
  });

  router.post('/admin/api/handoffs/:id/assign', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(assignBody, req.body, res);
    if (!body) return;
    const s = sessionOf(res);
    res.json(handoffJson(deps, await assignHandoffTo(deps, { handoffId: req.params.id, to: body.to, by: { username: s.username, role: s.role } })));
  });

  router.post('/admin/api/handoffs/:id/reply', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(replyBody, req.body, res);
    if (!body) return;
    const result = await replyToHandoff(deps, { handoffId: req.params.id, text: body.text, by: sessionOf(res).username });
    res.json(result);
  });

  router.post('/admin/api/handoffs/:id/close', async (req: Request<{ id: string }>, res: Response) => {
    await closeHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username });
    res.json({ ok: true });
  });

  router.post('/admin/api/handoffs/:id/curate', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(curateBody, req.body ?? {}, res);
    if (!body) return;
    const curated = await curateFromHandoff(deps, { handoffId: req.params.id, by: sessionOf(res).username, ...(body.answer ? { answer: body.answer } : {}) });
    res.json({ curatedId: curated.id });
  });

  return router;
}
