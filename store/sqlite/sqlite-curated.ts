import type { CuratedAnswer, LogStore, NewCuratedAnswer } from '../../core/ports/log-store.js';
import { curatedRow } from '../row-decoding.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import type { StoreClock } from '../store-options.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { sqliteDecode } from './sqlite-decode.js';

export type CuratedChange = Parameters<LogStore['updateCurated']>[1];

/** Curated answers; creating one from a turn links the turn to it (the turn's curatedId) in the same transaction. */
export class SqliteCurated {
  private readonly insert: SqliteStatement;
  private readonly link: SqliteStatement;
  private readonly byId: SqliteStatement;
  private readonly all: SqliteStatement;
  private readonly update: SqliteStatement;
  private readonly hit: SqliteStatement;

  constructor(private readonly db: SqliteDb, private readonly clock: StoreClock) {
    this.insert = db.prepare(`INSERT INTO curated_answers (id, question, answer, citations, article_hashes, status, hits,
      source_turn_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'active', 0, ?, ?, ?, ?)`);
    this.link = db.prepare('UPDATE turns SET curated_id = ? WHERE id = ?');
    this.byId = db.prepare('SELECT * FROM curated_answers WHERE id = ?');
    this.all = db.prepare('SELECT * FROM curated_answers ORDER BY created_at DESC, id DESC');
    // COALESCE keeps the fields the change leaves out.
    this.update = db.prepare(`UPDATE curated_answers SET answer = COALESCE(?, answer), question = COALESCE(?, question),
      status = COALESCE(?, status), article_hashes = COALESCE(?, article_hashes), updated_at = ? WHERE id = ?`);
    this.hit = db.prepare('UPDATE curated_answers SET hits = hits + 1 WHERE id = ?');
  }

  create(answer: NewCuratedAnswer, turnId?: string): CuratedAnswer {
    const id = this.clock.newId();
    const now = this.clock.now();
    this.db.transaction(() => {
      this.insert.run(id, answer.question, answer.answer, JSON.stringify(answer.citations), JSON.stringify(answer.articleHashes),
        answer.sourceTurnId ?? turnId ?? null, answer.createdBy, now, now);
      if (turnId !== undefined && this.link.run(id, turnId).changes === 0) throw new StoreNotFoundError('turn', turnId);
    }).immediate();
    return this.get(id)!;
  }

  get(id: string): CuratedAnswer | undefined {
    const row = this.byId.get(id) as Record<string, unknown> | undefined;
    return row && curatedRow(row, sqliteDecode);
  }

  list(): CuratedAnswer[] {
    return (this.all.all() as Record<string, unknown>[]).map((r) => curatedRow(r, sqliteDecode));
  }

  change(id: string, change: CuratedChange): void {
    const hashes = change.articleHashes === undefined ? null : JSON.stringify(change.articleHashes);
    const { changes } = this.update.run(change.answer ?? null, change.question ?? null, change.status ?? null, hashes, this.clock.now(), id);
    if (changes === 0) throw new StoreNotFoundError('curated answer', id);
  }

  /** Counted as the bot serves it; an answer deleted meanwhile is not an error for the resident's turn. */
  recordHit(id: string): void {
    this.hit.run(id);
  }
}
