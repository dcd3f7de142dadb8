import type { Response } from 'express';
import type { z } from 'zod';
import { AccountRuleError } from '../actions/accounts.js';
import { HandoffTakenError, NotAllowedError } from '../actions/handoff-claims.js';
import { NotFoundError } from '../actions/curate-from-turn.js';
import { NothingToCurateError } from '../actions/handoff-actions.js';

/** Known failures become small JSON answers; anything else goes to the app's error handler (a bare 500). */
export function sendKnownError(res: Response, err: unknown): boolean {
  if (err instanceof NotFoundError) res.status(404).json({ error: 'not_found' });
  else if (err instanceof NothingToCurateError) res.status(400).json({ error: 'no_answer_to_curate' });
  else if (err instanceof AccountRuleError) res.status(err.code === 'wrong_password' || err.code === 'same_password' ? 400 : 409).json({ error: err.code });
  else if (err instanceof NotAllowedError) res.status(403).json({ error: 'forbidden' });
  else if (err instanceof HandoffTakenError) res.status(409).json({ error: 'claimed_by_other', assignee: err.assignee });
  else return false;
  return true;
}

/** Parses a JSON body with a schema; answers 400 and returns undefined when it does not fit. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  res.status(400).json({ error: 'bad_request', fields: parsed.error.issues.map((i) => i.path.join('.')) });
  return undefined;
}
