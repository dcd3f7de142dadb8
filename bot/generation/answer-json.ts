import { z } from 'zod';

/** What the answer prompt asks for. `completeness` comes first so a stream says early whether to show anything. */
export const AnswerJson = z.object({
  completeness: z.enum(['complete', 'partial', 'none']),
  answer: z.string().max(4000),
  sources: z.array(z.number().int().positive()).max(50),
});
export type AnswerJson = z.infer<typeof AnswerJson>;

export const RewriteJson = z.object({ standalone: z.string().trim().min(1).max(500) });

/** Parses and validates model output; undefined when it is not JSON or not the shape asked for. */
export function parseJson<T>(schema: z.ZodType<T>, text: string): T | undefined {
  let value: unknown;
  try {
    // Some OpenAI-compatible servers wrap JSON in a ```json fence despite response_format.
    value = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads a top-level string field from JSON that is still arriving: its value so far (escapes decoded, a cut-off
 * escape left for later) and whether the closing quote has arrived. Undefined until the field's value starts.
 */
export function partialStringField(json: string, key: string): { value: string; closed: boolean } | undefined {
  const start = new RegExp(`"${key}"\\s*:\\s*"`).exec(json);
  if (!start) return undefined;
  let value = '';
  for (let i = start.index + start[0].length; i < json.length; i += 1) {
    const ch = json[i];
    if (ch === '"') return { value, closed: true };
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const esc = json[i + 1];
    if (esc === undefined) break;
    if (esc === 'u') {
      const hex = json.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      value += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    value += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[esc] ?? esc;
    i += 1;
  }
  return { value, closed: false };
}
