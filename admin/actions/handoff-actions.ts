import type { CuratedAnswer, Handoff } from '../../core/ports/log-store.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { audit } from './audit.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { claimHandoff } from './handoff-claims.js';

async function handoffOrThrow(deps: AdminDeps, id: string): Promise<Handoff> {
  const handoff = await deps.store.getHandoff(id);
  if (!handoff) throw new NotFoundError('handoff not found');
  return handoff;
}

/**
 * Sends a volunteer's reply through the channel, once the volunteer holds the resident. The HandoffSender records each attempt with its outcome (and marks
 * the handoff answered when delivered), so nothing is stored here: that would record every reply twice.
 */
export async function replyToHandoff(deps: AdminDeps, input: { handoffId: string; text: string; by: string }): Promise<{ delivered: boolean; error?: string }> {
  // Answering claims the resident first: if someone else holds them, nothing is sent (HandoffTakenError).
  await claimHandoff(deps, { handoffId: input.handoffId, by: input.by });
  const result = await deps.handoffs.reply(input.handoffId, input.text, input.by);
  deps.logger.info('handoff reply', { handoffId: input.handoffId, by: input.by, delivered: result.delivered });
  await audit(deps, { actor: input.by, action: 'handoff.reply', target: input.handoffId, detail: result.delivered ? 'đã gửi' : 'không gửi được' });
  return result;
}

export async function closeHandoff(deps: AdminDeps, input: { handoffId: string; by: string }): Promise<void> {
  await handoffOrThrow(deps, input.handoffId);
  await deps.store.setHandoffStatus(input.handoffId, 'closed');
  deps.logger.info('handoff closed', { handoffId: input.handoffId, by: input.by });
  await audit(deps, { actor: input.by, action: 'handoff.close', target: input.handoffId });
}

export class NothingToCurateError extends InvalidInputError {
  constructor(message: string) {
    super('no_answer_to_curate', message);
  }
}

/**
 * Turns a volunteer's answer into a curated answer for the resident's question in one step: the given text, or the
 * last delivered reply. Linked to the conversation's turn that asked it, when that turn is still in the log.
 */
export async function curateFromHandoff(deps: AdminDeps, input: { handoffId: string; answer?: string; by: string }): Promise<CuratedAnswer> {
  const handoff = await handoffOrThrow(deps, input.handoffId);
  const answer = input.answer?.trim() || [...handoff.replies].reverse().find((r) => r.delivered)?.text;
  if (!answer) throw new NothingToCurateError('no answer to curate');
  const turns = await deps.store.conversation(handoff.conversationId);
  const turn = [...turns].reverse().find((t) => t.question === handoff.question || (t.rewrite ?? '') === handoff.question);
  const created = await deps.store.createCurated(
    { question: handoff.question, answer, citations: [], articleHashes: {}, createdBy: input.by, ...(turn ? { sourceTurnId: turn.turnId } : {}) },
    turn?.turnId,
  );
  deps.logger.info('curated answer from handoff', { curatedId: created.id, handoffId: handoff.id, by: input.by });
  await audit(deps, { actor: input.by, action: 'curated.from_handoff', target: handoff.id, detail: `câu trả lời duyệt sẵn ${created.id}` });
  return created;
}
