import type pg from 'pg';
import type { TurnRecord } from '../../core/turn-record.js';
import type {
  AuditEntry, AuditFilter, CuratedAnswer, DailyStats, Feedback, Handoff, HandoffStatus, LogStore, NewCuratedAnswer, Role, Session, TurnFilter, TurnPage,
  TurnRow, User, UserChange, Verdict,
} from '../../core/ports/log-store.js';
import { redactCurated, redactCuratedChange, redactText, redactTurn } from '../redact-rows.js';
import { isoInstant, storeClock, type LogStoreOptions } from '../store-options.js';
import { PgAccounts } from './pg-accounts.js';
import { PgAudit } from './pg-audit.js';
import { PgCurated } from './pg-curated.js';
import { PgHandoffs } from './pg-handoffs.js';
import { withTransaction } from './pg-transaction.js';
import { PgTurnStats } from './pg-turn-stats.js';
import { PgTurns } from './pg-turns.js';

type CuratedChange = Parameters<LogStore['updateCurated']>[1];
type NewHandoff = Parameters<LogStore['openHandoff']>[0];
type HandoffReply = Parameters<LogStore['addHandoffReply']>[1];

const PROBE = Buffer.alloc(8192);

/** LogStore over a node-postgres Pool whose connections already have the right search_path (see openPgLogStore). */
export class PgLogStore implements LogStore {
  readonly kind = 'postgres';
  private readonly turns: PgTurns;
  private readonly stats: PgTurnStats;
  private readonly curated: PgCurated;
  private readonly accounts: PgAccounts;
  private readonly handoffs: PgHandoffs;
  private readonly audit: PgAudit;

  constructor(private readonly pool: pg.Pool, options: LogStoreOptions = {}) {
    const clock = storeClock(options);
    this.turns = new PgTurns(pool, clock);
    this.stats = new PgTurnStats(pool);
    this.curated = new PgCurated(pool, clock);
    this.accounts = new PgAccounts(pool, clock);
    this.handoffs = new PgHandoffs(pool, clock);
    this.audit = new PgAudit(pool, clock);
  }

  appendTurn(record: TurnRecord): Promise<void> { return this.turns.append(redactTurn(record)); }
  setFeedback(turnId: string, feedback: Feedback): Promise<void> { return this.turns.setFeedback(turnId, feedback); }
  getTurn(turnId: string): Promise<TurnRow | undefined> { return this.turns.get(turnId); }
  listTurns(filter: TurnFilter): Promise<TurnPage> { return this.turns.list(filter); }
  conversation(conversationId: string): Promise<TurnRow[]> { return this.turns.conversation(conversationId); }
  reviewTurn(turnId: string, review: { verdict: Verdict; note?: string; by: string }): Promise<void> { return this.turns.setReview(turnId, redactText(review)); }
  dailyStats(from: string, to: string): Promise<DailyStats[]> { return this.stats.daily(from, to); }
  topCitedArticles(from: string, to: string, limit: number): Promise<{ articleId: string; count: number }[]> {
    return this.stats.topCited(from, to, limit);
  }

  statusByChannel(from: string, to: string): Promise<{ channel: string; status: string; count: number }[]> { return this.stats.byChannel(from, to); }

  createCurated(answer: NewCuratedAnswer, turnId?: string): Promise<CuratedAnswer> { return this.curated.create(redactCurated(answer), turnId); }
  getCurated(id: string): Promise<CuratedAnswer | undefined> { return this.curated.get(id); }
  listCurated(): Promise<CuratedAnswer[]> { return this.curated.list(); }
  updateCurated(id: string, change: CuratedChange): Promise<void> { return this.curated.change(id, redactCuratedChange(change)); }
  recordCuratedHit(id: string): Promise<void> { return this.curated.recordHit(id); }

  createUser(user: { username: string; role: Role; passwordHash: string }): Promise<User> { return this.accounts.createUser(user); }
  userByUsername(username: string): Promise<User | undefined> { return this.accounts.userByUsername(username); }
  userById(id: string): Promise<User | undefined> { return this.accounts.userById(id); }
  countUsers(): Promise<number> { return this.accounts.countUsers(); }
  listUsers(): Promise<User[]> { return this.accounts.list(); }
  updateUser(id: string, change: UserChange): Promise<void> { return this.accounts.update(id, change); }
  recordLogin(userId: string, at: string): Promise<void> { return this.accounts.recordLogin(userId, at); }
  deleteUserSessions(userId: string, except?: string): Promise<void> { return this.accounts.deleteUserSessions(userId, except); }
  createSession(session: Session): Promise<void> { return this.accounts.createSession(session); }
  getSession(idHash: string): Promise<Session | undefined> { return this.accounts.getSession(idHash); }
  deleteSession(idHash: string): Promise<void> { return this.accounts.deleteSession(idHash); }

  openHandoff(h: NewHandoff): Promise<Handoff> { return this.handoffs.open(redactText(h)); }
  listHandoffs(status?: HandoffStatus): Promise<Handoff[]> { return this.handoffs.list(status); }
  getHandoff(id: string): Promise<Handoff | undefined> { return this.handoffs.get(id); }
  touchHandoff(conversationId: string, at: string): Promise<void> { return this.handoffs.touchConversation(conversationId, at); }
  addHandoffReply(id: string, reply: HandoffReply): Promise<void> { return this.handoffs.addReply(id, redactText(reply)); }
  setHandoffStatus(id: string, status: HandoffStatus): Promise<void> { return this.handoffs.setStatus(id, status); }
  assignHandoff(id: string, change: { to: string | null; onlyIfFreeOr?: string }): Promise<Handoff> { return this.handoffs.assignTo(id, change); }
  deliveredReplies(q: { channel: string; conversationId: string }): Promise<{ seq: number; text: string }[]> {
    return this.handoffs.delivered(q);
  }

  appendAudit(entry: { actor: string; action: string; target: string; detail?: string }): Promise<AuditEntry> { return this.audit.append(entry); }
  listAudit(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> { return this.audit.list(filter); }

  async purgeBefore(cutoff: string): Promise<number> {
    const at = isoInstant(cutoff);
    return withTransaction(this.pool, async (client) => {
      // Whatever their status: an entry no one touched since the cutoff holds words as old as the turns that go.
      await client.query('DELETE FROM handoffs WHERE updated_at < $1', [at]);
      await client.query('DELETE FROM kv WHERE updated_at < $1', [at]);
      const { rowCount } = await client.query('DELETE FROM turns WHERE created_at < $1', [at]);
      return rowCount ?? 0;
    });
  }

  async probeWrite(): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      await client.query({ name: 'health_probe', text: 'INSERT INTO health_probe (id, filler) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET filler = excluded.filler', values: [PROBE] });
      await client.query('DELETE FROM health_probe');
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
