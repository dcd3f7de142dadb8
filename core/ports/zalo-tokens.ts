/**
 * Where the Zalo channel keeps its token pair. In-memory versions live in bot/channels/zalo/memory-state.ts; the
 * composition root can pass SQLite or PostgreSQL versions so that several instances share the tokens.
 */

export interface ZaloTokens {
  readonly accessToken: string;
  /** Single-use: every refresh returns a new one and kills the old. */
  readonly refreshToken: string;
  /** Epoch ms; Number.POSITIVE_INFINITY when unknown (the pair from settings). */
  readonly expiresAt: number;
}

/** Where the current token pair lives; a persisted pair wins over the one in settings. */
export interface ZaloTokenStore {
  load(): Promise<ZaloTokens | undefined>;
  save(tokens: ZaloTokens): Promise<void>;
}
