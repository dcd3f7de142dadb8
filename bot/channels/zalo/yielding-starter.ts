/**
 * Starts queued tasks one per event-loop iteration. A turn's synchronous work (retrieval, SQLite) takes a few
 * milliseconds; started all at once, a burst of them would hold back reading and acknowledging new webhooks. One
 * start per iteration lets the poll phase (new requests, acknowledgements) run between turns.
 */
export class YieldingStarter {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;

  start(task: () => void): void {
    this.queue.push(task);
    this.schedule();
  }

  get pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    // An immediate queued from inside an immediate runs on the next iteration, after I/O.
    setImmediate(() => {
      this.scheduled = false;
      this.queue.shift()?.();
      this.schedule();
    });
  }
}
