import { z } from 'zod';

// Ids end up in logs and stores: keep them short and plain so nothing odd can be smuggled in through them.
const id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1 to 100 letters, digits, "_" or "-"');

// The user is the one the identity cookie names: a userId in the body (older pages send one) is not read.
const startSchema = z.object({ conversationId: id.optional() });
const messageSchema = startSchema.extend({ text: z.string({ error: 'is required and must be a string' }) });

export type StartRequest = z.infer<typeof startSchema>;
export type MessageRequest = z.infer<typeof messageSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Validates a JSON body; the problem names the field, e.g. "text: is required and must be a string". */
function parseWith<T>(schema: z.ZodType<T>, body: unknown): Parsed<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, problem: 'body must be a JSON object' };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body' };
}

export const parseStartRequest = (body: unknown): Parsed<StartRequest> => parseWith(startSchema, body ?? {});
export const parseMessageRequest = (body: unknown): Parsed<MessageRequest> => parseWith(messageSchema, body);
