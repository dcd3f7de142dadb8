import type { Citation, RemovedSentence, TokenUsage } from '../../core/answer-result.js';

/**
 * The model path's boundary with the answer engine. The engine retrieves and decides the question is in scope; a
 * generator writes the answer from the numbered passages and verifies it; whatever fails falls back to the
 * extractive answer (the engine does that, with the reason logged).
 */

/** One retrieved paragraph as the model sees it: numbered from 1, with what its citation needs. */
export interface GenerationPassage extends Citation {
  /** 1-based position in its article, for "đoạn N" in the sources. */
  readonly ordinal: number;
}

export interface GenerationInput {
  readonly question: string;
  readonly passages: readonly GenerationPassage[];
  /** Called with verified text as it becomes final (sentence by sentence), for channels that stream. */
  readonly onText?: (delta: string) => void;
  readonly signal?: AbortSignal;
}

export type Generation =
  | {
      readonly status: 'answered';
      /** Plain text with [n] markers, then the numbered sources (formatted by the generator like extractive answers). */
      readonly answer: string;
      readonly citations: readonly Citation[];
      readonly completeness: 'complete' | 'partial';
      readonly removed: readonly RemovedSentence[];
      readonly usage: TokenUsage;
      readonly model: string;
    }
  | {
      /** The model said the passages do not answer, or verification left nothing cited. */
      readonly status: 'no_answer';
      readonly removed: readonly RemovedSentence[];
      readonly usage: TokenUsage;
      readonly model: string;
    };

export interface AnswerGenerator {
  /** Rejects (timeout, 429/5xx after retries, open circuit, output malformed twice) so the engine can fall back. */
  generate(input: GenerationInput): Promise<Generation>;
}

/** Rewrites a follow-up into a standalone question from the last turns; rejects so the heuristic can take over. */
export interface QuestionRewriter {
  rewrite(question: string, history: readonly { readonly question: string; readonly answer: string }[]): Promise<string>;
}
