import type { Handoff, HandoffStatus } from '../../core/ports/log-store.js';
import { handoffRow, repliesByHandoff } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { sqliteDecode } from './sqlite-decode.js';

type Raw = Record<string, unknown>;
export type NewHandoff = { channel: string; conversationId: string; address: string; question: string; at: string };
export type HandoffReply = { text: string; by: string; at: string; delivered: boolean; error?: string };

/** The handoff inbox: one row per conversation, replies in a child table in the order they were sent. */
export class SqliteHandoffs {
  private readonly upsert: SqliteStatement;
  private readonly byId: SqliteStatement;
  private readonly repliesOf: SqliteStatement;
  private readonly listed: SqliteStatement;
  private readonly listedReplies: SqliteStatement;
  private readonly touch: SqliteStatement;
  private readonly reply: SqliteStatement;
  private readonly status: SqliteStatement;
  private readonly bump: SqliteStatement;
  private readonly purge: SqliteStatement;
  private readonly deliveredOf: SqliteStatement;
  private readonly assign: SqliteStatement;

  constructor(private readonly db: SqliteDb, private readonly clock: StoreClock) {
    // The unique conversation_id turns a second handoff request into a re-open of the first.
    this.upsert = db.prepare(`INSERT INTO handoffs (id, channel, conversation_id, address, status, question, last_interaction_at,
      created_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET
      channel = excluded.channel, address = excluded.address, status = 'open', question = excluded.question,
      last_interaction_at = excluded.last_interaction_at, updated_at = excluded.updated_at RETURNING id`);
    this.byId = db.prepare('SELECT * FROM handoffs WHERE id = ?');
    this.repliesOf = db.prepare('SELECT * FROM handoff_replies WHERE handoff_id = ? ORDER BY seq');
    this.listed = db.prepare('SELECT * FROM handoffs WHERE (? IS NULL OR status = ?) ORDER BY last_interaction_at DESC, id');
    this.listedReplies = db.prepare(`SELECT r.* FROM handoff_replies r JOIN handoffs h ON h.id = r.handoff_id
      WHERE (? IS NULL OR h.status = ?) ORDER BY r.handoff_id, r.seq`);
    this.touch = db.prepare('UPDATE handoffs SET last_interaction_at = ?, updated_at = ? WHERE conversation_id = ?');
    this.reply = db.prepare(`INSERT INTO handoff_replies (handoff_id, seq, text, author, sent_at, delivered, error)
      SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM handoff_replies WHERE handoff_id = ?`);
    this.status = db.prepare('UPDATE handoffs SET status = ?, updated_at = ? WHERE id = ?');
    this.bump = db.prepare('UPDATE handoffs SET updated_at = ? WHERE id = ?');
    // Whatever their status: an entry no one touched since the cutoff holds a resident's words as old as the turns that go.
    this.purge = db.prepare('DELETE FROM handoffs WHERE updated_at < ?');
    this.deliveredOf = db.prepare(`SELECT r.seq, r.text FROM handoff_replies r JOIN handoffs h ON h.id = r.handoff_id
      WHERE h.conversation_id = ? AND h.channel = ? AND r.delivered = 1 ORDER BY r.seq`);
    // One statement: the guard and the write cannot be split by another volunteer's claim.
    this.assign = db.prepare(`UPDATE handoffs SET assignee = @to,
      assigned_at = CASE WHEN @to IS NULL THEN NULL WHEN assignee IS @to THEN assigned_at ELSE @at END
      WHERE id = @id AND (@guard IS NULL OR assignee IS NULL OR assignee = @guard)`);
  }

  assignTo(id: string, change: { to: string | null; onlyIfFreeOr?: string }): Handoff {
    this.assign.run({ id, to: change.to, at: this.clock.now(), guard: change.onlyIfFreeOr ?? null });
    const handoff = this.get(id);
    if (!handoff) throw new StoreNotFoundError('handoff', id);
    return handoff;
  }

  open(h: NewHandoff): Handoff {
    const at = isoInstant(h.at);
    const { id } = this.upsert.get(this.clock.newId(), h.channel, h.conversationId, h.address, h.question, at, at, at) as { id: string };
    return this.get(id)!;
  }

  get(id: string): Handoff | undefined {
    const row = this.byId.get(id) as Raw | undefined;
    return row && handoffRow(row, this.repliesOf.all(id) as Raw[], sqliteDecode);
  }

  list(status?: HandoffStatus): Handoff[] {
    const s = status ?? null;
    const replies = repliesByHandoff(this.listedReplies.all(s, s) as Raw[]);
    return (this.listed.all(s, s) as Raw[]).map((r) => handoffRow(r, replies.get(String(r.id)) ?? [], sqliteDecode));
  }

  /** A resident with no handoff writing again is the normal case, not an error. */
  touchConversation(conversationId: string, at: string): void {
    const when = isoInstant(at);
    this.touch.run(when, when, conversationId);
  }

  addReply(id: string, r: HandoffReply): void {
    const at = isoInstant(r.at);
    this.db.transaction(() => {
      if (this.bump.run(at, id).changes === 0) throw new StoreNotFoundError('handoff', id);
      this.reply.run(id, r.text, r.by, at, r.delivered ? 1 : 0, r.error ?? null, id);
    }).immediate();
  }

  delivered(q: { channel: string; conversationId: string }): { seq: number; text: string }[] {
    return this.deliveredOf.all(q.conversationId, q.channel) as { seq: number; text: string }[];
  }

  setStatus(id: string, status: HandoffStatus): void {
    if (this.status.run(status, this.clock.now(), id).changes === 0) throw new StoreNotFoundError('handoff', id);
  }

  purgeBefore(cutoff: string): number {
    return this.purge.run(isoInstant(cutoff)).changes;
  }
}
