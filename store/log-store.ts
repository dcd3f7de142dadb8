import type { TurnRecord } from '../bot/conversation/turn-record.js';
import type { TurnStatus } from '../bot/conversation/reply-data.js';

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
   * The delivered replies of a conversation's inbox entry on `channel`, in the order they were sent (seq counts up
   * from 1 per entry): how a channel with no push (the web chat polls) picks up volunteers' replies on whichever
   * instance it asks.
   */
  deliveredReplies(q: { channel: string; conversationId: string }): Promise<{ seq: number; text: string }[]>;

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
