import type { Lock } from '../../../core/ports/lock.js';
import type { ZaloTokenStore, ZaloTokens } from '../../../core/ports/zalo-tokens.js';

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
