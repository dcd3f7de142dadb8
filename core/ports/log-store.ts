import type { TurnRecord } from '../turn-record.js';
import type { TurnStatus } from '../reply-data.js';

/**
 * Everything the review, curation, handoff and analytics features keep. One contract, two implementations
 * (SQLite by default, PostgreSQL when DATABASE_URL is set), one contract test suite run against both.
 * Times are ISO-8601 strings in UTC; ids are opaque strings.
 */

export type Feedback = 'up' | 'down';
export type Verdict = 'good' | 'bad';
export type Role = 'admin' | 'volunteer';

/** A logged turn as reviewers see it. */
export interface TurnRow extends TurnRecord {
  readonly feedback?: Feedback;
  readonly review?: { readonly verdict: Verdict; readonly note?: string; readonly by: string; readonly at: string };
  /** Set when a reviewer wrote a correction for this turn. */
  readonly curatedId?: string;
}

export interface TurnFilter {
  /** Inclusive bounds on createdAt (ISO). */
  readonly from?: string;
  readonly to?: string;
  readonly channel?: string;
  readonly status?: TurnStatus | 'curated';
  /** 'none' = no feedback given. */
  readonly feedback?: Feedback | 'none';
  readonly reviewed?: boolean;
  readonly hasCorrection?: boolean;
  /** Case-insensitive substring of the question, its rewrite or the answer. */
  readonly q?: string;
  /** Turns that cite a paragraph of this article. */
  readonly articleId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface TurnPage {
  readonly items: readonly TurnRow[];
  readonly total: number;
}

/** An answer written or approved by a person, served again for questions that match it closely enough. */
export interface CuratedAnswer {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  /** The paragraphs it rests on and, per article, the content hash at approval time. */
  readonly citations: readonly { readonly paragraphId: string; readonly articleId: string }[];
  readonly articleHashes: Readonly<Record<string, string>>;
  /** needs_review: an article it cites changed; not served until approved again. */
  readonly status: 'active' | 'needs_review';
  readonly hits: number;
  readonly sourceTurnId?: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewCuratedAnswer = Omit<CuratedAnswer, 'id' | 'hits' | 'status' | 'createdAt' | 'updatedAt'>;

export interface User {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  /** scrypt hash in the form "scrypt$N$r$p$salt$hash" (base64 parts). */
  readonly passwordHash: string;
  readonly createdAt: string;
  /** A disabled account cannot log in, and its sessions stop working. */
  readonly disabled: boolean;
  /** Set by an admin's password reset: the person must choose a new password before anything else. */
  readonly mustChangePassword: boolean;
  /** After this a reset (temporary) password no longer logs in. */
  readonly passwordExpiresAt?: string;
  readonly lastLoginAt?: string;
}

export interface UserChange {
  readonly disabled?: boolean;
  /** A new hash; mustChange marks it temporary (set by someone else), expiresAt bounds it. */
  readonly password?: { readonly hash: string; readonly mustChange: boolean; readonly expiresAt?: string };
}

/** One admin action: who, when, what, on what. Never updated. */
export interface AuditEntry {
  /** Increases with every entry: orders entries written in the same millisecond. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  /** A dotted code such as user.disable or turn.correct (the admin names them). */
  readonly action: string;
  /** What it acted on (an id or a username). */
  readonly target: string;
  /** A short description; may be empty. */
  readonly detail: string;
}

export interface AuditFilter {
  /** Inclusive bounds on `at` (ISO). */
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly action?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface Session {
  /** sha256 of the cookie token: the token itself is never stored. */
  readonly idHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export type HandoffStatus = 'open' | 'answered' | 'closed';

/** A conversation waiting for (or answered by) a person from the community team. */
export interface Handoff {
  readonly id: string;
  readonly channel: string;
  /** Pseudonymous, as in turn records. */
  readonly conversationId: string;
  /**
   * What the channel needs to reach the resident again (botbuilder ConversationReference as JSON, or the Zalo user
   * id). Personal data: shown to no one, used only to send the reply.
   */
  readonly address: string;
  readonly status: HandoffStatus;
  readonly question: string;
  /** When the resident last wrote: Zalo's 48-hour / 7-day consultation window is counted from it. */
  readonly lastInteractionAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The volunteer who claimed it (or was assigned it); no one else answers while it is set. */
  readonly assignee?: string;
  readonly assignedAt?: string;
  readonly replies: readonly { readonly text: string; readonly by: string; readonly at: string; readonly delivered: boolean; readonly error?: string }[];
}

export interface DailyStats {
  readonly day: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly feedbackUp: number;
  readonly feedbackDown: number;
  readonly curatedHits: number;
  readonly p95TotalMs: number;
  /** Sums over generated answers (0 in the offline mode). */
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number;
}

export interface LogStore {
  readonly kind: 'sqlite' | 'postgres';

  // Turns
  appendTurn(record: TurnRecord): Promise<void>;
  setFeedback(turnId: string, feedback: Feedback): Promise<void>;
  getTurn(turnId: string): Promise<TurnRow | undefined>;
  listTurns(filter: TurnFilter): Promise<TurnPage>;
  /** Every turn of a conversation, oldest first. */
  conversation(conversationId: string): Promise<TurnRow[]>;
  reviewTurn(turnId: string, review: { verdict: Verdict; note?: string; by: string }): Promise<void>;
  /** Per-day figures for the dashboard, oldest day first. */
  dailyStats(from: string, to: string): Promise<DailyStats[]>;
  /** How often each article was cited in the range, most cited first. */
  topCitedArticles(from: string, to: string, limit: number): Promise<{ articleId: string; count: number }[]>;
  /** Turns per (channel, status) in the range, ordered by channel then status. */
  statusByChannel(from: string, to: string): Promise<{ channel: string; status: string; count: number }[]>;

  // Curated answers
  createCurated(answer: NewCuratedAnswer, turnId?: string): Promise<CuratedAnswer>;
  getCurated(id: string): Promise<CuratedAnswer | undefined>;
  listCurated(): Promise<CuratedAnswer[]>;
  updateCurated(id: string, change: { answer?: string; question?: string; status?: CuratedAnswer['status']; articleHashes?: Record<string, string> }): Promise<void>;
  recordCuratedHit(id: string): Promise<void>;

  // Accounts and sessions
  createUser(user: { username: string; role: Role; passwordHash: string }): Promise<User>;
  userByUsername(username: string): Promise<User | undefined>;
  userById(id: string): Promise<User | undefined>;
  countUsers(): Promise<number>;
  /** Every account, by username. */
  listUsers(): Promise<User[]>;
  /** Throws StoreNotFoundError for an unknown id. */
  updateUser(id: string, change: UserChange): Promise<void>;
  recordLogin(userId: string, at: string): Promise<void>;
  /** Ends the user's sessions, except the one given (the one changing its own password stays signed in). */
  deleteUserSessions(userId: string, except?: string): Promise<void>;
  createSession(session: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | undefined>;
  deleteSession(idHash: string): Promise<void>;

  // Handoff inbox
  /** Opens (or re-opens and refreshes) the conversation's handoff; one per conversation. */
  openHandoff(h: { channel: string; conversationId: string; address: string; question: string; at: string }): Promise<Handoff>;
  listHandoffs(status?: HandoffStatus): Promise<Handoff[]>;
  getHandoff(id: string): Promise<Handoff | undefined>;
  /** The resident wrote again: refreshes the window. */
  touchHandoff(conversationId: string, at: string): Promise<void>;
  addHandoffReply(id: string, reply: { text: string; by: string; at: string; delivered: boolean; error?: string }): Promise<void>;
  setHandoffStatus(id: string, status: HandoffStatus): Promise<void>;
  /**
   * Sets (or with null clears) who answers the handoff, in one statement: with `onlyIfFreeOr`, only when no one or
   * that user holds it, so two volunteers claiming at once cannot both win. Returns the handoff as it is after;
   * the caller compares its assignee. Throws StoreNotFoundError for an unknown id.
   */
  assignHandoff(id: string, change: { to: string | null; onlyIfFreeOr?: string }): Promise<Handoff>;
  /**
   * The delivered replies of a conversation's inbox entry on `channel`, in the order they were sent (seq counts up
   * from 1 per entry): how a channel with no push (the web chat polls) picks up volunteers' replies on whichever
   * instance it asks.
   */
  deliveredReplies(q: { channel: string; conversationId: string }): Promise<{ seq: number; text: string }[]>;

  // Audit log
  appendAudit(entry: { actor: string; action: string; target: string; detail?: string }): Promise<AuditEntry>;
  /** Newest first. */
  listAudit(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number }>;

  // Privacy
  /**
   * Deletes every record of residents' words older than the cutoff: turns, inbox entries (with their replies) and
   * conversation memory last written before it; returns how many turns went.
   */
  purgeBefore(cutoff: string): Promise<number>;

  // Health
  /** Writes and deletes a probe row in one committed transaction; rejects with the store's error when it cannot write. */
  probeWrite(): Promise<void>;

  close(): Promise<void>;
}
