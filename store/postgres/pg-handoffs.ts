import type { Pool } from 'pg';
import type { Handoff, HandoffStatus } from '../../core/ports/log-store.js';
import { handoffRow, repliesByHandoff } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import { pgDecode } from './pg-decode.js';
import { withTransaction } from './pg-transaction.js';

type NewHandoff = { channel: string; conversationId: string; address: string; question: string; at: string };
type HandoffReply = { text: string; by: string; at: string; delivered: boolean; error?: string };

/** The handoff inbox: one row per conversation, replies in a child table in the order they were sent. */
export class PgHandoffs {
  constructor(private readonly pool: Pool, private readonly clock: StoreClock) {}

  async open(h: NewHandoff): Promise<Handoff> {
    const at = isoInstant(h.at);
    // The unique conversation_id turns a second handoff request into a re-open of the first.
    const { rows } = await this.pool.query<{ id: string }>({ name: 'handoffs_upsert', text: `INSERT INTO handoffs (id, channel,
      conversation_id, address, status, question, last_interaction_at, created_at, updated_at)
      VALUES ($1, $2, $3, $4, 'open', $5, $6, $6, $6) ON CONFLICT (conversation_id) DO UPDATE SET channel = EXCLUDED.channel,
      address = EXCLUDED.address, status = 'open', question = EXCLUDED.question, last_interaction_at = EXCLUDED.last_interaction_at,
      updated_at = EXCLUDED.updated_at RETURNING id`, values: [this.clock.newId(), h.channel, h.conversationId, h.address, h.question, at] });
    return (await this.get(rows[0]!.id))!;
  }

  async get(id: string): Promise<Handoff | undefined> {
    const [handoff, replies] = await Promise.all([
      this.pool.query({ name: 'handoffs_by_id', text: 'SELECT * FROM handoffs WHERE id = $1', values: [id] }),
      this.pool.query({ name: 'handoff_replies_of', text: 'SELECT * FROM handoff_replies WHERE handoff_id = $1 ORDER BY seq', values: [id] }),
    ]);
    return handoff.rows[0] && handoffRow(handoff.rows[0], replies.rows, pgDecode);
  }

  async list(status?: HandoffStatus): Promise<Handoff[]> {
    const values = [status ?? null];
    const [handoffs, replies] = await Promise.all([
      this.pool.query({ name: 'handoffs_list', values, text: `SELECT * FROM handoffs WHERE ($1::text IS NULL OR status = $1)
        ORDER BY last_interaction_at DESC, id` }),
      this.pool.query({ name: 'handoff_replies_list', values, text: `SELECT r.* FROM handoff_replies r JOIN handoffs h ON h.id = r.handoff_id
        WHERE ($1::text IS NULL OR h.status = $1) ORDER BY r.handoff_id, r.seq` }),
    ]);
    const byHandoff = repliesByHandoff(replies.rows);
    return handoffs.rows.map((r) => handoffRow(r, byHandoff.get(String(r.id)) ?? [], pgDecode));
  }

  /** A resident with no handoff writing again is the normal case, not an error. */
  async touchConversation(conversationId: string, at: string): Promise<void> {
    await this.pool.query({ name: 'handoffs_touch', values: [isoInstant(at), conversationId],
      text: 'UPDATE handoffs SET last_interaction_at = $1, updated_at = $1 WHERE conversation_id = $2' });
  }

  async addReply(id: string, r: HandoffReply): Promise<void> {
    const at = isoInstant(r.at);
    await withTransaction(this.pool, async (client) => {
      // The UPDATE locks the handoff row, so two replies sent at once get consecutive seq numbers.
      const bumped = await client.query({ name: 'handoffs_bump', text: 'UPDATE handoffs SET updated_at = $1 WHERE id = $2', values: [at, id] });
      if (bumped.rowCount === 0) throw new StoreNotFoundError('handoff', id);
      await client.query({ name: 'handoff_replies_insert', values: [id, r.text, r.by, at, r.delivered, r.error ?? null],
        text: `INSERT INTO handoff_replies (handoff_id, seq, text, author, sent_at, delivered, error)
          SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6 FROM handoff_replies WHERE handoff_id = $1` });
    });
  }

  async delivered(q: { channel: string; conversationId: string }): Promise<{ seq: number; text: string }[]> {
    const { rows } = await this.pool.query<{ seq: number; text: string }>({ name: 'handoff_replies_delivered', values: [q.conversationId, q.channel],
      text: `SELECT r.seq, r.text FROM handoff_replies r JOIN handoffs h ON h.id = r.handoff_id
        WHERE h.conversation_id = $1 AND h.channel = $2 AND r.delivered ORDER BY r.seq` });
    return rows;
  }

  /** One statement: the guard and the write cannot be split by another volunteer's claim. */
  async assignTo(id: string, change: { to: string | null; onlyIfFreeOr?: string }): Promise<Handoff> {
    await this.pool.query({ name: 'handoffs_assign', values: [id, change.to, this.clock.now(), change.onlyIfFreeOr ?? null],
      text: `UPDATE handoffs SET assignee = $2::text,
        assigned_at = CASE WHEN $2::text IS NULL THEN NULL WHEN assignee IS NOT DISTINCT FROM $2::text THEN assigned_at ELSE $3::timestamptz END
        WHERE id = $1 AND ($4::text IS NULL OR assignee IS NULL OR assignee = $4::text)` });
    const handoff = await this.get(id);
    if (!handoff) throw new StoreNotFoundError('handoff', id);
    return handoff;
  }

  async setStatus(id: string, status: HandoffStatus): Promise<void> {
    const { rowCount } = await this.pool.query({ name: 'handoffs_status', values: [status, this.clock.now(), id],
      text: 'UPDATE handoffs SET status = $1, updated_at = $2 WHERE id = $3' });
    if (rowCount === 0) throw new StoreNotFoundError('handoff', id);
  }
}
