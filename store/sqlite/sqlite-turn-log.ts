import type { TurnLog, TurnRecord } from '../../core/turn-record.js';
import { redactTurn } from '../redact-rows.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { prepareTurnInsert } from './sqlite-turns.js';

/** The bot's write path into the turns table; it writes exactly what SqliteLogStore.appendTurn writes. */
export class SqliteTurnLog implements TurnLog {
  private readonly insert: (record: TurnRecord) => void;
  private readonly feedback: SqliteStatement;

  constructor(private readonly db: SqliteDb) {
    this.insert = prepareTurnInsert(db);
    this.feedback = db.prepare('UPDATE turns SET feedback = ? WHERE id = ?');
  }

  async append(r: TurnRecord): Promise<void> {
    this.insert(redactTurn(r));
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
