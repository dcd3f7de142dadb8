import { UnavailableError } from '../../../core/errors.js';
import { createHttpPost, PostError, type HttpPost } from './http-post.js';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../../core/logger.js';
import type { Lock } from '../../../core/ports/lock.js';
import type { ZaloTokenStore, ZaloTokens } from '../../../core/ports/zalo-tokens.js';

/** Zalo refused or did not answer a token refresh; `zaloCode` is Zalo's error number when it sent one. */
export class ZaloTokenError extends UnavailableError {
  constructor(message: string, readonly zaloCode?: number) {
    super('zalo_token', message);
  }
}

export interface TokenManagerOptions {
  config: Pick<ZaloConfig, 'appId' | 'appSecret' | 'accessToken' | 'refreshToken' | 'oauthUrl'>;
  store: ZaloTokenStore;
  lock: Lock;
  logger: Logger;
  /** The channel's HTTP client, shared with the ZaloClient; one of its own unless told. */
  http?: HttpPost;
  now?: () => number;
  /** Refresh this long before expiry, so no send races the deadline. */
  refreshMarginMs?: number;
  requestTimeoutMs?: number;
  /** How long a pair read from the store is reused for sends; 5 s unless told. */
  cacheMs?: number;
}

const LOCK_NAME = 'zalo:token-refresh';
const FALLBACK_TTL_S = 3600;

/**
 * Owns the OA access token. Refresh tokens are single-use, so refreshes run one at a time under the lock, re-read
 * the stored pair after taking it (another caller or instance may have refreshed already) and save the new pair
 * before anyone uses it: losing a fresh pair would mean an OA admin has to authorize the app again.
 */
export class ZaloTokenManager {
  private readonly http: HttpPost;
  private readonly now: () => number;
  private readonly margin: number;
  private cached?: { readonly tokens: ZaloTokens; readonly at: number };

  constructor(private readonly options: TokenManagerOptions) {
    this.http = options.http ?? createHttpPost();
    this.now = options.now ?? Date.now;
    this.margin = options.refreshMarginMs ?? 5 * 60_000;
  }

  /** A token to send with, refreshed first when it expires within the margin. */
  async accessToken(): Promise<string> {
    const current = await this.current();
    if (!this.expiresSoon(current)) return current.accessToken;
    return this.refreshIf((t) => this.expiresSoon(t));
  }

  /** Zalo rejected `rejected` (-216, -220, HTTP 401): refresh unless someone already replaced it. */
  refreshAfterRejection(rejected: string): Promise<string> {
    return this.refreshIf((t) => t.accessToken === rejected);
  }

  private refreshIf(stillNeeded: (t: ZaloTokens) => boolean): Promise<string> {
    return this.options.lock.withLock(LOCK_NAME, async () => {
      const current = await this.current({ fresh: true });
      if (!stillNeeded(current)) return current.accessToken;
      const next = await this.requestRefresh(current.refreshToken);
      await this.options.store.save(next);
      this.cached = { tokens: next, at: this.now() };
      this.options.logger.info('zalo access token refreshed', { expiresAt: new Date(next.expiresAt).toISOString() });
      return next.accessToken;
    });
  }

  /**
   * The persisted pair wins; the pair from settings has an unknown expiry, so it is used until Zalo rejects it.
   * Sends reuse a pair read in the last few seconds (a store read per message showed in profiles); a refresh always
   * reads the store, and a token another instance replaced meanwhile is caught by the rejection path.
   */
  private async current(o: { fresh?: boolean } = {}): Promise<ZaloTokens> {
    const at = this.now();
    if (!o.fresh && this.cached && at - this.cached.at < (this.options.cacheMs ?? 5000)) return this.cached.tokens;
    const saved = await this.options.store.load();
    const { accessToken, refreshToken } = this.options.config;
    const tokens = saved ?? { accessToken, refreshToken, expiresAt: Number.POSITIVE_INFINITY };
    this.cached = { tokens, at };
    return tokens;
  }

  private expiresSoon(t: ZaloTokens): boolean {
    return t.expiresAt - this.now() <= this.margin;
  }

  private async requestRefresh(refreshToken: string): Promise<ZaloTokens> {
    const { appId, appSecret, oauthUrl } = this.options.config;
    const body = new URLSearchParams({ refresh_token: refreshToken, app_id: appId, grant_type: 'refresh_token' });
    let data: Record<string, unknown>;
    try {
      const reply = await this.http(`${oauthUrl.replace(/\/$/, '')}/v4/oa/access_token`, {
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: appSecret },
        body: body.toString(),
        timeoutMs: this.options.requestTimeoutMs ?? 10_000,
      });
      data = parseObject(reply.body) ?? { error_name: `HTTP ${reply.status}` };
    } catch (err) {
      throw this.fail('request failed', undefined, err instanceof PostError ? err.code : 'unknown');
    }
    const { access_token: access, refresh_token: refresh, expires_in: expiresIn } = data;
    if (typeof access !== 'string' || typeof refresh !== 'string' || access === '' || refresh === '') {
      throw this.fail('rejected', typeof data.error === 'number' ? data.error : undefined, String(data.error_name ?? 'no token in response'));
    }
    // expires_in is seconds and often a string ("90000").
    const seconds = Number(expiresIn);
    const ttl = Number.isFinite(seconds) && seconds > 0 ? seconds : FALLBACK_TTL_S;
    return { accessToken: access, refreshToken: refresh, expiresAt: this.now() + ttl * 1000 };
  }

  private fail(what: string, code: number | undefined, errorName: string): ZaloTokenError {
    // Recovery needs a person (re-run the OA admin authorization), so this is an error, not a warning.
    this.options.logger.error('zalo token refresh failed; an OA admin may need to authorize the app again', { what, code, errorName });
    return new ZaloTokenError(`zalo token refresh ${what}`, code);
  }
}

/** A JSON object, or undefined for anything else (an HTML error page, a truncated body). */
function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
