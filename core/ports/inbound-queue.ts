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

/** An accepted event as the webhook stores it. */
export interface NewInboundEvent {
  readonly key: string;
  readonly channel: string;
  readonly payload: string;
  /**
   * The conversation it belongs to: events of one lane are taken one at a time, oldest first, so a follow-up is
   * answered after (and with the context of) the message before it. Without a lane an event waits for nothing.
   */
  readonly lane?: string;
}

export interface InboundQueue {
  /** Stores an accepted event; false when its key is already there (a redelivery). Atomic. */
  enqueue(event: NewInboundEvent, now: number): Promise<boolean>;
  /**
   * Takes up to `max` (default 1) of the oldest events that are due (pending, or leased past their lease), in no
   * particular order among them, for `owner`, leasing them for leaseMs. An event whose lane has an older unfinished
   * event (being answered, waiting for a retry, or taken in the same claim) is not due yet. One statement however
   * many: a burst is claimed in a few.
   */
  claim(owner: string, now: number, leaseMs: number, max?: number): Promise<QueuedEvent[]>;
  /** Marks the event answered and drops its payload and lane: the raw text is not kept once the turn log has the redacted one. */
  complete(key: string, now: number): Promise<void>;
  /**
   * Puts the event back for another try at retryAt (its lane waits for it), or gives up on it (status failed, which
   * frees its lane) when retryAt is undefined.
   */
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
