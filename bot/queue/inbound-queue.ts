/**
 * A durable queue of accepted webhook events. An event is stored before the webhook is acknowledged, so a crash
 * after the 200 loses nothing; workers take events with a lease, and an event whose worker died is taken again
 * when its lease runs out. The key doubles as de-duplication: a redelivered event is never stored twice.
 */
export interface QueuedEvent {
  readonly key: string;
  readonly channel: string;
  readonly payload: string;
  readonly attempts: number;
}

export interface InboundQueue {
  /** Stores an accepted event; false when its key is already there (a redelivery). Atomic. */
  enqueue(event: { key: string; channel: string; payload: string }, now: number): Promise<boolean>;
  /** Takes the next event that is due (pending, or leased past its lease) for `owner`, leasing it for leaseMs. */
  claim(owner: string, now: number, leaseMs: number): Promise<QueuedEvent | undefined>;
  /** Marks the event answered and drops its payload: the raw text is not kept once the turn log has the redacted one. */
  complete(key: string, now: number): Promise<void>;
  /** Puts the event back for another try at retryAt, or gives up on it (status failed) when retryAt is undefined. */
  fail(key: string, error: string, retryAt: number | undefined): Promise<void>;
  /**
   * Deletes finished (done or failed) events received before `before`, and sent-part marks older than it; returns
   * how many events went. Keys must outlive the redelivery window, or a late redelivery would be answered again.
   */
  prune(before: number): Promise<number>;
  /** Counts by status, for health and tests. */
  counts(): Promise<Record<string, number>>;
}

/** Which parts of an event's reply already went out. */
export interface SentParts {
  wasSent(eventKey: string, part: number): Promise<boolean>;
  markSent(eventKey: string, part: number, now: number): Promise<void>;
}
