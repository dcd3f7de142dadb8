import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { readEnvFile } from './env-file.js';

const optionalText = z.string().trim().min(1).optional();
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  CORPUS_DIR: z.string().trim().min(1).default('./corpus'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // The address the server listens on: every interface unless told (127.0.0.1 behind a proxy on the same host).
  HOST: z.string().trim().refine((h) => isIP(h) !== 0 || /^[a-z0-9.-]{1,253}$/i.test(h), 'must be an IP address or a host name').default('0.0.0.0'),
  // Which proxies' X-Forwarded-For to believe when telling clients apart (login lockout, rate limits).
  TRUST_PROXY: z.string().trim().default('loopback').transform((v, ctx) => {
    const parsed = parseTrustProxy(v);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
    return parsed;
  }),
  // How long a client may take to send a whole request (headers and body), so slow senders cannot hold connections.
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  MAX_QUESTION_CHARS: positiveInt(2000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.string().trim().url().optional(),
  EMBEDDING_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
  CHAT_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  // Optional price per million tokens (USD), for the cost shown on the dashboard: "prompt,completion".
  MODEL_PRICE_PER_MTOK: z.string().trim().regex(/^\d+(\.\d+)?,\d+(\.\d+)?$/, 'two numbers: "prompt,completion" (USD per million tokens)').optional(),
  LLM_TIMEOUT_MS: positiveInt(15000),
  ZALO_APP_ID: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_ACCESS_TOKEN: optionalText,
  ZALO_REFRESH_TOKEN: optionalText,
  ZALO_OPENAPI_URL: z.string().trim().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_URL: z.string().trim().url().default('https://oauth.zaloapp.com'),
  MESSENGER_APP_SECRET: optionalText,
  MESSENGER_PAGE_ACCESS_TOKEN: optionalText,
  MESSENGER_VERIFY_TOKEN: optionalText,
  // The Graph API with its version; a local emulator's address in development.
  MESSENGER_GRAPH_URL: z.string().trim().url().regex(/^https?:\/\/[^?#]+\/v\d+\.\d+\/?$/, 'must end in the Graph API version, e.g. https://graph.facebook.com/v23.0')
    .default('https://graph.facebook.com/v23.0'),
  ANSWER_THREAD: z.enum(['auto', 'true', 'false']).default('auto'),
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  REDIS_URL: z.string().trim().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  REDIS_KEY_PREFIX: z.string().trim().regex(/^[\w.:-]{1,64}$/, '1–64 letters, digits, "_", ".", ":" or "-"').optional(),
  RATE_LIMIT_PER_MINUTE: positiveInt(15),
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: positiveInt(60),
  ADMIN_USERNAME: z.string().trim().regex(/^[\w.-]{3,40}$/, '3–40 letters, digits, ".", "_" or "-"').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  RETENTION_DAYS: z.coerce.number().int().positive().optional(),
  CURATED_MATCH_THRESHOLD: z.coerce.number().min(0.5).max(1).default(0.8),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalText,
  BOT_EMULATOR: z.enum(['true', 'false']).default('false'),
});

export type Env = z.input<typeof schema>;

/** Settings, validated once; nothing else reads process.env. */
export interface Config {
  readonly dataDir: string;
  readonly corpusDir: string;
  readonly port: number;
  readonly host: string;
  /**
   * The proxies whose X-Forwarded-For is believed (express's "trust proxy"): false, a number of hops, or addresses,
   * CIDR ranges and express's names (loopback, linklocal, uniquelocal). Never every client: anyone could then choose
   * the address their login failures are counted against.
   */
  readonly trustProxy: false | number | readonly string[];
  readonly requestTimeoutMs: number;
  readonly maxQuestionChars: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly zalo?: ZaloConfig;
  /** Facebook Messenger (a Page's inbox): on when its three secrets are set. */
  readonly messenger?: MessengerConfig;
  /**
   * Offline answers (retrieval and sentence choice) on a thread of their own, so they use a second core while the
   * main thread does the I/O. 'auto': on when the machine has two cores or more and no model is configured (a model's
   * answers are mostly waiting on the network).
   */
  readonly answerThread: 'auto' | boolean;
  /** PostgreSQL for the answer log, accounts and inbox; SQLite under DATA_DIR when absent. */
  readonly databaseUrl?: string;
  /** Redis for what instances must share at once: the Zalo token refresh lock and the rate limits (per user, per address). */
  readonly redisUrl?: string;
  /** Put before every Redis key, so several deployments (or test runs) can share one Redis without sharing counts. */
  readonly redisKeyPrefix?: string;
  /** Questions a resident may ask a minute before the polite "slow down" reply. */
  readonly rateLimitPerMinute: number;
  /**
   * Web chat questions one client address may send a minute, whatever identities it uses. Many residents share one
   * carrier-grade NAT address, so it stays well above one resident's limit.
   */
  readonly rateLimitPerAddressPerMinute: number;
  /** Created at start when no user exists yet. */
  readonly firstAdmin?: { readonly username: string; readonly password: string };
  /** Turns older than this many days are purged (daily); kept forever when absent. */
  readonly retentionDays?: number;
  readonly curatedThreshold: number;
  readonly secureCookies: boolean;
  readonly sessionTtlMs: number;
  readonly botFramework: {
    readonly appId?: string; readonly appPassword?: string; readonly appType?: string; readonly tenantId?: string;
    /**
     * Without appId, /api/messages answers 401 unless this is on: the Bot Framework Emulator on a developer's machine
     * (loopback callers and serviceUrls only). Never in production.
     */
    readonly emulator: boolean;
  };
  readonly openai?: {
    readonly apiKey: string;
    readonly baseURL?: string;
    readonly embeddingModel: string;
    readonly chatModel: string;
    readonly timeoutMs: number;
    readonly pricePerMTok?: { readonly prompt: number; readonly completion: number };
  };
}

export interface ZaloConfig {
  readonly appId: string;
  /** OA Secret Key: verifies webhook MACs. */
  readonly oaSecretKey: string;
  /** App secret_key: used only in OAuth token calls. */
  readonly appSecret: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly openapiUrl: string;
  readonly oauthUrl: string;
}

export interface MessengerConfig {
  /** App secret: verifies X-Hub-Signature-256 on webhook deliveries. */
  readonly appSecret: string;
  /** Page access token for the Send API; it does not refresh itself (an operator replaces it). */
  readonly pageAccessToken: string;
  /** The token chosen when the webhook was configured, checked in Meta's verification handshake. */
  readonly verifyToken: string;
  /** The Graph API base with its version, without a trailing slash. */
  readonly graphUrl: string;
}

const MESSENGER_REQUIRED = ['MESSENGER_APP_SECRET', 'MESSENGER_PAGE_ACCESS_TOKEN', 'MESSENGER_VERIFY_TOKEN'] as const;

const ZALO_REQUIRED = ['ZALO_OA_SECRET_KEY', 'ZALO_APP_SECRET', 'ZALO_ACCESS_TOKEN', 'ZALO_REFRESH_TOKEN'] as const;

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
  // The Zalo channel is on when ZALO_APP_ID is set; then every secret it needs must be there too (fail closed).
  if (Boolean(e.ADMIN_USERNAME) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new ConfigError('ADMIN_USERNAME and ADMIN_PASSWORD go together: set both to create the first admin, or neither');
  }
  if (e.REDIS_KEY_PREFIX && !e.REDIS_URL) throw new ConfigError('REDIS_KEY_PREFIX is set but REDIS_URL is not: set both, or neither');
  if (e.BOT_EMULATOR === 'true' && e.MicrosoftAppId) {
    throw new ConfigError('BOT_EMULATOR=true is for a developer\'s machine without Microsoft credentials, but MicrosoftAppId is set: unset one of them');
  }
  if (e.ZALO_APP_ID) {
    const missing = ZALO_REQUIRED.filter((k) => !e[k]);
    if (missing.length > 0) throw new ConfigError(`ZALO_APP_ID is set, so the Zalo channel is on, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  }
  const messengerSet = MESSENGER_REQUIRED.filter((k) => e[k]);
  if (messengerSet.length > 0 && messengerSet.length < MESSENGER_REQUIRED.length) {
    const missing = MESSENGER_REQUIRED.filter((k) => !e[k]);
    throw new ConfigError(`the Messenger channel needs ${MESSENGER_REQUIRED.join(', ')} together: ${messengerSet.join(', ')} ${messengerSet.length > 1 ? 'are' : 'is'} set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  }
  return Object.freeze({
    dataDir: resolve(e.DATA_DIR),
    corpusDir: resolve(e.CORPUS_DIR),
    port: e.PORT,
    host: e.HOST,
    trustProxy: e.TRUST_PROXY as Config['trustProxy'],
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    logLevel: e.LOG_LEVEL,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...(e.REDIS_URL && e.REDIS_KEY_PREFIX ? { redisKeyPrefix: e.REDIS_KEY_PREFIX } : {}),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitPerAddressPerMinute: e.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    ...(e.ADMIN_USERNAME && e.ADMIN_PASSWORD ? { firstAdmin: Object.freeze({ username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD }) } : {}),
    ...(e.RETENTION_DAYS ? { retentionDays: e.RETENTION_DAYS } : {}),
    curatedThreshold: e.CURATED_MATCH_THRESHOLD,
    secureCookies: e.SECURE_COOKIES === 'true',
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    answerThread: e.ANSWER_THREAD === 'auto' ? 'auto' : e.ANSWER_THREAD === 'true',
    ...(e.ZALO_APP_ID
      ? { zalo: Object.freeze({ appId: e.ZALO_APP_ID, oaSecretKey: e.ZALO_OA_SECRET_KEY!, appSecret: e.ZALO_APP_SECRET!,
          accessToken: e.ZALO_ACCESS_TOKEN!, refreshToken: e.ZALO_REFRESH_TOKEN!, openapiUrl: e.ZALO_OPENAPI_URL, oauthUrl: e.ZALO_OAUTH_URL }) }
      : {}),
    ...(messengerSet.length === MESSENGER_REQUIRED.length
      ? { messenger: Object.freeze({ appSecret: e.MESSENGER_APP_SECRET!, pageAccessToken: e.MESSENGER_PAGE_ACCESS_TOKEN!,
          verifyToken: e.MESSENGER_VERIFY_TOKEN!, graphUrl: e.MESSENGER_GRAPH_URL.replace(/\/+$/, '') }) }
      : {}),
    botFramework: Object.freeze({
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      ...(e.MicrosoftAppType ? { appType: e.MicrosoftAppType } : {}),
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      emulator: e.BOT_EMULATOR === 'true',
    }),
    ...(e.OPENAI_API_KEY
      ? { openai: Object.freeze({ apiKey: e.OPENAI_API_KEY, embeddingModel: e.EMBEDDING_MODEL, chatModel: e.CHAT_MODEL, timeoutMs: e.LLM_TIMEOUT_MS,
          ...(e.MODEL_PRICE_PER_MTOK ? { pricePerMTok: { prompt: Number(e.MODEL_PRICE_PER_MTOK.split(',')[0]), completion: Number(e.MODEL_PRICE_PER_MTOK.split(',')[1]) } } : {}),
          ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}) }) }
      : {}),
  });
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: "false", a hop count, or a comma list of addresses, CIDR ranges and names; a string is the problem. */
function parseTrustProxy(value: string): Config['trustProxy'] | string {
  if (value === 'false') return false;
  if (value === 'true') return 'true would believe every client\'s X-Forwarded-For; name the proxy (an address, a range, loopback) or a hop count';
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.find((s) => {
    if (PROXY_NAMES.has(s)) return false;
    const [address, bits, extra] = s.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || extra !== undefined) return true;
    return bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (entries.length === 0 || bad !== undefined) return `"${bad ?? value}" is not an address, a CIDR range, loopback, linklocal, uniquelocal, a hop count or false`;
  return entries;
}

/** Every setting's name, as the schema reads it (.env.example must list each one). */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

export interface SettingsSource {
  /** The .env file to read first; ".env" in the working directory unless told. A missing one is fine. */
  readonly envFile?: string;
  /** The real environment, which wins over the file; process.env unless told. */
  readonly env?: Record<string, string | undefined>;
}

/** The program's settings: the .env file's, overridden by the real environment's. */
export function loadConfig(source: SettingsSource = {}): Config {
  return parseConfig(settings(source));
}

function settings({ envFile = '.env', env = process.env }: SettingsSource): Record<string, string | undefined> {
  return { ...readEnvFile(envFile), ...env };
}

/**
 * The port the bot will listen on, as `npm start` in this environment would read it (PORT, default 3978), without
 * validating the other settings: the Zalo emulator's default webhook follows it. Throws naming PORT when invalid.
 */
export function loadBotPort(source: SettingsSource = {}): number {
  const port = settings(source)['PORT']?.trim() || undefined;
  const parsed = schema.shape.PORT.safeParse(port);
  if (!parsed.success) throw new ConfigError(`PORT must be a port number (0–65535), got ${JSON.stringify(port)}`);
  return parsed.data;
}
