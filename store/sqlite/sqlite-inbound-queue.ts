import type { InboundQueue, NewInboundEvent, QueuedEvent, SentParts } from '../../core/ports/inbound-queue.js';
import { laneIsFree } from '../inbound-lane-sql.js';
import { groupCommit, type GroupCommit } from './group-commit.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

/**
 * The inbound queue in the embedded database (one process owns the file, so a plain transaction is the lock). Writes
 * go through the connection's group commit: a burst of webhooks shares its commits.
 */
export class SqliteInboundQueue implements InboundQueue, SentParts {
  private readonly group: GroupCommit;
  private readonly insert: SqliteStatement;
  private readonly take: SqliteStatement;
  private readonly done: SqliteStatement;
  private readonly retry: SqliteStatement;
  private readonly giveUp: SqliteStatement;
  private readonly byStatus: SqliteStatement;
  private readonly sentGet: SqliteStatement;
  private readonly sentPut: SqliteStatement;
  private readonly pruneEvents: SqliteStatement;
  private readonly pruneParts: SqliteStatement;
  /** Sent marks asked for and not yet committed, by event key (see complete). */
  private readonly unwrittenMarks = new Map<string, { part: number; now: number; needed: boolean }[]>();

  constructor(private readonly db: SqliteDb) {
    this.group = groupCommit(db);
    this.insert = db.prepare(`INSERT INTO inbound_events (key, channel, payload, lane, received_at, due_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(key) DO NOTHING`);
    // The candidates are chosen before any is leased (SQLite computes an uncorrelated IN list once), so two events of
    // one lane are never taken together: the newer one still sees the older one unfinished. The lease is due_at: past
    // it, another claim takes the event again.
    this.take = db.prepare(`UPDATE inbound_events SET status = 'processing', lease_owner = @owner, due_at = @leaseEnd, attempts = attempts + 1
      WHERE key IN (SELECT key FROM inbound_events e WHERE status IN ('pending', 'processing') AND due_at <= @now AND ${laneIsFree('@now')}
        ORDER BY due_at, received_at LIMIT @max)
      RETURNING key, channel, payload, attempts`);
    this.done = db.prepare(`UPDATE inbound_events SET status = 'done', done_at = ?, lease_owner = NULL, payload = '', lane = NULL WHERE key = ?`);
    this.retry = db.prepare(`UPDATE inbound_events SET status = 'pending', due_at = ?, last_error = ?, lease_owner = NULL WHERE key = ?`);
    this.giveUp = db.prepare(`UPDATE inbound_events SET status = 'failed', last_error = ?, lease_owner = NULL, lane = NULL WHERE key = ?`);
    this.byStatus = db.prepare('SELECT status, COUNT(*) AS n FROM inbound_events GROUP BY status');
    this.sentGet = db.prepare('SELECT 1 FROM outbound_parts WHERE event_key = ? AND part = ?');
    this.sentPut = db.prepare('INSERT INTO outbound_parts (event_key, part, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    this.pruneEvents = db.prepare(`DELETE FROM inbound_events WHERE received_at < ? AND status IN ('done', 'failed')`);
    this.pruneParts = db.prepare('DELETE FROM outbound_parts WHERE sent_at < ?');
  }

  /**
   * Puts every leased event back in line. Only at start-up, and only here: one process owns a SQLite file, so a
   * lease found at start belonged to a process that died (with PostgreSQL, leases expire instead).
   */
  releaseLeases(): number {
    return this.db.prepare(`UPDATE inbound_events SET status = 'pending', lease_owner = NULL, due_at = received_at WHERE status = 'processing'`).run().changes;
  }

  async enqueue(e: NewInboundEvent, now: number): Promise<boolean> {
    return this.group.runStatement(() => this.insert.run(e.key, e.channel, e.payload, e.lane ?? null, now, now).changes === 1);
  }

  async claim(owner: string, now: number, leaseMs: number, max = 1): Promise<QueuedEvent[]> {
    return this.group.runStatement(() => this.take.all({ owner, now, leaseEnd: now + leaseMs, max }) as QueuedEvent[]);
  }

  async complete(key: string, now: number): Promise<void> {
    // Marks of this event still waiting for the commit this completion joins would be committed with it: useless once
    // the event is done, and an insert into a random place of outbound_parts' key each (an eighth of the WAL written
    // under the load benchmark). They are written after all if the completion itself fails.
    const marks = this.unwrittenMarks.get(key) ?? [];
    for (const m of marks) m.needed = false;
    await this.group.runStatement(() => {
      try {
        return this.done.run(now, key);
      } catch (error) {
        for (const m of marks) this.sentPut.run(key, m.part, m.now);
        throw error;
      }
    });
  }

  async fail(key: string, error: string, retryAt: number | undefined): Promise<void> {
    await this.group.runStatement(() => (retryAt === undefined ? this.giveUp.run(error.slice(0, 500), key) : this.retry.run(retryAt, error.slice(0, 500), key)));
  }

  async prune(before: number): Promise<number> {
    return this.db.transaction(() => {
      this.pruneParts.run(before);
      return this.pruneEvents.run(before).changes;
    }).immediate();
  }

  async counts(): Promise<Record<string, number>> {
    return Object.fromEntries((this.byStatus.all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  }

  async wasSent(eventKey: string, part: number): Promise<boolean> {
    return this.sentGet.get(eventKey, part) !== undefined;
  }

  async markSent(eventKey: string, part: number, now: number): Promise<void> {
    const mark = { part, now, needed: true };
    const marks = this.unwrittenMarks.get(eventKey);
    if (marks) marks.push(mark);
    else this.unwrittenMarks.set(eventKey, [mark]);
    try {
      await this.group.runStatement(() => (mark.needed ? this.sentPut.run(eventKey, part, now) : undefined));
    } finally {
      const left = this.unwrittenMarks.get(eventKey)?.filter((m) => m !== mark);
      if (left?.length) this.unwrittenMarks.set(eventKey, left);
      else this.unwrittenMarks.delete(eventKey);
    }
  }
}
