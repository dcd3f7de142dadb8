import type { TurnRecord } from '../../core/turn-record.js';
import type { Feedback, TurnFilter, TurnPage, TurnRow, Verdict } from '../../core/ports/log-store.js';
import { TURN_COLUMNS, turnRow } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import { pageBounds, turnFilterWhere, type FilterDialect } from '../turn-filter-sql.js';
import { turnSearchText } from '../turn-search.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { sqliteDecode } from './sqlite-decode.js';

const dialect: FilterDialect = {
  placeholder: () => '?',
  citesArticle: (p) => `EXISTS (SELECT 1 FROM json_each(turns.citations) c WHERE json_extract(c.value, '$.articleId') = ${p})`,
};

/** Writes a turn, search_text included; shared with SqliteTurnLog so every writer fills the search column. */
export function prepareTurnInsert(db: SqliteDb): (record: TurnRecord) => void {
  const insert = db.prepare(`INSERT INTO turns (id, created_at, channel, user_id, conversation_id, question, rewrite, status,
    answer, citations, retrieved, timings, model, search_text, usage) VALUES (@id, @createdAt, @channel, @userId, @conversationId,
    @question, @rewrite, @status, @answer, @citations, @retrieved, @timings, @model, @searchText, @usage)`);
  return (r) => {
    insert.run({
      id: r.turnId, createdAt: isoInstant(r.createdAt), channel: r.channel, userId: r.userId, conversationId: r.conversationId,
      question: r.question, rewrite: r.rewrite ?? null, status: r.status, answer: r.answer, citations: JSON.stringify(r.citations),
      retrieved: JSON.stringify(r.retrieved), timings: JSON.stringify(r.timings), model: r.model, searchText: turnSearchText(r),
      usage: r.usage ? JSON.stringify(r.usage) : null,
    });
  };
}

/** The turn half of SqliteLogStore: logging, feedback, review and the filtered list. */
export class SqliteTurns {
  readonly append: (record: TurnRecord) => void;
  private readonly feedback: SqliteStatement;
  private readonly byId: SqliteStatement;
  private readonly byConversation: SqliteStatement;
  private readonly review: SqliteStatement;
  private readonly purge: SqliteStatement;
  /** listTurns SQL varies with the filter's shape only; each shape is prepared once. */
  private readonly listStatements = new Map<string, { items: SqliteStatement; count: SqliteStatement }>();

  constructor(private readonly db: SqliteDb, private readonly clock: StoreClock) {
    this.append = prepareTurnInsert(db);
    this.feedback = db.prepare('UPDATE turns SET feedback = ? WHERE id = ?');
    this.byId = db.prepare(`SELECT ${TURN_COLUMNS} FROM turns WHERE id = ?`);
    this.byConversation = db.prepare(`SELECT ${TURN_COLUMNS} FROM turns WHERE conversation_id = ? ORDER BY created_at, id`);
    this.review = db.prepare('UPDATE turns SET review_verdict = ?, review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?');
    this.purge = db.prepare('DELETE FROM turns WHERE created_at < ?');
    this.backfillSearchText();
  }

  /** Feedback on a turn that is gone (purged, or a stale button) is dropped: the resident cannot act on an error. */
  setFeedback(turnId: string, feedback: Feedback): void {
    this.feedback.run(feedback, turnId);
  }

  get(turnId: string): TurnRow | undefined {
    const row = this.byId.get(turnId) as Record<string, unknown> | undefined;
    return row && turnRow(row, sqliteDecode);
  }

  list(filter: TurnFilter): TurnPage {
    const where = turnFilterWhere(filter, dialect);
    const { limit, offset } = pageBounds(filter);
    const statements = this.listStatementsFor(where.sql);
    const rows = statements.items.all(...where.params, limit, offset) as Record<string, unknown>[];
    const { total } = statements.count.get(...where.params) as { total: number };
    return { items: rows.map((r) => turnRow(r, sqliteDecode)), total };
  }

  conversation(conversationId: string): TurnRow[] {
    return (this.byConversation.all(conversationId) as Record<string, unknown>[]).map((r) => turnRow(r, sqliteDecode));
  }

  setReview(turnId: string, review: { verdict: Verdict; note?: string; by: string }): void {
    const { changes } = this.review.run(review.verdict, review.note ?? null, review.by, this.clock.now(), turnId);
    if (changes === 0) throw new StoreNotFoundError('turn', turnId);
  }

  purgeBefore(cutoff: string): number {
    return this.purge.run(isoInstant(cutoff)).changes;
  }

  private listStatementsFor(whereSql: string): { items: SqliteStatement; count: SqliteStatement } {
    let statements = this.listStatements.get(whereSql);
    if (!statements) {
      statements = {
        items: this.db.prepare(`SELECT ${TURN_COLUMNS} FROM turns ${whereSql} ORDER BY turns.created_at DESC, turns.id DESC LIMIT ? OFFSET ?`),
        count: this.db.prepare(`SELECT COUNT(*) AS total FROM turns ${whereSql}`),
      };
      this.listStatements.set(whereSql, statements);
    }
    return statements;
  }

  /** Rows logged before migration 002 have no search_text; SQLite cannot fold Vietnamese itself, so fill it here. */
  private backfillSearchText(): void {
    const missing = this.db.prepare('SELECT id, question, rewrite, answer FROM turns WHERE search_text IS NULL').all() as
      { id: string; question: string; rewrite: string | null; answer: string }[];
    if (missing.length === 0) return;
    const fill = this.db.prepare('UPDATE turns SET search_text = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const r of missing) fill.run(turnSearchText({ question: r.question, answer: r.answer, ...(r.rewrite ? { rewrite: r.rewrite } : {}) }), r.id);
    }).immediate();
  }
}
