import type { Pool } from 'pg';
import type { InboundQueue, NewInboundEvent, QueuedEvent, SentParts } from '../../core/ports/inbound-queue.js';
import { laneIsFree } from '../inbound-lane-sql.js';

/** The inbound queue shared by every instance: SKIP LOCKED lets each claim a different event without waiting. */
export class PgInboundQueue implements InboundQueue, SentParts {
  /**
   * `ingress` takes the inserts that precede an acknowledgement: on a pool of its own, an acknowledgement never waits
   * for a connection behind a burst of turns. Without it, everything shares `pool`.
   */
  constructor(private readonly pool: Pool, private readonly ingress: Pool = pool) {}

  async enqueue(e: NewInboundEvent, now: number): Promise<boolean> {
    const r = await this.ingress.query({ name: 'inbound_enqueue', values: [e.key, e.channel, e.payload, e.lane ?? null, now],
      text: `INSERT INTO inbound_events (key, channel, payload, lane, received_at, due_at) VALUES ($1, $2, $3, $4, $5, $5)
        ON CONFLICT (key) DO NOTHING` });
    return r.rowCount === 1;
  }

  async claim(owner: string, now: number, leaseMs: number, max = 1): Promise<QueuedEvent[]> {
    // A materialized CTE is computed once, before the update (an IN subquery with LIMIT is not promised to be); SKIP
    // LOCKED leaves the rows another instance is taking.
    const r = await this.pool.query<QueuedEvent>({ name: 'inbound_claim', values: [owner, now, now + leaseMs, max],
      text: `WITH due AS MATERIALIZED (SELECT key FROM inbound_events e WHERE status IN ('pending', 'processing') AND due_at <= $2 AND ${laneIsFree('$2')}
          ORDER BY due_at, received_at LIMIT $4 FOR UPDATE SKIP LOCKED)
        UPDATE inbound_events i SET status = 'processing', lease_owner = $1, due_at = $3, attempts = attempts + 1
        FROM due WHERE i.key = due.key
        RETURNING i.key, i.channel, i.payload, i.attempts` });
    return r.rows;
  }

  async complete(key: string, now: number): Promise<void> {
    await this.pool.query({ name: 'inbound_done', values: [now, key],
      text: `UPDATE inbound_events SET status = 'done', done_at = $1, lease_owner = NULL, payload = '', lane = NULL WHERE key = $2` });
  }

  async fail(key: string, error: string, retryAt: number | undefined): Promise<void> {
    if (retryAt === undefined) {
      await this.pool.query({ name: 'inbound_give_up', values: [error.slice(0, 500), key],
        text: `UPDATE inbound_events SET status = 'failed', last_error = $1, lease_owner = NULL, lane = NULL WHERE key = $2` });
    } else {
      await this.pool.query({ name: 'inbound_retry', values: [retryAt, error.slice(0, 500), key],
        text: `UPDATE inbound_events SET status = 'pending', due_at = $1, last_error = $2, lease_owner = NULL WHERE key = $3` });
    }
  }

  async prune(before: number): Promise<number> {
    await this.pool.query('DELETE FROM outbound_parts WHERE sent_at < $1', [before]);
    const r = await this.pool.query(`DELETE FROM inbound_events WHERE received_at < $1 AND status IN ('done', 'failed')`, [before]);
    return r.rowCount ?? 0;
  }

  async counts(): Promise<Record<string, number>> {
    const r = await this.pool.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM inbound_events GROUP BY status');
    return Object.fromEntries(r.rows.map((x) => [x.status, x.n]));
  }

  async wasSent(eventKey: string, part: number): Promise<boolean> {
    const r = await this.pool.query({ name: 'outbound_get', values: [eventKey, part], text: 'SELECT 1 FROM outbound_parts WHERE event_key = $1 AND part = $2' });
    return (r.rowCount ?? 0) > 0;
  }

  async markSent(eventKey: string, part: number, now: number): Promise<void> {
    await this.pool.query({ name: 'outbound_put', values: [eventKey, part, now],
      text: 'INSERT INTO outbound_parts (event_key, part, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING' });
  }
}
