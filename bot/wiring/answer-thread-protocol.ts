import type { AnswerResult } from '../../core/answer-result.js';

/**
 * What the server asks of its answer thread; each request gets one reply with its id. Questions travel in batches,
 * one message for those asked in the same event-loop turn: a message costs more than a small answer's worth of CPU.
 */
export type ToAnswerThread =
  | { readonly type: 'answer'; readonly questions: readonly { readonly id: number; readonly question: string }[] }
  /** Load the index the server saved and now serves, named by its corpus hash. */
  | { readonly type: 'reload'; readonly id: number; readonly corpusHash: string };

/** corpusHash names the index an answer came from, so the server can tell an answer from before a re-index. */
export type AnswerReply = { readonly id: number; readonly result?: AnswerResult; readonly corpusHash?: string; readonly error?: string };

export type FromAnswerThread =
  | { readonly type: 'ready'; readonly corpusHash: string }
  | { readonly type: 'failed'; readonly error: string }
  /** batch: these answer one 'answer' message (the server then sends the questions asked meanwhile). */
  | { readonly type: 'replies'; readonly replies: readonly AnswerReply[]; readonly batch?: true };
