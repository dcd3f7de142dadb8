import type { Pool } from 'pg';
import type { TurnRecord } from '../../core/turn-record.js';
import type { Feedback, TurnFilter, TurnPage, TurnRow, Verdict } from '../../core/ports/log-store.js';
import { TURN_COLUMNS, turnRow } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import { pageBounds, turnFilterWhere, type FilterDialect } from '../turn-filter-sql.js';
import { turnSearchText } from '../turn-search.js';
import { pgDecode } from './pg-decode.js';

const dialect: FilterDialect = {
  placeholder: (n) => `$${n}`,
  // Containment uses the GIN index on citations.
  citesArticle: (p) => `turns.citations @> jsonb_build_array(jsonb_build_object('articleId', ${p}::text))`,
};

// Named statements are prepared once per pooled connection by node-postgres.
const INSERT = `INSERT INTO turns (id, created_at, channel, user_id, conversation_id, question, rewrite, status, answer,
  citations, retrieved, timings, model, search_text, usage) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;

/** The turn half of PgLogStore: logging, feedback, review and the filtered list. */
export class PgTurns {
  constructor(private readonly pool: Pool, private readonly clock: StoreClock) {}

  async append(r: TurnRecord): Promise<void> {
    // jsonb values go in as JSON text: node-postgres would turn a JS array into a PostgreSQL array.
    await this.pool.query({ name: 'turns_insert', text: INSERT, values: [r.turnId, isoInstant(r.createdAt), r.channel, r.userId,
      r.conversationId, r.question, r.rewrite ?? null, r.status, r.answer, JSON.stringify(r.citations), JSON.stringify(r.retrieved),
      JSON.stringify(r.timings), r.model, turnSearchText(r), r.usage ? JSON.stringify(r.usage) : null] });
  }

  /** Feedback on a turn that is gone (purged, or a stale button) is dropped: the resident cannot act on an error. */
  async setFeedback(turnId: string, feedback: Feedback): Promise<void> {
    await this.pool.query({ name: 'turns_feedback', text: 'UPDATE turns SET feedback = $1 WHERE id = $2', values: [feedback, turnId] });
  }

  async get(turnId: string): Promise<TurnRow | undefined> {
    const { rows } = await this.pool.query({ name: 'turns_by_id', text: `SELECT ${TURN_COLUMNS} FROM turns WHERE id = $1`, values: [turnId] });
    return rows[0] && turnRow(rows[0], pgDecode);
  }

  async list(filter: TurnFilter): Promise<TurnPage> {
    const where = turnFilterWhere(filter, dialect);
    const { limit, offset } = pageBounds(filter);
    const n = where.params.length;
    const [items, count] = await Promise.all([
      this.pool.query(`SELECT ${TURN_COLUMNS} FROM turns ${where.sql} ORDER BY turns.created_at DESC, turns.id DESC
        LIMIT $${n + 1} OFFSET $${n + 2}`, [...where.params, limit, offset]),
      this.pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM turns ${where.sql}`, where.params),
    ]);
    return { items: items.rows.map((r) => turnRow(r, pgDecode)), total: count.rows[0]!.total };
  }

  async conversation(conversationId: string): Promise<TurnRow[]> {
    const { rows } = await this.pool.query({ name: 'turns_by_conversation', values: [conversationId],
      text: `SELECT ${TURN_COLUMNS} FROM turns WHERE conversation_id = $1 ORDER BY created_at, id` });
    return rows.map((r) => turnRow(r, pgDecode));
  }

  async setReview(turnId: string, review: { verdict: Verdict; note?: string; by: string }): Promise<void> {
    const { rowCount } = await this.pool.query({ name: 'turns_review',
      text: 'UPDATE turns SET review_verdict = $1, review_note = $2, reviewed_by = $3, reviewed_at = $4 WHERE id = $5',
      values: [review.verdict, review.note ?? null, review.by, this.clock.now(), turnId] });
    if (rowCount === 0) throw new StoreNotFoundError('turn', turnId);
  }
}
