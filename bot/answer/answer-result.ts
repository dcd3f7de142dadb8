import type { QuestionType } from '../../retrieval/answer/question-type.js';

export type AnswerStatus = 'answered' | 'no_answer' | 'invalid_input';

export interface Citation {
  readonly n: number;
  readonly paragraphId: string;
  readonly articleId: string;
  readonly title: string;
  readonly publication: string;
  readonly date: string | null;
  /** The whole cited paragraph. */
  readonly text: string;
}

export interface RetrievedParagraph {
  readonly paragraphId: string;
  /** Fused retrieval score: higher is better. */
  readonly score: number;
  readonly text: string;
}

/** What the engine answers to one question: the CLI prints it as JSON, channels render it. */
export interface AnswerResult {
  readonly status: AnswerStatus;
  readonly question: string;
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly retrieved: readonly RetrievedParagraph[];
  readonly questionType?: QuestionType;
  /** idf-weighted share of the question found in the best passage (0..1). */
  readonly coverage?: number;
  readonly truncated: boolean;
  readonly timings: { readonly retrievalMs: number; readonly totalMs: number };
}
