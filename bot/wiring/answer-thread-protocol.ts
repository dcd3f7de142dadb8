import type { AnswerResult } from '../answer/answer-result.js';

/** What the server asks of its answer thread; each request gets one reply with its id. */
export type ToAnswerThread =
  | { readonly type: 'answer'; readonly id: number; readonly question: string }
  | { readonly type: 'reload'; readonly id: number };

export type FromAnswerThread =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: string }
  /** corpusHash names the index the answer came from, so the server can tell an answer from before a re-index. */
  | { readonly type: 'reply'; readonly id: number; readonly result?: AnswerResult; readonly corpusHash?: string; readonly error?: string };
