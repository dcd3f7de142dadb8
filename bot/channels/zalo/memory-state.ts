import type { Lock, ZaloEventLedger, ZaloTokenStore, ZaloTokens } from './ports.js';

/** In-process ledger: enough for one instance; entries expire after their ttl. */
export class MemoryEventLedger implements ZaloEventLedger {
  private readonly claimed = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const at = this.now();
    const until = this.claimed.get(key);
    if (until !== undefined && until > at) return false;
    // Check and insert happen in one synchronous step, so concurrent claims of one key cannot both win.
    this.claimed.set(key, at + ttlMs);
    if (this.claimed.size % 1000 === 0) this.sweep(at);
    return true;
  }

  private sweep(at: number): void {
    for (const [key, until] of this.claimed) if (until <= at) this.claimed.delete(key);
  }
}

export class MemoryTokenStore implements ZaloTokenStore {
  constructor(private tokens?: ZaloTokens) {}

  async load(): Promise<ZaloTokens | undefined> {
    return this.tokens;
  }

  async save(tokens: ZaloTokens): Promise<void> {
    this.tokens = { ...tokens };
  }
}

/** Serialises callers per name by chaining them on one promise. */
export class MemoryLock implements Lock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    const run = previous.then(fn);
    // The next caller waits for this one whether it succeeds or fails.
    const tail = run.catch(() => undefined);
    this.tails.set(name, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  }
}
