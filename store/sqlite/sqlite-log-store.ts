import type { TurnRecord } from '../../core/turn-record.js';
import type {
  AuditEntry, AuditFilter, CuratedAnswer, DailyStats, Feedback, Handoff, HandoffStatus, LogStore, NewCuratedAnswer, Role, Session, TurnFilter, TurnPage,
  TurnRow, User, UserChange, Verdict,
} from '../../core/ports/log-store.js';
import { redactCurated, redactCuratedChange, redactText, redactTurn } from '../redact-rows.js';
import { isoInstant, storeClock, type LogStoreOptions } from '../store-options.js';
import { groupCommit, type GroupCommit } from './group-commit.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { SqliteAccounts } from './sqlite-accounts.js';
import { SqliteAudit } from './sqlite-audit.js';
import { SqliteCurated, type CuratedChange } from './sqlite-curated.js';
import { SqliteHandoffs, type HandoffReply, type NewHandoff } from './sqlite-handoffs.js';
import { SqliteTurnStats } from './sqlite-turn-stats.js';
import { SqliteTurns } from './sqlite-turns.js';

/**
 * LogStore over the app's SQLite file (opened and migrated by openSqlite). better-sqlite3 is synchronous; the
 * methods are async only to share the contract with PostgreSQL. close() leaves the db open: its owner closes it.
 */
export class SqliteLogStore implements LogStore {
  readonly kind = 'sqlite';
  private readonly turns: SqliteTurns;
  private readonly stats: SqliteTurnStats;
  private readonly curated: SqliteCurated;
  private readonly accounts: SqliteAccounts;
  private readonly handoffs: SqliteHandoffs;
  private readonly audit: SqliteAudit;
  /** The turn log is written on every turn: it shares the connection's group commit with the queue and state. */
  private readonly group: GroupCommit;
  /** True when the store opened the file itself (openLogStore) and so closes it. */
  private readonly ownsDb: boolean;
  private readonly purgeMemory: SqliteStatement;
  private readonly probe: SqliteStatement;
  private readonly unprobe: SqliteStatement;

  constructor(private readonly db: SqliteDb, options: LogStoreOptions & { ownsDb?: boolean } = {}) {
    const clock = storeClock(options);
    this.turns = new SqliteTurns(db, clock);
    this.stats = new SqliteTurnStats(db);
    this.curated = new SqliteCurated(db, clock);
    this.accounts = new SqliteAccounts(db, clock);
    this.handoffs = new SqliteHandoffs(db, clock);
    this.audit = new SqliteAudit(db, clock);
    this.group = groupCommit(db);
    this.ownsDb = options.ownsDb ?? false;
    this.purgeMemory = db.prepare('DELETE FROM kv WHERE updated_at < ?');
    // Two overflow pages' worth: a write that needs room, as a turn does.
    this.probe = db.prepare('INSERT OR REPLACE INTO health_probe (id, filler) VALUES (1, zeroblob(8192))');
    this.unprobe = db.prepare('DELETE FROM health_probe');
  }

  async appendTurn(record: TurnRecord): Promise<void> { await this.group.runStatement(() => this.turns.append(redactTurn(record))); }
  async setFeedback(turnId: string, feedback: Feedback): Promise<void> { this.turns.setFeedback(turnId, feedback); }
  async getTurn(turnId: string): Promise<TurnRow | undefined> { return this.turns.get(turnId); }
  async listTurns(filter: TurnFilter): Promise<TurnPage> { return this.turns.list(filter); }
  async conversation(conversationId: string): Promise<TurnRow[]> { return this.turns.conversation(conversationId); }
  async reviewTurn(turnId: string, review: { verdict: Verdict; note?: string; by: string }): Promise<void> { this.turns.setReview(turnId, redactText(review)); }
  async dailyStats(from: string, to: string): Promise<DailyStats[]> { return this.stats.daily(from, to); }
  async topCitedArticles(from: string, to: string, limit: number): Promise<{ articleId: string; count: number }[]> {
    return this.stats.topCited(from, to, limit);
  }

  async statusByChannel(from: string, to: string): Promise<{ channel: string; status: string; count: number }[]> { return this.stats.byChannel(from, to); }

  async createCurated(answer: NewCuratedAnswer, turnId?: string): Promise<CuratedAnswer> { return this.curated.create(redactCurated(answer), turnId); }
  async getCurated(id: string): Promise<CuratedAnswer | undefined> { return this.curated.get(id); }
  async listCurated(): Promise<CuratedAnswer[]> { return this.curated.list(); }
  async updateCurated(id: string, change: CuratedChange): Promise<void> { this.curated.change(id, redactCuratedChange(change)); }
  async recordCuratedHit(id: string): Promise<void> { this.curated.recordHit(id); }

  async createUser(user: { username: string; role: Role; passwordHash: string }): Promise<User> { return this.accounts.createUser(user); }
  async userByUsername(username: string): Promise<User | undefined> { return this.accounts.userByUsername(username); }
  async userById(id: string): Promise<User | undefined> { return this.accounts.userById(id); }
  async countUsers(): Promise<number> { return this.accounts.countUsers(); }
  async listUsers(): Promise<User[]> { return this.accounts.list(); }
  async updateUser(id: string, change: UserChange): Promise<void> { this.accounts.update(id, change); }
  async recordLogin(userId: string, at: string): Promise<void> { this.accounts.recordLogin(userId, at); }
  async deleteUserSessions(userId: string, except?: string): Promise<void> { this.accounts.deleteUserSessions(userId, except); }
  async createSession(session: Session): Promise<void> { this.accounts.createSession(session); }
  async getSession(idHash: string): Promise<Session | undefined> { return this.accounts.getSession(idHash); }
  async deleteSession(idHash: string): Promise<void> { this.accounts.deleteSession(idHash); }

  async openHandoff(h: NewHandoff): Promise<Handoff> { return this.handoffs.open(redactText(h)); }
  async listHandoffs(status?: HandoffStatus): Promise<Handoff[]> { return this.handoffs.list(status); }
  async getHandoff(id: string): Promise<Handoff | undefined> { return this.handoffs.get(id); }
  async touchHandoff(conversationId: string, at: string): Promise<void> { this.handoffs.touchConversation(conversationId, at); }
  async addHandoffReply(id: string, reply: HandoffReply): Promise<void> { this.handoffs.addReply(id, redactText(reply)); }
  async setHandoffStatus(id: string, status: HandoffStatus): Promise<void> { this.handoffs.setStatus(id, status); }
  async assignHandoff(id: string, change: { to: string | null; onlyIfFreeOr?: string }): Promise<Handoff> { return this.handoffs.assignTo(id, change); }
  async deliveredReplies(q: { channel: string; conversationId: string }): Promise<{ seq: number; text: string }[]> {
    return this.handoffs.delivered(q);
  }

  async appendAudit(entry: { actor: string; action: string; target: string; detail?: string }): Promise<AuditEntry> { return this.audit.append(entry); }
  async listAudit(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> { return this.audit.list(filter); }

  async purgeBefore(cutoff: string): Promise<number> {
    const at = isoInstant(cutoff);
    const removed = this.db.transaction(() => {
      this.handoffs.purgeBefore(at);
      this.purgeMemory.run(at);
      return this.turns.purgeBefore(at);
    }).immediate();
    // secure_delete (openSqlite) zeroed the rows in the pages; the WAL still holds the pages as they were until it is
    // copied back and cut to nothing. Busy readers make it a partial checkpoint; tomorrow's purge tries again.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  async probeWrite(): Promise<void> {
    this.db.transaction(() => {
      this.probe.run();
      this.unprobe.run();
    }).immediate();
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}
