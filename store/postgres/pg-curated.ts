import type { Pool } from 'pg';
import type { CuratedAnswer, LogStore, NewCuratedAnswer } from '../../core/ports/log-store.js';
import { curatedRow } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import type { StoreClock } from '../store-options.js';
import { pgDecode } from './pg-decode.js';
import { withTransaction } from './pg-transaction.js';

type CuratedChange = Parameters<LogStore['updateCurated']>[1];

/** Curated answers; creating one from a turn links the turn to it (the turn's curatedId) in the same transaction. */
export class PgCurated {
  constructor(private readonly pool: Pool, private readonly clock: StoreClock) {}

  async create(answer: NewCuratedAnswer, turnId?: string): Promise<CuratedAnswer> {
    const id = this.clock.newId();
    const now = this.clock.now();
    const row = await withTransaction(this.pool, async (client) => {
      const { rows } = await client.query({ name: 'curated_insert', text: `INSERT INTO curated_answers (id, question, answer, citations,
        article_hashes, status, hits, source_turn_id, created_by, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, 'active', 0, $6, $7, $8, $8) RETURNING *`, values: [id, answer.question, answer.answer,
        JSON.stringify(answer.citations), JSON.stringify(answer.articleHashes), answer.sourceTurnId ?? turnId ?? null, answer.createdBy, now] });
      if (turnId !== undefined) {
        const linked = await client.query({ name: 'curated_link', text: 'UPDATE turns SET curated_id = $1 WHERE id = $2', values: [id, turnId] });
        if (linked.rowCount === 0) throw new StoreNotFoundError('turn', turnId);
      }
      return rows[0]!;
    });
    return curatedRow(row, pgDecode);
  }

  async get(id: string): Promise<CuratedAnswer | undefined> {
    const { rows } = await this.pool.query({ name: 'curated_by_id', text: 'SELECT * FROM curated_answers WHERE id = $1', values: [id] });
    return rows[0] && curatedRow(rows[0], pgDecode);
  }

  async list(): Promise<CuratedAnswer[]> {
    const { rows } = await this.pool.query({ name: 'curated_all', text: 'SELECT * FROM curated_answers ORDER BY created_at DESC, id DESC' });
    return rows.map((r) => curatedRow(r, pgDecode));
  }

  async change(id: string, change: CuratedChange): Promise<void> {
    const hashes = change.articleHashes === undefined ? null : JSON.stringify(change.articleHashes);
    // COALESCE keeps the fields the change leaves out.
    const { rowCount } = await this.pool.query({ name: 'curated_update', text: `UPDATE curated_answers SET
      answer = COALESCE($1, answer), question = COALESCE($2, question), status = COALESCE($3, status),
      article_hashes = COALESCE($4::jsonb, article_hashes), updated_at = $5 WHERE id = $6`,
      values: [change.answer ?? null, change.question ?? null, change.status ?? null, hashes, this.clock.now(), id] });
    if (rowCount === 0) throw new StoreNotFoundError('curated answer', id);
  }

  /** Counted as the bot serves it; an answer deleted meanwhile is not an error for the resident's turn. */
  async recordHit(id: string): Promise<void> {
    await this.pool.query({ name: 'curated_hit', text: 'UPDATE curated_answers SET hits = hits + 1 WHERE id = $1', values: [id] });
  }
}
