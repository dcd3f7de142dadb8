export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through (half-open). */
  readonly resetAfterMs: number;
  readonly now: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * Stops calling a model that keeps failing, so each question falls back to the extractive answer at once instead
 * of waiting out a timeout. After `resetAfterMs` a single trial call decides whether to close again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(private readonly o: CircuitBreakerOptions) {}

  get state(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    return this.o.now() - this.openedAt >= this.o.resetAfterMs ? 'half_open' : 'open';
  }

  /** True when a call may go out now; in half-open, only the first caller gets through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  onFailure(): void {
    this.failures += 1;
    // A failed trial re-opens at once; otherwise open on reaching the threshold.
    if (this.trialInFlight || this.failures >= this.o.failureThreshold) this.openedAt = this.o.now();
    this.trialInFlight = false;
  }

  /** A call that ended without telling anything about the server's health (the caller aborted). */
  onNeutral(): void {
    this.trialInFlight = false;
  }
}
