import { randomUUID } from 'node:crypto';

/** Clock and id generator, injected so tests can pin times and ids. */
export interface LogStoreOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export interface StoreClock {
  /** The current time as an ISO-8601 UTC string. */
  now(): string;
  newId(): string;
}

export function storeClock(options: LogStoreOptions = {}): StoreClock {
  const now = options.now ?? (() => new Date());
  return { now: () => now().toISOString(), newId: options.newId ?? randomUUID };
}

/**
 * Normalises a caller's time to the one ISO form both databases return (ms precision, Z), so that SQLite's text
 * comparisons and PostgreSQL's timestamptz agree. Throws on a string that is not a time.
 */
export function isoInstant(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO-8601 time: ${JSON.stringify(value)}`);
  return new Date(ms).toISOString();
}
