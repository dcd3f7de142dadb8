import { resolve } from 'node:path';
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  CORPUS_DIR: z.string().trim().min(1).default('./corpus'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  MAX_QUESTION_CHARS: positiveInt(500),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.string().trim().url().optional(),
  EMBEDDING_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
  LLM_TIMEOUT_MS: positiveInt(15000),
});

export type Env = z.input<typeof schema>;

/** Settings, validated once; nothing else reads process.env. */
export interface Config {
  readonly dataDir: string;
  readonly corpusDir: string;
  readonly port: number;
  readonly maxQuestionChars: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly openai?: { readonly apiKey: string; readonly baseURL?: string; readonly embeddingModel: string; readonly timeoutMs: number };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses settings; an invalid one throws a ConfigError naming the variable and the problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings (KEY= in .env) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid settings: ${problems}`);
  }
  const e = parsed.data;
  return Object.freeze({
    dataDir: resolve(e.DATA_DIR),
    corpusDir: resolve(e.CORPUS_DIR),
    port: e.PORT,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    logLevel: e.LOG_LEVEL,
    ...(e.OPENAI_API_KEY
      ? { openai: Object.freeze({ apiKey: e.OPENAI_API_KEY, embeddingModel: e.EMBEDDING_MODEL, timeoutMs: e.LLM_TIMEOUT_MS,
          ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}) }) }
      : {}),
  });
}

export function loadConfig(): Config {
  return parseConfig(process.env);
}
