/**
 * What the Zalo channel needs from storage (de-duplication lives in the inbound queue: bot/queue). In-memory versions live in memory-state.ts; the composition root can pass
 * SQLite or Redis versions so that several instances share dedupe, tokens and the refresh lock.
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

/** Mutual exclusion by name: at most one `fn` per name runs at a time (across instances, for shared versions). */
export interface Lock {
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
