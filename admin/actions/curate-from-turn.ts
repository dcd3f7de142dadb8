import type { CuratedAnswer, NewCuratedAnswer } from '../../core/ports/log-store.js';
import { sourcesUsed } from '../../retrieval/answer/sources-used.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { NotFoundError } from '../../core/errors.js';
import { audit } from './audit.js';

/** Per cited article, its content hash as indexed now: a later edit of the article flags the answer for review. */
export function articleHashes(deps: AdminDeps, citations: readonly { articleId: string }[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const { articleId } of citations) {
    const hash = deps.corpus.articleHash(articleId);
    if (hash !== undefined) hashes[articleId] = hash;
  }
  return hashes;
}

/** A reviewer's corrected answer for a logged turn becomes a curated answer linked to that turn. */
export async function curateFromTurn(deps: AdminDeps, input: { turnId: string; answer: string; by: string }): Promise<CuratedAnswer> {
  const turn = await deps.store.getTurn(input.turnId);
  if (!turn) throw new NotFoundError('turn not found');
  // Only the sources the written answer rests on: a reviewer who corrects a wrong quote should not leave it cited.
  const withText = turn.citations.map((c) => ({ paragraphId: c.paragraphId, articleId: c.articleId,
    text: deps.corpus.article(c.articleId)?.blocks.find((b) => b.paragraphId === c.paragraphId)?.text ?? '' }));
  const citations = sourcesUsed(input.answer, withText).map(({ paragraphId, articleId }) => ({ paragraphId, articleId }));
  const curated: NewCuratedAnswer = {
    question: turn.rewrite ?? turn.question,
    answer: input.answer,
    citations,
    articleHashes: articleHashes(deps, citations),
    sourceTurnId: turn.turnId,
    createdBy: input.by,
  };
  const created = await deps.store.createCurated(curated, turn.turnId);
  deps.logger.info('curated answer from turn', { curatedId: created.id, turnId: turn.turnId, by: input.by });
  await audit(deps, { actor: input.by, action: 'turn.correct', target: turn.turnId, detail: `câu trả lời duyệt sẵn ${created.id}` });
  return created;
}

/** Re-approves an answer flagged needs_review: active again, hashes taken from the articles as they are now. */
export async function approveCurated(deps: AdminDeps, input: { curatedId: string; by: string }): Promise<void> {
  const curated = await deps.store.getCurated(input.curatedId);
  if (!curated) throw new NotFoundError('curated answer not found');
  await deps.store.updateCurated(curated.id, { status: 'active', articleHashes: articleHashes(deps, curated.citations) });
  deps.logger.info('curated answer approved', { curatedId: curated.id, by: input.by });
  await audit(deps, { actor: input.by, action: 'curated.approve', target: curated.id });
}

/** A reviewer's verdict on a turn (good or bad, with an optional note). */
export async function reviewTurn(deps: AdminDeps, input: { turnId: string; verdict: 'good' | 'bad'; note?: string; by: string }): Promise<void> {
  if (!(await deps.store.getTurn(input.turnId))) throw new NotFoundError('turn not found');
  await deps.store.reviewTurn(input.turnId, { verdict: input.verdict, ...(input.note ? { note: input.note } : {}), by: input.by });
  await audit(deps, { actor: input.by, action: 'turn.review', target: input.turnId, detail: input.verdict === 'good' ? 'Tốt' : 'Chưa tốt' });
}
