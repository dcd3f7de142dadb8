import type { TurnStatus } from './reply-data.js';

/** One resident turn, as it is logged. Personal numbers are already redacted from every text field. */
export interface TurnRecord {
  readonly turnId: string;
  readonly createdAt: string;
  readonly channel: string;
  /** Pseudonymous: an HMAC of channel and user id, never the raw id. */
  readonly userId: string;
  readonly conversationId: string;
  readonly question: string;
  /** The standalone question retrieval saw, when a follow-up was rewritten. */
  readonly rewrite?: string;
  readonly status: TurnStatus;
  readonly answer: string;
  /** Cited paragraphs with the version of their article at answer time, so a citation still resolves after edits. */
  readonly citations: readonly { readonly paragraphId: string; readonly articleId: string; readonly articleVersion?: string }[];
  readonly retrieved: readonly { readonly paragraphId: string; readonly score: number }[];
  readonly timings: { readonly totalMs: number; readonly retrievalMs?: number };
  readonly model: string;
  /** When a model wrote the answer: tokens, estimated cost, and the sentences verification took out (and why). */
  readonly usage?: {
    readonly promptTokens: number;
    readonly completionTokens: number;
    readonly costUsd?: number;
    readonly removed?: readonly { readonly sentence: string; readonly reason: string }[];
  };
}

/** Where turn records go; the store persists them (SQLite by default). */
export interface TurnLog {
  append(record: TurnRecord): Promise<void>;
  setFeedback(turnId: string, feedback: 'up' | 'down'): Promise<void>;
}
