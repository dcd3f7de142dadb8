import type { TurnRow } from '../../core/ports/log-store.js';

/** A logged turn as GET /admin/api/logs returns it (the shape automated checks rely on). */
export function turnListItem(t: TurnRow) {
  return {
    id: t.turnId,
    createdAt: t.createdAt,
    channel: t.channel,
    question: t.question,
    status: t.status,
    answer: t.answer,
    citations: t.citations.map((c) => ({ paragraphId: c.paragraphId })),
    feedback: t.feedback ?? null,
  };
}

/** The export adds what a reviewer needs offline; the pseudonymous user id stays out. */
export function turnExportItem(t: TurnRow) {
  return {
    ...turnListItem(t),
    rewrite: t.rewrite ?? null,
    citations: t.citations.map((c) => ({ paragraphId: c.paragraphId, articleId: c.articleId })),
    totalMs: t.timings.totalMs,
    review: t.review ?? null,
    curatedId: t.curatedId ?? null,
  };
}

export const EXPORT_HEADER = ['id', 'createdAt', 'channel', 'question', 'rewrite', 'status', 'answer', 'citations', 'feedback', 'reviewVerdict', 'reviewNote', 'reviewedBy', 'curatedId', 'totalMs'] as const;

export function turnExportRow(t: TurnRow): unknown[] {
  return [t.turnId, t.createdAt, t.channel, t.question, t.rewrite, t.status, t.answer, t.citations.map((c) => c.paragraphId).join(' '),
    t.feedback, t.review?.verdict, t.review?.note, t.review?.by, t.curatedId, t.timings.totalMs];
}
