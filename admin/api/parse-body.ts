import type { Response } from 'express';
import type { z } from 'zod';

/** Parses a JSON body with a schema; answers 400 and returns undefined when it does not fit. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  res.status(400).json({ error: 'bad_request', fields: parsed.error.issues.map((i) => i.path.join('.')) });
  return undefined;
}
