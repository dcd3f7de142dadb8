import type { Handoff, Role } from '../../core/ports/log-store.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { audit } from './audit.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';

/** Someone else answers this resident: the request is refused, nothing is sent. */
export class HandoffTakenError extends ConflictError {
  constructor(readonly assignee: string) {
    super('claimed_by_other', `handoff is claimed by ${assignee}`, { details: { assignee } });
  }
}

/**
 * Claims the handoff for `by` when no one holds it (or they already do). The store does the check and the write in
 * one statement, so of two volunteers pressing at once exactly one gets it; the other gets HandoffTakenError.
 */
export async function claimHandoff(deps: AdminDeps, input: { handoffId: string; by: string }): Promise<Handoff> {
  const before = await deps.store.getHandoff(input.handoffId);
  if (!before) throw new NotFoundError('handoff not found');
  const after = await deps.store.assignHandoff(input.handoffId, { to: input.by, onlyIfFreeOr: input.by });
  if (after.assignee !== input.by) throw new HandoffTakenError(after.assignee ?? '');
  if (before.assignee !== input.by) await audit(deps, { actor: input.by, action: 'handoff.claim', target: input.handoffId });
  return after;
}

/** An admin gives the resident to an enabled account (or, with to = null, to no one). */
export async function assignHandoffTo(deps: AdminDeps, input: { handoffId: string; to: string | null; by: { username: string; role: Role } }): Promise<Handoff> {
  if (input.by.role !== 'admin') throw new ForbiddenError('only an admin assigns');
  if (!(await deps.store.getHandoff(input.handoffId))) throw new NotFoundError('handoff not found');
  if (input.to !== null) {
    const user = await deps.store.userByUsername(input.to);
    if (!user || user.disabled) throw new NotFoundError('no such account');
  }
  const after = await deps.store.assignHandoff(input.handoffId, { to: input.to });
  await audit(deps, { actor: input.by.username, action: input.to ? 'handoff.assign' : 'handoff.release', target: input.handoffId, detail: input.to ?? '' });
  return after;
}

/** The holder lets the resident go back to the queue; an admin may release anyone's. */
export async function releaseHandoff(deps: AdminDeps, input: { handoffId: string; by: { username: string; role: Role } }): Promise<Handoff> {
  const handoff = await deps.store.getHandoff(input.handoffId);
  if (!handoff) throw new NotFoundError('handoff not found');
  if (handoff.assignee && handoff.assignee !== input.by.username && input.by.role !== 'admin') throw new HandoffTakenError(handoff.assignee);
  const after = await deps.store.assignHandoff(input.handoffId, { to: null });
  if (handoff.assignee) await audit(deps, { actor: input.by.username, action: 'handoff.release', target: input.handoffId, detail: handoff.assignee });
  return after;
}
