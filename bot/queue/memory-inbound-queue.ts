import type { InboundQueue, NewInboundEvent, QueuedEvent, SentParts } from '../../core/ports/inbound-queue.js';

interface Row extends QueuedEvent {
  status: 'pending' | 'processing' | 'done' | 'failed';
  dueAt: number;
  receivedAt: number;
  lane?: string;
}

const unfinished = (r: Row): boolean => r.status === 'pending' || r.status === 'processing';
const older = (a: Row, b: Row): boolean => a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.key < b.key);

/** The queue in memory: for unit tests of channels and the worker (it survives nothing). */
export class MemoryInboundQueue implements InboundQueue, SentParts {
  private readonly rows = new Map<string, Row>();
  private readonly sent = new Map<string, number>();

  async enqueue(e: NewInboundEvent, now: number): Promise<boolean> {
    if (this.rows.has(e.key)) return false;
    this.rows.set(e.key, { ...e, attempts: 0, status: 'pending', dueAt: now, receivedAt: now });
    return true;
  }

  async claim(_owner: string, now: number, leaseMs: number, max = 1): Promise<QueuedEvent[]> {
    const rows = [...this.rows.values()];
    const due = rows.filter((r) => unfinished(r) && r.dueAt <= now
      && (r.lane === undefined || !rows.some((o) => o.lane === r.lane && o.key !== r.key && unfinished(o)
        && (older(o, r) || (o.status === 'processing' && o.dueAt > now)))))
      .sort((a, b) => a.dueAt - b.dueAt || a.receivedAt - b.receivedAt)
      .slice(0, max);
    return due.map((row) => {
      Object.assign(row, { status: 'processing', dueAt: now + leaseMs, attempts: row.attempts + 1 });
      return { key: row.key, channel: row.channel, payload: row.payload, attempts: row.attempts };
    });
  }

  async complete(key: string): Promise<void> {
    const row = this.rows.get(key);
    if (row) Object.assign(row, { status: 'done', payload: '', lane: undefined });
  }

  async fail(key: string, _error: string, retryAt: number | undefined): Promise<void> {
    const row = this.rows.get(key);
    if (row) Object.assign(row, retryAt === undefined ? { status: 'failed', lane: undefined } : { status: 'pending', dueAt: retryAt });
  }

  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const r of this.rows.values()) out[r.status] = (out[r.status] ?? 0) + 1;
    return out;
  }

  async wasSent(eventKey: string, part: number): Promise<boolean> {
    return this.sent.has(`${eventKey}#${part}`);
  }

  async markSent(eventKey: string, part: number, now: number): Promise<void> {
    if (!this.sent.has(`${eventKey}#${part}`)) this.sent.set(`${eventKey}#${part}`, now);
  }

  async prune(before: number): Promise<number> {
    for (const [k, at] of this.sent) if (at < before) this.sent.delete(k);
    let removed = 0;
    for (const [k, r] of this.rows) {
      if (r.receivedAt < before && (r.status === 'done' || r.status === 'failed')) removed += Number(this.rows.delete(k));
    }
    return removed;
  }
}
