import type { TurnLog, TurnRecord } from '../../bot/conversation/turn-record.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

export class SqliteTurnLog implements TurnLog {
  private readonly insert: SqliteStatement;
  private readonly feedback: SqliteStatement;

  constructor(private readonly db: SqliteDb) {
    this.insert = db.prepare(`INSERT INTO turns (id, created_at, channel, user_id, conversation_id, question, rewrite, status, answer,
      citations, retrieved, timings, model) VALUES (@id, @createdAt, @channel, @userId, @conversationId, @question, @rewrite,
      @status, @answer, @citations, @retrieved, @timings, @model)`);
    this.feedback = db.prepare('UPDATE turns SET feedback = ? WHERE id = ?');
  }

  async append(r: TurnRecord): Promise<void> {
    this.insert.run({
      id: r.turnId, createdAt: r.createdAt, channel: r.channel, userId: r.userId, conversationId: r.conversationId,
      question: r.question, rewrite: r.rewrite ?? null, status: r.status, answer: r.answer,
      citations: JSON.stringify(r.citations), retrieved: JSON.stringify(r.retrieved), timings: JSON.stringify(r.timings), model: r.model,
    });
  }

  async setFeedback(turnId: string, feedback: 'up' | 'down'): Promise<void> {
    this.feedback.run(feedback, turnId);
  }

  /** Most recent turns first; for tests and the admin pages to come. */
  recent(limit = 50): TurnRecord[] {
    const rows = this.db.prepare('SELECT * FROM turns ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as Record<string, string>[];
    return rows.map((row) => ({
      turnId: row.id!, createdAt: row.created_at!, channel: row.channel!, userId: row.user_id!, conversationId: row.conversation_id!,
      question: row.question!, ...(row.rewrite ? { rewrite: row.rewrite } : {}), status: row.status as TurnRecord['status'],
      answer: row.answer!, citations: JSON.parse(row.citations!), retrieved: JSON.parse(row.retrieved!), timings: JSON.parse(row.timings!),
      model: row.model!, ...(row.feedback ? { feedback: row.feedback } : {}),
    }));
  }
}
