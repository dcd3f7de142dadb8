import { z } from 'zod';

const account = z.object({ id: z.string().min(1, 'must be a non-empty string') }, { error: 'must be an object with an id' });

// What the bot and the connector rely on; botbuilder itself checks only `type` (and answers 500 without it).
const activity = z.object({
  type: z.string({ error: 'is required and must be a string' }).min(1, 'must not be empty'),
  channelId: z.string({ error: 'is required and must be a string' }).min(1, 'must not be empty'),
  serviceUrl: z.string({ error: 'is required and must be a string' }).url('must be a URL'),
  conversation: account,
  from: account.optional(),
  recipient: account.optional(),
  text: z.string({ error: 'must be a string' }).optional(),
});

/** Whether a parsed body is an activity this endpoint can run; the problem names the field, for a 400. */
export function checkActivity(body: unknown): { ok: true } | { ok: false; problem: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, problem: 'body must be a JSON object' };
  const parsed = activity.safeParse(body);
  if (parsed.success) {
    if (parsed.data.type === 'message' && !parsed.data.from) return { ok: false, problem: 'from: a message needs a sender' };
    return { ok: true };
  }
  const issue = parsed.error.issues[0];
  return { ok: false, problem: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'not an activity' };
}
